// The site's one door to content: checked once per build by the same code as `npm run check`, and
// what pages derive from it worked out once per build, not once per page in each language.
import { readPublicKeys } from './lib/certificates/keys.ts';
import { buildRegistry, type RegistryRecord } from './lib/certificates/registry.ts';
import type { PublicKeySet } from './lib/certificates/token.ts';
import { checkContent, formatProblem, type SiteContent } from './lib/site/content/check.ts';
import { contentDir, keysDir } from './lib/site/content/config.ts';
import { directoryRows, type DirectoryRow } from './lib/site/directory.ts';
import { buildDate } from './lib/site/today.ts';

let cached: SiteContent | undefined;

export function getContent(): SiteContent {
  if (cached) return cached;
  const { content, problems } = checkContent(contentDir());
  if (!content) throw new Error(`Content has problems; run npm run check:\n${problems.map(formatProblem).join('\n')}`);
  cached = content;
  return content;
}

/** Remembers what `make` returns, so that every page of the build shares one answer. */
function once<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}

/** The date statuses and "upcoming" are computed for (see lib/site/today.ts). */
export const buildToday = once(() => buildDate(getContent().settings.timeZone));

/** The content includes fictional example trainers, which every page's footer says. */
export const hasExamples = once(() => getContent().trainers.some((trainer) => trainer.example));

/** Every listed trainer as the directory shows them, with statuses on the build day. */
export const getDirectory = once((): DirectoryRow[] =>
  directoryRows(getContent().trainers, getContent().certifications, buildToday()),
);

/** Every issued certificate as the registry publishes it, with statuses on the build day. */
export const getRegistry = once((): Promise<RegistryRecord[]> => buildRegistry(getContent(), buildToday()));

/** The published keys, embedded in every page that checks a certificate. */
export const getPublicKeys = once((): PublicKeySet => readPublicKeys(keysDir()));
