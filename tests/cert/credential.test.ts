// Open Badges 3.0 credentials through the real commands, on a temporary content folder with keys
// made at run time: issue signs them, verify checks them offline, the build publishes did.json and
// the listed holders' credentials, the PDF carries the same file. Steps build on each other, in order.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { certificateInput } from '../../src/lib/certificates/render.ts';
import { checkContent } from '../../src/lib/site/content/check.ts';
import {
  buildCredential,
  didDocument,
  identityHash,
  signCredential,
  verifyCredentialProof,
  withProof,
  type Credential,
} from '../../src/lib/certificates/credential.ts';
import { loadSigningKey, readPublicKeys } from '../../src/lib/certificates/keys.ts';
import { loadCertificateFonts, renderCertificatePdf } from '../../src/lib/certificates/pdf/layout.ts';
import { buildRegistry, readClaims } from '../../src/lib/certificates/registry.ts';
import {
  buildSite,
  issueWithNewKey,
  makeCertContent,
  readLedger,
  ruiNotYetRevoked,
  runScript,
  tempDir,
} from '../helpers/certificates.ts';

const SITE = 'https://ttt.test.example';
const DID = 'did:web:ttt.test.example';
let content = '';
let keys = '';
let certs = '';
const env = () => ({ CONTENT_DIR: content, KEYS_DIR: keys, CERTIFICATES_DIR: certs });
const latest = (trainer: string, cert: string) =>
  readLedger(content).findLast((e) => e.trainer === trainer && e.cert === cert)!;
const credentialFile = (id: string) => join(certs, `${id}.json`);
const readCredential = (id: string) => JSON.parse(readFileSync(credentialFile(id), 'utf8')) as Credential;
const publishedKeys = () => readPublicKeys(keys);

const schema = JSON.parse(readFileSync('tests/helpers/ob-v3p0/achievementcredential.json', 'utf8')) as object;
const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

/** Every leaf of a JSON value, as a path of keys. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k]));
  return [path];
}

/** A copy of `value` with the leaf at `path` changed to something else of the same kind. */
function mutate(value: Credential, path: (string | number)[]): Credential {
  const copy = structuredClone(value);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  const old = parent[last];
  parent[last] = typeof old === 'string' ? `${old}x` : typeof old === 'boolean' ? !old : Number(old) + 1;
  return copy;
}

beforeAll(() => {
  content = makeCertContent(ruiNotYetRevoked());
  keys = tempDir('keys');
  certs = tempDir('certs');
  issueWithNewKey(env());
});

describe('issuing credentials', () => {
  it('signs one OpenBadgeCredential per certificate, beside its PDF, with a stored proof in the ledger', () => {
    const ledger = readLedger(content);
    expect(ledger.length).toBeGreaterThan(3);
    for (const entry of ledger) {
      expect(entry.credential?.proof.verificationMethod).toBe(`${DID}#${entry.kid}`);
      const credential = readCredential(entry.id);
      expect(credential['@context']).toEqual([
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ]);
      expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
      expect(credential.id).toBe(`${SITE}/registry/${entry.id}/`);
      expect(credential.validFrom).toBe(`${entry.awarded}T00:00:00Z`);
      expect(credential.issuer).toMatchObject({ id: DID, type: ['Profile'], url: SITE });
      expect(credential.proof).toEqual([
        expect.objectContaining({
          type: 'DataIntegrityProof',
          cryptosuite: 'eddsa-rdfc-2022',
          proofPurpose: 'assertionMethod',
          verificationMethod: `${DID}#${entry.kid}`,
        }),
      ]);
      const achievement = (credential.credentialSubject as { achievement: Record<string, unknown> }).achievement;
      expect(achievement).toMatchObject({ type: ['Achievement'], achievementType: 'Certification' });
      expect(String(achievement.id)).toMatch(new RegExp(`^${SITE}/`));
    }
  });

  it('validates against the official 1EdTech OB 3.0 AchievementCredential JSON Schema', () => {
    for (const entry of readLedger(content)) {
      const ok = validateSchema(readCredential(entry.id));
      expect(ok, `${entry.id}: ${JSON.stringify(validateSchema.errors)}`).toBe(true);
    }
    // The schema is not a rubber stamp: a credential without an issuer fails it.
    const withoutIssuer = readCredential(latest('lukasz-zolc-dvorak', 'cma').id);
    delete withoutIssuer.issuer;
    expect(validateSchema(withoutIssuer)).toBe(false);
  });

  it("gives instructors validUntil equal to the registry's valid-until", async () => {
    const { content: site } = checkContent(content);
    const records = await buildRegistry(site!, '2026-01-01');
    for (const id of [latest('lukasz-zolc-dvorak', 'instructor').id, latest('greta-expired', 'instructor').id]) {
      const record = records.find((r) => r.id === id)!;
      expect(record.validUntil).toBeDefined();
      expect(readCredential(id).validUntil).toBe(`${record.validUntil}T23:59:59Z`);
    }
    expect(readCredential(latest('lukasz-zolc-dvorak', 'cma').id).validUntil).toBeUndefined();
  });

  it('names an unlisted holder only by a salted identity hash, with its salt: whoever knows the name can confirm it', () => {
    const entry = latest('ulla-unlisted', 'cma');
    const text = readFileSync(credentialFile(entry.id), 'utf8');
    for (const part of ['Ulla', 'Unlisted', 'Näkymätön', 'N\\u00e4kym']) expect(text).not.toContain(part);
    const [identity] = (readCredential(entry.id).credentialSubject as { identifier: Record<string, string>[] })
      .identifier;
    expect(identity).toEqual({
      type: 'IdentityObject',
      identityType: 'name',
      hashed: true,
      identityHash: identityHash('Ulla Unlisted-Näkymätön', entry.salt),
      salt: entry.salt,
    });
    // As OB 3.0 says a verifier does it: "sha256$" and the hex SHA-256 of the UTF-8 name followed by
    // the salt read from the credential itself.
    const confirm = (name: string) =>
      `sha256$${createHash('sha256')
        .update(Buffer.from(name + identity!.salt!, 'utf8'))
        .digest('hex')}`;
    expect(identity!.identityHash).toBe(confirm('Ulla Unlisted-Näkymätön'));
    expect(identity!.identityHash).not.toBe(confirm('Ulla Unlisted-Nakymaton'));
    // A listed holder is named in plain text.
    expect(readFileSync(credentialFile(latest('lukasz-zolc-dvorak', 'cma').id), 'utf8')).toContain(
      'Łukasz Żółć-Dvořák',
    );
  });
});

