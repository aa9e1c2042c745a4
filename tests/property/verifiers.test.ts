// Property-based tests: random and mutated tokens, URLs and PDFs thrown at both verifiers, the
// module the registry page runs (in Node and in Chromium) and `npm run verify`. Never a crash,
// never a hang, never `valid` for anything that was not issued.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { importJWK, type CryptoKey } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/site/content/check.ts';
import { toEpochSeconds } from '../../src/lib/site/dates.ts';
import { createSigningKey, readPublicKeys } from '../../src/lib/certificates/keys.ts';
import {
  buildRegistry,
  judgeToken,
  latestLedgerEntries,
  type RegistryRecord,
} from '../../src/lib/certificates/registry.ts';
import { signToken, type PublicKeySet } from '../../src/lib/certificates/token.ts';
import { useSiteInChromium } from '../helpers/chromium.ts';

const { content } = checkContent('content');
const issued = [...latestLedgerEntries(content!.ledger).values()];
const issuedTokens = new Set(issued.map((e) => e.token));
const genuine = issued[0]!;
const ISSUER = content!.settings.siteUrl;
const TODAY = '2026-11-27';
const GENUINE_VERDICTS = new Set(['valid', 'expired', 'revoked']);

let records: Map<string, RegistryRecord>;
let published: PublicKeySet;
/** The published keys plus one made here, so random claims can carry a real signature. */
let withExtraKey: PublicKeySet;
let extraKey: CryptoKey;
let extraKid = '';

beforeAll(async () => {
  records = new Map((await buildRegistry(content!, TODAY)).map((r) => [r.id, r]));
  published = readPublicKeys('keys');
  const extra = await createSigningKey();
  extraKey = (await importJWK(extra.privateJwk, 'EdDSA')) as CryptoKey;
  extraKid = extra.kid;
  withExtraKey = { keys: [...published.keys, extra.publicJwk] };
});

/** The verdict within a time bound: a hang fails the test instead of stalling it. */
async function judge(token: unknown, keys = published, expectedId?: string) {
  const verdict = judgeToken(token, keys, { issuer: ISSUER, find: (id) => records.get(id), today: TODAY, expectedId });
  const timeout = new Promise<never>((_, fail) => setTimeout(() => fail(new Error('verifier hung')), 2000));
  return (await Promise.race([verdict, timeout])).verdict;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** One edit of a string: replace, insert or delete one character, or cut it short. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    char: fc.constantFrom(...BASE64URL, '.', '=', ' '),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char: fc.constantFrom(...BASE64URL, '.') }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), char: fc.constant('') }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), char: fc.constant('') }),
);

function mutate(text: string, edits: { kind: string; at: number; char: string }[]): string {
  return edits.reduce((s, { kind, at, char }) => {
    const i = at % (s.length + 1);
    if (kind === 'replace') return s.slice(0, i) + char + s.slice(i + 1);
    if (kind === 'insert') return s.slice(0, i) + char + s.slice(i);
    if (kind === 'delete') return s.slice(0, i) + s.slice(i + 1);
    return s.slice(0, i);
  }, text);
}

const mutatedToken = fc
  .array(mutation, { minLength: 1, maxLength: 4 })
  .map((edits) => mutate(genuine.token, edits))
  .filter((token) => token !== genuine.token);

