// `/.well-known/jwks.json`: the public keys that verify certificate tokens (from keys/jwks.json; never private keys).
import type { APIRoute } from 'astro';
import { keysDir } from '../../lib/site/content/config.ts';
import { readPublicKeys } from '../../lib/certificates/keys.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(readPublicKeys(keysDir())), { headers: { 'content-type': 'application/jwk-set+json' } });
