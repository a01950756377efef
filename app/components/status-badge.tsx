import { STATUS_LABELS } from "@/lib/format";

type Status = keyof typeof STATUS_LABELS;

/** Status in words, with colour as a second cue only. */
export function StatusBadge({ status }: { status: Status }) {
  return <span className={`badge status-${status}`}>{STATUS_LABELS[status]}</span>;
}
