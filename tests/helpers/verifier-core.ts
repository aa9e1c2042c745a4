// The Digital Credentials Consortium's verifier (`@digitalcredentials/verifier-core`, the engine of
// VerifierPlus and the Learner Credential Wallet), run offline: before it loads, `globalThis.fetch`
// is replaced by one that answers from built sites (`did.json`, the status list, credentials) and
// the vendored 1EdTech schema, and refuses everything else. Contexts come from its own packages.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';

const SCHEMA_URL = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';
const SCHEMA_FILE = 'tests/helpers/ob-v3p0/achievementcredential.json';

/** Site host → built `dist/` folder that answers for it. */
const sites = new Map<string, string>();
/** Every URL asked for, in order, so a test can show that only served files were read. */
export const requested: string[] = [];

/** Makes `https://<host of siteUrl>/…` answer from `dist`, the way a static host would. */
export function serveSite(siteUrl: string, dist: string): void {
  sites.set(new URL(siteUrl).host, dist);
}

function fileFor(url: URL): string | undefined {
  if (url.href === SCHEMA_URL) return SCHEMA_FILE;
  const dist = sites.get(url.host);
  if (url.protocol !== 'https:' || !dist) return undefined;
  const path = normalize(join(dist, decodeURIComponent(url.pathname)));
  if (!path.startsWith(dist + sep)) return undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
}

async function offlineFetch(input: string | URL | Request): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input));
  requested.push(url.href);
  const file = fileFor(url);
  if (!file && !sites.has(url.host)) throw new TypeError(`offline: refused to fetch ${url.href}`);
  const response = file
    ? new Response(readFileSync(file), { status: 200, headers: { 'content-type': 'application/json' } })
    : new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  // The did:web resolver reads `response.url`, which a constructed Response leaves empty.
  Object.defineProperty(response, 'url', { value: url.href });
  return response;
}

type VerifierCore = typeof import('@digitalcredentials/verifier-core');
let loaded: Promise<VerifierCore> | undefined;

/** verifier-core, loaded after `fetch` is replaced (its HTTP client keeps the `fetch` it finds). */
export function loadVerifierCore(): Promise<VerifierCore> {
  globalThis.fetch = offlineFetch as typeof fetch;
  loaded ??= import('@digitalcredentials/verifier-core');
  return loaded;
}

interface LogEntry {
  id: string;
  valid?: boolean;
  error?: { name: string; message: string };
}

/** verifier-core's answer in the registry's words: valid, expired, revoked, or why it could not say. */
export interface CoreVerdict {
  verdict: 'valid' | 'expired' | 'revoked' | 'not-verified';
  /** What went wrong, for `not-verified`: fatal errors, or a step that could not run. */
  problems: string[];
}

/** Verifies `credential` with verifier-core (no issuer registries) and reads its result as a verdict. */
export async function verifyWithCore(credential: unknown): Promise<CoreVerdict> {
  const { verifyCredential } = await loadVerifierCore();
  const result = (await verifyCredential({ credential, knownDIDRegistries: [] } as never)) as {
    errors?: { name: string; message: string }[];
    log?: LogEntry[];
  };
  if (result.errors) return { verdict: 'not-verified', problems: result.errors.map((e) => `${e.name}: ${e.message}`) };
  const log = result.log ?? [];
  const step = (id: string) => log.find((entry) => entry.id === id);
  // The registry of trusted issuers is not consulted here (none is given): only the credential's own checks.
  const failed = log.filter((entry) => entry.error).map((entry) => `${entry.id}: ${entry.error!.message}`);
  if (step('valid_signature')?.valid !== true || failed.length > 0)
    return { verdict: 'not-verified', problems: failed.length > 0 ? failed : ['the signature step did not pass'] };
  if (step('revocation_status')?.valid === false) return { verdict: 'revoked', problems: [] };
  if (step('expiration')?.valid === false) return { verdict: 'expired', problems: [] };
  return { verdict: 'valid', problems: [] };
}