describe('the verification module (as the registry page runs it)', () => {
  it('never calls random input genuine', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 600 }), fc.string({ unit: 'binary', maxLength: 200 })),
        async (s) => {
          expect(GENUINE_VERDICTS.has(await judge(s))).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never accepts a mutated genuine token (including re-spelt base64url)', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedToken, async (token) => {
        expect(await judge(token)).not.toMatch(/^(valid|expired|revoked)$/);
        expect(await judge(token, published, genuine.id)).not.toMatch(/^(valid|expired|revoked)$/);
      }),
      { numRuns: 400 },
    );
  });

  it('never accepts validly signed claims that were not issued', async () => {
    const claims = fc.record({
      iss: fc.oneof(fc.constant(ISSUER), fc.webUrl()),
      sub: fc.oneof(fc.constantFrom(...issued.map((e) => e.id)), fc.string({ maxLength: 30 })),
      name: fc.oneof(fc.constantFrom(...[...records.values()].map((r) => r.name ?? 'x')), fc.string({ maxLength: 40 })),
      cert: fc.constantFrom('cma' as const, 'instructor' as const),
      nbf: fc.oneof(fc.constantFrom(...issued.map((e) => toEpochSeconds(e.awarded))), fc.integer({ min: 0, max: 2e9 })),
    });
    await fc.assert(
      fc.asyncProperty(claims, async (c) => {
        const token = await signToken(c, extraKey, extraKid);
        const verdict = await judge(token, withExtraKey);
        const record = records.get(c.sub);
        const matchesRecord =
          record &&
          c.iss === ISSUER &&
          c.cert === record.cert &&
          c.nbf === toEpochSeconds(record.awarded) &&
          record.name === c.name;
        // Only a token that says exactly what the registry says is genuine; the key here is trusted.
        if (!matchesRecord) expect(GENUINE_VERDICTS.has(verdict)).toBe(false);
        // Under the published keys alone, a key made elsewhere is never trusted.
        expect(GENUINE_VERDICTS.has(await judge(token))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('still accepts what was issued', async () => {
    for (const entry of issued) expect(GENUINE_VERDICTS.has(await judge(entry.token, published, entry.id))).toBe(true);
  });
});

/** `npm run verify` on one argument: its exit code and output. */
function verify(arg: string) {
  const result = spawnSync(process.execPath, ['scripts/verify.ts', arg], { encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run verify', () => {
  const url = `${ISSUER}/registry/${genuine.id}/#`;

  it('answers random and mutated tokens and URLs with 1 or 2, never a crash', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mutatedToken,
          mutatedToken.map((token) => url + token),
          fc.string({ minLength: 1, maxLength: 300 }).filter((s) => !s.startsWith('-')),
          fc.webUrl({ withFragments: true }),
        ),
        (arg) => {
          const { code, output } = verify(arg);
          expect([1, 2]).toContain(code);
          expect(output).not.toMatch(/\n\s+at |Error:/);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('answers mutated PDFs without crashing, and only a genuine embedded token passes', { timeout: 300_000 }, () => {
    const pdf = readFileSync(join('certificates', `${genuine.id}.pdf`));
    const dir = mkdtempSync(join(tmpdir(), 'ttt-pdf-'));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 20 }), (edits) => {
        const bytes = Buffer.from(pdf);
        for (const [at, value] of edits) bytes[at % bytes.length] = value;
        const file = join(dir, 'mutated.pdf');
        writeFileSync(file, bytes);
        const { code, output } = verify(file);
        expect([0, 1, 2]).toContain(code);
        expect(output).not.toMatch(/\n\s+at |Error:/);
        // Passing means the token inside is exactly one that was issued.
        if (code === 0) expect([...issuedTokens].some((t) => bytes.includes(t))).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});

describe('the registry page in Chromium', () => {
  const open = useSiteInChromium();

  it(
    'never shows a genuine verdict for a mutated token, and runs no injected script',
    { timeout: 300_000 },
    async () => {
      const page = await open.browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(mutatedToken, fc.string({ maxLength: 200 }).map(encodeURIComponent)).filter((t) => t.length > 0),
          async (token) => {
            await page.goto('about:blank');
            await page.goto(`${open.site.url}/registry/${genuine.id}/#${token}`);
            await page.waitForFunction(() => {
              const verdict = document.querySelector('#verdict')?.getAttribute('data-verdict');
              return verdict && verdict !== 'checking';
            });
            const verdict = await page.getAttribute('#verdict', 'data-verdict');
            expect(GENUINE_VERDICTS.has(verdict ?? '')).toBe(false);
          },
        ),
        { numRuns: 30 },
      );
      expect(dialogs).toEqual([]);
    },
  );
});
