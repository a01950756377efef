import { getTranslations } from "next-intl/server";
import { StatusBadge } from "./status-badge";
import { serverI18n } from "@/lib/web/i18n/server";
import { dateOf, type Waiting } from "@/lib/judgement/rule";

/**
 * A status with what it waits for, wherever a status is shown: a conditional
 * expectation says which condition ("if talks resume: pending") and the net it
 * would have; a passed deadline says it awaits review through that day.
 */
export async function JudgementBadge({
  status,
  waiting,
  net,
  conditionLabel,
  compact = false,
}: {
  status: string;
  waiting: Waiting;
  net?: number;
  conditionLabel?: string;
  compact?: boolean;
}) {
  const t = await getTranslations();
  const { f } = await serverI18n();
  if (waiting?.kind === "condition") {
    return (
      <span className="judgement-badge">
        <StatusBadge status={status} /> {/* In tables the condition is named on hover; its own page names it in full. */}
        {compact ? (
          <span className="waiting" title={conditionLabel}>
            {t("judgement.waitingConditionShort", { net: f.number(net ?? 0) })}
          </span>
        ) : (
          <span className="waiting">{t("judgement.waitingCondition", { condition: conditionLabel ?? "", net: f.number(net ?? 0) })}</span>
        )}
      </span>
    );
  }
  if (waiting?.kind === "coverage") {
    return (
      <span className="judgement-badge">
        <StatusBadge status={status} /> <span className="waiting">{t("judgement.awaitingCoverage", { date: f.date(dateOf(waiting.deadline)) })}</span>
      </span>
    );
  }
  return <StatusBadge status={status} />;
}
