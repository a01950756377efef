"use client";
import { useTranslations } from "next-intl";
import { useKeptForm } from "@/app/components/use-kept-form";
import { decideReviewAction } from "./actions";
import { FormMessage } from "@/app/components/form-message";

/** One comment box, two answers: approve (the comment is optional) or return (it is not). */
export function DecideForm({ id, label }: { id: string; label: string }) {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(decideReviewAction.bind(null, id));
  const error = state.fieldErrors?.comment;
  return (
    <form {...formProps} className="stack wide" noValidate aria-label={label}>
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor={`review-comment-${id}`}>{t("reviews.comment")}</label>
        <textarea
          id={`review-comment-${id}`}
          name="comment"
          rows={2}
          maxLength={2000}
          defaultValue={state.values?.comment}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `review-comment-${id}-error` : undefined}
        />
        {error ? (
          <span id={`review-comment-${id}-error`} className="error">
            {error.join(" ")}
          </span>
        ) : null}
      </div>
      <p className="actions">
        <button type="submit" name="decision" value="approve" disabled={pending} aria-busy={pending}>
          {t("reviews.approve")}
        </button>{" "}
        <button type="submit" name="decision" value="return" className="secondary" disabled={pending} aria-busy={pending}>
          {t("reviews.return")}
        </button>
      </p>
    </form>
  );
}
