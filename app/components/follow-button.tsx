"use client";
// Follow or unfollow one expectation or theme. The page says whether the
// reader follows it; the button posts the opposite and the page re-renders.
import { useTranslations } from "next-intl";
import { followAction } from "@/app/(app)/account/actions";
import { FormMessage } from "./form-message";
import { useKeptForm } from "./use-kept-form";

export function FollowButton({
  kind,
  target,
  following,
  themeLabel,
}: {
  kind: "EXPECTATION" | "THEME";
  target: string;
  following: boolean;
  themeLabel?: string;
}) {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(followAction.bind(null, kind, target));
  const name =
    kind === "THEME"
      ? t(following ? "follows.unfollowTheme" : "follows.followTheme", { theme: themeLabel ?? target })
      : t(following ? "follows.unfollowExpectation" : "follows.followExpectation");
  return (
    <form {...formProps} className="follow-form">
      <input type="hidden" name="following" value={following ? "0" : "1"} />
      <button type="submit" className="secondary" disabled={pending} aria-busy={pending} aria-label={name}>
        {following ? t("follows.unfollow") : t("follows.follow")}
      </button>
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}
