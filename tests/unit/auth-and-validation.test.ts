import { describe, expect, it } from "vitest";
import { requireAbility } from "../../lib/auth/actor";
import { roleCan } from "../../lib/auth/roles";
import { UpdateThresholdsSchema } from "../../lib/expectations/schemas";
import { parseRunKey } from "../../lib/jobs/job-run-coordinator";
import { CreateUserSchema, FirstAdminSchema } from "../../lib/users/schemas";
import { parseOrThrow } from "../../lib/validation";
import { createTranslator } from "next-intl";
import en from "../../lib/i18n/messages/en.json";
import ko from "../../lib/i18n/messages/ko.json";
import { translateFieldErrors, type Translate } from "../../lib/i18n/translate-message";

const translator = (locale: "en" | "ko") => createTranslator({ locale, messages: locale === "ko" ? ko : en }) as unknown as Translate;

describe("roles", () => {
  it("give viewers reading only, analysts evidence, admins accounts too", () => {
    expect(["read", "write:evidence", "manage:users"].map((a) => roleCan("viewer", a as never))).toEqual([true, false, false]);
    expect(["read", "write:evidence", "manage:users"].map((a) => roleCan("analyst", a as never))).toEqual([true, true, false]);
    expect(["read", "write:evidence", "manage:users"].map((a) => roleCan("admin", a as never))).toEqual([true, true, true]);
  });

  it("refuse a missing actor as unauthenticated and a weak role as forbidden", () => {
    expect(() => requireAbility(null, "read")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    const viewer = { userId: "u", name: "V", email: "v@x.test", role: "viewer" as const };
    expect(() => requireAbility(viewer, "write:evidence")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(requireAbility(viewer, "read")).toBe(viewer);
  });
});

describe("account input", () => {
  it("normalises the email and refuses short passwords with a message on the field", () => {
    expect(FirstAdminSchema.parse({ name: " Ada ", email: " Ada@Example.TEST ", password: "0123456789" })).toEqual({
      name: "Ada",
      email: "ada@example.test",
      password: "0123456789",
    });
    try {
      parseOrThrow(FirstAdminSchema, { name: "", email: "not-an-email", password: "short" });
      expect.unreachable();
    } catch (error) {
      const fieldErrors = (error as { fieldErrors: Record<string, string[]> }).fieldErrors;
      // lib/ speaks in catalogue keys; the reader sees them in their language.
      expect(translateFieldErrors(translator("en"), fieldErrors)).toEqual({
        name: ["Enter a name."],
        email: ["Enter a valid email address."],
        password: ["Use at least 10 characters."],
      });
      expect(translateFieldErrors(translator("ko"), fieldErrors)).toEqual({
        name: ["이름을 입력하세요."],
        email: ["올바른 이메일 주소를 입력하세요."],
        password: ["10자 이상으로 쓰세요."],
      });
    }
  });

  it("accepts only the three roles", () => {
    const base = { name: "A", email: "a@b.test", password: "0123456789" };
    expect(CreateUserSchema.safeParse({ ...base, role: "analyst" }).success).toBe(true);
    expect(CreateUserSchema.safeParse({ ...base, role: "superuser" }).success).toBe(false);
  });
});

describe("thresholds input", () => {
  it("takes form strings, and refuses a positive contradict threshold or unknown fields", () => {
    expect(UpdateThresholdsSchema.parse({ confirmThreshold: "3.5", contradictThreshold: "-2", expectedVersion: "4" })).toEqual({
      confirmThreshold: 3.5,
      contradictThreshold: -2,
      expectedVersion: 4,
    });
    expect(UpdateThresholdsSchema.safeParse({ confirmThreshold: 3, contradictThreshold: 1, expectedVersion: 1 }).success).toBe(false);
    expect(UpdateThresholdsSchema.safeParse({ confirmThreshold: 3, contradictThreshold: -3, expectedVersion: 1, status: "CONFIRMED" }).success).toBe(false);
  });
});

describe("run keys", () => {
  it("split node-cron's key into job and slot", () => {
    expect(parseRunKey("evaluate:2025-06-01T00:05:00.000Z")).toEqual({ job: "evaluate", slot: new Date("2025-06-01T00:05:00Z") });
    expect(() => parseRunKey("no-slot")).toThrow();
  });
});
