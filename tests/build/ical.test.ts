// The iCalendar feeds, read back with an independent parser (ical.js): events, dates, UIDs, locations.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/site/dates.ts';
import { builtContent, readDist } from '../helpers/dist.ts';

const content = builtContent();
const host = new URL(content.settings.siteUrl).hostname;

function parse(path: string) {
  const calendar = new ICAL.Component(ICAL.parse(readDist(path)));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e)) };
}

describe('iCalendar feeds', () => {
  it.each(content.cohorts.map((c) => [c.id, c] as const))(
    "calendar/%s.ics holds the cohort's weeks and deadlines",
    (id, cohort) => {
      const { calendar, events } = parse(`calendar/${id}.ics`);
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe(content.settings.timeZone);
      expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toContain(cohort.title);
      expect(events).toHaveLength(cohort.weeks.length + cohort.deadlines.length);

      cohort.weeks.forEach((week, i) => {
        const event = events.find((e) => e.uid === `${id}-week-${i + 1}@${host}`);
        expect(event, `week ${i + 1}`).toBeDefined();
        expect(event!.startDate.isDate).toBe(true);
        expect(event!.endDate.isDate).toBe(true);
        expect(event!.startDate.toString()).toBe(week.start);
        // DTEND of an all-day event is exclusive: the day after the last day.
        expect(event!.endDate.toString()).toBe(addDays(week.end, 1));
        const venue = content.venues.find((v) => v.id === week.venue)!;
        expect(event!.location).toContain(venue.name);
        expect(event!.location).toContain(venue.address);
      });

      for (const deadline of cohort.deadlines) {
        const event = events.find(
          (e) => e.summary.endsWith(deadline.title) && e.startDate.toString() === deadline.date,
        );
        expect(event, deadline.title).toBeDefined();
        expect(event!.startDate.isDate).toBe(true);
        expect(event!.endDate.toString()).toBe(addDays(deadline.date, 1));
        expect(event!.uid).toMatch(new RegExp(`^${id}-deadline-[a-z0-9-]+@${host.replace(/\./g, '\\.')}$`));
      }
    },
  );

  it('calendar/all.ics holds every event of every cohort feed, with the same UIDs and a fixed DTSTAMP', () => {
    const all = parse('calendar/all.ics').events;
    const perCohort = content.cohorts.flatMap((c) => parse(`calendar/${c.id}.ics`).events);
    expect(all.map((e) => e.uid).sort()).toEqual(perCohort.map((e) => e.uid).sort());
    expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
    const stamps = new Set(all.map((e) => String(e.component.getFirstPropertyValue('dtstamp'))));
    expect(stamps.size).toBe(1);
    const latest = content.cohorts
      .flatMap((c) => [...c.weeks.map((w) => w.end), c.fieldProject.end, ...c.deadlines.map((d) => d.date)])
      .sort()
      .at(-1)!;
    expect([...stamps][0]).toBe(`${latest}T00:00:00Z`);
  });
});
