// `/registry/status.json`: the registry for machines, with the same records as the pages.
import type { APIRoute } from 'astro';
import { getContent } from '../../data.ts';
import { buildRegistry } from '../../lib/certificates/registry.ts';
import { buildDate } from '../../lib/site/today.ts';

export const GET: APIRoute = async () => {
  const content = getContent();
  const asOf = buildDate(content.settings.timeZone);
  const certificates = await buildRegistry(content, asOf);
  const body = { issuer: content.settings.siteUrl, asOf, keys: '/.well-known/jwks.json', certificates };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
