// One share of the pages for the `languages` integration: each page read once and written in
// every language. Runs in a worker thread, so both cores of a build machine fill pages.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { LANGS } from '../i18n/index.ts';
import { fillPage, localePath } from '../i18n/markers.ts';

const { root, pages, site } = workerData as { root: string; pages: string[]; site: string };
for (const page of pages) {
  const copies = fillPage(readFileSync(join(root, page), 'utf8'), site);
  for (const lang of LANGS) {
    const file = join(root, localePath(lang, `/${page}`));
    if (lang !== 'en') mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, copies[lang]);
  }
}
parentPort!.postMessage('done');
