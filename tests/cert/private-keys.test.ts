// No private key material anywhere it could leak: dist/, certificates/, the published key sets,
// or any tracked file. An Ed25519 private JWK carries a "d" member.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles } from '../helpers/dist.ts';

const PRIVATE_MEMBER = /"d"\s*:/;
/** The private scalar of an Ed25519 JWK: 32 bytes, 43 base64url characters. */
const PRIVATE_JWK = /"d"\s*:\s*"[A-Za-z0-9_-]{43}"/;

describe('private keys', () => {
  it('appear nowhere in dist/', () => {
    const files = distFiles();
    expect(files).toContain('.well-known/jwks.json');
    for (const file of files) expect(PRIVATE_MEMBER.test(readFileSync(join(DIST, file), 'latin1')), file).toBe(false);
  });

  it('appear nowhere in certificates/', () => {
    if (!existsSync('certificates')) return;
    for (const file of readdirSync('certificates'))
      expect(PRIVATE_MEMBER.test(readFileSync(join('certificates', file), 'latin1')), file).toBe(false);
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

  it('the published key set is keys/jwks.json: public Ed25519 keys covering every current certificate', () => {
    const published = JSON.parse(readFileSync(join(DIST, '.well-known/jwks.json'), 'utf8')) as {
      keys: Record<string, string>[];
    };
    const committed = JSON.parse(readFileSync('keys/jwks.json', 'utf8')) as { keys: Record<string, string>[] };
    expect(published).toEqual(committed);
    for (const key of published.keys) {
      expect(Object.keys(key).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x']);
      expect([key.kty, key.crv, key.alg]).toEqual(['OKP', 'Ed25519', 'EdDSA']);
    }
    // The latest line of each certificate must verify; older lines may name a withdrawn key.
    const kids = new Set(published.keys.map((k) => k.kid));
    const latest = new Map<string, string>();
    for (const line of readFileSync('content/ledger.jsonl', 'utf8').split('\n').filter(Boolean)) {
      const entry = JSON.parse(line) as { id: string; kid: string };
      latest.set(entry.id, entry.kid);
    }
    for (const [id, kid] of latest) expect(kids.has(kid), id).toBe(true);
  });
});
