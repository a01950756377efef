// Personal access tokens: a random secret shown once, stored only as its
// SHA-256 (the secret has 256 bits of entropy, so a fast hash is enough; a
// password hash is for guessable secrets). The prefix names the kind of
// secret, which lets secret scanners recognise a leaked one.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "pot_";

export function newTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** The secret in an Authorization header, or null when there is none of ours. */
export function bearerSecret(header: string | null): string | null {
  const match = /^Bearer (pot_[A-Za-z0-9_-]{43})$/.exec(header?.trim() ?? "");
  return match ? match[1]! : null;
}
