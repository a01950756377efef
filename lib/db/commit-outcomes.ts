// Whether this process's latest COMMIT failed. /api/health asks before its own
// probe write: after SQLITE_FULL a one-row heartbeat can still fit in the WAL
// while real saves cannot, so a successful probe alone would say green while
// analysts' saves fail. A sequence, not a clock: only the order matters.
let sequence = 0;
let lastFailure = 0;
let lastSuccess = 0;

export function noteCommit(ok: boolean): void {
  sequence += 1;
  if (ok) lastSuccess = sequence;
  else lastFailure = sequence;
}

/** True from a failed COMMIT until a later one succeeds. */
export function commitsFailing(): boolean {
  return lastFailure > lastSuccess;
}
