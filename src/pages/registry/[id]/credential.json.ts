// `/registry/<ID>/credential.json`: a listed holder's Open Badges 3.0 credential, as signed at issue.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../../data.ts';
import { credentialJson, publishedCredential, type Credential } from '../../../lib/credential.ts';
import { latestLedgerEntries } from '../../../lib/registry.ts';

export const getStaticPaths = (() => {
  const content = getContent();
  return [...latestLedgerEntries(content.ledger).keys()].flatMap((id) => {
    const credential = publishedCredential(content, id);
    return credential ? [{ params: { id }, props: { credential } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ credential: Credential }> = ({ props }) =>
  new Response(credentialJson(props.credential), { headers: { 'content-type': 'application/vc+ld+json' } });
