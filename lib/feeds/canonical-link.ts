// The same story reached by two links (tracking parameters, a fragment, an
// upper-case host) is one story: items are stored once by this form.
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|ref|cmpid)$/i;

export function canonicalLink(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  // http and https of one page are one page.
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : "";
  return `${url.host.toLowerCase()}${path}${url.search}`;
}
