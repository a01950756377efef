import { serverI18n } from "@/lib/web/i18n/server";

export async function PanelShare({ share }: { share: number | null }) {
  const { t, f } = await serverI18n();
  if (share === null) return <span className="meta">{t("expectations.broadAgreement")}</span>;
  return (
    <span data-share={share}>
      {t("expectations.shareOfPanel", { share: "\u0000" })
        .split("\u0000")
        .flatMap((part, i) =>
          i === 0
            ? [part]
            : [
                <span key={i} className="share" data-testid="panel-share">
                  {f.percent(share)}
                </span>,
                part,
              ],
        )}
    </span>
  );
}
