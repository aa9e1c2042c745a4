// `/.well-known/did.json`: the issuer's DID document (did:web), one Multikey per key in jwks.json.
import type { APIRoute } from 'astro';
import { getContent } from '../../data.ts';
import { keysDir } from '../../lib/site/content/config.ts';
import { didDocument } from '../../lib/certificates/credential.ts';
import { readPublicKeys } from '../../lib/certificates/keys.ts';

export const GET: APIRoute = async () => {
  const document = await didDocument(getContent().settings.siteUrl, readPublicKeys(keysDir()));
  return new Response(JSON.stringify(document), { headers: { 'content-type': 'application/did+json' } });
};
