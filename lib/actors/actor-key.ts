// What two spellings of one name have in common: "U.S. " and "u.s." are one
// key; "US" and "United States" are two keys that point at one actor.
export function actorKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase();
}
