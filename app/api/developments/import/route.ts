import { z } from "zod";
import { confirmImport, previewImport } from "@/lib/import/import-developments";
import { translatorFor } from "@/lib/i18n/translator";
import { translateMessage } from "@/lib/i18n/translate-message";
import { localeOfRequest } from "@/lib/web/i18n/request-locale";
import { jsonWriteHandler } from "@/lib/web/http/route-handler";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { parseOrThrow } from "@/lib/validation";

export const dynamic = "force-dynamic";

// The front refuses a signed-in body past 2 MB before it reaches here
// (docs/decisions/0011); the same cap here, read as a stream. A year of ACLED
// events on the peninsula is a few thousand rows, well under it.
const MAX_BODY_BYTES = 2 * 1024 * 1024;
// A file with thousands of bad rows is named by its first ones; the counts say how many.
const ERRORS_SHOWN = 200;

const Mode = z.object({ mode: z.enum(["preview", "confirm"]) });

/**
 * Confirming answers as it goes: one JSON line per written batch
 * ({"done":500,"total":9997}), then the result ({"mode":"confirm",...}), so
 * the screen can show progress on a large file. A refusal before anything is
 * written (a bad file, no rights) is an ordinary error answer; a failure after
 * the first batch is a last {"error":…} line: the batches before it stay
 * written, and importing the file again adds only what is missing.
 */
async function confirmWithProgress(db: Db, actor: Actor, body: unknown, now: Date): Promise<Response> {
  const encoder = new TextEncoder();
  const pending: string[] = [];
  let sink: ReadableStreamDefaultController<Uint8Array> | null = null;
  let finished = false;
  let started!: () => void;
  const firstLine = new Promise<void>((resolve) => (started = resolve));
  const line = (value: unknown) => {
    const text = `${JSON.stringify(value)}\n`;
    if (sink) sink.enqueue(encoder.encode(text));
    else pending.push(text);
    started();
  };
  let failure: unknown = null;
  void confirmImport(db, actor, body, now, (done, total) => line({ done, total }))
    .then((result) => line({ mode: "confirm", ...result }))
    .catch((error) => {
      if (pending.length === 0 && !sink) {
        failure = error;
        return started();
      }
      logger().error({ err: error }, "import failed after some batches were written");
      line({ error: { code: isAppError(error) ? error.code : "INTERNAL" } });
    })
    .finally(() => {
      finished = true;
      sink?.close();
    });
  await firstLine;
  if (failure) throw failure;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const text of pending.splice(0)) controller.enqueue(encoder.encode(text));
      if (finished) controller.close();
      else sink = controller;
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}

// Previews (writes nothing) or confirms an import of developments from CSV or
// JSON (docs/decisions/0063, 0064). Row problems come back in the reader's
// language, each with its line.
export const POST = jsonWriteHandler(
  "write:evidence",
  async ({ request, db, actor, body }) => {
    const { mode } = parseOrThrow(Mode, { mode: (body as { mode?: unknown } | null)?.mode });
    const now = new Date();
    if (mode === "confirm") return await confirmWithProgress(db, actor, body, now);
    const preview = await previewImport(db, actor, body, now);
    const t = await translatorFor(localeOfRequest(request));
    // "occurredOn: validation.x" names the field, then the message.
    const say = (m: string) => {
      const at = m.indexOf(": ");
      return at > 0 ? `${m.slice(0, at)}: ${translateMessage(t, m.slice(at + 2))}` : translateMessage(t, m);
    };
    return {
      mode,
      ...preview,
      errorCount: preview.errors.length,
      errors: preview.errors.slice(0, ERRORS_SHOWN).map((e) => ({ ...e, messages: e.messages.map(say) })),
    };
  },
  MAX_BODY_BYTES,
);
