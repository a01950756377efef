import { z } from "zod";
import { confirmImport, previewImport } from "@/lib/import/import-developments";
import { translatorFor } from "@/lib/i18n/translator";
import { translateMessage } from "@/lib/i18n/translate-message";
import { localeOfRequest } from "@/lib/web/i18n/request-locale";
import { jsonWriteHandler } from "@/lib/web/http/route-handler";
import { parseOrThrow } from "@/lib/validation";

export const dynamic = "force-dynamic";

// The front refuses a signed-in body past 2 MB before it reaches here
// (docs/decisions/0011); the same cap here, read as a stream. A year of ACLED
// events on the peninsula is a few thousand rows, well under it.
const MAX_BODY_BYTES = 2 * 1024 * 1024;
// A file with thousands of bad rows is named by its first ones; the counts say how many.
const ERRORS_SHOWN = 200;

const Mode = z.object({ mode: z.enum(["preview", "confirm"]) });

// Previews (writes nothing) or confirms an import of developments from CSV or
// JSON (docs/decisions/0063, 0064). Row problems come back in the reader's
// language, each with its line.
export const POST = jsonWriteHandler(
  "write:evidence",
  async ({ request, db, actor, body }) => {
    const { mode } = parseOrThrow(Mode, { mode: (body as { mode?: unknown } | null)?.mode });
    const now = new Date();
    if (mode === "confirm") return { mode, ...(await confirmImport(db, actor, body, now)) };
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
