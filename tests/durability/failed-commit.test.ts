// A commit that fails for real: the database lives on a small tmpfs that is
// filled up (SQLITE_FULL). Saves fail with an error instead of hanging,
// /api/health turns red, and once space is freed the next saves succeed in the
// same server process, without a restart (docs/decisions/0020).
// Needs root to mount the tmpfs; skipped, saying so, where mounting is refused.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { integrityCheck } from "../../lib/ops/sqlite-backup";
import { developmentPayload, postDevelopment, signIn } from "./support/client";
import { storedDevelopments } from "./support/inspect";
import { childPids, health, prepareInstance, sleep, startServe, stopServe, waitForHealthy, type Instance } from "./support/instance";

const PORT = Number(process.env.DURABILITY_PORT ?? 3401) + 2;
const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-tmpfs-"));

function mountTmpfs(): boolean {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=24m", "tmpfs", mountPoint], { stdio: "pipe" });
    return true;
  } catch (error) {
    console.warn(`[failed-commit] cannot mount a tmpfs here (${(error as Error).message.split("\n")[0]}); test skipped`);
    return false;
  }
}

/** Writes a file until the filesystem refuses (ENOSPC). */
function fill(file: string) {
  const fd = fs.openSync(file, "w");
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
  } finally {
    fs.closeSync(fd);
  }
}

const mounted = mountTmpfs();

describe.runIf(mounted)("a failed commit (SQLite on a full filesystem)", () => {
  let instance: Instance;
  let serve: ReturnType<typeof startServe>;
  beforeAll(async () => {
    instance = await prepareInstance(path.join(mountPoint, "instance"), PORT, 1);
    serve = startServe(instance, { scheduler: false });
    await waitForHealthy(instance.base);
  });
  afterAll(async () => {
    if (serve) await stopServe(serve);
    execFileSync("umount", ["-l", mountPoint]); // lazy: a process still closing its files does not fail the test
    fs.rmSync(mountPoint, { recursive: true, force: true });
  });

  it("fails the saves while the disk is full, reports it, and recovers without a restart", async () => {
    const cookie = await signIn(instance.base, instance.analysts[0]!.email, instance.analysts[0]!.password);
    const acked: string[] = [];
    let n = 0;
    const save = async () => {
      const marker = `full-${n}`;
      const result = await postDevelopment(instance.base, cookie, developmentPayload(marker, instance.expectationIds, n++));
      if (result.ok) acked.push(marker);
      return result;
    };
    for (let i = 0; i < 5; i++) expect((await save()).ok).toBe(true);
    const web = childPids(serve.pid!).find((c) => /next/.test(c.command));

    const filler = path.join(mountPoint, "filler");
    fill(filler);
    // The WAL may still have room for a few saves; the first one past it fails at COMMIT.
    let failure: Awaited<ReturnType<typeof save>> | undefined;
    for (let i = 0; i < 2000 && !failure; i++) {
      const result = await save();
      if (!result.ok) failure = result;
    }
    expect(failure, "a save failed once the disk was full").toBeDefined();
    expect(failure).toMatchObject({ ok: false, status: 500 }); // an answer, not a hang or a dropped connection
    // Later saves fail the same way, promptly, instead of waiting forever on a lock.
    const again = await save();
    expect(again).toMatchObject({ ok: false, status: 500 });
    const red = await health(instance.base);
    expect(red?.status).toBe(503);
    expect(red?.body).toMatchObject({ ok: false, writes: "failing" });

    fs.rmSync(filler);
    const recovered = await save();
    expect(recovered.ok).toBe(true);
    for (let i = 0; i < 5; i++) expect((await save()).ok).toBe(true);
    await sleep(1100); // past the health answer's reuse window
    expect((await health(instance.base))?.status).toBe(200);
    expect(childPids(serve.pid!).find((c) => /next/.test(c.command))?.pid).toBe(web?.pid); // the same process

    const stored = storedDevelopments(instance.file, "full");
    expect(acked.filter((m) => stored.get(m)?.copies !== 1)).toEqual([]);
    expect(integrityCheck(instance.file)).toBe("ok");
  });
});
