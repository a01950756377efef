// The web server SIGKILLed three times while 20 analysts log developments,
// under scripts/serve.mjs: the supervisor starts it again each time (and the
// scheduler too when that is killed), every acknowledged development is there
// with its sources and link after each restart, and integrity_check is ok.
// The server listens on loopback only, and SIGTERM stops everything.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { integrityCheck } from "../../lib/ops/sqlite-backup";
import { signIn } from "./support/client";
import { storedDevelopments } from "./support/inspect";
import { childPids, health, prepareInstance, sleep, startServe, stopServe, waitForHealthy, type Instance } from "./support/instance";
import { runLoad } from "./support/load";

const PORT = Number(process.env.DURABILITY_PORT ?? 3401) + 1;

const childNamed = (serve: number, name: "web" | "scheduler") =>
  childPids(serve).find((c) => (name === "web" ? /next/.test(c.command) : /scheduler\.ts/.test(c.command)));

/** A non-loopback IPv4 address of this machine, if it has one. */
function externalAddress(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === "IPv4" && !a.internal)?.address;
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

describe("crashes under load (SQLite, supervised)", () => {
  let instance: Instance;
  let serve: ReturnType<typeof startServe>;
  beforeAll(async () => {
    instance = await prepareInstance(fs.mkdtempSync(path.join(os.tmpdir(), "tracker-faults-")), PORT, 4);
    serve = startServe(instance, { scheduler: true });
    await waitForHealthy(instance.base);
  });
  afterAll(async () => {
    if (serve) await stopServe(serve);
    if (instance) fs.rmSync(instance.dir, { recursive: true, force: true });
  });

  it("loses no acknowledged development across three SIGKILLs of the web server", async () => {
    const cookies: string[] = [];
    for (const a of instance.analysts) cookies.push(await signIn(instance.base, a.email, a.password));
    let done = false;
    // 20 clients keep logging; saves cut off by a kill are simply not acknowledged.
    const acknowledged: string[] = [];
    const load = runLoad({
      base: instance.base,
      cookies,
      clients: 20,
      total: 100_000,
      prefix: "crash",
      expectationIds: instance.expectationIds,
      stop: () => done,
      onOutcome: (o) => o.ok && acknowledged.push(o.marker),
    });

    const webPids: number[] = [];
    for (let kill = 1; kill <= 3; kill++) {
      await sleep(3000);
      const web = childNamed(serve.pid!, "web");
      expect(web, "serve.mjs runs a web server").toBeDefined();
      webPids.push(web!.pid);
      process.kill(web!.pid, "SIGKILL");
      await sleep(500);
      await waitForHealthy(instance.base);
      const restarted = childNamed(serve.pid!, "web");
      expect(restarted?.pid).not.toBe(web!.pid);

      const acked = [...acknowledged]; // each was committed before it was acknowledged
      const stored = storedDevelopments(instance.file, "crash");
      const missing = acked.filter((m) => {
        const s = stored.get(m);
        return !s || s.copies !== 1 || s.sources !== 2 || s.links !== 1;
      });
      expect(acked.length, `acknowledged saves before kill ${kill}`).toBeGreaterThan(0);
      expect(missing).toEqual([]);
      expect(integrityCheck(instance.file)).toBe("ok");
    }
    done = true;
    const { outcomes } = await load;
    expect(outcomes.filter((o) => o.ok).length).toBeGreaterThan(20);

    // The scheduler is restarted too.
    const scheduler = childNamed(serve.pid!, "scheduler");
    expect(scheduler).toBeDefined();
    process.kill(scheduler!.pid, "SIGKILL");
    let again: ReturnType<typeof childNamed>;
    for (let i = 0; i < 40 && !(again = childNamed(serve.pid!, "scheduler")); i++) await sleep(250);
    expect(again?.pid).toBeDefined();
    expect(again?.pid).not.toBe(scheduler!.pid);

    // Health reports the scheduler as beating.
    let body: Record<string, unknown> | undefined;
    for (let i = 0; i < 60 && body?.scheduler !== "up"; i++, await sleep(500)) body = (await health(instance.base))?.body;
    expect(body).toMatchObject({ ok: true, writes: "ok", scheduler: "up" });

    // Loopback only by default.
    const external = externalAddress();
    if (external) expect(await canConnect(external, PORT)).toBe(false);
    expect(await canConnect("127.0.0.1", PORT)).toBe(true);

    // SIGTERM stops the supervisor and both children.
    const children = childPids(serve.pid!).map((c) => c.pid);
    expect(await stopServe(serve)).toBe(0);
    await sleep(300);
    expect(children.filter((pid) => fs.existsSync(`/proc/${pid}`))).toEqual([]);
  });
});
