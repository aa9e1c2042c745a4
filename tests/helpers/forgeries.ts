// Hostile and broken certificate tokens, each with the verdict a verifier must give. Built with
// real keys at run time: the attacker's key pair is generated here, the genuine one is passed in.
import { createHmac } from 'node:crypto';
import { base64url, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import type { Verdict } from '../../src/lib/certificates/registry.ts';
import type { TokenClaims } from '../../src/lib/certificates/token.ts';

export interface Forgery {
  name: string;
  token: string;
  verdict: Verdict;
}

const b64json = (value: unknown) => base64url.encode(JSON.stringify(value));

/** Signs any header and payload with Ed25519, bypassing a library's checks on the header. */
export async function rawSign(header: object, payload: object, key: CryptoKey): Promise<string> {
  const input = `${b64json(header)}.${b64json(payload)}`;
  const signature = await crypto.subtle.sign('Ed25519', key, new TextEncoder().encode(input));
  return `${input}.${base64url.encode(new Uint8Array(signature))}`;
}

function claimsOf(token: string): TokenClaims {
  return JSON.parse(new TextDecoder().decode(base64url.decode(token.split('.')[1] ?? ''))) as TokenClaims;
}

export interface ForgeryInput {
  /** A genuine, currently valid token for the record the forgeries are shown on. */
  genuine: string;
  /** The genuine signing key and its ID. */
  key: CryptoKey;
  kid: string;
  /** The genuine public key's `x`, used as an HMAC secret in the algorithm-confusion attack. */
  publicX: string;
  /** A genuine token for a different certificate. */
  otherCertificate: string;
  /** A token signed by a key that has since been withdrawn. */
  withdrawn: string;
}

/** Every attack and broken input from the issue, against one record. */
export async function forgeries(input: ForgeryInput): Promise<Forgery[]> {
  const { genuine, key, kid } = input;
  const [header = '', payload = '', signature = ''] = genuine.split('.');
  const claims = claimsOf(genuine);
  const attacker = await generateKeyPair('Ed25519', { extractable: true });
  const attackerJwk = await exportJWK(attacker.publicKey);
  const alteredClaims = { ...claims, name: 'Mallory Impostor' };
  // Flip one character in the middle of the signature (the last one carries padding bits).
  const middle = Math.floor(signature.length / 2);
  const flipped = signature.slice(0, middle) + (signature[middle] === 'A' ? 'B' : 'A') + signature.slice(middle + 1);
  const hsInput = `${b64json({ alg: 'HS256', kid, typ: 'JWT' })}.${payload}`;
  const hs256 = `${hsInput}.${base64url.encode(createHmac('sha256', input.publicX).update(hsInput).digest())}`;
  const hs256RawKey = `${hsInput}.${base64url.encode(
    createHmac('sha256', Buffer.from(base64url.decode(input.publicX)))
      .update(hsInput)
      .digest(),
  )}`;
  return [
    { name: 'tampered payload', token: `${header}.${b64json(alteredClaims)}.${signature}`, verdict: 'forged' },
    { name: 'tampered signature', token: `${header}.${payload}.${flipped}`, verdict: 'forged' },
    {
      name: 'alg none',
      token: `${b64json({ alg: 'none', kid, typ: 'JWT' })}.${b64json(alteredClaims)}.`,
      verdict: 'forged',
    },
    { name: 'HS256 with the public key as secret', token: hs256, verdict: 'forged' },
    { name: 'HS256 with the raw public key bytes as secret', token: hs256RawKey, verdict: 'forged' },
    {
      name: 'jwk header with an attacker key',
      token: await rawSign({ alg: 'EdDSA', kid, typ: 'JWT', jwk: attackerJwk }, alteredClaims, attacker.privateKey),
      verdict: 'forged',
    },
    {
      name: 'jku header pointing at an attacker key set',
      token: await rawSign(
        { alg: 'EdDSA', kid, typ: 'JWT', jku: 'https://attacker.example/jwks.json' },
        alteredClaims,
        attacker.privateKey,
      ),
      verdict: 'forged',
    },
    {
      name: 'crit header, even with the genuine key',
      token: await rawSign({ alg: 'EdDSA', kid, typ: 'JWT', crit: ['exp'], exp: 1 }, claims, key),
      verdict: 'forged',
    },
    {
      name: 'unknown kid',
      token: await rawSign({ alg: 'EdDSA', kid: 'zzzzzzzz', typ: 'JWT' }, alteredClaims, attacker.privateKey),
      verdict: 'forged',
    },
    {
      name: 'genuine kid, attacker signature',
      token: await rawSign({ alg: 'EdDSA', kid, typ: 'JWT' }, alteredClaims, attacker.privateKey),
      verdict: 'forged',
    },
    { name: 'withdrawn key', token: input.withdrawn, verdict: 'forged' },
    { name: 'genuine token of another certificate', token: input.otherCertificate, verdict: 'forged' },
    {
      name: 'genuine key, name contradicting the registry',
      token: await rawSign({ alg: 'EdDSA', kid, typ: 'JWT' }, alteredClaims, key),
      verdict: 'forged',
    },
    {
      name: 'genuine key, certification contradicting the registry',
      token: await rawSign(
        { alg: 'EdDSA', kid, typ: 'JWT' },
        { ...claims, cert: claims.cert === 'cma' ? 'instructor' : 'cma' },
        key,
      ),
      verdict: 'forged',
    },
    {
      name: 'genuine key, another issuer',
      token: await rawSign({ alg: 'EdDSA', kid, typ: 'JWT' }, { ...claims, iss: 'https://attacker.example' }, key),
      verdict: 'forged',
    },
    { name: '1 MB fragment', token: 'A'.repeat(1024 * 1024), verdict: 'malformed' },
    { name: 'garbage', token: 'hello%20world<script>alert(1)</script>', verdict: 'malformed' },
    { name: 'two segments', token: `${header}.${payload}`, verdict: 'malformed' },
    {
      name: 'header that is not JSON',
      token: `${base64url.encode('not json')}.${payload}.${signature}`,
      verdict: 'malformed',
    },
  ];
}
