// `/registry/status.json`: the registry for machines, with the same records as the pages.
import type { APIRoute } from 'astro';
import { buildToday, getContent, getRegistry } from '../../data.ts';

export const GET: APIRoute = async () => {
  const body = {
    issuer: getContent().settings.siteUrl,
    asOf: buildToday(),
    keys: '/.well-known/jwks.json',
    certificates: await getRegistry(),
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
