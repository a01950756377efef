"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useKeptForm } from "@/app/components/use-kept-form";
import { addCommentAction, removeCommentAction } from "@/app/(app)/comments/actions";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { IDLE } from "@/lib/web/http/form-state";

type Kind = "expectation" | "development";

export function CommentForm({ kind, id }: { kind: Kind; id: string }) {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(addCommentAction.bind(null, kind, id));
  const error = state.fieldErrors?.body;
  return (
    <form {...formProps} className="stack wide" noValidate aria-label={t("comments.add")}>
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor={`comment-body-${id}`}>{t("comments.label")}</label>
        <textarea
          id={`comment-body-${id}`}
          name="body"
          rows={3}
          maxLength={4000}
          defaultValue={state.status === "error" ? state.values?.body : undefined}
          key={state.status === "ok" ? String(Date.now()) : "kept"}
          aria-invalid={error ? true : undefined}
          aria-describedby={`comment-help-${id}${error ? ` comment-body-${id}-error` : ""}`}
        />
        <span id={`comment-help-${id}`} className="meta">
          {t("comments.help")}
        </span>
        {error ? (
          <span id={`comment-body-${id}-error`} className="error">
            {error.join(" ")}
          </span>
        ) : null}
      </div>
      <SubmitButton pending={pending} pendingLabel={t("common.saving")}>
        {t("comments.submit")}
      </SubmitButton>
    </form>
  );
}

export function RemoveCommentButton({ commentId, kind, id }: { commentId: string; kind: Kind; id: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(removeCommentAction.bind(null, commentId, kind, id), IDLE);
  return (
    <form action={action} className="inline">
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("common.saving")}>{t("comments.remove")}</SubmitButton>
    </form>
  );
}
