"use client";
// What a person sees when a page or a request fails without an answer of ours:
// most likely a form larger than the front accepts (scripts/serve.mjs refuses
// it unread, so React gets no form state back). The detail is in the server
// log; here, a plain message in the reader's language and a way back, never a
// digest.
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="auth-box">
      <h1>{t("sendFailedTitle")}</h1>
      <p role="alert">{t("sendFailed")}</p>
      <button type="button" onClick={reset}>
        {t("tryAgain")}
      </button>
    </main>
  );
}
