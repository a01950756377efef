// A feed server on loopback for tests: each path answers as a test sets it,
// and every request is recorded with its conditional headers.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;
export type FeedServer = {
  url: (path: string) => string;
  routes: Map<string, Route>;
  requests: { path: string; ifNoneMatch?: string; ifModifiedSince?: string }[];
  close: () => Promise<void>;
};

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: FeedServer["requests"] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push({ path, ifNoneMatch: req.headers["if-none-match"], ifModifiedSince: req.headers["if-modified-since"] });
    const route = routes.get(path);
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function rss(items: { guid?: string; link?: string; title: string; description?: string; pubDate?: string }[]): string {
  const body = items
    .map(
      (i) =>
        `<item>${i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : ""}${i.link ? `<link>${i.link}</link>` : ""}<title>${i.title}</title>` +
        `<description>${i.description ?? ""}</description><pubDate>${i.pubDate ?? "Mon, 02 Jun 2025 09:00:00 GMT"}</pubDate></item>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test</title>${body}</channel></rss>`;
}

export function atom(entries: { id: string; link: string; title: string; summary?: string }[]): string {
  const body = entries
    .map(
      (e) =>
        `<entry><id>${e.id}</id><link rel="alternate" href="${e.link}"/><title>${e.title}</title><summary>${e.summary ?? ""}</summary><updated>2025-06-02T09:00:00Z</updated></entry>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Test</title>${body}</feed>`;
}

/** Answers 200 with an ETag, and 304 when the client sends that ETag back. */
export function withEtag(body: () => { xml: string; etag: string }): Route {
  return (req, res) => {
    const { xml, etag } = body();
    if (req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag }).end(xml);
  };
}
