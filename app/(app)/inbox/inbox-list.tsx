"use client";
// The inbox, worked from the keyboard: j / k move, a accepts (the prefilled
// development form), m adds the item as a source to a development already
// logged, d dismisses with a reason. Buttons do the same by mouse. Items that
// tell the story of the one above them (near duplicates) say so.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from "react";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { useKeptForm } from "@/app/components/use-kept-form";
import type { FormState } from "@/lib/web/http/form-state";
import { dismissFeedItemAction, mergeFeedItemAction } from "./actions";

export type InboxItemView = {
  id: string;
  title: string;
  summary: string;
  link: string | null;
  feed: string;
  when: string;
  proposals: { expectationId: string; statement: string; stance: string; label: string; term: string }[];
  candidates: { id: string; label: string }[];
  /** The headline of the group's newest item, when this one tells the same story. */
  sameStoryAs: string | null;
};

/**
 * The two acts that open a small form on an item (merge, dismiss): its one
 * field takes the focus, Escape cancels, and the buttons confirm or cancel.
 */
function ItemActForm({
  action,
  label,
  confirm,
  onCancel,
  field,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  label: string;
  confirm: string;
  onCancel: () => void;
  field: (props: {
    ref: (el: HTMLInputElement | HTMLSelectElement | null) => void;
    onKeyDown: (e: ReactKeyboardEvent) => void;
    invalid: (name: string) => true | undefined;
  }) => ReactNode;
}) {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(action);
  const first = useRef<HTMLInputElement | HTMLSelectElement | null>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <form {...formProps} className="stack" noValidate aria-label={label}>
      <FormMessage state={state} />
      <div className="field">
        {field({
          ref: (el) => {
            first.current = el;
          },
          onKeyDown: (e) => e.key === "Escape" && onCancel(),
          invalid: (name) => (state.fieldErrors?.[name] ? true : undefined),
        })}
      </div>
      <div className="row">
        <SubmitButton pending={pending} pendingLabel={t("inbox.pending")}>
          {confirm}
        </SubmitButton>
        <button type="button" onClick={onCancel}>
          {t("inbox.cancel")}
        </button>
      </div>
    </form>
  );
}

function MergeForm({ item, onCancel }: { item: InboxItemView; onCancel: () => void }) {
  const t = useTranslations();
  return (
    <ItemActForm
      action={mergeFeedItemAction.bind(null, item.id)}
      label={t("inbox.mergeForm")}
      confirm={t("inbox.confirmMerge")}
      onCancel={onCancel}
      field={({ ref, onKeyDown, invalid }) => (
        <>
          <label htmlFor={`merge-${item.id}`}>{t("inbox.mergeInto")}</label>
          <select
            ref={ref}
            id={`merge-${item.id}`}
            name="developmentId"
            defaultValue={item.candidates[0]?.id ?? ""}
            onKeyDown={onKeyDown}
            aria-invalid={invalid("developmentId")}
          >
            <option value="">{t("inbox.chooseDevelopment")}</option>
            {item.candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </>
      )}
    />
  );
}

function DismissForm({ id, onCancel }: { id: string; onCancel: () => void }) {
  const t = useTranslations();
  return (
    <ItemActForm
      action={dismissFeedItemAction.bind(null, id)}
      label={t("inbox.dismissForm")}
      confirm={t("inbox.confirmDismiss")}
      onCancel={onCancel}
      field={({ ref, onKeyDown, invalid }) => (
        <>
          <label htmlFor={`reason-${id}`}>{t("inbox.reason")}</label>
          <input ref={ref} id={`reason-${id}`} name="reason" maxLength={500} onKeyDown={onKeyDown} aria-invalid={invalid("reason")} />
        </>
      )}
    />
  );
}

const typing = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));

export function InboxList({ items }: { items: InboxItemView[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [selected, setSelected] = useState(0);
  const [dismissing, setDismissing] = useState<string | null>(null);
  const [merging, setMerging] = useState<string | null>(null);
  // The current item is marked only once the keys work: before hydration a
  // press of j or d would be lost, and a highlight would promise otherwise.
  const [keysReady, setKeysReady] = useState(false);
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
      else if (e.key === "m" && current.candidates.length) setMerging(current.id);
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    setKeysReady(true);
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
          className={item.sameStoryAs ? "inbox-item same-story" : "inbox-item"}
          tabIndex={-1}
          aria-current={keysReady && item.id === current?.id ? "true" : undefined}
          onFocus={() => setSelected(i)}
        >
          {item.sameStoryAs ? <p className="meta">{t("inbox.sameStory", { title: item.sameStoryAs })}</p> : null}
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
          ) : merging === item.id ? (
            <MergeForm item={item} onCancel={() => setMerging(null)} />
          ) : (
            <div className="row">
              <Link href={`/developments/new?item=${item.id}`} className="button">
                {t("inbox.accept")}
              </Link>
              {item.candidates.length ? (
                <button type="button" onClick={() => setMerging(item.id)}>
                  {t("inbox.merge")}
                </button>
              ) : null}
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
