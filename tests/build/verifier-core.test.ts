// The same verdict from a generic verifier: the Digital Credentials Consortium's verifier-core (the
// engine of VerifierPlus and the Learner Credential Wallet), run offline over the built site's
// did.json and status list, must say valid, expired or revoked exactly where the registry does:
// for every certificate the project ships, and for a fixture in which the test revokes one.
// Both judge at one fixed instant (noon UTC, the day after everything was signed), never today.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { decodeList } from '@digitalbazaar/vc-bitstring-status-list';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkContent, type SiteContent } from '../../src/lib/site/content/check.ts';
import { addDays } from '../../src/lib/site/dates.ts';
import { buildRegistry, latestLedgerEntries } from '../../src/lib/certificates/registry.ts';
import type { Credential } from '../../src/lib/certificates/credential.ts';
import { buildSite, certTrainers, makeCertContent, readLedger, runScript, tempDir } from '../helpers/certificates.ts';
import { builtContent, DIST } from '../helpers/dist.ts';
import { loadVerifierCore, serveSite, verifyWithCore } from '../helpers/verifier-core.ts';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Credential;

/**
 * Noon UTC on the day after the latest `validFrom` among the credentials and the list: every
 * signature is then in the past, and at noon the registry's plain date and verifier-core's instant
 * agree on which day it is.
 */
function judgingInstant(signed: Credential[]): Date {
  const latest = signed.map((c) => String(c.validFrom).slice(0, 10)).reduce((a, b) => (b > a ? b : a));
  return new Date(`${addDays(latest, 1)}T12:00:00Z`);
}

/** verifier-core's verdict and the registry's, for each certificate, at `instant`. */
async function verdicts(content: SiteContent, credentials: Map<string, Credential>, instant: Date) {
  const records = new Map((await buildRegistry(content, instant.toISOString().slice(0, 10))).map((r) => [r.id, r]));
  vi.useFakeTimers({ toFake: ['Date'], now: instant });
  try {
    const rows: { id: string; registry: string; core: string; problems: string[] }[] = [];
    for (const [id, credential] of credentials) {
      const core = await verifyWithCore(credential);
      rows.push({ id, registry: records.get(id)!.status, core: core.verdict, problems: core.problems });
    }
    return rows;
  } finally {
    vi.useRealTimers();
  }
}

beforeAll(async () => {
  await loadVerifierCore();
});

afterAll(() => {
  vi.useRealTimers();
});

describe('every certificate the project ships', () => {
  it("verifier-core's verdict on its credential is the registry's (valid, expired or revoked)", async () => {
    const content = builtContent();
    serveSite(content.settings.siteUrl, DIST);
    const credentials = new Map<string, Credential>();
    for (const entry of latestLedgerEntries(content.ledger).values()) {
      // Listed holders' credentials as published; unlisted holders' as they received them.
      const published = join(DIST, 'registry', entry.id, 'credential.json');
      const holders = join('certificates', `${entry.id}.json`);
      const listed = content.trainers.find((t) => t.id === entry.trainer)!.listed;
      expect(existsSync(published), entry.id).toBe(listed);
      credentials.set(entry.id, readJson(listed ? published : holders));
    }
    expect(credentials.size).toBeGreaterThanOrEqual(50);
    for (const [id, credential] of credentials)
      expect(credential.credentialStatus, id).toMatchObject({ type: 'BitstringStatusListEntry' });
    const list = readJson(join(DIST, 'registry/status-list.json'));
    const rows = await verdicts(content, credentials, judgingInstant([...credentials.values(), list]));
    for (const row of rows) expect(row, JSON.stringify(row.problems)).toMatchObject({ core: row.registry });
    // Not a vacuous agreement: the shipped examples hold valid and expired certificates.
    expect(new Set(rows.map((r) => r.core))).toEqual(new Set(rows.map((r) => r.registry)));
    expect(rows.map((r) => r.core)).toEqual(expect.arrayContaining(['valid', 'expired']));
  });
});