describe('npm run check and stored proofs', () => {
  it('refuses a ledger line whose stored proof names another key or is not a proof, naming line and field', () => {
    const path = join(content, 'ledger.jsonl');
    const original = readFileSync(path, 'utf8');
    try {
      const lines = original.trim().split('\n');
      const first = JSON.parse(lines[0]!) as { credential: { proof: Record<string, string> } };
      first.credential.proof.verificationMethod = `${DID}#Zz99Zz99`;
      const second = JSON.parse(lines[1]!) as { credential: { proof: Record<string, string> } };
      second.credential.proof.proofValue = 'not-base58!';
      lines[0] = JSON.stringify(first);
      lines[1] = JSON.stringify(second);
      writeFileSync(path, lines.join('\n') + '\n');
      const run = runScript('check', [], env());
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/ledger\.jsonl: line 1: token: expected the credential signed with key \S+ too/);
      expect(run.stderr).toMatch(/ledger\.jsonl: line 2: credential\.proof\.proofValue: expected a base58btc/);
    } finally {
      writeFileSync(path, original);
    }
  });

  it('leaves out (and names) a credential whose content changed since signing, so none published fails', () => {
    const path = join(content, 'certifications/cma.yaml');
    const original = readFileSync(path, 'utf8');
    try {
      writeFileSync(path, original.replace(/^summary: .*$/m, 'summary: A reworded summary.'));
      const run = runScript('check', [], env());
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(latest('lukasz-zolc-dvorak', 'cma').id);
      const { content: site } = checkContent(content);
      expect(
        certificateInput(site!, latest('lukasz-zolc-dvorak', 'cma'), en.certificates.pdf).credential,
      ).toBeUndefined();
    } finally {
      writeFileSync(path, original);
    }
  });
});

