// No private key material anywhere it could leak. A site is built and its certificates rendered
// from content issued with a fresh signing key that sits in keys/private/, as on a signing
// machine; then the built site, the certificates (their compressed PDF streams opened), the
// published key sets and every tracked file are searched for it. An Ed25519 private JWK carries
// a "d" member. Each search first checks it has something to search.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, issueWithNewKey, makeCertContent, tempDir } from '../helpers/certificates.ts';
import { distFiles } from '../helpers/dist.ts';

const PRIVATE_MEMBER = /"d"\s*:/;
/** The private scalar of an Ed25519 JWK: 32 bytes, 43 base64url characters. */
const PRIVATE_JWK = /"d"\s*:\s*"[A-Za-z0-9_-]{43}"/;

let env: Record<string, string>;
let dist: string;
/** The private scalars of the keys in the fixture's keys/private/. */
let secrets: string[];

beforeAll(() => {
  env = { CONTENT_DIR: makeCertContent(), KEYS_DIR: tempDir('keys'), CERTIFICATES_DIR: tempDir('certs') };
  issueWithNewKey(env);
  const privateDir = join(env.KEYS_DIR!, 'private');
  secrets = readdirSync(privateDir).map(
    (file) => (JSON.parse(readFileSync(join(privateDir, file), 'utf8')) as { d: string }).d,
  );
  dist = buildSite(env.CONTENT_DIR!, env.KEYS_DIR!);
});

/** A file's bytes as text, and for a PDF the text of each of its deflated streams too. */
function readable(path: string): string[] {
  const text = readFileSync(path, 'latin1');
  if (!path.endsWith('.pdf')) return [text];
  const streams = [...text.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].flatMap(([, data]) => {
    try {
      return [inflateSync(Buffer.from(data!, 'latin1')).toString('latin1')];
    } catch {
      return []; // not deflated (or not compressed at all): the raw text above covers it
    }
  });
  return [text, ...streams];
}

function expectNoSecret(path: string): void {
  for (const text of readable(path)) {
    expect(PRIVATE_MEMBER.test(text), path).toBe(false);
    for (const secret of secrets) expect(text.includes(secret), path).toBe(false);
  }
}

describe('private keys', () => {
  it('are there to leak: the fixture signed with a key whose private half is in keys/private/', () => {
    expect(secrets).toHaveLength(1);
    expect(secrets[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('appear nowhere in a site built beside them', () => {
    const files = distFiles(dist);
    expect(files).toContain('.well-known/jwks.json');
    expect(files.filter((f) => /^registry\/.+\/index\.html$/.test(f)).length).toBeGreaterThan(0);
    for (const file of files) expectNoSecret(join(dist, file));
  });

  it('appear nowhere in the rendered certificates, inside their PDF streams either', () => {
    const files = readdirSync(env.CERTIFICATES_DIR!);
    expect(files.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(0);
    // The PDFs attach the credential in a deflated stream: make sure the search opens it.
    const pdf = join(
      env.CERTIFICATES_DIR!,
      files.find((f) => f.endsWith('.pdf'))!,
    );
    expect(readable(pdf).some((text) => text.includes('"proofValue"'))).toBe(true);
    for (const file of files) expectNoSecret(join(env.CERTIFICATES_DIR!, file));
  });

  it('are not in the published key set, which is the public half of every signing key', () => {
    const published = JSON.parse(readFileSync(join(dist, '.well-known/jwks.json'), 'utf8')) as {
      keys: Record<string, string>[];
    };
    expect(published).toEqual(JSON.parse(readFileSync(join(env.KEYS_DIR!, 'jwks.json'), 'utf8')));
    expect(published.keys.length).toBeGreaterThan(0);
    for (const key of published.keys) {
      expect(Object.keys(key).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x']);
      expect([key.kty, key.crv, key.alg]).toEqual(['OKP', 'Ed25519', 'EdDSA']);
    }
  });

  it('appear in no tracked file, and keys/private/ is ignored by git', () => {
    const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(tracked).toContain('keys/jwks.json');
    for (const file of tracked.filter((f) => existsSync(f)))
      expect(PRIVATE_JWK.test(readFileSync(file, 'latin1')), file).toBe(false);
    expect(tracked.some((f) => f.startsWith('keys/private/'))).toBe(false);
    expect(execFileSync('git', ['check-ignore', 'keys/private/x.jwk'], { encoding: 'utf8' }).trim()).toBe(
      'keys/private/x.jwk',
    );
  });

  it("the shipped keys/jwks.json holds a public key for every shipped certificate's latest signature", () => {
    const kids = new Set(
      (JSON.parse(readFileSync('keys/jwks.json', 'utf8')) as { keys: { kid: string; d?: string }[] }).keys.map(
        (k) => k.kid,
      ),
    );
    const latest = new Map<string, string>();
    for (const line of readFileSync('content/ledger.jsonl', 'utf8').split('\n').filter(Boolean)) {
      const entry = JSON.parse(line) as { id: string; kid: string };
      latest.set(entry.id, entry.kid);
    }
    expect(latest.size).toBeGreaterThan(0);
    // Older lines may name a withdrawn key; the latest line of each certificate must verify.
    for (const [id, kid] of latest) expect(kids.has(kid), id).toBe(true);
  });
});
