// `npm run verify -- <file.pdf | credential.json | URL | token>`: offline verification against
// keys/jwks.json and the ledger. Exit 0 valid, 1 not valid (says why), 2 unreadable input.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { checkContent, formatProblem } from '../src/lib/site/content/check.ts';
import { contentDir, keysDir } from '../src/lib/site/content/config.ts';
import { judgeCredential } from '../src/lib/certificates/credential.ts';
import { formatDate } from '../src/lib/site/dates.ts';
import { buildDate } from '../src/lib/site/today.ts';
import { KeyError, readPublicKeys } from '../src/lib/certificates/keys.ts';
import { readEmbeddedToken } from '../src/lib/certificates/pdf/layout.ts';
import { buildRegistry, judgeToken } from '../src/lib/certificates/registry.ts';
import { MAX_TOKEN_LENGTH } from '../src/lib/certificates/token.ts';
import { readVerifyInput } from '../src/lib/certificates/verify-input.ts';
import { en } from '../src/i18n/en.ts';

const text = en.certificates;
const MAX_PDF_BYTES = 10 * 1024 * 1024;

type Input = { token: string; expectedId?: string } | { credential: object } | { unreadable: string };

/** An Open Badges credential file (JSON), or why it cannot be one. */
function readCredential(arg: string, bytes: Buffer): Input {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { credential: value };
  } catch {
    // reported below
  }
  return { unreadable: `${arg} is not a credential (expected the JSON of an Open Badges credential)` };
}

/** The token and, for a registry URL, the ID of the page it points at; a credential; or why the input is unreadable. */
async function readInput(arg: string): Promise<Input> {
  if (/^https?:\/\//i.test(arg)) {
    // Read as the site's verifier reads a pasted address: the token, and the record it must match.
    const request = readVerifyInput(arg);
    if (request.kind === 'token' && request.page) return { token: request.token, expectedId: request.page };
    if (request.kind === 'id') return { unreadable: 'the URL has no certificate token after "#"' };
    return { unreadable: 'the URL is not a registry address (/registry/<ID>/#<token>)' };
  }
  if (existsSync(arg) && statSync(arg).isFile()) {
    if (statSync(arg).size > MAX_PDF_BYTES) return { unreadable: `${arg} is too large to be a certificate PDF` };
    const bytes = readFileSync(arg);
    if (/\.json$/i.test(arg) || bytes.subarray(0, 16).toString('utf8').trimStart().startsWith('{'))
      return readCredential(arg, bytes);
    const token = await readEmbeddedToken(new Uint8Array(bytes));
    return token ? { token } : { unreadable: `${arg} is not a certificate PDF (no embedded token found)` };
  }
  if (/\.(pdf|json)$/i.test(arg)) return { unreadable: `${arg}: no such file` };
  return { token: arg.trim() };
}

async function main(args: string[]): Promise<number> {
  const [arg] = args;
  if (!arg || args.length > 1) {
    console.error('Usage: npm run verify -- <certificate.pdf | credential.json | registry URL | token>');
    return 2;
  }
  const input = await readInput(arg);
  if ('unreadable' in input) {
    console.error(`unreadable: ${input.unreadable}`);
    return 2;
  }
  if ('token' in input && input.token.length > MAX_TOKEN_LENGTH) {
    console.error(`malformed: ${text.verifier.reasons['too-long']}`);
    return 2;
  }
  const { content, problems } = checkContent(contentDir());
  if (!content) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error('The content has problems, so the registry cannot be read; run npm run check.');
    return 2;
  }
  // Today, unless BUILD_DATE pins the date (as the tests do), the same date a build would judge with.
  const today = buildDate(content.settings.timeZone);
  const records = new Map((await buildRegistry(content, today)).map((r) => [r.id, r]));
  if ('credential' in input) {
    const judged = await judgeCredential(input.credential, content, readPublicKeys(keysDir()), records, today);
    const line = `${judged.verdict}: ${text.verifier.reasons[judged.reason]}${judged.detail ? ` (${judged.detail})` : ''}`;
    if (judged.verdict === 'valid') console.log(line);
    else console.error(line);
    const { record } = judged;
    if (record) {
      const details = [
        ['certificate', record.id],
        ...(record.name ? [['name', record.name]] : []),
        ['certification', record.title],
        ['awarded', formatDate(record.awarded)],
        ...(record.validUntil ? [['valid until', formatDate(record.validUntil)]] : []),
        ...(record.revoked ? [['revoked', `${formatDate(record.revoked.date)}: ${record.revoked.reason}`]] : []),
        ['checked on', formatDate(today)],
      ];
      for (const [label, value] of details) console.log(`  ${String(label).padEnd(14)}${value}`);
    }
    return judged.verdict === 'valid' ? 0 : 1;
  }
  const judgement = await judgeToken(input.token, readPublicKeys(keysDir()), {
    issuer: content.settings.siteUrl,
    find: (id) => records.get(id),
    today,
    expectedId: input.expectedId,
  });
  const line = `${judgement.verdict}: ${text.verifier.reasons[judgement.reason]}`;
  if (judgement.verdict === 'valid') console.log(line);
  else console.error(line);
  const { claims, record } = judgement;
  if (claims) {
    const details = [
      ['certificate', claims.sub],
      ['name', claims.name],
      ['certification', record?.title ?? claims.cert],
      ['awarded', record ? formatDate(record.awarded) : new Date(claims.nbf * 1000).toISOString().slice(0, 10)],
      ...(record?.validUntil ? [['valid until', formatDate(record.validUntil)]] : []),
      ...(record?.revoked ? [['revoked', `${formatDate(record.revoked.date)}: ${record.revoked.reason}`]] : []),
      ['checked on', formatDate(today)],
    ];
    for (const [label, value] of details) console.log(`  ${String(label).padEnd(14)}${value}`);
  }
  if (judgement.verdict === 'malformed') return 2;
  return judgement.verdict === 'valid' ? 0 : 1;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof KeyError ? message : `verify: ${message}`);
  process.exitCode = 2;
}
