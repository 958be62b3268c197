import { test as base, expect } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// A test's own server on a fresh demo database, for specs whose payments must not meet another
// test's (the demo parents share their children). One port per parallel worker, from
// `firstPort`. Environment: PAGOSCUOLA_BIN (default ../target/release/pagoscuola) and
// PAGOSCUOLA_SITE_ROOT (default ../target/site).

const BIN = process.env.PAGOSCUOLA_BIN ?? "../target/release/pagoscuola";
const SITE = process.env.PAGOSCUOLA_SITE_ROOT ?? "../target/site";

/** Playwright's `test` with a `site` fixture: the address of a fresh server of its own. */
export function withFreshServer(name: string, firstPort: number) {
  return base.extend<{ site: string }>({
    site: async ({}, use, info) => {
      const data = mkdtempSync(join(tmpdir(), `${name}-`));
      const port = firstPort + info.parallelIndex;
      const server = spawn(BIN, ["serve"], {
        env: {
          ...process.env,
          DATABASE_URL: `sqlite://${data}/e2e.db`,
          PAGOSCUOLA_ADDR: `127.0.0.1:${port}`,
          PAGOSCUOLA_SITE_ROOT: SITE,
          PAGOSCUOLA_DEMO: "true",
        },
        stdio: "ignore",
      });
      const site = `http://127.0.0.1:${port}`;
      let up = false;
      for (let tries = 0; tries < 150 && !up && server.exitCode === null; tries++) {
        up = await fetch(`${site}/healthz`).then((r) => r.ok, () => false);
        if (!up) await new Promise((done) => setTimeout(done, 200));
      }
      expect(up, `a fresh server on ${site} (${BIN})`).toBe(true);
      await use(site);
      const stopped = new Promise((done) => server.once("exit", done));
      server.kill("SIGTERM");
      await stopped;
      rmSync(data, { recursive: true, force: true });
    },
  });
}
