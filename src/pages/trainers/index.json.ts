// `/trainers/index.json`: every listed trainer as the directory's filter needs them, in short keys
// (lib/directory-filter.ts, IndexRow), fetched on the first filtering so that no directory page has
// to hold them all.
import type { APIRoute } from 'astro';
import { getContent } from '../../data.ts';
import { directoryIndex, directoryRows } from '../../lib/directory.ts';
import { buildDate } from '../../lib/today.ts';

export const GET: APIRoute = () => {
  const { settings, trainers, certifications } = getContent();
  const rows = directoryRows(trainers, certifications, buildDate(settings.timeZone));
  return new Response(JSON.stringify(directoryIndex(rows)), { headers: { 'content-type': 'application/json' } });
};
