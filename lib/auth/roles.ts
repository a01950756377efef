// Who may do what. Three roles; every write in lib/ checks one of these
// abilities before it touches the database.
export const ROLES = ["admin", "analyst", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export type Ability =
  | "read" // see the baseline, developments, judgements
  | "write:evidence" // log developments, link evidence, edit thresholds, override statuses
  | "manage:users" // create accounts and change roles
  | "restore:deleted" // see soft-deleted records and bring them back
  | "manage:vocabulary" // merge duplicate actors (issue 14)
  | "manage:feeds" // add, change and remove news feeds (issue 14)
  | "manage:surveys" // import and update survey baselines (issue 17)
  | "manage:webhooks"; // register webhook endpoints and read their delivery log (issue 15)

const ABILITIES: Record<Role, readonly Ability[]> = {
  admin: ["read", "write:evidence", "manage:users", "restore:deleted", "manage:vocabulary", "manage:feeds", "manage:surveys", "manage:webhooks"],
  analyst: ["read", "write:evidence"],
  viewer: ["read"],
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function roleCan(role: Role, ability: Ability): boolean {
  return ABILITIES[role].includes(ability);
}

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "Everything an analyst can do, plus managing accounts",
  analyst: "May log developments, link evidence and adjust judgements",
  viewer: "Read only",
};
