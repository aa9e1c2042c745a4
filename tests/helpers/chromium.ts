// Launches Debian's Chromium through playwright-core for the browser tests.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
 *
 * @example
 * const browser = await launchChromium();
 * const page = await browser.newPage();
 * await browser.close();
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(
      `Chromium not found at ${chromiumPath}: install it (sudo apt-get install chromium) or set CHROMIUM_PATH`,
    );
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: ARGS });
}
