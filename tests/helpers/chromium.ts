// Launches Debian's Chromium through playwright-core for the browser tests.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveDist } from './serve.ts';

/** Where the system Chromium lives; `CHROMIUM_PATH` overrides. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-gpu',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts a headless system Chromium; fails with an instruction when it is not installed.
 * `extraArgs` adds switches, e.g. a fake camera.
 *
 * @example
 * const browser = await launchChromium();
 * const page = await browser.newPage();
 * await browser.close();
 */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(
      `Chromium not found at ${chromiumPath}: install it (sudo apt-get install chromium) or set CHROMIUM_PATH`,
    );
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...ARGS, ...extraArgs],
  });
  const today = process.env.BUILD_DATE;
  if (today) readsAsToday(browser, new Date(`${today}T12:00:00Z`));
  return browser;
}

/**
 * Every page opened in `browser` (`newPage` opens its context through `newContext`) reads `time`
 * as now, so what pages judge with the reader's date (verdicts, live statuses, phases) is the
 * same on every day the tests run. A test sets another date with `page.clock.setFixedTime`.
 * Noon UTC is the same date everywhere in Europe.
 */
function readsAsToday(browser: Browser, time: Date): void {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.clock.setFixedTime(time);
    return context;
  };
}

/**
 * Chromium and a server over a built site (`dist/`, or the folder `dist()` builds first), started
 * before the enclosing tests and stopped after them. Read `browser` and `site.url` inside tests,
 * once the hooks have run.
 *
 * @example
 * const open = useSiteInChromium();
 * it('…', async () => { const page = await open.browser.newPage(); await page.goto(open.site.url); });
 */
export function useSiteInChromium(dist: string | (() => string) = 'dist') {
  const handle = {} as { browser: Browser; site: Awaited<ReturnType<typeof serveDist>> };
  beforeAll(async () => {
    const folder = typeof dist === 'string' ? dist : dist();
    [handle.browser, handle.site] = await Promise.all([launchChromium(), serveDist(folder)]);
  });
  afterAll(async () => {
    await handle.browser?.close();
    await handle.site?.close();
  });
  return handle;
}
