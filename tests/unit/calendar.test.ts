import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  activePeriod,
  buildFeed,
  cohortTimeline,
  nextCohort,
  phaseOf,
  sortCohorts,
  weeksTeaching,
} from '../../src/lib/site/calendar.ts';
import type { Cohort, Module, Venue } from '../../src/lib/site/schemas/index.ts';

const venues: (Venue & { id: string })[] = [
  {
    id: 'bcn',
    name: 'HQ',
    city: 'Barcelona',
    country: 'ES',
    address: 'Carrer 1, Barcelona',
    timeZone: 'Europe/Madrid',
  },
  { id: 'linz', name: 'Centre', city: 'Linz', country: 'AT', address: 'Straße 2, Linz', timeZone: 'Europe/Vienna' },
];
const modules: (Module & { id: string })[] = [1, 2, 3].map((n) => ({
  id: `0${n}-m`,
  number: n,
  title: `Module title ${n}`,
  summary: 's',
  outcomes: ['o'],
}));

function cohort(year: number, overrides: Partial<Cohort> = {}): Cohort {
  return {
    title: `Cohort ${year}`,
    weeks: [
      { start: `${year}-02-08`, end: `${year}-02-12`, venue: 'bcn', modules: [1, 2] },
      { start: `${year}-05-31`, end: `${year}-06-04`, venue: 'linz', modules: [3, 1] },
    ],
    fieldProject: { start: `${year}-02-15`, end: `${year}-09-10` },
    deadlines: [
      { date: `${year}-09-10`, title: 'Final report due' },
      { date: `${year - 1}-12-15`, title: 'Application deadline' },
    ],
    ...overrides,
  };
}

describe('phaseOf', () => {
  const period = { start: '2027-02-08', end: '2027-02-12' };
  it('is upcoming before the first day, current on the first and last day, past after', () => {
    expect(phaseOf(period, '2027-02-07')).toBe('upcoming');
    expect(phaseOf(period, '2027-02-08')).toBe('current');
    expect(phaseOf(period, '2027-02-12')).toBe('current');
    expect(phaseOf(period, '2027-02-13')).toBe('past');
  });
});

describe('cohortTimeline', () => {
  it('puts weeks, field project and deadlines in date order, weeks first on the same day', () => {
    const items = cohortTimeline(cohort(2027), venues, modules);
    expect(items.map((i) => `${i.start} ${i.type}`)).toEqual([
      '2026-12-15 deadline',
      '2027-02-08 week',
      '2027-02-15 field-project-start',
      '2027-05-31 week',
      '2027-09-10 field-project-end',
      '2027-09-10 deadline',
    ]);
  });

  it('resolves venues and modules of each week, in the order written', () => {
    const weeks = cohortTimeline(cohort(2027), venues, modules).filter((i) => i.type === 'week');
    expect(weeks.map((w) => w.number)).toEqual([1, 2]);
    expect(weeks[1]?.venue?.city).toBe('Linz');
    expect(weeks[1]?.modules.map((m) => m.number)).toEqual([3, 1]);
  });
});

describe('cohort selection', () => {
  const cohorts = [cohort(2027), cohort(2024), cohort(2025)];

  it('sorts cohorts by their first in-class week', () => {
    expect(sortCohorts(cohorts).map((c) => c.title)).toEqual(['Cohort 2024', 'Cohort 2025', 'Cohort 2027']);
  });

  it('picks the next cohort not yet started, else the one being taught', () => {
    expect(nextCohort(cohorts, '2026-11-27')?.title).toBe('Cohort 2027');
    expect(nextCohort(cohorts, '2025-03-01')?.title).toBe('Cohort 2027');
    expect(nextCohort([cohort(2025)], '2025-03-01')?.title).toBe('Cohort 2025');
    expect(nextCohort(cohorts, '2028-01-01')).toBeUndefined();
  });

  it('counts a cohort as current from its first week to its last date', () => {
    expect(activePeriod(cohort(2027))).toEqual({ start: '2027-02-08', end: '2027-09-10' });
  });

  it('tells in which weeks a module is taught', () => {
    expect(weeksTeaching(cohort(2027), 1)).toEqual([1, 2]);
    expect(weeksTeaching(cohort(2027), 3)).toEqual([2]);
    expect(weeksTeaching(cohort(2027), 9)).toEqual([]);
  });
});

describe('buildFeed', () => {
  const labels = { module: 'Module', week: 'Week' };
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  const feed = () =>
    buildFeed({
      name: 'Test calendar',
      host: 'ttt.example.org',
      timeZone: 'Europe/Madrid',
      product: { company: 'Foundation', product: 'Site' },
      cohorts: [{ id: '2027', cohort: cohort(2027), url: 'https://ttt.example.org/calendar/2027/' }],
      venues,
      modules,
      labels,
    });

  function events(text: string) {
    const component = new ICAL.Component(ICAL.parse(text));
    return {
      component,
      events: component.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e)),
    };
  }

  it('holds every week and deadline as an all-day event with an exclusive end', () => {
    const { events: list, component } = events(feed());
    expect(component.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Madrid');
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe('Test calendar');
    expect(list).toHaveLength(4);
    const week1 = list.find((e) => e.uid === '2027-week-1@ttt.example.org')!;
    expect(week1.startDate.isDate).toBe(true);
    expect(week1.startDate.toString()).toBe('2027-02-08');
    expect(week1.endDate.toString()).toBe('2027-02-13');
    expect(week1.location).toBe('HQ, Carrer 1, Barcelona');
    expect(week1.description).toContain('Module title 2');
    const deadline = list.find((e) => e.summary.endsWith('Application deadline'))!;
    expect(deadline.uid).toBe('2027-deadline-application-deadline@ttt.example.org');
    expect(deadline.startDate.toString()).toBe('2026-12-15');
    expect(deadline.endDate.toString()).toBe('2026-12-16');
  });

  it('is the same byte for byte on every run and in every machine time zone', () => {
    process.env.TZ = 'America/Los_Angeles';
    const west = feed();
    process.env.TZ = 'Pacific/Auckland';
    const east = feed();
    expect(east).toBe(west);
    expect(west).toContain('DTSTART;VALUE=DATE:20270208');
    expect(west).toContain('DTSTAMP:20270910T000000Z');
  });

  it('keeps UIDs unique when two deadlines share a title', () => {
    const twice = cohort(2027, {
      deadlines: [
        { date: '2027-03-01', title: 'Report due' },
        { date: '2027-06-01', title: 'Report due' },
      ],
    });
    const text = buildFeed({
      name: 'x',
      host: 'h.example',
      timeZone: 'UTC',
      product: { company: 'c', product: 'p' },
      cohorts: [{ id: 'c1', cohort: twice, url: 'https://h.example/' }],
      venues,
      modules,
      labels,
    });
    const uids = events(text).events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('c1-deadline-report-due-2@h.example');
  });

  it('names a deadline in Greek by its Latin spelling', () => {
    const greek = cohort(2027, { deadlines: [{ date: '2027-03-01', title: 'Προθεσμία αιτήσεων' }] });
    const text = buildFeed({
      name: 'x',
      host: 'h.example',
      timeZone: 'UTC',
      product: { company: 'c', product: 'p' },
      cohorts: [{ id: 'c1', cohort: greek, url: 'https://h.example/' }],
      venues,
      modules,
      labels,
    });
    expect(events(text).events.map((e) => e.uid)).toContain('c1-deadline-prothesmia-aitiseon@h.example');
  });
});
