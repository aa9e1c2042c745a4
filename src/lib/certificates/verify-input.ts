/**
 * What an employer types or pastes into the verifier, or a QR code holds, read without trusting
 * it: a registry URL, a bare token or a certificate ID. Whatever the input, the token ends in
 * `judgeToken`. Runs in the browser and in Node: no DOM, no Node APIs. Files: `certificate-file.ts`.
 */
import { MAX_TOKEN_LENGTH } from './token.ts';

/** A certificate ID such as `EFCE-CMA-2027-0042`: prefix, kind, award year, sequence. */
const CERTIFICATE_ID = /^[A-Z0-9]{1,16}-(?:CMA|INS)-\d{4}-\d{4,6}$/;

export type VerifyRequest =
  | { kind: 'empty' }
  /**
   * Something to judge as a token (it may well be garbage: `judgeToken` says `malformed`), and the
   * record page a registry address named, which judges it exactly as when the QR code is scanned.
   */
  | { kind: 'token'; token: string; page?: string | undefined }
  /** A certificate ID alone: it names a record but proves nothing about a paper. */
  | { kind: 'id'; id: string };

/** The certificate ID in a registry path (`/registry/<ID>/`), upper-cased; undefined if there is none. */
function idInPath(pathname: string): string | undefined {
  const match = /\/registry\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1]) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(match[1]).toUpperCase();
  } catch {
    return undefined;
  }
  return CERTIFICATE_ID.test(id) ? id : undefined;
}

/**
 * Reads pasted text: a URL with a `#token` fragment gives the token; a registry URL without one,
 * or an ID, gives the ID; anything else is judged as a token. White space is dropped, because a
 * code copied from an e-mail is often broken across lines.
 *
 * @example readVerifyInput('https://ttt.example/registry/EFCE-CMA-2027-0042/#eyJ…') // { kind: 'token', token: 'eyJ…' }
 */
export function readVerifyInput(text: string): VerifyRequest {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty' };
  if (/^https?:\/\//i.test(trimmed) || trimmed.includes('/registry/')) {
    let url: URL;
    try {
      url = new URL(trimmed, 'https://registry.invalid');
    } catch {
      return { kind: 'token', token: trimmed };
    }
    const fragment = url.hash.slice(1).replace(/\s+/g, '');
    const id = idInPath(url.pathname);
    if (fragment) return id ? { kind: 'token', token: fragment, page: id } : { kind: 'token', token: fragment };
    return id ? { kind: 'id', id } : { kind: 'token', token: trimmed };
  }
  const compact = trimmed.replace(/\s+/g, '');
  if (CERTIFICATE_ID.test(compact.toUpperCase())) return { kind: 'id', id: compact.toUpperCase() };
  return { kind: 'token', token: compact };
}

/**
 * The token and record page of a decoded QR code, if it is a registry code: a URL whose path is a
 * registry record and whose fragment carries the token. Other QR codes in view are ignored.
 */
export function registryCode(text: string): { token: string; page: string } | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const token = url.hash.slice(1);
  const page = idInPath(url.pathname);
  return token && page ? { token, page } : undefined;
}

/**
 * The certificate ID a token claims, read without verifying it, when it is a well-formed ID: used
 * only to choose which record page judges the token.
 */
export function claimedId(token: string): string | undefined {
  const payload = token.length <= MAX_TOKEN_LENGTH ? token.split('.')[1] : undefined;
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const sub = (JSON.parse(json) as { sub?: unknown }).sub;
    return typeof sub === 'string' && CERTIFICATE_ID.test(sub) ? sub : undefined;
  } catch {
    return undefined;
  }
}
