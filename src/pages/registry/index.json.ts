// `/registry/index.json`: every certificate as the registry list's search needs it, with its
// search text written at build time; fetched on the first search, so no list page holds them all.
import type { APIRoute } from 'astro';
import { getRegistry } from '../../data.ts';
import { registrySearchText } from '../../lib/certificates/registry.ts';

export const GET: APIRoute = async () => {
  const records = await getRegistry();
  // What a row shows and the search text; an unlisted holder's salt and name hash are not needed.
  const certificates = records.map((record) => ({
    id: record.id,
    cert: record.cert,
    title: record.title,
    awarded: record.awarded,
    validUntil: record.validUntil,
    revoked: record.revoked,
    status: record.status,
    name: record.name,
    latinName: record.latinName,
    search: registrySearchText(record),
  }));
  return new Response(JSON.stringify({ certificates }), { headers: { 'content-type': 'application/json' } });
};
