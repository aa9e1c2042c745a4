// One share of the pages for the `languages` integration: each page read once and written in
// every language. The integration runs one share itself and the others in worker threads, so
// every core of a build machine fills pages.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { LANGS } from '../i18n/index.ts';
import { fillPage, localePath } from '../i18n/markers.ts';

export interface Share {
  root: string;
  pages: string[];
  site: string;
}

export function writeLanguages({ root, pages, site }: Share): void {
  for (const page of pages) {
    const copies = fillPage(readFileSync(join(root, page), 'utf8'), site);
    for (const lang of LANGS) {
      const file = join(root, localePath(lang, `/${page}`));
      if (lang !== 'en') mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, copies[lang]);
    }
  }
}

if (!isMainThread && parentPort) {
  writeLanguages(workerData as Share);
  parentPort.postMessage('done');
}
