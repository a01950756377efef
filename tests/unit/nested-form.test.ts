import { describe, expect, it } from "vitest";
import { nestFormData } from "../../lib/http/nested-form";

describe("nestFormData", () => {
  it("builds arrays and objects from dotted names, closing gaps left by removed rows", () => {
    const form = new FormData();
    form.append("title", "Talks");
    form.append("actors.0", "United States");
    form.append("actors.2", "DPRK");
    form.append("sources.1.publisher", "Yonhap");
    form.append("sources.1.reliability", "B");
    form.append("$ACTION_ID_abc", "");
    expect(nestFormData(form)).toEqual({
      title: "Talks",
      actors: ["United States", "DPRK"],
      sources: [{ publisher: "Yonhap", reliability: "B" }],
    });
  });
});
