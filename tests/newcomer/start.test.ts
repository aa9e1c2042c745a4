// The README's promise, tested the way a newcomer would: a fresh clone, one command, a served site.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const port = 4391;
const base = `http://127.0.0.1:${port}`;

/** The environment without this project's overrides, as on a newcomer's machine. */
function newcomerEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of [
    'CONTENT_DIR',
    'KEYS_DIR',
    'CERTIFICATES_DIR',
    'CERT_SIGNING_KEY',
    'ASTRO_CACHE_DIR',
    'BUILD_DATE',
  ])
    delete env[name];
  // Not this checkout's Node 24 either: the newcomer starts with whatever node the machine has.
  env.PATH = (env.PATH ?? '')
    .split(':')
    .filter((dir) => !dir.includes('node_modules'))
    .join(':');
  return env;
}

async function waitFor(url: string, ms: number): Promise<Response> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

describe('a fresh clone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ttt-newcomer-'));
  const clone = join(dir, 'site');
  const log = join(dir, 'start.log');
  let server: ChildProcess;

  beforeAll(() => {
    // Committed files only, exactly what a newcomer gets.
    execFileSync('git', ['clone', '--quiet', '--no-hardlinks', process.cwd(), clone]);
    const output = openSync(log, 'w');
    server = spawn('npm', ['start', '--', '--port', String(port)], {
      cwd: clone,
      detached: true,
      stdio: ['ignore', output, output],
      env: newcomerEnv(),
    });
  });

  afterAll(() => {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the site with npm start alone', { timeout: 600_000 }, async () => {
    const home = await waitFor(`${base}/`, 540_000).catch((error: Error) => {
      throw new Error(`npm start served nothing (${error.message}):\n${readFileSync(log, 'utf8').slice(-3000)}`);
    });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Train-the-Trainers');

    const status = (await (await fetch(`${base}/registry/status.json`)).json()) as { certificates: { id: string }[] };
    expect(status.certificates.length).toBeGreaterThan(0);
    const id = status.certificates[0]!.id;
    const record = await fetch(`${base}/registry/${id}/`);
    expect(record.status).toBe(200);
    expect(await record.text()).toContain(id);
  });
});
