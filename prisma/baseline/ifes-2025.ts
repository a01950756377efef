// Baseline: the Kyungnam University IFES expert survey on the Korean Peninsula
// at the start of Trump's second term (40 domestic experts, online, 10-20 Jan
// 2025, released 5 Feb 2025), as reported by The Asia Business Daily.
// Source: that report (kept in the shared notes as seed/ifes-2025-survey.md).
// The facts and figures are the survey's; every sentence below (statements,
// reasons, criteria) is the product's own wording, not the report's.
// Every text also comes in Korean (the *Ko fields), written as the product's
// own Korean rather than a back-translation of the report. In the Korean
// criteria, 확인 근거 / 반증 근거 / 보강 근거 stand for Confirming /
// Contradicting / Supporting, and the deadline rule reads "기한까지 확인되지
// 않으면 반증으로 판정한다" (OCCURRENCE) or "기한까지 반증되지 않으면 확인으로
// 판정한다" (CONTINUITY).
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
    organisationKo: "경남대학교 극동문제연구소(IFES)",
    title: "Prospects for the Korean Peninsula under Trump's second term: expert survey",
    titleKo: "트럼프 2기 행정부 시기 한반도 정세 전망: 전문가 설문조사",
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
      statementKo: "트럼프 2기 행정부는 임기 초반에 북미 협상 재개를 염두에 두고 북한과의 소통 채널 복원에 나선다.",
      panelShare: null,
      kind: "OCCURRENCE",
      reasons: [
        "Trump wants a signature achievement, a Nobel Peace Prize among them.",
        "Trump's personal rapport with Kim Jong Un could open the door.",
        "Loyalist appointees make a leader-to-leader (top-down) approach feasible.",
      ],
      reasonsKo: [
        "트럼프 대통령은 노벨평화상 수상을 포함해 자신의 이름을 남길 만한 외교 업적을 원한다.",
        "트럼프 대통령과 김정은 국무위원장의 개인적 친분이 대화의 물꼬를 틀 수 있다.",
        "충성파 인사들이 요직에 기용되면서 정상 간 담판에 의한 하향식(톱다운) 접근이 가능해졌다.",
      ],
      resolutionCriteria:
        "Confirming: a documented US attempt to reach the North Korean leadership — a letter from Trump sent or handed to Kim Jong Un, " +
        "an approach through the New York channel or a third country reported by credible sources, an envoy named with a mandate to " +
        "talk to Pyongyang, or a public offer by the President to meet Kim. Remarks that he 'gets along with' Kim or 'would like' a " +
        "meeting only support. Contradicting: the administration states it will not engage without prior denuclearisation steps, or " +
        "runs a pressure-only policy with no reported outreach. Whether Pyongyang answers does not matter here. At the deadline, if not " +
        "confirmed, it is contradicted (no outreach in time).",
      resolutionCriteriaKo:
        "확인 근거: 미국이 북한 지도부와 접촉을 시도했다는 사실이 기록으로 확인되는 경우 — 트럼프 대통령의 친서가 김정은 위원장에게 발송·전달되거나, " +
        "뉴욕 채널이나 제3국을 통한 접촉 시도가 신뢰할 만한 출처를 통해 보도되거나, 대북 대화 권한을 부여받은 특사가 임명되거나, " +
        "대통령이 김 위원장과의 만남을 공개적으로 제안하는 경우. 김 위원장과 '잘 지낸다'거나 만남을 '원한다'는 수준의 발언은 보강 근거에 그친다. " +
        "반증 근거: 행정부가 선(先) 비핵화 조치 없이는 대화하지 않겠다고 밝히거나, 접촉 시도가 전혀 보도되지 않은 채 압박 일변도의 정책을 펴는 경우. " +
        "북한의 호응 여부는 이 기대의 판정과 무관하다. 기한까지 확인되지 않으면 반증으로 판정한다(기한 내 접촉 시도 없음).",
      deadline: ONE_YEAR_IN,
      conditionKey: null,
      questionGroup: null,
      answerLabel: null,
      answerLabelKo: null,
    },
    {
      key: "talks-resume",
      theme: "us-dprk-talks",
      statement: "Negotiations between the United States and North Korea actually restart, driven from the top by the two leaders.",
      statementKo: "북미 협상이 양 정상의 주도 아래 하향식으로 실제 재개된다.",
      panelShare: null,
      kind: "OCCURRENCE",
      reasons: ["With loyalists in key posts, talks could be restarted leader to leader rather than bottom-up."],
      reasonsKo: ["요직에 충성파가 포진해 있어 실무 협상부터 쌓아 올리는 대신 정상 간 결단으로 협상을 재개할 수 있다."],
      resolutionCriteria:
        "Confirming: a Trump–Kim meeting takes place, or officials of the two governments hold talks that both sides acknowledge as " +
        "negotiations (an announced meeting, a joint or parallel statement, a published agenda). A summit is the strongest evidence; " +
        "an announced date or venue for one supports. Letters or one-sided offers alone do not count (see us-reaches-out). " +
        "Contradicting: Pyongyang publicly rejects talks with Washington, declares its nuclear status non-negotiable as a bar to any " +
        "dialogue, or returns US overtures; a scheduled meeting cancelled by either side. At the deadline (end of the term), if not " +
        "confirmed, it is contradicted.",
      resolutionCriteriaKo:
        "확인 근거: 트럼프–김정은 정상회담이 열리거나, 양국 정부 당국자가 양측 모두 협상으로 인정하는 회담을 갖는 경우(회담 개최 발표, " +
        "공동 또는 각자의 발표문, 의제 공개). 정상회담 개최가 가장 강력한 근거이며, 정상회담 일시나 장소의 발표는 보강 근거가 된다. " +
        "친서나 일방적 제안만으로는 인정하지 않는다('미국의 대북 접촉 시도'(us-reaches-out) 참조). " +
        "반증 근거: 북한이 미국과의 대화를 공개적으로 거부하거나, 핵보유국 지위는 협상 대상이 아니라며 대화 자체를 봉쇄하거나, 미국 측 친서나 제의를 반송하는 경우, " +
        "또는 예정된 회담을 어느 한쪽이 취소하는 경우. 기한(임기 종료)까지 확인되지 않으면 반증으로 판정한다.",
      deadline: END_OF_TERM,
      conditionKey: null,
      questionGroup: null,
      answerLabel: null,
      answerLabelKo: null,
    },
    {
      key: "arms-control-agenda",
      theme: "us-dprk-talks",
      statement:
        "If talks take place, Pyongyang engages on arms-control terms — a freeze or reduction of its arsenal, or limits on ICBMs — rather than on giving up its nuclear weapons entirely.",
      statementKo: "협상이 열리면 북한은 핵무기의 완전한 포기가 아니라 핵 동결·감축이나 대륙간탄도미사일(ICBM) 제한 같은 군비통제 방식의 의제로 협상에 임한다.",
      panelShare: null,
      kind: "OCCURRENCE",
      reasons: [],
      reasonsKo: [],
      resolutionCriteria:
        "Judged only once talks-resume is confirmed; void if it is contradicted. Confirming: North Korea proposes or accepts an agenda, " +
        "statement or agreement built on a freeze, a cut in warheads or fissile material, a testing moratorium or ICBM limits, without " +
        "first committing to complete denuclearisation (often in exchange for sanctions relief). Contradicting: North Korea commits to " +
        "complete denuclearisation with a roadmap, or refuses to put any nuclear or missile limits on the table. At the deadline, if not " +
        "confirmed, it is contradicted.",
      resolutionCriteriaKo:
        "'북미 협상 재개'(talks-resume)가 확인된 뒤에만 판정하며, 그것이 반증되면 무효로 처리한다. " +
        "확인 근거: 북한이 완전한 비핵화를 먼저 약속하지 않은 채 핵 동결, 핵탄두 또는 핵분열성 물질 감축, 핵·미사일 시험 유예, ICBM 제한을 골자로 하는 " +
        "의제·성명·합의를 제안하거나 수용하는 경우(대개 제재 완화와 맞바꾸는 형태). " +
        "반증 근거: 북한이 이행 로드맵을 갖춘 완전한 비핵화를 약속하거나, 핵·미사일에 대한 어떠한 제한도 협상 테이블에 올리기를 거부하는 경우. " +
        "기한까지 확인되지 않으면 반증으로 판정한다.",
      deadline: END_OF_TERM,
      conditionKey: "talks-resume",
      questionGroup: null,
      answerLabel: null,
      answerLabelKo: null,
    },
    {
      key: "no-substantial-results",
      theme: "us-dprk-talks",
      statement: "Even if US–DPRK talks restart, they produce nothing of substance.",
      statementKo: "북미 협상이 재개되더라도 실질적인 성과로 이어지지 않는다.",
      panelShare: 0.7,
      kind: "CONTINUITY",
      reasons: [
        "Washington and Pyongyang remain far apart on denuclearisation.",
        "The Russia–Ukraine war, conflict in the Middle East and rivalry with China push North Korea down Washington's list of priorities.",
      ],
      reasonsKo: [
        "비핵화를 둘러싼 북미 간 입장 차이가 여전히 크다.",
        "러시아–우크라이나 전쟁, 중동 분쟁, 미중 경쟁 등 현안이 산적해 북한 문제가 미국의 정책 우선순위에서 뒤로 밀린다.",
      ],
      resolutionCriteria:
        "Judged only once talks-resume is confirmed; void if it is contradicted. Contradicting (a substantial result): a signed agreement " +
        "with concrete, verifiable steps that starts to be implemented — a verified freeze or dismantling of nuclear or missile sites, " +
        "inspectors admitted, a declaration of nuclear holdings, formal US or UN sanctions relief, liaison offices or diplomatic " +
        "relations, or a formal end to the Korean War. Confirming: talks stall, break off or end without agreement (a walk-out), or " +
        "produce only declarations with no implementation. At the deadline, if not contradicted, it is confirmed (nothing substantial).",
      resolutionCriteriaKo:
        "'북미 협상 재개'(talks-resume)가 확인된 뒤에만 판정하며, 그것이 반증되면 무효로 처리한다. " +
        "반증 근거(실질적 성과): 구체적이고 검증 가능한 조치를 담은 합의가 서명되고 실제 이행에 들어가는 경우 — 핵·미사일 시설의 동결 또는 폐기가 검증되거나, " +
        "사찰단의 현장 접근이 허용되거나, 핵 보유 현황이 신고되거나, 미국 또는 유엔 차원의 제재가 공식적으로 완화되거나, 연락사무소 개설 또는 수교가 이뤄지거나, " +
        "한국전쟁 종전이 공식 선언되는 경우. 확인 근거: 협상이 교착되거나 결렬되거나 합의 없이 끝나는 경우(한쪽의 회담장 이탈 포함), " +
        "또는 이행이 뒤따르지 않는 선언에 그치는 경우. 기한까지 반증되지 않으면 확인으로 판정한다(실질적 성과 없음).",
      deadline: END_OF_TERM,
      conditionKey: "talks-resume",
      questionGroup: null,
      answerLabel: null,
      answerLabelKo: null,
    },
    {
      key: "kim-takes-his-time",
      theme: "us-dprk-talks",
      statement:
        "Wary after the failed 2019 Hanoi summit, Kim Jong Un takes a slow, probing approach to any new talks with Washington instead of hurrying into them.",
      statementKo: "2019년 하노이 정상회담 결렬로 경계심이 커진 김정은 위원장은 미국과의 새 협상에 서둘러 나서기보다 시간을 두고 신중하게 탐색한다.",
      panelShare: null,
      kind: "CONTINUITY",
      reasons: ["Kim went through the 2019 Hanoi summit that broke up with no deal."],
      reasonsKo: ["김 위원장은 2019년 하노이 정상회담이 아무 합의 없이 결렬되는 것을 직접 겪었다."],
      resolutionCriteria:
        "Contradicting: before the deadline Pyongyang quickly accepts a US offer — agrees to a summit or formal negotiations, or holds " +
        "them — or itself proposes early talks. Confirming: North Korea ignores, declines or returns US overtures, sets preconditions " +
        "(e.g. recognition of its nuclear status) before any meeting, or its statements call for waiting to see US policy. At the " +
        "deadline, if not contradicted, it is confirmed (Kim held back).",
      resolutionCriteriaKo:
        "반증 근거: 기한 전에 북한이 미국의 제안을 신속히 받아들이는 경우 — 정상회담이나 공식 협상에 동의하거나 실제로 개최하는 경우 — " +
        "또는 북한이 먼저 조기 협상을 제안하는 경우. 확인 근거: 북한이 미국의 제의를 무시·거절·반송하거나, 회담에 앞서 전제조건(예: 핵보유국 지위 인정)을 내걸거나, " +
        "담화 등 공식 입장에서 미국의 정책 방향을 지켜보겠다는 태도를 보이는 경우. 기한까지 반증되지 않으면 확인으로 판정한다(김 위원장이 관망 기조를 유지함).",
      deadline: ONE_YEAR_IN,
      conditionKey: null,
      questionGroup: null,
      answerLabel: null,
      answerLabelKo: null,
    },

    // ------------------------------------------------------------ Inter-Korean
    {
      key: "inter-korean-tension-persists",
      theme: "inter-korean",
      statement: "Relations between the two Koreas stay tense, whether or not US–DPRK relations change.",
      statementKo: "북미관계의 변화 여부와 관계없이 남북관계는 긴장 국면을 벗어나지 못한다.",
      panelShare: 0.6,
      kind: "CONTINUITY",
      reasons: [
        "Seoul plays a passive role and has no consistent North Korea policy.",
        "Pyongyang holds to its hostile line toward the South.",
        "Pyongyang puts internal cohesion first.",
      ],
      reasonsKo: [
        "한국 정부가 수동적인 역할에 머물러 있고 일관된 대북정책을 갖추지 못하고 있다.",
        "북한이 대남 적대 노선을 고수하고 있다.",
        "북한이 내부 결속을 최우선 과제로 삼고 있다.",
      ],
      resolutionCriteria:
        "Contradicting (a real thaw): inter-Korean government talks are held, a liaison or military hotline is restored and answered by " +
        "the North, an inter-Korean agreement is signed, a leaders' summit takes place, family reunions or joint projects resume, or " +
        "Pyongyang drops its 'two hostile states' line. Confirming: border provocations or incidents, trash balloons, missile launches " +
        "aimed at the South, Pyongyang rejecting or ignoring Seoul's offers, demolition of inter-Korean facilities, lines still cut. " +
        "Progress between Washington and Pyongyang alone does not contradict this. At the deadline, if not contradicted, it is confirmed.",
      resolutionCriteriaKo:
        "반증 근거(실질적 해빙): 남북 당국회담이 열리거나, 남북 연락채널 또는 군 통신선이 복원되어 북측이 응답하거나, 남북 합의서가 서명되거나, " +
        "남북 정상회담이 개최되거나, 이산가족 상봉이나 남북 협력사업이 재개되거나, 북한이 '적대적 두 국가' 노선을 철회하는 경우. " +
        "확인 근거: 접경지역 도발이나 충돌, 오물 풍선 살포, 남측을 겨냥한 미사일 발사, 한국 정부의 제안에 대한 북한의 거부 또는 무시, " +
        "남북 협력 시설 철거, 통신선 단절 지속. 북미 간 진전만으로는 반증되지 않는다. 기한까지 반증되지 않으면 확인으로 판정한다.",
      deadline: END_OF_TERM,
      conditionKey: null,
      questionGroup: null,
      answerLabel: null,
      answerLabelKo: null,
    },

    // ------------------------------------------------------------ ROK–US alliance
    // One survey question, two mutually exclusive answers (58% / 40%).
    {
      key: "alliance-maintained",
      theme: "rok-us-alliance",
      statement: "Under Trump's second term, the South Korea–US relationship holds at about its present level.",
      statementKo: "트럼프 2기 동안 한미관계는 대체로 현 수준을 유지한다.",
      panelShare: 0.58,
      kind: "CONTINUITY",
      // The report gives no reasons for this answer.
      reasons: [],
      reasonsKo: [],
      resolutionCriteria:
        "Contradicting: any of the weakening events listed under alliance-weakened — above all an announced cut in USFK troop numbers, " +
        "a US move to withdraw or condition its defence commitment, or combined exercises cancelled by Washington for cost reasons. " +
        "Confirming: summit or SCM joint statements reaffirming the alliance and extended deterrence, the cost-sharing agreement kept " +
        "or renewed without rupture, USFK levels unchanged, trade disputes settled without spilling into security ties. At the " +
        "deadline, if not contradicted, it is confirmed; if alliance-weakened is confirmed first, this one is contradicted.",
      resolutionCriteriaKo:
        "반증 근거: '한미관계 약화'(alliance-weakened)에 열거된 약화 사건 중 어느 하나 — 특히 주한미군 감축 발표, 미국의 방위공약 철회 또는 조건부화 움직임, " +
        "비용을 이유로 한 미국 측의 연합연습 취소. 확인 근거: 한미 정상회담이나 한미안보협의회의(SCM) 공동성명에서 동맹과 확장억제 공약을 재확인하거나, " +
        "방위비 분담 특별협정이 파기 없이 유지·갱신되거나, 주한미군 규모가 그대로 유지되거나, 통상 갈등이 안보 관계로 번지지 않고 해소되는 경우. " +
        "기한까지 반증되지 않으면 확인으로 판정하며, '한미관계 약화'가 먼저 확인되면 이 기대는 반증된다.",
      deadline: END_OF_TERM,
      conditionKey: null,
      questionGroup: "rok-us-relations",
      answerLabel: "Maintained at the current level",
      answerLabelKo: "현 수준 유지",
    },
    {
      key: "alliance-weakened",
      theme: "rok-us-alliance",
      statement: "Under Trump's second term, the South Korea–US relationship weakens.",
      statementKo: "트럼프 2기 동안 한미관계가 약화된다.",
      panelShare: 0.4,
      kind: "OCCURRENCE",
      reasons: [
        "America First erodes US alliances in general, and the alliance with Seoul is no exception.",
        "Negotiations over sharing the cost of US forces in Korea cause friction.",
        "Trade disputes strain relations.",
        "Washington may reduce the US troop presence in Korea.",
      ],
      reasonsKo: [
        "미국 우선주의 기조 아래 미국의 동맹 관계 전반이 흔들리고 있으며, 한미동맹도 그 영향에서 자유롭지 않다.",
        "주한미군 주둔 비용을 둘러싼 방위비 분담금 협상이 양국 간 마찰을 부른다.",
        "통상 분쟁이 양국 관계에 부담을 준다.",
        "미국이 주한미군 감축에 나설 가능성이 있다.",
      ],
      resolutionCriteria:
        "Confirming (strong): an announced reduction of USFK troop levels (not a routine rotation), a US move to withdraw or condition " +
        "its defence commitment, the cost-sharing agreement torn up or USFK local staff furloughed over it, or major combined exercises " +
        "cancelled by Washington for cost reasons. Supporting (weaker): US demands for a much larger cost share, tariffs or trade " +
        "measures aimed at Korea, public threats to pull troops. Contradicting: summit or SCM statements reaffirming the alliance, a " +
        "cost-sharing deal on stable terms, USFK levels unchanged. At the deadline, if not confirmed, it is contradicted; if " +
        "alliance-maintained is confirmed first, this one is contradicted.",
      resolutionCriteriaKo:
        "확인 근거(강한 증거): 주한미군 병력 감축 발표(통상적인 순환배치는 제외), 미국의 방위공약 철회 또는 조건부화 움직임, " +
        "방위비 분담 특별협정 파기 또는 이를 이유로 한 주한미군 한국인 근로자 무급휴직, 비용을 이유로 한 미국 측의 대규모 연합연습 취소. " +
        "보강 근거(약한 증거): 방위비 분담금 대폭 증액 요구, 한국을 겨냥한 관세 등 통상 조치, 주한미군 철수를 공개적으로 거론하는 위협. " +
        "반증 근거: 한미 정상회담이나 SCM 성명에서 동맹을 재확인하거나, 방위비 분담 협정이 안정적인 조건으로 타결되거나, 주한미군 규모가 그대로 유지되는 경우. " +
        "기한까지 확인되지 않으면 반증으로 판정하며, '한미관계 현 수준 유지'(alliance-maintained)가 먼저 확인되면 이 기대는 반증된다.",
      deadline: END_OF_TERM,
      conditionKey: null,
      questionGroup: "rok-us-relations",
      answerLabel: "Weakened",
      answerLabelKo: "약화",
    },
  ],
};
