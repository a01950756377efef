import { afterEach, describe, expect, it } from "vitest";
import { nestFormData } from "../../lib/http/nested-form";

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("nestFormData", () => {
  afterEach(() => {
    // A failing case must not leak into the next: clean up anything that got through.
    for (const k of ["q", "polluted"]) delete (Object.prototype as Record<string, unknown>)[k];
  });

  it("nests the development form's names into rows", () => {
    const out = nestFormData(form([["title", "T"], ["sources.0.publisher", "Yonhap"], ["sources.1.publisher", "KCNA"], ["actors.0", "Trump"]]));
    expect(JSON.parse(JSON.stringify(out))).toEqual({ title: "T", sources: [{ publisher: "Yonhap" }, { publisher: "KCNA" }], actors: ["Trump"] });
  });

  it("builds arrays and objects from dotted names, closing gaps left by removed rows", () => {
    const f = form([["title", "Talks"], ["actors.0", "United States"], ["actors.2", "DPRK"], ["sources.1.publisher", "Yonhap"], ["sources.1.reliability", "B"], ["$ACTION_ID_abc", ""]]);
    expect(JSON.parse(JSON.stringify(nestFormData(f)))).toEqual({
      title: "Talks",
      actors: ["United States", "DPRK"],
      sources: [{ publisher: "Yonhap", reliability: "B" }],
    });
  });

  it("closes holes left by removed rows", () => {
    const out = nestFormData(form([["links.0.stance", "SUPPORTS"], ["links.3.stance", "CONTRADICTS"]]));
    expect((out.links as unknown[]).length).toBe(2);
  });

  for (const name of ["__proto__.q", "constructor.prototype.q", "prototype.q", "sources.__proto__.polluted", "links.0.__proto__.q", "__proto__"]) {
    it(`refuses ${name} and leaves Object.prototype untouched`, () => {
      expect(() => nestFormData(form([[name, "x"]]))).toThrow(expect.objectContaining({ code: "VALIDATION" }));
      expect(({} as Record<string, unknown>).q).toBeUndefined();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it("refuses huge indices instead of allocating a billion-slot array", () => {
    expect(() => nestFormData(form([["sources.999999999.publisher", "x"]]))).toThrow(expect.objectContaining({ code: "VALIDATION" }));
    expect(() => nestFormData(form([["sources.200.publisher", "x"]]))).toThrow(expect.objectContaining({ code: "VALIDATION" }));
  });

  it("refuses names whose shapes clash (a value and an object under one name)", () => {
    expect(() => nestFormData(form([["title", "x"], ["title.a", "y"]]))).toThrow(expect.objectContaining({ code: "VALIDATION" }));
  });
});
