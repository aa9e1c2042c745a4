// Lighthouse (mobile, simulated throttling) on the pages people land on, in Debian's Chromium.
// The floors are the scores recorded in the README; a change that lowers one fails here.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/chromium.ts';
import { serveDist } from '../helpers/serve.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const FLOOR = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };
const CATEGORIES = Object.keys(FLOOR) as (keyof typeof FLOOR)[];
const PORT = 9333;

const paths = sitemapPaths();
const trainerPage = paths.find((p) => /^\/trainers\/[^/]+\/$/.test(p))!;
const ledger = readFileSync('content/ledger.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const record = ledger[0] as { id: string; token: string };
const pages: [string, string][] = [
  ['home', '/'],
  ['directory', '/trainers/'],
  ['trainer page', trainerPage],
  ['calendar', '/calendar/'],
  ['registry record with a verdict', `/registry/${record.id}/#${record.token}`],
];

describe('Lighthouse', () => {
  let chromium: ChildProcess;
  let site: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    site = await serveDist('dist');
    chromium = spawn(chromiumPath, [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--remote-debugging-port=${PORT}`,
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'ttt-lh-'))}`,
      'about:blank',
    ]);
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(`http://127.0.0.1:${PORT}/json/version`);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
  afterAll(async () => {
    chromium?.kill();
    await site?.close();
  });

  it.each(pages)('%s scores at least the recorded floor', { timeout: 120_000 }, async (_label, path) => {
    const result = await lighthouse(site.url + path, {
      port: PORT,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const lhr = result!.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .map((a) => `${a.id} (${a.score})`);
    console.log(
      `${path.split('#')[0]}: ${JSON.stringify(scores)}${failing.length ? ` — below 1: ${failing.join(', ')}` : ''}`,
    );
    for (const category of CATEGORIES) expect(scores[category], category).toBeGreaterThanOrEqual(FLOOR[category]);
  });
});
