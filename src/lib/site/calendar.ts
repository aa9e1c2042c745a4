/** The course calendar: cohort timelines, upcoming/past, and iCalendar feeds. Plain dates throughout. */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { addDays, toEpochSeconds } from './dates.ts';
import { phaseOf } from './phase.ts';
import type { Cohort, Module, Venue } from './schemas/index.ts';
import { slugify } from './slug.ts';

export { phaseOf, type Phase } from './phase.ts';

type WithId<T> = T & { id: string };

/** One row of a cohort's timeline. */
export type TimelineItem =
  | {
      type: 'week';
      /** 1-based position of the in-class week in the cohort. */
      number: number;
      start: string;
      end: string;
      venue: WithId<Venue> | undefined;
      modules: WithId<Module>[];
    }
  | { type: 'deadline'; start: string; end: string; title: string }
  | { type: 'field-project-start' | 'field-project-end'; start: string; end: string };

/**
 * A cohort's in-class weeks, deadlines and field-project period in date order. On equal dates a
 * week comes first, then the field project, then deadlines, so the order never depends on file order.
 */
export function cohortTimeline(
  cohort: Cohort,
  venues: readonly WithId<Venue>[],
  modules: readonly WithId<Module>[],
): TimelineItem[] {
  const items: TimelineItem[] = [
    ...cohort.weeks.map((week, i): TimelineItem => ({
      type: 'week',
      number: i + 1,
      start: week.start,
      end: week.end,
      venue: venues.find((v) => v.id === week.venue),
      modules: week.modules
        .map((n) => modules.find((m) => m.number === n))
        .filter((m): m is WithId<Module> => m !== undefined),
    })),
    { type: 'field-project-start', start: cohort.fieldProject.start, end: cohort.fieldProject.start },
    { type: 'field-project-end', start: cohort.fieldProject.end, end: cohort.fieldProject.end },
    ...cohort.deadlines.map((d): TimelineItem => ({ type: 'deadline', start: d.date, end: d.date, title: d.title })),
  ];
  const rank = { week: 0, 'field-project-start': 1, 'field-project-end': 1, deadline: 2 } as const;
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.start.localeCompare(b.item.start) || rank[a.item.type] - rank[b.item.type] || a.i - b.i)
    .map(({ item }) => item);
}

/** First and last day of anything in the cohort: weeks, field project and deadlines. */
export function cohortPeriod(cohort: Cohort): { start: string; end: string } {
  const dates = [
    ...cohort.weeks.flatMap((w) => [w.start, w.end]),
    cohort.fieldProject.start,
    cohort.fieldProject.end,
    ...cohort.deadlines.map((d) => d.date),
  ].sort();
  return { start: dates[0]!, end: dates[dates.length - 1]! };
}

/** First and last day of the in-class weeks: the dates a prospective participant plans around. */
export function teachingPeriod(cohort: Cohort): { start: string; end: string } {
  const first = cohort.weeks[0]!;
  const last = cohort.weeks[cohort.weeks.length - 1]!;
  return { start: first.start, end: last.end };
}

/**
 * The span a cohort counts as current: from its first in-class week to its last date (final
 * presentations and the like). Before that it is upcoming, even while applications run.
 */
export function activePeriod(cohort: Cohort): { start: string; end: string } {
  return { start: teachingPeriod(cohort).start, end: cohortPeriod(cohort).end };
}

/** Cohorts sorted by their first in-class week, earliest first. */
export function sortCohorts<T extends Cohort>(cohorts: readonly T[]): T[] {
  return [...cohorts].sort((a, b) => teachingPeriod(a).start.localeCompare(teachingPeriod(b).start));
}

/**
 * The cohort a prospective participant cares about on `today`: the earliest one whose in-class
 * weeks have not started yet, else the one being taught, else undefined.
 */
export function nextCohort<T extends Cohort>(cohorts: readonly T[], today: string): T | undefined {
  const sorted = sortCohorts(cohorts);
  return (
    sorted.find((c) => phaseOf(teachingPeriod(c), today) === 'upcoming') ??
    sorted.find((c) => phaseOf(teachingPeriod(c), today) === 'current')
  );
}

/** The earliest cohort whose in-class weeks have not started on `today`: the one to apply for. */
export function upcomingCohort<T extends Cohort>(cohorts: readonly T[], today: string): T | undefined {
  return sortCohorts(cohorts).find((c) => phaseOf(teachingPeriod(c), today) === 'upcoming');
}

/** The cohort's application deadline: the deadline marked `kind: application` (at most one, the check makes sure). */
export function applicationDeadline(cohort: Cohort): Cohort['deadlines'][number] | undefined {
  return cohort.deadlines.find((d) => d.kind === 'application');
}

