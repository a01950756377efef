import { formatShare } from "@/lib/format";

export function PanelShare({ share }: { share: number | null }) {
  if (share === null) return <span className="meta">Broad agreement (no share given)</span>;
  return (
    <span>
      <span className="share" data-testid="panel-share">{formatShare(share)}</span> of the panel
    </span>
  );
}
