// Token v1 and the verdict logic shared by the browser and the CLI, against real keys made here.
import { decodeProtectedHeader, importJWK, type CryptoKey } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSigningKey } from '../../src/lib/certificates/keys.ts';
import { judgeToken, nameHash, type RegistryRecord } from '../../src/lib/certificates/registry.ts';
import { signToken, verifyToken, type PublicKeySet } from '../../src/lib/certificates/token.ts';
import { forgeries, type Forgery } from '../helpers/forgeries.ts';

const ISSUER = 'https://ttt.test.example';
const TODAY = '2026-11-27';
const record = (id: string, extra: Partial<RegistryRecord> = {}): RegistryRecord => ({
  id,
  cert: 'cma',
  title: 'Cluster Management Association Certification',
  awarded: '2025-06-30',
  status: 'valid',
  name: 'Łukasz Żółć-Dvořák',
  ...extra,
});
const claims = (sub: string, extra: object = {}) => ({
  iss: ISSUER,
  sub,
  name: 'Łukasz Żółć-Dvořák',
  cert: 'cma' as const,
  nbf: Date.parse('2025-06-30T00:00:00Z') / 1000,
  ...extra,
});

let key: CryptoKey;
let kid = '';
let keys: PublicKeySet;
let withdrawnToken = '';
const records = new Map<string, RegistryRecord>();
const judge = (token: unknown, expectedId?: string) =>
  judgeToken(token, keys, { issuer: ISSUER, find: (id) => records.get(id), today: TODAY, expectedId });

beforeAll(async () => {
  const current = await createSigningKey();
  const withdrawn = await createSigningKey();
  key = (await importJWK(current.privateJwk, 'EdDSA')) as CryptoKey;
  kid = current.kid;
  keys = { keys: [current.publicJwk] };
  const withdrawnKey = (await importJWK(withdrawn.privateJwk, 'EdDSA')) as CryptoKey;
  withdrawnToken = await signToken(claims('TEST-CMA-2025-0001'), withdrawnKey, withdrawn.kid);
  records.set('TEST-CMA-2025-0001', record('TEST-CMA-2025-0001'));
  records.set('TEST-CMA-2025-0002', record('TEST-CMA-2025-0002', { name: 'Greta Other' }));
  records.set(
    'TEST-INS-2020-0001',
    record('TEST-INS-2020-0001', { cert: 'instructor', awarded: '2020-01-10', validUntil: '2024-05-20' }),
  );
  records.set(
    'TEST-CMA-2024-0001',
    record('TEST-CMA-2024-0001', { awarded: '2024-09-27', revoked: { date: '2025-03-01', reason: 'Audit' } }),
  );
  const salt = 'c2FsdHNhbHRzYWx0c2FsdA';
  records.set(
    'TEST-CMA-2024-0002',
    record('TEST-CMA-2024-0002', {
      awarded: '2024-09-27',
      name: undefined,
      salt,
      nameHash: await nameHash(salt, 'Ulla Unlisted'),
    }),
  );
});

describe('token v1', () => {
  it('has exactly the header {alg: EdDSA, kid, typ} and the five claims, and is deterministic', async () => {
    const token = await signToken(claims('TEST-CMA-2025-0001'), key, kid);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'EdDSA', kid, typ: 'JWT' });
    expect(await signToken(claims('TEST-CMA-2025-0001'), key, kid)).toBe(token);
    const result = await verifyToken(token, keys);
    expect(result).toEqual({ ok: true, kid, claims: claims('TEST-CMA-2025-0001') });
    expect(Object.keys(result.ok ? result.claims : {})).toEqual(['iss', 'sub', 'name', 'cert', 'nbf']);
  });

  it('refuses a token re-spelt in base64url, though it decodes to the same bytes', async () => {
    const token = await signToken(claims('TEST-CMA-2025-0001'), key, kid);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // A 64-byte signature leaves the last character's four low bits unused: flip one of them.
    const last = alphabet.indexOf(token.at(-1)!);
    const respelt = token.slice(0, -1) + alphabet[last ^ 1];
    expect(await verifyToken(token, keys)).toMatchObject({ ok: true });
    expect(await verifyToken(respelt, keys)).toMatchObject({ ok: false, verdict: 'forged' });
  });

  it('caps the length before parsing', async () => {
    expect(await verifyToken('a.b.' + 'c'.repeat(5000), keys)).toMatchObject({
      verdict: 'malformed',
      problem: 'too-long',
    });
    expect(await verifyToken(42, keys)).toMatchObject({ verdict: 'malformed' });
  });
});

describe('verdicts', () => {
  it('valid, expired and revoked follow the status rules on the given day', async () => {
    const sign = (sub: string, extra: object = {}) => signToken(claims(sub, extra), key, kid);
    expect((await judge(await sign('TEST-CMA-2025-0001'))).verdict).toBe('valid');
    const instructor = await sign('TEST-INS-2020-0001', {
      cert: 'instructor',
      nbf: Date.parse('2020-01-10T00:00:00Z') / 1000,
    });
    expect(await judge(instructor)).toMatchObject({ verdict: 'expired', reason: 'expired' });
    const revoked = await sign('TEST-CMA-2024-0001', { nbf: Date.parse('2024-09-27T00:00:00Z') / 1000 });
    expect(await judge(revoked)).toMatchObject({ verdict: 'revoked' });
  });

  it('unknown: validly signed for an ID the registry does not have', async () => {
    const token = await signToken(claims('TEST-CMA-2099-0001'), key, kid);
    expect(await judge(token)).toMatchObject({ verdict: 'unknown', reason: 'not-in-registry' });
  });

  it('an unlisted holder is checked against the salted name hash', async () => {
    const nbf = Date.parse('2024-09-27T00:00:00Z') / 1000;
    const good = await signToken(claims('TEST-CMA-2024-0002', { name: 'Ulla Unlisted', nbf }), key, kid);
    expect((await judge(good)).verdict).toBe('valid');
    const wrongName = await signToken(claims('TEST-CMA-2024-0002', { name: 'Someone Else', nbf }), key, kid);
    expect(await judge(wrongName)).toMatchObject({ verdict: 'forged', reason: 'claims-mismatch' });
  });

  it('every forgery and broken input gets the right verdict on the record it is shown on', async () => {
    const genuine = await signToken(claims('TEST-CMA-2025-0001'), key, kid);
    const otherCertificate = await signToken(claims('TEST-CMA-2025-0002', { name: 'Greta Other' }), key, kid);
    const cases: Forgery[] = await forgeries({
      genuine,
      key,
      kid,
      publicX: keys.keys[0]!.x,
      otherCertificate,
      withdrawn: withdrawnToken,
    });
    expect(cases.length).toBeGreaterThanOrEqual(15);
    for (const forgery of cases)
      expect((await judge(forgery.token, 'TEST-CMA-2025-0001')).verdict, forgery.name).toBe(forgery.verdict);
    expect((await judge(genuine, 'TEST-CMA-2025-0001')).verdict).toBe('valid');
  });
});