describe('a certificate revoked in the test', () => {
  const SITE = 'https://ttt.test.example';
  let content = '';
  let keys = '';
  let certs = '';
  let dist = '';
  let revokedId = '';
  const env = () => ({ CONTENT_DIR: content, KEYS_DIR: keys, CERTIFICATES_DIR: certs });
  const holderCredentials = () =>
    new Map(readLedger(content).map((e) => [e.id, readJson(join(certs, `${e.id}.json`))] as const));

  beforeAll(() => {
    // Rui's certificate is issued while valid, then revoked here and the list signed again.
    content = makeCertContent({
      'trainers/rui-revoked.md': certTrainers['trainers/rui-revoked.md']!.replace(/, revoked: \{[^}]*\} \}/, ' }'),
    });
    keys = tempDir('keys');
    certs = tempDir('certs');
    for (const [name, args] of [
      ['keys', ['new']],
      ['issue', []],
    ] as const)
      expect(runScript(name, [...args], env()).code).toBe(0);
    revokedId = readLedger(content).find((e) => e.trainer === 'rui-revoked')!.id;
    writeFileSync(join(content, 'trainers/rui-revoked.md'), certTrainers['trainers/rui-revoked.md']!);
    const issue = runScript('issue', [], env());
    expect(issue.stdout).toContain(`revoked: ${revokedId}`);
    dist = buildSite(content, keys);
    serveSite(SITE, dist);
  });

  it('verifier-core says revoked for it, and agrees with the registry on every other certificate', async () => {
    const { content: site } = checkContent(content);
    const credentials = holderCredentials();
    const list = readJson(join(dist, 'registry/status-list.json'));
    const rows = await verdicts(site!, credentials, judgingInstant([...credentials.values(), list]));
    for (const row of rows) expect(row, JSON.stringify(row.problems)).toMatchObject({ core: row.registry });
    expect(rows.find((r) => r.id === revokedId)).toMatchObject({ core: 'revoked', registry: 'revoked' });
    expect(new Set(rows.map((r) => r.core))).toEqual(new Set(['valid', 'expired', 'revoked']));
  });

  it('its credential stays published, and its record page says the credential is revoked too, with the link', () => {
    expect(readFileSync(join(dist, 'registry', revokedId, 'credential.json'), 'utf8')).toBe(
      readFileSync(join(certs, `${revokedId}.json`), 'utf8'),
    );
    const page = readFileSync(join(dist, 'registry', revokedId, 'index.html'), 'utf8');
    const row = /<div class="facts-list__row" data-published="credential"[^>]*>([\s\S]*?)<\/div>/.exec(page)?.[1];
    expect(row).toContain('Revoked as well');
    expect(row).toMatch(new RegExp(`href="/registry/${revokedId}/credential.json"`));
    // No "add to a wallet" beside a revoked certificate; a valid one keeps it and has no such row.
    expect(page).not.toContain('id="holder"');
    const valid = readLedger(content).find((e) => e.trainer === 'lukasz-zolc-dvorak' && e.cert === 'cma')!.id;
    const validPage = readFileSync(join(dist, 'registry', valid, 'index.html'), 'utf8');
    expect(validPage).not.toContain('data-published="credential"');
    expect(validPage).toContain('id="holder"');
  });

  it("verifier-core checks the list's own proof: a list with a bit set by hand fails every status check", async () => {
    const { content: site } = checkContent(content);
    const list = readJson(join(dist, 'registry/status-list.json')) as Credential & {
      credentialSubject: { encodedList: string };
    };
    const bits = await decodeList({ encodedList: list.credentialSubject.encodedList });
    const victim = readLedger(content).find((e) => e.trainer === 'lukasz-zolc-dvorak' && e.cert === 'cma')!;
    bits.setStatus(victim.statusIndex!, true);
    list.credentialSubject.encodedList = await bits.encode();
    // A copy of the site that serves the forged list beside the genuine did.json.
    const forgedSite = tempDir('forged-site');
    mkdirSync(join(forgedSite, '.well-known'), { recursive: true });
    mkdirSync(join(forgedSite, 'registry'), { recursive: true });
    writeFileSync(join(forgedSite, '.well-known/did.json'), readFileSync(join(dist, '.well-known/did.json')));
    writeFileSync(join(forgedSite, 'registry/status-list.json'), JSON.stringify(list));
    serveSite(SITE, forgedSite);
    try {
      const credentials = new Map([[victim.id, holderCredentials().get(victim.id)!]]);
      const [row] = await verdicts(site!, credentials, judgingInstant([...credentials.values(), list]));
      expect(row!.core).toBe('not-verified');
      expect(row!.problems.join(' ')).toMatch(/status list/i);
    } finally {
      serveSite(SITE, dist);
    }
  });
});
