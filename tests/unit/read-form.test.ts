import { afterEach, describe, expect, it } from "vitest";
import { FIELDS } from "../../lib/web/http/action-fields";
import { FORM_MAX_CHARS, readForm } from "../../lib/web/http/read-form";

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};
const plain = (v: unknown) => JSON.parse(JSON.stringify(v));

describe("readForm: declared fields only", () => {
  afterEach(() => {
    // A failing case must not leak into the next: clean up anything that got through.
    for (const k of ["q", "polluted"]) delete (Object.prototype as Record<string, unknown>)[k];
  });

  it("reads the development form's names into rows, closing gaps left by removed rows", () => {
    const f = form([
      ["title", "Talks"],
      ["actors.0", "United States"],
      ["actors.2", "DPRK"],
      ["sources.1.publisher", "Yonhap"],
      ["sources.1.reliability", "B"],
      ["sources.3.publisher", "KCNA"],
      ["$ACTION_ID_abc", ""],
    ]);
    expect(plain(readForm(f, FIELDS.logDevelopment))).toEqual({
      title: "Talks",
      actors: ["United States", "DPRK"],
      sources: [{ publisher: "Yonhap", reliability: "B" }, { publisher: "KCNA" }],
    });
  });

  it("ignores names the action does not declare", () => {
    const out = readForm(
      form([
        ["email", "a@b.test"],
        ["role", "admin"],
        ["password", "x"],
        ["isAdmin", "1"],
      ]),
      FIELDS.signIn,
    );
    expect(Object.keys(out).sort()).toEqual(["email", "password"]);
  });

  for (const name of [
    "__proto__",
    "__proto__.q",
    "constructor.prototype.q",
    "prototype.q",
    "sources.__proto__.polluted",
    "sources.0.__proto__",
    "links.0.constructor",
    "actors.__proto__",
  ]) {
    it(`never turns ${name} into a key, and Object.prototype stays untouched`, () => {
      const out = readForm(
        form([
          [name, "x"],
          ["title", "T"],
        ]),
        FIELDS.logDevelopment,
      );
      expect(plain(out)).toEqual({ title: "T" });
      expect(({} as Record<string, unknown>).q).toBeUndefined();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    });
  }

  it("refuses a field sent twice, with a message on that field", () => {
    expect(() =>
      readForm(
        form([
          ["title", "a"],
          ["title", "b"],
        ]),
        FIELDS.logDevelopment,
      ),
    ).toThrow(expect.objectContaining({ code: "VALIDATION", fieldErrors: { title: ["validation.duplicateField"] } }));
    expect(() =>
      readForm(
        form([
          ["sources.0.url", "a"],
          ["sources.0.url", "b"],
        ]),
        FIELDS.logDevelopment,
      ),
    ).toThrow(expect.objectContaining({ code: "VALIDATION" }));
  });

  it("bounds indices instead of allocating a huge array", () => {
    expect(() => readForm(form([["sources.200.publisher", "x"]]), FIELDS.logDevelopment)).toThrow(expect.objectContaining({ code: "VALIDATION" }));
    // Four digits and more are not a declared name at all.
    expect(plain(readForm(form([["sources.999999999.publisher", "x"]]), FIELDS.logDevelopment))).toEqual({});
  });

  it("refuses a form larger than the cap with the too-long message", () => {
    const big = "x".repeat(FORM_MAX_CHARS / 2 + 1);
    expect(() =>
      readForm(
        form([
          ["title", big],
          ["summary", big],
        ]),
        FIELDS.logDevelopment,
      ),
    ).toThrow(expect.objectContaining({ code: "VALIDATION", message: `validation.formTooLarge|max=${FORM_MAX_CHARS / 1024}` }));
  });

  it("refuses a file where text is expected", () => {
    const f = new FormData();
    f.append("title", new Blob(["x"]), "x.txt");
    expect(() => readForm(f, FIELDS.logDevelopment)).toThrow(expect.objectContaining({ code: "VALIDATION" }));
  });
});
