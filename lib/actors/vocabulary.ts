// The actors the survey's statements are about, with their names in both
// languages and the aliases analysts and outlets use. Seeded by
// prisma/seed.ts; analysts add others as they log developments.
export type VocabularyActor = { name: string; nameKo: string; aliases: string[] };

export const ACTOR_VOCABULARY: VocabularyActor[] = [
  { name: "United States", nameKo: "미국", aliases: ["US", "U.S.", "USA", "America", "Washington"] },
  { name: "North Korea", nameKo: "북한", aliases: ["DPRK", "Pyongyang", "조선민주주의인민공화국"] },
  { name: "South Korea", nameKo: "한국", aliases: ["ROK", "Republic of Korea", "Seoul", "대한민국", "남한"] },
  { name: "China", nameKo: "중국", aliases: ["PRC", "Beijing"] },
  { name: "Japan", nameKo: "일본", aliases: ["Tokyo"] },
  { name: "Russia", nameKo: "러시아", aliases: ["Russian Federation", "Moscow"] },
  { name: "Donald Trump", nameKo: "트럼프", aliases: ["Trump", "President Trump", "도널드 트럼프", "트럼프 대통령"] },
  { name: "Kim Jong Un", nameKo: "김정은", aliases: ["Kim Jong-un", "김정은 위원장"] },
  { name: "Lee Jae-myung", nameKo: "이재명", aliases: ["Lee Jae Myung", "President Lee", "이재명 대통령"] },
  { name: "Kim Yo Jong", nameKo: "김여정", aliases: ["Kim Yo-jong"] },
  { name: "Xi Jinping", nameKo: "시진핑", aliases: ["Xi"] },
  { name: "Vladimir Putin", nameKo: "푸틴", aliases: ["Putin"] },
  { name: "United States Forces Korea", nameKo: "주한미군", aliases: ["USFK"] },
  { name: "United Nations", nameKo: "유엔", aliases: ["UN", "UN Security Council", "유엔 안보리"] },
];