describe('verifying credentials', () => {
  it('round trip: every issued credential verifies, in the library and with npm run verify', async () => {
    for (const entry of readLedger(content))
      expect(await verifyCredentialProof(readCredential(entry.id), publishedKeys(), SITE), entry.id).toEqual({
        ok: true,
      });
    const cma = runScript('verify', [credentialFile(latest('lukasz-zolc-dvorak', 'cma').id)], env());
    expect(cma.code, cma.stderr).toBe(0);
    expect(cma.stdout).toMatch(/^valid: /);
    const expired = runScript('verify', [credentialFile(latest('greta-expired', 'instructor').id)], env());
    expect(expired.code).toBe(1);
    expect(expired.stderr).toMatch(/^expired: /);
  });

  it('changing any field of a signed credential makes it fail', async () => {
    const credential = readCredential(latest('lukasz-zolc-dvorak', 'instructor').id);
    const paths = leaves(credential);
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const result = await verifyCredentialProof(mutate(credential, path), publishedKeys(), SITE);
      expect(result.ok, path.join('.')).toBe(false);
    }
    // Added or removed fields fail too.
    const added = { ...credential, description: 'Also a pilot' };
    expect((await verifyCredentialProof(added, publishedKeys(), SITE)).ok).toBe(false);
    const removed = structuredClone(credential);
    delete removed.name;
    expect((await verifyCredentialProof(removed, publishedKeys(), SITE)).ok).toBe(false);
  });

  it("an unlisted holder's credential signed before it carried the salt is still genuine; another hash is not", async () => {
    const entry = latest('ulla-unlisted', 'cma');
    const { content: site } = checkContent(content);
    const signing = await loadSigningKey(keys);
    const sign = async (identity: Record<string, unknown>) => {
      const unsigned = buildCredential(site!, entry, readClaims(entry.token).name)!;
      const subject = unsigned.credentialSubject as { identifier: Record<string, unknown>[] };
      subject.identifier = [identity];
      const file = join(tempDir('older'), 'credential.json');
      writeFileSync(
        file,
        JSON.stringify(withProof(unsigned, await signCredential(unsigned, signing, SITE, entry.issuedAt))),
      );
      return runScript('verify', [file], env());
    };
    const [identity] = (readCredential(entry.id).credentialSubject as { identifier: Record<string, unknown>[] })
      .identifier;
    const withoutSalt = { ...identity };
    delete withoutSalt.salt;
    const older = await sign(withoutSalt);
    expect(older.code, older.stderr).toBe(0);
    expect(older.stdout).toMatch(/^valid: /);
    const otherName = await sign({ ...identity, identityHash: identityHash('Someone Else', entry.salt) });
    expect(otherName.code).toBe(1);
    expect(otherName.stderr).toMatch(/^forged: /);
  });

  it('npm run verify: a forged credential exits 1, an unreadable file exits 2', () => {
    const id = latest('lukasz-zolc-dvorak', 'cma').id;
    const forged = join(tempDir('forged'), 'credential.json');
    writeFileSync(forged, readFileSync(credentialFile(id), 'utf8').replace('Łukasz', 'Lukas'));
    const run = runScript('verify', [forged], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^forged: /);
    const garbage = join(tempDir('garbage'), 'credential.json');
    writeFileSync(garbage, '{ not json');
    expect(runScript('verify', [garbage], env()).code).toBe(2);
  });

  it('never touches the network: contexts come from npm and anything else is refused', () => {
    // A preload that makes every network door throw and say so.
    const preload = join(tempDir('offline'), 'offline.mjs');
    writeFileSync(
      preload,
      `import net from 'node:net'; import dns from 'node:dns';
const refuse = (what) => () => { process.stderr.write('NETWORK ' + what + '\\n'); throw new Error('offline'); };
net.Socket.prototype.connect = refuse('socket');
dns.lookup = refuse('dns');
globalThis.fetch = refuse('fetch');`,
    );
    // The preload works: a script that does reach out is caught.
    const control = spawnSync('node_modules/.bin/node', [`--import=${preload}`, '-e', "fetch('https://example.org')"], {
      encoding: 'utf8',
    });
    expect(control.stderr).toContain('NETWORK fetch');
    const file = credentialFile(latest('lukasz-zolc-dvorak', 'cma').id);
    const run = runScript('verify', [file], { ...env(), NODE_OPTIONS: `--import=${preload}` });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('NETWORK');
    // A credential naming a context the loader does not hold fails instead of fetching it.
    const credential = readCredential(latest('lukasz-zolc-dvorak', 'cma').id);
    const extra = { ...credential, '@context': [...(credential['@context'] as string[]), 'https://evil.example/ctx'] };
    const other = join(tempDir('context'), 'credential.json');
    writeFileSync(other, JSON.stringify(extra));
    const refused = runScript('verify', [other], { ...env(), NODE_OPTIONS: `--import=${preload}` });
    expect(refused.code).toBe(1);
    expect(refused.stderr).not.toContain('NETWORK');
  });
});

