"use client";
// The inbox, worked from the keyboard: j / k move, a accepts (the prefilled
// development form), d dismisses with a reason. Buttons do the same by mouse.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { useKeptForm } from "@/app/components/use-kept-form";
import { dismissFeedItemAction } from "./actions";

export type InboxItemView = {
  id: string;
  title: string;
  summary: string;
  link: string | null;
  feed: string;
  when: string;
  proposals: { expectationId: string; statement: string; stance: string; label: string; term: string }[];
};

function DismissForm({ id, onCancel }: { id: string; onCancel: () => void }) {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(dismissFeedItemAction.bind(null, id));
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form {...formProps} className="stack" noValidate aria-label={t("inbox.dismissForm")}>
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor={`reason-${id}`}>{t("inbox.reason")}</label>
        <input
          ref={input}
          id={`reason-${id}`}
          name="reason"
          maxLength={500}
          onKeyDown={(e) => e.key === "Escape" && onCancel()}
          aria-invalid={state.fieldErrors?.reason ? true : undefined}
        />
      </div>
      <div className="row">
        <SubmitButton pending={pending} pendingLabel={t("inbox.pending")}>
          {t("inbox.confirmDismiss")}
        </SubmitButton>
        <button type="button" onClick={onCancel}>
          {t("inbox.cancel")}
        </button>
      </div>
    </form>
  );
}

const typing = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));

export function InboxList({ items }: { items: InboxItemView[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [selected, setSelected] = useState(0);
  const [dismissing, setDismissing] = useState<string | null>(null);
  const refs = useRef<(HTMLLIElement | null)[]>([]);
  const current = items[Math.min(selected, items.length - 1)];

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey || !current) return;
      const move = (to: number) => {
        const next = Math.max(0, Math.min(items.length - 1, to));
        setSelected(next);
        refs.current[next]?.focus();
      };
      if (e.key === "j") move(selected + 1);
      else if (e.key === "k") move(selected - 1);
      else if (e.key === "a") router.push(`/developments/new?item=${current.id}`);
      else if (e.key === "d") setDismissing(current.id);
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, items.length, router, selected]);

  if (items.length === 0) return <p className="empty">{t("inbox.empty")}</p>;
  return (
    <ol className="inbox-list" aria-label={t("inbox.listLabel")}>
      {items.map((item, i) => (
        <li
          key={item.id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          className="inbox-item"
          tabIndex={-1}
          aria-current={item.id === current?.id ? "true" : undefined}
          onFocus={() => setSelected(i)}
        >
          <h2>{item.title}</h2>
          <p className="meta">
            {item.feed} · {item.when}
            {item.link ? (
              <>
                {" · "}
                <a href={item.link} rel="noreferrer noopener" target="_blank">
                  {t("inbox.original")}
                </a>
              </>
            ) : null}
          </p>
          {item.summary ? <p>{item.summary}</p> : null}
          {item.proposals.length ? (
            <ul aria-label={t("inbox.proposed")}>
              {item.proposals.map((p) => (
                <li key={p.expectationId}>
                  <strong>{p.stance}</strong>: {p.statement} <span className="meta">{t("inbox.matched", { rule: p.label, term: p.term })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="meta">{t("inbox.noProposal")}</p>
          )}
          {dismissing === item.id ? (
            <DismissForm id={item.id} onCancel={() => setDismissing(null)} />
          ) : (
            <div className="row">
              <Link href={`/developments/new?item=${item.id}`} className="button">
                {t("inbox.accept")}
              </Link>
              <button type="button" onClick={() => setDismissing(item.id)}>
                {t("inbox.dismiss")}
              </button>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
