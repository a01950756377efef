// The signposts the IFES 2025 expectations start with, in both languages.
// Words match at the start of a word in English ("troop" finds "troops") and
// anywhere in Korean (particles attach to nouns). Analysts refine them.
import type { EventTypeKey } from "../developments/event-types";
import type { Stance } from "../judgement/rule";
export type SignpostDefault = { label: string; terms: string[]; actors?: string[]; eventTypes?: EventTypeKey[]; stance: Stance };

const ALLIANCE_STRAIN = ["USFK", "troop", "cost sharing", "cost-sharing", "defense cost", "tariff", "주한미군", "방위비", "분담금", "관세", "감축", "철수"];
const ALLIANCE_REAFFIRMED = ["reaffirm", "extended deterrence", "joint exercise", "joint drill", "동맹 강화", "확장억제", "연합훈련"];
const TALKS = ["summit", "letter", "envoy", "talks", "negotiation", "정상회담", "친서", "특사", "협상", "회담"];

export const SIGNPOST_DEFAULTS: Record<string, SignpostDefault[]> = {
  "alliance-weakened": [
    { label: "Alliance under strain (troops, costs, tariffs)", terms: ALLIANCE_STRAIN, eventTypes: ["TROOP_POSTURE"], stance: "SUPPORTS" },
    { label: "Alliance reaffirmed", terms: ALLIANCE_REAFFIRMED, stance: "CONTRADICTS" },
  ],
  "alliance-maintained": [
    { label: "Alliance under strain (troops, costs, tariffs)", terms: ALLIANCE_STRAIN, eventTypes: ["TROOP_POSTURE"], stance: "CONTRADICTS" },
    { label: "Alliance reaffirmed", terms: ALLIANCE_REAFFIRMED, stance: "SUPPORTS" },
  ],
  "talks-resume": [
    {
      label: "Leaders' talks and contacts",
      terms: TALKS,
      actors: ["North Korea", "북한", "DPRK", "Kim Jong Un", "김정은"],
      eventTypes: ["TALKS_MEETINGS"],
      stance: "SUPPORTS",
    },
  ],
  "us-reaches-out": [
    {
      label: "US outreach to Pyongyang",
      terms: ["letter", "envoy", "offer to meet", "outreach", "친서", "특사", "대화 제안"],
      eventTypes: ["STATEMENT"],
      stance: "SUPPORTS",
    },
  ],
  "arms-control-agenda": [
    { label: "Arms control on the agenda", terms: ["arms control", "freeze", "nuclear freeze", "군축", "핵동결", "동결"], stance: "SUPPORTS" },
  ],
  "no-substantial-results": [
    { label: "Talks stall or collapse", terms: ["stalled", "collapse", "walked out", "no deal", "결렬", "성과 없이"], stance: "SUPPORTS" },
  ],
  "kim-takes-his-time": [{ label: "Pyongyang rebuffs or delays", terms: ["rejects", "rebuff", "no interest", "거부", "일축"], stance: "SUPPORTS" }],
  "inter-korean-tension-persists": [
    {
      label: "Military provocation",
      terms: ["missile", "provocation", "drone", "balloon", "artillery", "미사일", "도발", "무인기", "오물풍선", "포격"],
      eventTypes: ["MISSILE_TEST"],
      stance: "SUPPORTS",
    },
  ],
};