describe('where holders get it', () => {
  let dist = '';
  beforeAll(() => {
    dist = buildSite(content, keys);
  });

  it('did.json holds every key of jwks.json as a Multikey assertion method, with absolute ids, under 8 KB', async () => {
    const text = readFileSync(join(dist, '.well-known/did.json'), 'utf8');
    expect(text.length).toBeLessThan(8 * 1024);
    const did = JSON.parse(text) as {
      '@context': string[];
      id: string;
      verificationMethod: { id: string; type: string; controller: string; publicKeyMultibase: string }[];
      assertionMethod: string[];
    };
    expect(did['@context'][0]).toBe('https://www.w3.org/ns/did/v1');
    expect(did.id).toBe(DID);
    const jwks = JSON.parse(readFileSync(join(dist, '.well-known/jwks.json'), 'utf8')) as {
      keys: { kid: string; x: string }[];
    };
    expect(did.verificationMethod).toHaveLength(jwks.keys.length);
    for (const key of jwks.keys) {
      const method = did.verificationMethod.find((m) => m.id === `${DID}#${key.kid}`)!;
      expect(method).toMatchObject({ type: 'Multikey', controller: DID });
      expect(did.assertionMethod).toContain(method.id);
      // Decoded by the library, the multibase key is the same Ed25519 key as the JWK.
      const pair = await Ed25519Multikey.from({ ...method, '@context': 'https://w3id.org/security/multikey/v1' });
      expect((await Ed25519Multikey.toJwk({ keyPair: pair })).x).toBe(key.x);
    }
  });

  it("publishes listed holders' credentials unchanged, links them from the record page; never an unlisted one", () => {
    const listed = latest('lukasz-zolc-dvorak', 'cma').id;
    expect(readFileSync(join(dist, 'registry', listed, 'credential.json'), 'utf8')).toBe(
      readFileSync(credentialFile(listed), 'utf8'),
    );
    const page = readFileSync(join(dist, 'registry', listed, 'index.html'), 'utf8');
    expect(page).toMatch(new RegExp(`href="/registry/${listed}/credential.json"[^>]*>\\s*Add to a digital wallet`));
    const unlisted = latest('ulla-unlisted', 'cma').id;
    expect(readdirSync(join(dist, 'registry', unlisted))).not.toContain('credential.json');
  });

  it('the PDF carries certificates/<ID>.json as an attachment, stays under 30 KB and reproducible', async () => {
    for (const entry of [latest('lukasz-zolc-dvorak', 'instructor'), latest('ulla-unlisted', 'cma')]) {
      const pdf = join(certs, `${entry.id}.pdf`);
      expect(statSync(pdf).size).toBeLessThanOrEqual(30 * 1024);
      const out = join(tempDir('detach'), 'attached.json');
      execFileSync('pdfdetach', ['-save', '1', '-o', out, pdf]);
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(credentialFile(entry.id), 'utf8'));
      expect(execFileSync('pdfdetach', ['-list', pdf], { encoding: 'utf8' })).toContain('credential.json');
      const { content: site } = checkContent(content);
      const again = await renderCertificatePdf(
        certificateInput(site!, entry, en.certificates.pdf),
        loadCertificateFonts(),
      );
      expect(Buffer.from(again).equals(readFileSync(pdf))).toBe(true);
    }
  });
});

describe('renewal and withdrawal', () => {
  it('a delivery renews an instructor: check notes the stale credential, issue re-signs it with the new validUntil', () => {
    const before = latest('lukasz-zolc-dvorak', 'instructor');
    const file = join(content, 'trainers/lukasz-zolc-dvorak.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '---\nFictional.',
        'deliveries:\n  - { date: 2026-03-02, title: Cluster basics, location: Gdańsk }\n---\nFictional.',
      ),
    );
    const check = runScript('check', [], env());
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain(before.id);
    const issue = runScript('issue', [], env());
    expect(issue.code, issue.stderr).toBe(0);
    expect(issue.stdout).toContain(`${before.id}  `);
    expect(issue.stdout).toContain('credential is out of date');
    const after = latest('lukasz-zolc-dvorak', 'instructor');
    expect(after.id).toBe(before.id);
    expect(after.credential?.sha256).not.toBe(before.credential?.sha256);
    expect(readCredential(after.id).validUntil).toBe('2029-03-02T23:59:59Z');
    expect(runScript('verify', [credentialFile(after.id)], env()).code).toBe(0);
    expect(runScript('check', [], env()).stdout).not.toContain(before.id);
  });

  it('a withdrawn key leaves did.json and its credentials stop verifying, exactly as its tokens do', async () => {
    const id = latest('lukasz-zolc-dvorak', 'cma').id;
    const saved = join(tempDir('old'), 'credential.json');
    writeFileSync(saved, readFileSync(credentialFile(id)));
    const oldKid = latest('lukasz-zolc-dvorak', 'cma').kid;
    expect(runScript('keys', ['new'], env()).code).toBe(0);
    expect(runScript('keys', ['withdraw', oldKid], env()).code).toBe(0);
    const doc = await didDocument(SITE, publishedKeys());
    expect(JSON.stringify(doc)).not.toContain(oldKid);
    const run = runScript('verify', [saved], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^forged: .*not publish/);
    // Re-issued with the new key, the same certificate's credential verifies again.
    expect(runScript('issue', [], env()).code).toBe(0);
    expect(runScript('verify', [credentialFile(id)], env()).code).toBe(0);
  });
});
