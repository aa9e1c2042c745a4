/**
 * Signing keys (Node only): create an Ed25519 key, read and write the published set
 * `keys/jwks.json`, and load the private key that signs new certificates. Never logs key material.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { PublicJwk, PublicKeySet } from './token.ts';

/** A problem with keys, worded for the person running the command. */
export class KeyError extends Error {}

/** The key's short, stable ID: the first 8 characters of its RFC 7638 thumbprint. */
export async function keyId(jwk: { kty?: string; crv?: string; x?: string }): Promise<string> {
  const thumbprint = await calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x }, 'sha256');
  return thumbprint.slice(0, 8);
}

/** The public half as published: only `kty`, `crv`, `x`, plus `kid`, `alg`, `use`. */
export function publicPart(jwk: { crv?: string; x?: string }, kid: string): PublicJwk {
  return { kty: 'OKP', crv: 'Ed25519', x: String(jwk.x), kid, alg: 'EdDSA', use: 'sig' };
}

/** A new Ed25519 key pair as JWKs. */
export async function createSigningKey(): Promise<{ kid: string; privateJwk: JWK; publicJwk: PublicJwk }> {
  const { privateKey } = await generateKeyPair('Ed25519', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await keyId(jwk);
  return { kid, privateJwk: { ...jwk, kid, alg: 'EdDSA' }, publicJwk: publicPart(jwk, kid) };
}

export function jwksPath(dir: string): string {
  return join(dir, 'jwks.json');
}

/** The published key set; empty when `jwks.json` does not exist yet. */
export function readPublicKeys(dir: string): PublicKeySet {
  const path = jwksPath(dir);
  if (!existsSync(path)) return { keys: [] };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new KeyError(`${path}: expected a JSON key set like {"keys": [...]}`);
  }
  const keys = (data as { keys?: unknown }).keys;
  if (!Array.isArray(keys)) throw new KeyError(`${path}: expected a JSON key set like {"keys": [...]}`);
  return {
    keys: keys.map((k: Record<string, unknown>, i) => {
      if ('d' in k) throw new KeyError(`${path}: keys[${i}] holds a private key; publish only public keys`);
      if (k.kty !== 'OKP' || k.crv !== 'Ed25519' || typeof k.x !== 'string' || typeof k.kid !== 'string')
        throw new KeyError(`${path}: keys[${i}]: expected an Ed25519 public key with a kid`);
      return publicPart(k, k.kid);
    }),
  };
}

/** Writes the key set through a temporary file, so it is never half-written. */
export function writePublicKeys(dir: string, set: PublicKeySet): void {
  mkdirSync(dir, { recursive: true });
  const path = jwksPath(dir);
  writeFileSync(`${path}.tmp`, JSON.stringify(set, null, 2) + '\n');
  renameSync(`${path}.tmp`, path);
}

/** Saves a private key to `<dir>/private/<kid>.jwk`, readable by the owner only. */
export function savePrivateKey(dir: string, kid: string, privateJwk: JWK): string {
  const folder = join(dir, 'private');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const path = join(folder, `${kid}.jwk`);
  writeFileSync(path, JSON.stringify(privateJwk) + '\n', { mode: 0o600 });
  chmodSync(path, 0o600);
  return path;
}

export interface SigningKey {
  kid: string;
  key: CryptoKey;
  /** The private JWK, in memory only: the credential signer takes a JWK. */
  jwk: { kty: 'OKP'; crv: 'Ed25519'; x: string; d: string };
}

async function importPrivate(jwk: unknown, source: string): Promise<SigningKey> {
  const k = jwk as Record<string, unknown>;
  if (typeof k !== 'object' || k === null || k.kty !== 'OKP' || k.crv !== 'Ed25519' || typeof k.d !== 'string')
    throw new KeyError(`${source}: expected a private Ed25519 key (a JWK with kty "OKP", crv "Ed25519" and "d")`);
  const kid = await keyId(k);
  try {
    const jwk = { kty: 'OKP', crv: 'Ed25519', x: String(k.x), d: k.d } as const;
    const key = await importJWK(jwk, 'EdDSA');
    return { kid, key: key as CryptoKey, jwk };
  } catch {
    throw new KeyError(`${source}: the private key could not be read`);
  }
}

/**
 * The key that signs new certificates: `CERT_SIGNING_KEY` (a private JWK as JSON) when set,
 * otherwise the newest key in `<dir>/private/` that is still published in `jwks.json`.
 * The key must be published, or the certificates it signs would not verify.
 */
export async function loadSigningKey(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<SigningKey> {
  const published = readPublicKeys(dir).keys.map((k) => k.kid);
  const fromEnv = env.CERT_SIGNING_KEY;
  if (fromEnv) {
    let jwk: unknown;
    try {
      jwk = JSON.parse(fromEnv);
    } catch {
      throw new KeyError('CERT_SIGNING_KEY: expected a private JWK as JSON');
    }
    const signing = await importPrivate(jwk, 'CERT_SIGNING_KEY');
    if (!published.includes(signing.kid))
      throw new KeyError(
        `CERT_SIGNING_KEY: key ${signing.kid} is not in ${jwksPath(dir)}; publish its public half first`,
      );
    return signing;
  }
  const folder = join(dir, 'private');
  const available = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.jwk')) : [];
  // jwks.json lists keys oldest first (`keys new` appends), so the last one with a private file is current.
  const kid = [...published].reverse().find((id) => available.includes(`${id}.jwk`));
  if (!kid)
    throw new KeyError(
      `No signing key: create one with "npm run keys -- new", or set CERT_SIGNING_KEY to a private JWK whose public half is in ${jwksPath(dir)}`,
    );
  const path = join(folder, `${kid}.jwk`);
  let jwk: unknown;
  try {
    jwk = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new KeyError(`${path}: expected a private JWK as JSON`);
  }
  const signing = await importPrivate(jwk, path);
  if (signing.kid !== kid) throw new KeyError(`${path}: the file name does not match the key's ID ${signing.kid}`);
  return signing;
}
