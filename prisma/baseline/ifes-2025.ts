// Baseline: the Kyungnam University IFES expert survey on the Korean Peninsula
// at the start of Trump's second term (40 domestic experts, online, 10-20 Jan
// 2025, released 5 Feb 2025), as reported by The Asia Business Daily.
// Source: that report (kept in the shared notes as seed/ifes-2025-survey.md).
// The facts and figures are the survey's; every sentence below (statements,
// reasons, criteria) is the product's own wording, not the report's.
// Shares are null where the report says "generally agreed" without a figure.
// Deadlines: "soon" is read as one year into the term (2026-01-20); the rest
// run to the end of the term (2029-01-20).
import type { SeedBaseline } from "../../lib/baseline/seed-schema";

const ONE_YEAR_IN = "2026-01-20";
const END_OF_TERM = "2029-01-20";

export const ifes2025Baseline: SeedBaseline = {
  survey: {
    slug: "ifes-2025-01",
    organisation: "Kyungnam University Institute for Far Eastern Studies (IFES)",
    title: "Prospects for the Korean Peninsula under Trump's second term: expert survey",
    panelSize: 40,
    panelDescription: "40 South Korean (domestic) experts on diplomacy, security and Korean Peninsula affairs",
    mode: "online",
    fieldworkStart: "2025-01-10",
    fieldworkEnd: "2025-01-20",
    publishedOn: "2025-02-05",
    sourceReference:
      "Kyungnam University IFES, in-depth survey of 40 domestic experts, released 5 Feb 2025; " +
      "as reported by The Asia Business Daily (www.asiae.co.kr), 5 Feb 2025.",
  },
  expectations: [
    // ------------------------------------------------------------ US–DPRK talks
    {
      key: "us-reaches-out",
      theme: "us-dprk-talks",
      statement:
        "Early in its term, the second Trump administration takes steps to re-establish contact with Pyongyang with a view to restarting negotiations.",
      panelShare: null,
      kind: "OCCURRENCE",
      reasons: [
        "Trump wants a signature achievement, a Nobel Peace Prize among them.",
        "Trump's personal rapport with Kim Jong Un could open the door.",
        "Loyalist appointees make a leader-to-leader (top-down) approach feasible.",
      ],
      resolutionCriteria:
        "Confirming: a documented US attempt to reach the North Korean leadership — a letter from Trump sent or handed to Kim Jong Un, " +
        "an approach through the New York channel or a third country reported by credible sources, an envoy named with a mandate to " +
        "talk to Pyongyang, or a public offer by the President to meet Kim. Remarks that he 'gets along with' Kim or 'would like' a " +
        "meeting only support. Contradicting: the administration states it will not engage without prior denuclearisation steps, or " +
        "runs a pressure-only policy with no reported outreach. Whether Pyongyang answers does not matter here. At the deadline, if not " +
        "confirmed, it is contradicted (no outreach in time).",
      deadline: ONE_YEAR_IN,
      conditionKey: null,
      questionGroup: null,
      answerLabel: null,
    },
    {
      key: "talks-resume",
      theme: "us-dprk-talks",
      statement:
        "Negotiations between the United States and North Korea actually restart, driven from the top by the two leaders.",
      panelShare: null,
      kind: "OCCURRENCE",
      reasons: ["With loyalists in key posts, talks could be restarted leader to leader rather than bottom-up."],
      resolutionCriteria:
        "Confirming: a Trump–Kim meeting takes place, or officials of the two governments hold talks that both sides acknowledge as " +
        "negotiations (an announced meeting, a joint or parallel statement, a published agenda). A summit is the strongest evidence; " +
        "an announced date or venue for one supports. Letters or one-sided offers alone do not count (see us-reaches-out). " +
        "Contradicting: Pyongyang publicly rejects talks with Washington, declares its nuclear status non-negotiable as a bar to any " +
        "dialogue, or returns US overtures; a scheduled meeting cancelled by either side. At the deadline (end of the term), if not " +
        "confirmed, it is contradicted.",
      deadline: END_OF_TERM,
      conditionKey: null,
      questionGroup: null,
      answerLabel: null,
    },
    {
      key: "arms-control-agenda",
      theme: "us-dprk-talks",
      statement:
        "If talks take place, Pyongyang engages on arms-control terms — a freeze or reduction of its arsenal, or limits on ICBMs — rather than on giving up its nuclear weapons entirely.",
      panelShare: null,
      kind: "OCCURRENCE",
      reasons: [],
      resolutionCriteria:
        "Judged only once talks-resume is confirmed; void if it is contradicted. Confirming: North Korea proposes or accepts an agenda, " +
        "statement or agreement built on a freeze, a cut in warheads or fissile material, a testing moratorium or ICBM limits, without " +
        "first committing to complete denuclearisation (often in exchange for sanctions relief). Contradicting: North Korea commits to " +
        "complete denuclearisation with a roadmap, or refuses to put any nuclear or missile limits on the table. At the deadline, if not " +
        "confirmed, it is contradicted.",
      deadline: END_OF_TERM,
      conditionKey: "talks-resume",
      questionGroup: null,
      answerLabel: null,
    },
    {
      key: "no-substantial-results",
      theme: "us-dprk-talks",
      statement:
        "Even if US–DPRK talks restart, they produce nothing of substance.",
      panelShare: 0.7,
      kind: "CONTINUITY",
      reasons: [
        "Washington and Pyongyang remain far apart on denuclearisation.",
        "The Russia–Ukraine war, conflict in the Middle East and rivalry with China push North Korea down Washington's list of priorities.",
      ],
      resolutionCriteria:
        "Judged only once talks-resume is confirmed; void if it is contradicted. Contradicting (a substantial result): a signed agreement " +
        "with concrete, verifiable steps that starts to be implemented — a verified freeze or dismantling of nuclear or missile sites, " +
        "inspectors admitted, a declaration of nuclear holdings, formal US or UN sanctions relief, liaison offices or diplomatic " +
        "relations, or a formal end to the Korean War. Confirming: talks stall, break off or end without agreement (a walk-out), or " +
        "produce only declarations with no implementation. At the deadline, if not contradicted, it is confirmed (nothing substantial).",
      deadline: END_OF_TERM,
      conditionKey: "talks-resume",
      questionGroup: null,
      answerLabel: null,
    },
    {
      key: "kim-takes-his-time",
      theme: "us-dprk-talks",
      statement:
        "Wary after the failed 2019 Hanoi summit, Kim Jong Un takes a slow, probing approach to any new talks with Washington instead of hurrying into them.",
      panelShare: null,
      kind: "CONTINUITY",
      reasons: ["Kim went through the 2019 Hanoi summit that broke up with no deal."],
      resolutionCriteria:
        "Contradicting: before the deadline Pyongyang quickly accepts a US offer — agrees to a summit or formal negotiations, or holds " +
        "them — or itself proposes early talks. Confirming: North Korea ignores, declines or returns US overtures, sets preconditions " +
        "(e.g. recognition of its nuclear status) before any meeting, or its statements call for waiting to see US policy. At the " +
        "deadline, if not contradicted, it is confirmed (Kim held back).",
      deadline: ONE_YEAR_IN,
      conditionKey: null,
      questionGroup: null,
      answerLabel: null,
    },

    // ------------------------------------------------------------ Inter-Korean
    {
      key: "inter-korean-tension-persists",
      theme: "inter-korean",
      statement:
        "Relations between the two Koreas stay tense, whether or not US–DPRK relations change.",
      panelShare: 0.6,
      kind: "CONTINUITY",
      reasons: [
        "Seoul plays a passive role and has no consistent North Korea policy.",
        "Pyongyang holds to its hostile line toward the South.",
        "Pyongyang puts internal cohesion first.",
      ],
      resolutionCriteria:
        "Contradicting (a real thaw): inter-Korean government talks are held, a liaison or military hotline is restored and answered by " +
        "the North, an inter-Korean agreement is signed, a leaders' summit takes place, family reunions or joint projects resume, or " +
        "Pyongyang drops its 'two hostile states' line. Confirming: border provocations or incidents, trash balloons, missile launches " +
        "aimed at the South, Pyongyang rejecting or ignoring Seoul's offers, demolition of inter-Korean facilities, lines still cut. " +
        "Progress between Washington and Pyongyang alone does not contradict this. At the deadline, if not contradicted, it is confirmed.",
      deadline: END_OF_TERM,
      conditionKey: null,
      questionGroup: null,
      answerLabel: null,
    },

    // ------------------------------------------------------------ ROK–US alliance
    // One survey question, two mutually exclusive answers (58% / 40%).
    {
      key: "alliance-maintained",
      theme: "rok-us-alliance",
      statement:
        "Under Trump's second term, the South Korea–US relationship holds at about its present level.",
      panelShare: 0.58,
      kind: "CONTINUITY",
      // The report gives no reasons for this answer.
      reasons: [],
      resolutionCriteria:
        "Contradicting: any of the weakening events listed under alliance-weakened — above all an announced cut in USFK troop numbers, " +
        "a US move to withdraw or condition its defence commitment, or combined exercises cancelled by Washington for cost reasons. " +
        "Confirming: summit or SCM joint statements reaffirming the alliance and extended deterrence, the cost-sharing agreement kept " +
        "or renewed without rupture, USFK levels unchanged, trade disputes settled without spilling into security ties. At the " +
        "deadline, if not contradicted, it is confirmed; if alliance-weakened is confirmed first, this one is contradicted.",
      deadline: END_OF_TERM,
      conditionKey: null,
      questionGroup: "rok-us-relations",
      answerLabel: "Maintained at the current level",
    },
    {
      key: "alliance-weakened",
      theme: "rok-us-alliance",
      statement:
        "Under Trump's second term, the South Korea–US relationship weakens.",
      panelShare: 0.4,
      kind: "OCCURRENCE",
      reasons: [
        "America First erodes US alliances in general, and the alliance with Seoul is no exception.",
        "Negotiations over sharing the cost of US forces in Korea cause friction.",
        "Trade disputes strain relations.",
        "Washington may reduce the US troop presence in Korea.",
      ],
      resolutionCriteria:
        "Confirming (strong): an announced reduction of USFK troop levels (not a routine rotation), a US move to withdraw or condition " +
        "its defence commitment, the cost-sharing agreement torn up or USFK local staff furloughed over it, or major combined exercises " +
        "cancelled by Washington for cost reasons. Supporting (weaker): US demands for a much larger cost share, tariffs or trade " +
        "measures aimed at Korea, public threats to pull troops. Contradicting: summit or SCM statements reaffirming the alliance, a " +
        "cost-sharing deal on stable terms, USFK levels unchanged. At the deadline, if not confirmed, it is contradicted; if " +
        "alliance-maintained is confirmed first, this one is contradicted.",
      deadline: END_OF_TERM,
      conditionKey: null,
      questionGroup: "rok-us-relations",
      answerLabel: "Weakened",
    },
  ],
};
