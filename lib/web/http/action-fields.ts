// The field names each form posts, declared once; the server actions read
// these and nothing else (./read-form.ts).
import { EVENT_TYPE_KEYS } from "../../developments/event-types";
import { LIMITS } from "../../developments/schemas";
import type { FormShape } from "./read-form";

const SOURCE_FIELDS = ["id", "url", "citation", "publisher", "publishedOn", "reliability", "credibility"] as const;
const LINK_FIELDS = ["expectationId", "stance", "rationale", "decisive"] as const;

const DEVELOPMENT: FormShape = {
  occurredOn: "one",
  datePrecision: "one",
  title: "one",
  summary: "one",
  eventType: "one",
  actors: { list: LIMITS.actors },
  tags: { list: LIMITS.tags },
  sources: { rows: LIMITS.sources, fields: SOURCE_FIELDS },
};

export const FIELDS = {
  none: {},
  baseline: { format: "one", text: "one" },
  chooseSurvey: { survey: "one" },
  createApiToken: { name: "one", expiresInDays: "one" },
  addFeed: { url: "one", name: "one", language: "one", defaultReliability: "one", defaultCredibility: "one", pollMinutes: "one" },
  dismissFeedItem: { reason: "one" },
  mergeFeedItem: { developmentId: "one" },
  signpost: { label: "one", terms: "one", actors: "one", eventTypes: { list: EVENT_TYPE_KEYS.length }, stance: "one", reason: "one" },
  removeSignpost: { reason: "one" },
  logDevelopment: { ...DEVELOPMENT, links: { rows: LIMITS.links, fields: LINK_FIELDS }, feedItemId: "one" },
  updateDevelopment: { ...DEVELOPMENT, expectedVersion: "one" },
  addLink: { developmentId: "one", expectationId: "one", stance: "one", rationale: "one", decisive: "one" },
  updateLink: { stance: "one", rationale: "one", decisive: "one", expectedVersion: "one" },
  coverage: { surveyId: "one", throughDay: "one" },
  editExpectation: {
    statement: "one",
    statementKo: "one",
    resolutionCriteria: "one",
    resolutionCriteriaKo: "one",
    deadline: "one",
    confirmThreshold: "one",
    contradictThreshold: "one",
    conditionId: "one",
    removeSignposts: { list: 50 },
    signpostLabel: "one",
    signpostTerms: "one",
    signpostStance: "one",
    reason: "one",
    expectedVersion: "one",
  },
  recordForecast: { probability: "one", madeOn: "one", reason: "one" },
  override: { status: "one", reason: "one" },
  decideReview: { comment: "one", decision: "one" },
  comment: { body: "one" },
  reviewPolicy: { surveyId: "one", reviewPolicy: "one" },
  createUser: { name: "one", email: "one", password: "one", role: "one" },
  firstAdmin: { name: "one", email: "one", password: "one" },
  signIn: { email: "one", password: "one" },
  changeRole: { role: "one" },
  temporaryPassword: { password: "one" },
  ownPassword: { currentPassword: "one", newPassword: "one", confirmPassword: "one" },
  follow: { following: "one" },
  notificationPreference: { digestFrequency: "one", inApp: "one" },
  addWebhook: { url: "one", description: "one" },
} satisfies Record<string, FormShape>;
