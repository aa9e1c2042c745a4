// Every module, listed trainer, cohort and programme page has its page in dist/, with the right facts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applicationDeadline, upcomingCohort } from '../../src/lib/site/calendar.ts';
import { countryName } from '../../src/lib/site/countries.ts';
import { formatDate, formatDateRange } from '../../src/lib/site/dates.ts';
import { languageName } from '../../src/lib/site/languages.ts';
import { APPLICATION_PAGE } from '../../src/lib/site/pages.ts';
import { venueMapUrl } from '../../src/lib/site/venues.ts';
import { programmePages } from '../../src/lib/site/pages.ts';
import { certificateStatus, statusFacts } from '../../src/lib/certificates/status.ts';
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

describe('finding a trainer', () => {
  it('gives every shipped trainer languages and sectors, and a few a published contact', () => {
    for (const trainer of content.trainers) {
      expect(trainer.languages.length, trainer.id).toBeGreaterThan(0);
      expect(trainer.sectors.length, trainer.id).toBeGreaterThan(0);
    }
    expect(content.trainers.filter((t) => t.contact).length).toBeGreaterThan(2);
    // Every name in Greek or Cyrillic letters has its Latin spelling.
    const nonLatin = content.trainers.filter((t) => /[\u0370-\u03ff\u0400-\u04ff]/.test(t.name));
    expect(nonLatin.map((t) => t.id)).toEqual(
      expect.arrayContaining(['eleni-georgiou', 'georgi-petkov', 'nikolaos-konstantinou', 'tsvetelina-dimitrova']),
    );
    for (const trainer of nonLatin) expect(trainer.latinName, trainer.id).toMatch(/^[A-Z][a-z]+ [A-Z]/);
  });

  it.each(listed.map((t) => [t.id, t] as const))(
    'trainer page %s shows languages, sectors, contact and deliveries',
    (id, trainer) => {
      const html = readDist(`trainers/${id}/index.html`);
      const page = text(html);
      const names = trainer.languages.map((code) => languageName(code));
      expect(page).toContain(`Trains in ${names.join(', ')}`);
      expect(page).toContain(`Sectors ${trainer.sectors.join(', ')}`);
      if (trainer.latinName) {
        expect(text(html.match(/<h1>[\s\S]*?<\/h1>/)![0]).trim()).toBe(`${trainer.name} (${trainer.latinName})`);
        expect(html).toContain(`<title>${trainer.name} (${trainer.latinName})`);
      }
      if (trainer.contact?.email)
        expect(html).toContain(`<a href="mailto:${trainer.contact.email}">${trainer.contact.email}</a>`);
      if (trainer.contact?.website)
        expect(html).toMatch(new RegExp(`<a href="${trainer.contact.website}" rel="external nofollow noopener">`));
      if (!trainer.contact) expect(html).not.toContain('data-contact');
      const deliveries = html.match(/<ul id="deliveries">([\s\S]*?)<\/ul>/)?.[1] ?? '';
      expect(deliveries.match(/<li>/g)?.length ?? 0).toBe(trainer.deliveries.length);
      for (const d of trainer.deliveries) {
        const item = text(deliveries.split('</li>').find((li) => li.includes(`datetime="${d.date}"`))!);
        expect(item).toContain(d.title);
        expect(item).toContain(formatDate(d.date));
        expect(item).toContain(d.location);
        if (d.participants) expect(item).toContain(`${d.participants} participant`);
      }
    },
  );

  it('shows the Latin spelling beside the name in the directory, the registry list and the record', () => {
    const eleni = content.trainers.find((t) => t.id === 'eleni-georgiou')!;
    const beside = `${eleni.name} (${eleni.latinName})`;
    expect(text(readDist('trainers/index.html'))).toContain(beside);
    expect(text(readDist('registry/index.html'))).toContain(beside);
    const id = content.ledger.find((e) => e.trainer === eleni.id)!.id;
    expect(text(readDist(`registry/${id}/index.html`))).toContain(beside);
    const index = JSON.parse(readDist('registry/index.json')) as { certificates: { id: string; search: string }[] };
    expect(index.certificates.find((c) => c.id === id)!.search).toContain('eleni georgiou');
  });
});

describe('apply and contact, from content', () => {
  const next = upcomingCohort(content.cohorts, today);
  const page = content.pages.find((p) => p.id === APPLICATION_PAGE)!;

  it("shows the next cohort's application deadline and in-class weeks", () => {
    expect(next).toBeDefined();
    const apply = readDist('apply/index.html');
    const deadline = applicationDeadline(next!)!;
    expect(deadline.title).toBe('Application deadline');
    expect(apply).toContain(
      `<dd data-deadline="${deadline.date}"><time datetime="${deadline.date}">${formatDate(deadline.date)}</time>`,
    );
    const weeks = text(apply.match(/<ul id="apply-weeks">[\s\S]*?<\/ul>/)![0]);
    for (const week of next!.weeks) {
      const city = content.venues.find((v) => v.id === week.venue)!.city;
      expect(weeks).toContain(text(`${formatDateRange(week.start, week.end)} , ${city}`));
    }
    expect(apply).toContain(`href="/calendar/${next!.id}/"`);
  });

  it('shows the fees and the steps from the application page, in order', () => {
    const apply = readDist('apply/index.html');
    expect(page.fees?.length).toBeGreaterThan(0);
    expect(page.steps?.length).toBeGreaterThan(0);
    const fees = text(apply.match(/<dl class="facts-list" id="fees">[\s\S]*?<\/dl>/)![0]);
    for (const fee of page.fees!) expect(fees).toContain(`${fee.item} ${fee.amount}`);
    const steps = [
      ...apply.match(/<ol class="prose" id="steps">([\s\S]*?)<\/ol>/)![1]!.matchAll(/<li>([\s\S]*?)<\/li>/g),
    ];
    expect(steps.map((m) => text(m[1]!).trim())).toEqual(page.steps!.map((s) => `${s.title}. ${s.text}`));
  });

  it('shows the telephone, the postal address and every venue with a link to its map', () => {
    const contact = readDist('contact/index.html');
    const { phone, postalAddress } = content.settings;
    expect(phone).toBeDefined();
    // Spaces that do not break, so the number stays on one line.
    expect(contact).toContain(`<a href="tel:${phone!.replace(/ /g, '')}">${phone!.replace(/ /g, '\u00a0')}</a>`);
    expect(text(contact)).toContain(`Postal address ${postalAddress}`);
    for (const venue of content.venues) {
      const item = contact.match(new RegExp(`<li data-venue="${venue.id}">[\\s\\S]*?</li>`))![0];
      expect(text(item)).toContain(`${venue.name} , ${venue.city} (${countryName(venue.country)})`);
      expect(item).toContain(`href="${venueMapUrl(venue).replace(/&/g, '&amp;')}"`);
      expect(text(item)).toContain(venue.address);
    }
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
