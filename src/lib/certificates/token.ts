/**
 * Token v1, the one home of the certificate token format (see ARCHITECTURE.md): a compact JWS signed with
 * Ed25519. Header exactly `{ alg: 'EdDSA', kid, typ }`; payload `{ iss, sub, name, cert, nbf }`.
 * Runs in Node and in the browser: it imports only from `jose`.
 */
import { base64url, CompactSign, compactVerify, type CryptoKey, type JWK } from 'jose';

export const TOKEN_ALG = 'EdDSA';
export const TOKEN_TYP = 'JWT';
/** Longest token accepted; a real one is about 350 characters. Checked before any parsing. */
export const MAX_TOKEN_LENGTH = 4096;

export type TokenCertKind = 'cma' | 'instructor';

/** What a certificate token says. */
export interface TokenClaims {
  /** The site's canonical URL. */
  iss: string;
  /** Certificate ID, e.g. `EFCE-CMA-2027-0042`. */
  sub: string;
  /** Holder's name as printed. */
  name: string;
  cert: TokenCertKind;
  /** Award date, seconds since the epoch (00:00 UTC). */
  nbf: number;
}

/** A public key as published in `jwks.json`. */
export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg?: string;
  use?: string;
}

export interface PublicKeySet {
  keys: PublicJwk[];
}

/** Why a token is not acceptable; the words for each live in `i18n` under `certificates.reasons`. */
export type TokenProblem =
  | 'too-long'
  | 'not-a-token'
  | 'bad-header'
  | 'foreign-header'
  | 'wrong-algorithm'
  | 'unknown-key'
  | 'bad-signature'
  | 'bad-claims';

export type TokenCheck =
  | { ok: true; claims: TokenClaims; kid: string }
  | { ok: false; verdict: 'malformed' | 'forged'; problem: TokenProblem };

/**
 * Signs certificate claims. Ed25519 is deterministic, so the same claims and key give the same token.
 *
 * @example const token = await signToken(claims, privateKey, 'Ab12Cd34');
 */
export async function signToken(claims: TokenClaims, privateKey: CryptoKey, kid: string): Promise<string> {
  // Fixed member order keeps tokens reproducible and short.
  const payload = JSON.stringify({
    iss: claims.iss,
    sub: claims.sub,
    name: claims.name.normalize('NFC'),
    cert: claims.cert,
    nbf: claims.nbf,
  });
  return new CompactSign(new TextEncoder().encode(payload))
    .setProtectedHeader({ alg: TOKEN_ALG, kid, typ: TOKEN_TYP })
    .sign(privateKey);
}

// The signature may be empty here so that `alg: none` tokens are reported as forged, not as noise.
const COMPACT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const HEADER_MEMBERS = new Set(['alg', 'kid', 'typ']);

/**
 * Base64url decoders ignore the unused low bits of a segment's last character, so several
 * spellings decode to the same bytes. The signer writes only one: any other is an altered token.
 */
function isCanonical(segment: string): boolean {
  try {
    return base64url.encode(base64url.decode(segment)) === segment;
  } catch {
    return false;
  }
}

function decodeJson(segment: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(segment)));
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asClaims(value: unknown): TokenClaims | undefined {
  if (!isRecord(value)) return undefined;
  const { iss, sub, name, cert, nbf } = value;
  if (typeof iss !== 'string' || typeof sub !== 'string' || typeof name !== 'string') return undefined;
  if (cert !== 'cma' && cert !== 'instructor') return undefined;
  if (typeof nbf !== 'number' || !Number.isInteger(nbf)) return undefined;
  return { iss, sub, name, cert, nbf };
}

/**
 * Verifies a token against a published key set. The algorithm is pinned to EdDSA and the key is
 * chosen by `kid` from `keys` only: a key, key URL or algorithm named inside the token is never
 * trusted, and a header carrying anything beyond `alg`, `kid`, `typ` is rejected.
 *
 * @example const result = await verifyToken(fragment, jwks); if (result.ok) result.claims.sub;
 */
export async function verifyToken(token: unknown, keys: PublicKeySet): Promise<TokenCheck> {
  if (typeof token !== 'string') return { ok: false, verdict: 'malformed', problem: 'not-a-token' };
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, verdict: 'malformed', problem: 'too-long' };
  if (!COMPACT.test(token)) return { ok: false, verdict: 'malformed', problem: 'not-a-token' };
  const [headerPart = '', payloadPart = ''] = token.split('.');
  if (!token.split('.').every(isCanonical)) return { ok: false, verdict: 'forged', problem: 'bad-signature' };
  const header = decodeJson(headerPart);
  if (!isRecord(header)) return { ok: false, verdict: 'malformed', problem: 'bad-header' };
  if (Object.keys(header).some((member) => !HEADER_MEMBERS.has(member)))
    return { ok: false, verdict: 'forged', problem: 'foreign-header' };
  if (header.alg !== TOKEN_ALG) return { ok: false, verdict: 'forged', problem: 'wrong-algorithm' };
  if (header.typ !== TOKEN_TYP) return { ok: false, verdict: 'forged', problem: 'bad-header' };
  const kid = header.kid;
  const jwk = typeof kid === 'string' ? keys.keys.find((k) => k.kid === kid) : undefined;
  if (typeof kid !== 'string' || !jwk || jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string')
    return { ok: false, verdict: 'forged', problem: 'unknown-key' };
  try {
    // Only the public members are passed on, so nothing else in the published entry can matter.
    // jose imports the JWK itself for the pinned algorithm (importJWK would bring its whole table of
    // algorithms into the record page's script).
    await compactVerify(token, { kty: 'OKP', crv: 'Ed25519', x: jwk.x } satisfies JWK, { algorithms: [TOKEN_ALG] });
  } catch {
    return { ok: false, verdict: 'forged', problem: 'bad-signature' };
  }
  const claims = asClaims(decodeJson(payloadPart));
  if (!claims) return { ok: false, verdict: 'malformed', problem: 'bad-claims' };
  return { ok: true, claims, kid };
}
