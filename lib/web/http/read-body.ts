// Request bodies, read with suspicion: from this site only, JSON only, and no
// more bytes than the endpoint needs, counted as they arrive so an oversize
// body is refused without being held in memory
// (docs/decisions/0011-security-limits.md).
import { webSettings } from "../../settings/web";
import { AppError } from "../../errors";
import { messageKey } from "../../i18n/translate-message";

const tooLarge = (max: number) => new AppError("TOO_LARGE", messageKey("errors.bodyTooLarge", { max: Math.ceil(max / 1024) }));

/**
 * Refuses what a browser says comes from another origin, and anything but
 * application/json (a cross-site HTML form can only send form types or
 * text/plain, so requiring JSON also stops forged form posts).
 */
export function assertJsonFromThisSite(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw new AppError("FORBIDDEN", "errors.crossOrigin");
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const own = new URL(webSettings().APP_URL).origin;
    const host = request.headers.get("host");
    let ok = origin === own;
    try {
      ok ||= host !== null && new URL(origin).host === host;
    } catch {
      ok = false;
    }
    if (!ok) throw new AppError("FORBIDDEN", "errors.crossOrigin");
  }
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") throw new AppError("UNSUPPORTED", "errors.jsonOnly");
}

/** At most maxBytes of the body, as UTF-8 text; stops reading as soon as the cap is passed. */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("VALIDATION", "validation.bodyJson");
  }
}

export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const text = await readBodyText(request, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION", "validation.bodyJson");
  }
}
