import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { serverI18n } from "@/lib/web/i18n/server";
import { listInbox } from "@/lib/inbox/list-inbox";
import { InboxList } from "./inbox-list";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("inbox.title") };
}

export default async function InboxPage() {
  const actor = await signedInActor();
  if (!roleCan(actor.role, "write:evidence")) redirect("/developments?notice=read-only");
  const { t, f, locale } = await serverI18n();
  const inbox = await listInbox(getDb(), actor, locale, new Date());
  // Each group's items together, the newest first; the others say whose story they repeat.
  const byId = new Map(inbox.items.map((i) => [i.id, i]));
  const ordered = inbox.groups.flatMap((g) => [
    { item: byId.get(g.lead)!, sameStoryAs: null },
    ...g.others.map((id) => ({ item: byId.get(id)!, sameStoryAs: byId.get(g.lead)!.title })),
  ]);
  const items = ordered.map(({ item: i, sameStoryAs }) => ({
    id: i.id,
    sameStoryAs,
    candidates: i.candidates.map((c) => ({ id: c.id, label: `${f.date(c.occurredOn)} · ${c.title}` })),
    title: i.title,
    summary: i.summary,
    link: i.link,
    feed: i.feed.name,
    when: f.date(i.publishedAt ?? i.fetchedAt),
    proposals: i.proposals.map((p) => ({
      expectationId: p.expectationId,
      statement: p.statement,
      stance: t(`stances.${p.stance}`),
      label: p.label,
      term: p.term,
    })),
  }));
  return (
    <main>
      <h1>{t("inbox.title")}</h1>
      <p className="meta">{t("inbox.keys")}</p>
      <p>{t("inbox.coveredThrough", { day: f.date(new Date(`${inbox.coveredThrough}T00:00:00Z`)) })}</p>
      <details>
        <summary>{t("inbox.counts")}</summary>
        <h2>{t("inbox.byFeed")}</h2>
        <ul>
          {inbox.countsByFeed.map((c) => (
            <li key={c.feedId}>{t("inbox.countLine", { name: c.name, count: c.waiting })}</li>
          ))}
        </ul>
        <h2>{t("inbox.byExpectation")}</h2>
        <ul>
          {inbox.countsByExpectation.map((c) => (
            <li key={c.expectationId}>{t("inbox.countLine", { name: c.statement, count: c.proposed })}</li>
          ))}
        </ul>
      </details>
      <InboxList items={items} />
    </main>
  );
}
