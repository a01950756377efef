// Where a stateless form (language, survey) sends the person back to.

/** The page to return to: the Referer's path on this site, or "/" for anything else (missing, malformed, foreign). */
export function backTo(referer: string | null, host: string | null): string {
  if (!referer || referer.length > 2000) return "/";
  try {
    const url = new URL(referer);
    if (host && url.host !== host) return "/";
    const path = url.pathname + url.search;
    return path.startsWith("/") && !path.startsWith("//") ? path : "/";
  } catch {
    return "/";
  }
}
