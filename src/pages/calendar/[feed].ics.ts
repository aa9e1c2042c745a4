// iCalendar feeds: `/calendar/<cohort>.ics` for one cohort and `/calendar/all.ics` for every cohort.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../data.ts';
import { t } from '../../i18n/en.ts';
import { buildFeed, sortCohorts } from '../../lib/site/calendar.ts';

const ALL = 'all';

export const getStaticPaths = (() => {
  const ids = getContent().cohorts.map((c) => c.id);
  if (ids.includes(ALL))
    throw new Error(`content/cohorts/${ALL}.yaml: the name "${ALL}" is taken by the combined feed`);
  return [ALL, ...ids].map((feed) => ({ params: { feed } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const { settings, cohorts, venues, modules } = getContent();
  const base = site?.href ?? `${settings.siteUrl}/`;
  const chosen = sortCohorts(params.feed === ALL ? cohorts : cohorts.filter((c) => c.id === params.feed));
  const body = buildFeed({
    name:
      params.feed === ALL
        ? `${settings.siteName}: ${t.site.calendar.title}`
        : `${settings.siteName}: ${chosen[0]?.title ?? ''}`,
    host: new URL(base).hostname,
    timeZone: settings.timeZone,
    product: { company: settings.foundation, product: settings.siteName },
    cohorts: chosen.map((c) => ({ id: c.id, cohort: c, url: new URL(`calendar/${c.id}/`, base).href })),
    venues,
    modules,
    labels: { module: t.site.modules.module, week: t.site.calendar.week },
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
