// Every module, listed trainer, cohort and programme page has its page in dist/, with the right facts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/lib/countries.ts';
import { programmePages } from '../../src/lib/pages.ts';
import { certificateStatus, statusFacts } from '../../src/lib/status.ts';
import { builtContent, builtDate, DIST, readDist } from '../helpers/dist.ts';

const content = builtContent();
const today = builtDate(content);
const listed = content.trainers.filter((t) => t.listed);

/** Text of an HTML page with tags removed and entities for &, <, >, " and ' decoded. */
function text(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('pages for every piece of content', () => {
  it('has content to check', () => {
    expect(content.modules.length).toBe(10);
    expect(listed.length).toBeGreaterThan(0);
    expect(content.cohorts.length).toBeGreaterThan(1);
  });

  it.each([
    'index.html',
    '404.html',
    'programme/index.html',
    'programme/modules/index.html',
    'calendar/index.html',
    'trainers/index.html',
    'apply/index.html',
    'contact/index.html',
  ])('%s exists', (path) => {
    expect(existsSync(join(DIST, path))).toBe(true);
  });

  it.each(content.modules.map((m) => [m.id, m] as const))('module %s has a page with its outcomes', (id, module) => {
    const page = text(readDist(`programme/modules/${id}/index.html`));
    expect(page).toContain(module.title);
    for (const outcome of module.outcomes) expect(page).toContain(outcome);
    expect(text(readDist('programme/modules/index.html'))).toContain(module.title);
  });

  it.each(programmePages(content.pages).map((p) => [p.id, p] as const))('programme page %s is rendered', (id, page) => {
    expect(text(readDist(`programme/${id}/index.html`))).toContain(page.title);
  });

  it.each(content.cohorts.map((c) => [c.id, c] as const))('cohort %s has a page and a feed', (id, cohort) => {
    const page = text(readDist(`calendar/${id}/index.html`));
    expect(page).toContain(cohort.title);
    for (const deadline of cohort.deadlines) expect(page).toContain(deadline.title);
    expect(existsSync(join(DIST, `calendar/${id}.ics`))).toBe(true);
    expect(text(readDist('calendar/index.html'))).toContain(cohort.title);
  });

  it.each(listed.map((t) => [t.id, t] as const))('listed trainer %s has a page and a directory row', (id, trainer) => {
    const page = text(readDist(`trainers/${id}/index.html`));
    expect(page).toContain(trainer.name);
    expect(page).toContain(trainer.organisation);
    expect(page).toContain(countryName(trainer.country));
    const directory = readDist('trainers/index.html');
    expect(directory).toContain(`href="/trainers/${id}/"`);
    // Staff see which certificate IDs the trainer holds, each linked to its registry record.
    const html = readDist(`trainers/${id}/index.html`);
    for (const entry of content.ledger.filter((e) => e.trainer === id))
      expect(html).toContain(`<a href="/registry/${entry.id}/">${entry.id}</a>`);
  });
});

describe('statuses and facts', () => {
  it('shows each certification status as of the build in the directory row', () => {
    const directory = readDist('trainers/index.html');
    const rows = [...directory.matchAll(/<li data-country[\s\S]*?href="\/trainers\/([^/]+)\/"[\s\S]*?<\/ul>/g)];
    expect(rows.length).toBe(listed.length);
    for (const [row, id] of rows) {
      const trainer = listed.find((t) => t.id === id)!;
      const shown = [...row.matchAll(/data-cert="(\w+)"[\s\S]*?data-status="(\w+)"/g)].map((m) => `${m[1]}:${m[2]}`);
      const expected = content.certifications.flatMap((c) => {
        const facts = statusFacts(trainer, c.kind, c);
        return facts ? [`${c.kind}:${certificateStatus(facts, today)}`] : [];
      });
      expect(shown, id).toEqual(expected);
    }
  });

  it('puts counts computed from content on the home page', () => {
    const holders = listed.filter((t) => t.certifications.some((c) => !(c.revoked && c.revoked.date <= today)));
    const home = readDist('index.html');
    const fact = (name: string) => home.match(new RegExp(`data-fact="${name}"><strong>(\\d+)</strong>`))?.[1];
    expect(fact('trainers')).toBe(String(holders.length));
    expect(fact('countries')).toBe(String(new Set(holders.map((t) => t.country)).size));
    expect(fact('modules')).toBe(String(content.modules.length));
  });

  it('shows the application status and contact e-mail from the settings', () => {
    const apply = readDist('apply/index.html');
    expect(apply).toContain(`data-application-status="${content.settings.application.status}"`);
    expect(text(apply)).toContain(content.settings.application.text);
    expect(apply).toContain(`mailto:${content.settings.contactEmail}`);
    expect(readDist('contact/index.html')).toContain(`mailto:${content.settings.contactEmail}`);
  });

  it('gives every page a title, a description, a canonical address and the language', () => {
    for (const path of ['index.html', 'calendar/index.html', `trainers/${listed[0]!.id}/index.html`]) {
      const html = readDist(path);
      expect(html).toMatch(/<html lang="en"[ >]/);
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(html).toMatch(/<meta name="description" content="[^"]+"/);
      expect(html).toContain(`<link rel="canonical" href="${content.settings.siteUrl}/`);
    }
  });
});
