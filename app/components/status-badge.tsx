import { getTranslations } from "next-intl/server";

/** Status in words, with colour as a second cue only. */
export async function StatusBadge({ status }: { status: string }) {
  const t = await getTranslations();
  return <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>;
}
