// `astro dev` serves every page in every language, as the build writes them: translators and staff
// see their words without a build.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaries, LANGS, localePath } from '../../src/i18n/index.ts';
import { builtContent } from '../helpers/dist.ts';

const content = builtContent();
let server: ChildProcess;
let base = '';
let log = '';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ready) => probe.listen(0, '127.0.0.1', ready));
  const { port } = probe.address() as AddressInfo;
  await new Promise((closed) => probe.close(closed));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Under VITEST Astro's dev server answers nothing (Vite's test mode): run it as staff do.
    env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))),
  });
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  // Ready when it answers; the bound only turns a server that never starts into a failure.
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`astro dev stopped:\n${log.slice(-3000)}`);
    if (
      await fetch(`${base}/`).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`astro dev never answered:\n${log.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}, 300_000);

afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

describe('astro dev', () => {
  const trainer = content.trainers.find((t) => t.listed)!;
  const module = content.modules[0]!;
  const paths = ['/', '/registry/', `/trainers/${trainer.id}/`, `/programme/modules/${module.id}/`];

  it.each(LANGS)('serves every kind of page in %s, with its words and its links', async (lang) => {
    const texts = dictionaries[lang];
    for (const path of paths) {
      const response = await fetch(base + localePath(lang, path));
      expect(response.status, `${lang} ${path}`).toBe(200);
      const html = await response.text();
      expect(html, `${lang} ${path}`).toContain(`<html lang="${lang}" data-locale="${texts.locale}">`);
      expect(html, `${lang} ${path}`).toContain(`href="${localePath(lang, '/registry/')}"`);
      expect(html, `${lang} ${path}`).toContain(`>${texts.site.nav.registry}</a>`);
    }
    const translated = lang === 'en' ? module : content.translations[lang].modules.get(module.id);
    const page = await (await fetch(base + localePath(lang, paths[3]!))).text();
    expect(page).toContain(translated!.title);
  });
});
