// `npm run verify -- <file | URL | token | ID>`: offline verification against keys/jwks.json and the
// ledger, reading every input with the page's own reader (`readVerifyFile`, `readVerifyInput`) and
// printing the page's words. Exit 0 valid; 1 not valid (says why); 2 unreadable input; 3 a
// certificate ID alone, whose record is printed but which proves nothing about a paper.
import { existsSync, openAsBlob, statSync } from 'node:fs';
import { checkContent, formatProblem } from '../src/lib/site/content/check.ts';
import { contentDir, keysDir } from '../src/lib/site/content/config.ts';
import { judgeCredential } from '../src/lib/certificates/credential.ts';
import { formatDate } from '../src/lib/site/dates.ts';
import { buildDate } from '../src/lib/site/today.ts';
import { KeyError, readPublicKeys } from '../src/lib/certificates/keys.ts';
import { nodeDecoders } from '../src/lib/certificates/node-decoders.ts';
import { buildRegistry, judgeToken, type RegistryRecord } from '../src/lib/certificates/registry.ts';
import { readVerifyFile, readVerifyInput, type VerifyRequest } from '../src/lib/certificates/verify-input.ts';
import { en } from '../src/i18n/en.ts';

const text = en.certificates.verifier;
const labels = en.certificates.record;
const USAGE =
  'Usage: npm run verify -- <certificate.pdf | scan or photo | credential.json | registry URL | token | ID>';

/** Exit codes, as the README documents them. */
const EXIT = { valid: 0, notValid: 1, unreadable: 2, idAlone: 3 } as const;

/** A file is read as a file; a name that looks like one but is not there is a mistake, not a token. */
async function readArgument(arg: string): Promise<VerifyRequest | { missing: string }> {
  if (existsSync(arg) && statSync(arg).isFile()) return readVerifyFile(await openAsBlob(arg), nodeDecoders);
  if (/\.(pdf|json|png|jpe?g|webp)$/i.test(arg)) return { missing: arg };
  return readVerifyInput(arg);
}

/** Labelled lines under a verdict, as the page shows them. */
function printFacts(facts: [string, string | undefined][]) {
  for (const [label, value] of facts) if (value) console.log(`  ${label.padEnd(16)}${value}`);
}

function recordFacts(record: RegistryRecord): [string, string | undefined][] {
  return [
    [labels.awarded, formatDate(record.awarded)],
    [labels.validUntil, record.validUntil && !record.revoked ? formatDate(record.validUntil) : undefined],
    ['Revoked', record.revoked && `${formatDate(record.revoked.date)}: ${record.revoked.reason}`],
  ];
}

async function main(args: string[]): Promise<number> {
  const [arg] = args;
  if (!arg || args.length > 1) {
    console.error(USAGE);
    return EXIT.unreadable;
  }
  const request = await readArgument(arg);
  if ('missing' in request) {
    console.error(`unreadable: ${request.missing}: no such file`);
    return EXIT.unreadable;
  }
  if (request.kind === 'problem') {
    console.error(`unreadable: ${arg.length > 80 ? `${arg.slice(0, 77)}…` : arg}: ${text.messages[request.problem]}`);
    return EXIT.unreadable;
  }
  const { content, problems } = checkContent(contentDir());
  if (!content) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error('The content has problems, so the registry cannot be read; run npm run check.');
    return EXIT.unreadable;
  }
  // Today, unless BUILD_DATE pins the date (as the tests do), the same date a build would judge with.
  const today = buildDate(content.settings.timeZone);
  const records = new Map((await buildRegistry(content, today)).map((r) => [r.id, r]));

  if (request.kind === 'id') {
    // As the page: the record and its status, and that an ID alone proves nothing about a paper.
    const record = records.get(request.id);
    if (!record) {
      console.error(`unknown: ${text.messages.unknownId.replace('{id}', request.id)}`);
      return EXIT.notValid;
    }
    console.log(`record: ${text.messages.idHere}`);
    printFacts([
      [text.compare.id, record.id],
      [text.compare.name, record.name ?? en.certificates.registry.unlisted],
      [text.compare.certification, record.title],
      ...recordFacts(record),
      [en.certificates.registry.status, `${en.certificates.statusNames[record.status]} (${formatDate(today)})`],
    ]);
    return EXIT.idAlone;
  }

  if (request.kind === 'credential') {
    const judged = await judgeCredential(request.credential, content, readPublicKeys(keysDir()), records, today);
    const line = `${judged.verdict}: ${text.verdicts[judged.verdict]}. ${text.reasons[judged.reason]}${judged.detail ? ` (${judged.detail})` : ''}`;
    if (judged.verdict === 'valid') console.log(line);
    else console.error(line);
    const { record } = judged;
    if (record)
      printFacts([
        [text.compare.name, record.name],
        [text.compare.certification, record.title],
        [text.compare.id, record.id],
        ...recordFacts(record),
        ['Checked on', formatDate(today)],
      ]);
    return judged.verdict === 'valid' ? EXIT.valid : EXIT.notValid;
  }

  const judgement = await judgeToken(request.token, readPublicKeys(keysDir()), {
    issuer: content.settings.siteUrl,
    find: (id) => records.get(id),
    today,
    expectedId: request.page,
    embedded: request.embedded,
  });
  const line = `${judgement.verdict}: ${text.verdicts[judgement.verdict]}. ${text.reasons[judgement.reason]}`;
  if (judgement.verdict === 'valid') console.log(line);
  else console.error(line);
  const { claims, record } = judgement;
  if (claims && record && ['valid', 'expired', 'revoked'].includes(judgement.verdict)) {
    // What the paper must show, as the page asks the employer to compare.
    console.log(`  ${text.compare.intro}`);
    printFacts([
      [text.compare.name, claims.name],
      [text.compare.certification, record.title],
      [text.compare.id, claims.sub],
      ...recordFacts(record),
      ['Checked on', formatDate(today)],
    ]);
  }
  if (judgement.verdict === 'malformed') return EXIT.unreadable;
  return judgement.verdict === 'valid' ? EXIT.valid : EXIT.notValid;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof KeyError ? message : `verify: ${message}`);
  process.exitCode = EXIT.unreadable;
}