/** 1-based numbers of the in-class weeks of `cohort` that teach module `moduleNumber`. */
export function weeksTeaching(cohort: Cohort, moduleNumber: number): number[] {
  return cohort.weeks.flatMap((week, i) => (week.modules.includes(moduleNumber) ? [i + 1] : []));
}

/** One cohort prepared for a feed. */
export interface FeedCohort {
  id: string;
  cohort: Cohort;
  /** Absolute URL of the cohort's calendar page, linked from each event. */
  url: string;
}

export interface FeedOptions {
  /** Calendar name shown by calendar apps. */
  name: string;
  /** Host part of every UID, e.g. `ttt.example.org`. */
  host: string;
  /** IANA time zone of the programme, e.g. `Europe/Madrid`. */
  timeZone: string;
  /** Product identifier company and product. */
  product: { company: string; product: string };
  cohorts: readonly FeedCohort[];
  venues: readonly WithId<Venue>[];
  modules: readonly WithId<Module>[];
  /** The words events are written with: "Module", "Week". */
  labels: { module: string; week: string };
}

/** Midnight UTC of a plain date: with no calendar time zone set, ical-generator prints it as that date. */
function utcDate(date: string): Date {
  return new Date(toEpochSeconds(date) * 1000);
}

/**
 * The latest date written in the feed's cohorts, as midnight UTC: DTSTAMP must not come from the
 * clock, or two builds of the same content would differ. It changes whenever a cohort's dates do.
 */
export function feedStamp(cohorts: readonly Cohort[]): Date {
  const latest = cohorts.map((c) => cohortPeriod(c).end).sort();
  return utcDate(latest[latest.length - 1] ?? '2000-01-01');
}

/**
 * An iCalendar (RFC 5545) feed of in-class weeks and deadlines as all-day events. Weeks end on the
 * day after their last day (DTEND is exclusive); UIDs are `<cohort>-week-<n>@<host>` and
 * `<cohort>-deadline-<title>@<host>`, so re-publishing updates events instead of duplicating them.
 */
export function buildFeed(options: FeedOptions): string {
  const { host, cohorts, venues, modules, labels } = options;
  const calendar = ical({
    name: options.name,
    prodId: { company: options.product.company, product: options.product.product, language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  // Set as a property, not calendar.timezone(): that makes ical-generator print dates in the build machine's zone.
  calendar.x('X-WR-TIMEZONE', options.timeZone);
  const stamp = feedStamp(cohorts.map((c) => c.cohort));

  for (const { id, cohort, url } of cohorts) {
    cohortTimeline(cohort, venues, modules).forEach((item) => {
      if (item.type !== 'week') return;
      const taught = item.modules.map((m) => `${labels.module} ${m.number}: ${m.title}`);
      calendar.createEvent({
        id: `${id}-week-${item.number}@${host}`,
        allDay: true,
        start: utcDate(item.start),
        end: utcDate(addDays(item.end, 1)),
        stamp,
        summary: `${cohort.title}: ${labels.week} ${item.number}${item.venue ? ` (${item.venue.city})` : ''}`,
        description: [`${labels.week} ${item.number} / ${cohort.weeks.length}`, ...taught].join('\n'),
        location: item.venue ? `${item.venue.name}, ${item.venue.address}` : null,
        url,
      });
    });
    const seen = new Map<string, number>();
    for (const deadline of cohort.deadlines) {
      const key = slugify(deadline.title) || 'item';
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      calendar.createEvent({
        id: `${id}-deadline-${key}${count > 1 ? `-${count}` : ''}@${host}`,
        allDay: true,
        start: utcDate(deadline.date),
        end: utcDate(addDays(deadline.date, 1)),
        stamp,
        summary: `${cohort.title}: ${deadline.title}`,
        url,
      });
    }
  }
  return calendar.toString();
}

/** One all-day event of a calendar file that is not a cohort's (e.g. staff's renewal reminders). */
export interface DayEvent {
  /** A UID that stays the same when the file is written again, so an import updates the event. */
  id: string;
  date: string;
  summary: string;
  description?: string | undefined;
}

/**
 * An iCalendar (RFC 5545) file of all-day events, written like the cohort feeds: DTEND is the day
 * after, and DTSTAMP is `stamp` (a plain date), never the clock, so the same input gives the same file.
 */
export function dayEventsCalendar(options: {
  name: string;
  product: { company: string; product: string };
  stamp: string;
  events: readonly DayEvent[];
}): string {
  const calendar = ical({
    name: options.name,
    prodId: { ...options.product, language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const event of options.events)
    calendar.createEvent({
      id: event.id,
      allDay: true,
      start: utcDate(event.date),
      end: utcDate(addDays(event.date, 1)),
      stamp: utcDate(options.stamp),
      summary: event.summary,
      description: event.description ?? null,
    });
  return calendar.toString();
}
