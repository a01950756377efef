"use client";
// Says why a page sent the reader back (?notice=… on the page it sent them
// to), instead of leaving them to wonder why the link they followed did nothing;
// and what an act whose form has gone with it did (a password, a review).
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";

const NOTICES = {
  "read-only": "notice.readOnly",
  "admin-only": "notice.adminOnly",
  "password-changed": "accounts.passwordChanged",
  "review-approved": "reviews.approved",
  "review-returned": "reviews.returned",
} as const;

export function RoleNotice({ role }: { role: string }) {
  const t = useTranslations();
  const notice = useSearchParams().get("notice");
  const key = notice && notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : null;
  if (!key) return null;
  return (
    <p className="notice" role="status">
      {t(key, { role })}
    </p>
  );
}
