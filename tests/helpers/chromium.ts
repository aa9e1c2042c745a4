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
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...ARGS, ...extraArgs] });
}

/**
 * Chromium and a server over the built `dist/`, started before the enclosing tests and stopped
 * after them. Read `browser` and `site.url` inside tests, once the hooks have run.
 *
 * @example
 * const open = useSiteInChromium();
 * it('…', async () => { const page = await open.browser.newPage(); await page.goto(open.site.url); });
 */
export function useSiteInChromium(dist = 'dist') {
  const handle = {} as { browser: Browser; site: Awaited<ReturnType<typeof serveDist>> };
  beforeAll(async () => {
    [handle.browser, handle.site] = await Promise.all([launchChromium(), serveDist(dist)]);
  });
  afterAll(async () => {
    await handle.browser?.close();
    await handle.site?.close();
  });
  return handle;
}
