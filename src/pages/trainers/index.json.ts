// `/trainers/index.json`: every listed trainer as the directory's filter needs them, fetched on
// the first filtering so that no directory page has to hold them all.
import type { APIRoute } from 'astro';
import { getContent } from '../../data.ts';
import { directoryRows } from '../../lib/directory.ts';
import { buildDate } from '../../lib/today.ts';

export const GET: APIRoute = () => {
  const { settings, trainers, certifications } = getContent();
  const rows = directoryRows(trainers, certifications, buildDate(settings.timeZone));
  return new Response(JSON.stringify({ trainers: rows }), { headers: { 'content-type': 'application/json' } });
};
