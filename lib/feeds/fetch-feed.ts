// One conditional GET of a feed: the validators of the last answer go along,
// a 304 means nothing new, and the whole exchange is bounded in time and size.
import type { PollOptions } from "./limits";

export type FetchResult = { kind: "not-modified" } | { kind: "body"; body: string; etag: string | null; lastModified: string | null };

/** A failure worth a second try (network, timeout, server error); others are final. */
export class FeedFetchError extends Error {
  override name = "FeedFetchError";
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? "NaN");
  if (declared > maxBytes) throw new FeedFetchError(`body too large: ${declared} bytes (limit ${maxBytes})`, false);
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FeedFetchError(`body too large: over ${maxBytes} bytes`, false);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function fetchFeed(url: string, validators: { etag: string | null; lastModified: string | null }, options: PollOptions): Promise<FetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const headers: Record<string, string> = { accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8" };
    if (validators.etag) headers["if-none-match"] = validators.etag;
    if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
    const response = await fetch(url, { headers, signal: controller.signal, redirect: "follow" });
    if (response.status === 304) return { kind: "not-modified" };
    if (!response.ok) {
      await response.body?.cancel();
      throw new FeedFetchError(`HTTP ${response.status}`, response.status >= 500 || response.status === 429);
    }
    const body = await readCapped(response, options.maxBytes);
    return { kind: "body", body, etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified") };
  } catch (error) {
    if (error instanceof FeedFetchError) throw error;
    if (controller.signal.aborted) throw new FeedFetchError(`timed out after ${options.timeoutMs} ms`, true);
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new FeedFetchError(`request failed: ${cause}`, true);
  } finally {
    clearTimeout(timer);
  }
}
