// Reading feeds: RSS 2.0, RSS 1.0 and Atom items come out with their keys;
// markup becomes text; a document that is not a feed, or one that grows by
// entity expansion, is refused with a reason. Links that differ only by
// tracking parameters or a fragment are one link.
import { describe, expect, it } from "vitest";
import { canonicalLink } from "../../lib/feeds/canonical-link";
import { FeedParseError, parseFeed } from "../../lib/feeds/parse-feed";
import { atom, rss } from "../support/feed-server";

describe("parseFeed", () => {
  it("reads RSS 2.0 items with guid, link, plain-text summary and date", () => {
    const [item] = parseFeed(
      rss([{ guid: "g1", link: "https://x.example/1", title: "USFK &amp; troops", description: "&lt;p&gt;Cut &lt;b&gt;4,500&lt;/b&gt;&lt;/p&gt;" }]),
    );
    expect(item).toEqual({
      guid: "g1",
      link: "https://x.example/1",
      title: "USFK & troops",
      summary: "Cut 4,500",
      publishedAt: new Date("2025-06-02T09:00:00Z"),
    });
  });

  it("reads Atom entries by their alternate link and RSS 1.0 items by rdf:about", () => {
    expect(parseFeed(atom([{ id: "tag:a,1", link: "https://a.example/1", title: "정상회담 제안" }]))[0]).toMatchObject({
      guid: "tag:a,1",
      link: "https://a.example/1",
      title: "정상회담 제안",
    });
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><item rdf:about="https://r.example/1"><title>Envoy</title><link>https://r.example/1</link><dc:date>2025-06-01T00:00:00Z</dc:date></item></rdf:RDF>`;
    expect(parseFeed(rdf)).toEqual([
      { guid: "https://r.example/1", link: "https://r.example/1", title: "Envoy", summary: "", publishedAt: new Date("2025-06-01T00:00:00Z") },
    ]);
  });

  it("skips items with no title or nothing to know them again by", () => {
    expect(parseFeed(rss([{ title: "no key" }, { guid: "k", title: "" }, { guid: "ok", title: "kept" }])).map((i) => i.title)).toEqual(["kept"]);
  });

  it("refuses malformed XML and a document that is not a feed, and does not let entities blow up", () => {
    expect(() => parseFeed("<rss><channel><item>")).toThrow(FeedParseError);
    expect(() => parseFeed("<html><body>Not a feed</body></html>")).toThrow(/not an RSS or Atom feed/);
    const lol = `<!DOCTYPE r [<!ENTITY a "${"x".repeat(900)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>`;
    // 300 KB if expanded; the parser leaves nested entities unexpanded.
    const [bomb] = parseFeed(`<?xml version="1.0"?>${lol}<rss><channel><item><guid>1</guid><title>&c;&c;&c;</title></item></channel></rss>`);
    expect(bomb!.title.length).toBeLessThan(1000);
  });
});

describe("canonicalLink", () => {
  it("drops tracking parameters, fragments, trailing slashes and host case", () => {
    expect(canonicalLink("https://EN.yna.example/view/3/?utm_source=rss&b=2&a=1#top")).toBe("en.yna.example/view/3?a=1&b=2");
    expect(canonicalLink("http://en.yna.example/view/3")).toBe(canonicalLink("https://en.yna.example/view/3?fbclid=x"));
    expect(canonicalLink("javascript:alert(1)")).toBeNull();
  });
});
