import "server-only";
// The body of a JSON route handler, read only after the actor was checked:
// application/json only, and no more than maxBytes read into memory whatever
// Content-Length claims.
import { AppError } from "../errors";
import { messageKey } from "../i18n/translate-message";

export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") throw new AppError("UNSUPPORTED_MEDIA_TYPE", "validation.jsonOnly");
  const tooLarge = new AppError("PAYLOAD_TOO_LARGE", messageKey("validation.bodyTooLarge", { max: Math.floor(maxBytes / 1024) }));
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge;
      }
      chunks.push(value);
    }
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new AppError("VALIDATION", "validation.bodyJson");
  }
}
