// In real Chromium: the directory filter works with JavaScript and the full list shows without it;
// the calendar re-decides upcoming and past with the reader's date, not the build's.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import type { RegistryRecord } from '../../src/lib/certificates/registry.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { activePeriod, phaseOf } from '../../src/lib/site/calendar.ts';
import { directoryRows } from '../../src/lib/site/directory.ts';
import { foldForSearch } from '../../src/lib/site/directory-filter.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { builtContent, builtDate } from '../helpers/dist.ts';
import { serveDist } from '../helpers/serve.ts';

const content = builtContent();
const rows = directoryRows(content.trainers, content.certifications, builtDate(content));

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), serveDist('dist')]);
});
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await site?.close();
});

async function newPage(options: { javaScriptEnabled?: boolean; today?: string } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // Noon in the programme's time zone is the same date everywhere in Europe.
  if (options.today) await page.clock.setFixedTime(new Date(`${options.today}T11:00:00Z`));
  return { page, errors };
}

describe('trainer directory', () => {
  const visibleIds = (page: import('playwright-core').Page) =>
    page.$$eval('#trainer-list > li:not([hidden]) h2 a', (links) =>
      links.map((a) => a.getAttribute('href')!.split('/')[2]!),
    );

  it('lists every listed trainer without JavaScript, with no filter form', async () => {
    const { page } = await newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/trainers/`);
    await expect.poll(() => visibleIds(page)).toEqual(rows.map((r) => r.id));
    expect(await page.isVisible('#trainer-filter')).toBe(false);
  });

  it('filters by country, certification and search text, and resets', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${site.url}/trainers/`);
    await page.waitForSelector('#trainer-filter', { state: 'visible' });
    await expect.poll(() => visibleIds(page)).toEqual(rows.map((r) => r.id));

    // The country with the most trainers, so the filter has something to keep and something to drop.
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.country, (counts.get(r.country) ?? 0) + 1);
    const country = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    await page.selectOption('#filter-country', country);
    const inCountry = rows.filter((r) => r.country === country).map((r) => r.id);
    expect(inCountry.length).toBeLessThan(rows.length);
    await expect.poll(() => visibleIds(page)).toEqual(inCountry);
    await expect.poll(() => page.textContent('#trainer-count [data-count]')).toBe(String(inCountry.length));
    expect(page.url()).toContain(`country=${country}`);

    await page.selectOption('#filter-country', '');
    await page.selectOption('#filter-certification', 'instructor');
    await expect
      .poll(() => visibleIds(page))
      .toEqual(rows.filter((r) => r.held.includes('instructor')).map((r) => r.id));

    // Search by a name typed without accents or capitals, e.g. a name with Latin Extended letters.
    await page.selectOption('#filter-certification', '');
    const target = rows.find((r) => r.name !== r.name.normalize('NFKD').replace(/\p{M}/gu, '')) ?? rows[0]!;
    const typed = foldForSearch(target.name).split(' ').at(-1)!;
    await page.fill('#filter-query', typed);
    await expect.poll(() => visibleIds(page)).toContain(target.id);
    const found = await visibleIds(page);
    expect(found.length).toBeLessThan(rows.length);

    await page.fill('#filter-query', 'zzzz no such trainer');
    await expect.poll(() => visibleIds(page)).toEqual([]);
    await expect.poll(() => page.isVisible('#trainer-empty')).toBe(true);

    await page.click('#trainer-filter button[type=reset]');
    await page.waitForFunction(() => !document.querySelector('#trainer-list > li[hidden]'));
    await expect.poll(() => visibleIds(page)).toEqual(rows.map((r) => r.id));
    expect(errors).toEqual([]);
  });

  it('applies a filter given in the address', async () => {
    const { page } = await newPage();
    const country = rows[0]!.country;
    await page.goto(`${site.url}/trainers/?country=${country}`);
    await page.waitForSelector('#trainer-filter', { state: 'visible' });
    await expect.poll(() => visibleIds(page)).toEqual(rows.filter((r) => r.country === country).map((r) => r.id));
  });
});

describe('finding a trainer by language and sector', () => {
  const visibleIds = (page: import('playwright-core').Page) =>
    page.$$eval('#trainer-list > li:not([hidden]) h2 a', (links) =>
      links.map((a) => a.getAttribute('href')!.split('/')[2]!),
    );
  const ids = (keep: (row: (typeof rows)[number]) => boolean) => rows.filter(keep).map((r) => r.id);

  it('combines language, sector, country and certification, and the address opens the same view', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${site.url}/trainers/`);
    await page.waitForSelector('#trainer-filter', { state: 'visible' });

    await page.selectOption('#filter-language', 'fr');
    const french = ids((r) => r.languages.includes('fr'));
    expect(french.length).toBeGreaterThan(1);
    expect(french.length).toBeLessThan(rows.length);
    await expect.poll(() => visibleIds(page)).toEqual(french);

    await page.selectOption('#filter-sector', 'Agri-food');
    const frenchAgrifood = ids((r) => r.languages.includes('fr') && r.sectors.includes('Agri-food'));
    expect(frenchAgrifood.length).toBeGreaterThan(1);
    expect(frenchAgrifood.length).toBeLessThan(french.length);
    await expect.poll(() => visibleIds(page)).toEqual(frenchAgrifood);

    const country = rows.find((r) => r.id === frenchAgrifood[0])!.country;
    await page.selectOption('#filter-country', country);
    await page.selectOption('#filter-certification', 'cma');
    const all = ids(
      (r) =>
        r.languages.includes('fr') &&
        r.sectors.includes('Agri-food') &&
        r.country === country &&
        r.held.includes('cma'),
    );
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThan(frenchAgrifood.length);
    await expect.poll(() => visibleIds(page)).toEqual(all);
    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toEqual({ country, language: 'fr', sector: 'Agri-food', certification: 'cma' });

    // The address is the view: opened afresh, it shows the same trainers and the same choices.
    const other = await newPage();
    await other.page.goto(page.url());
    await expect.poll(() => visibleIds(other.page)).toEqual(all);
    expect(await other.page.inputValue('#filter-sector')).toBe('Agri-food');
    expect(await other.page.inputValue('#filter-language')).toBe('fr');
    expect(errors).toEqual([]);
  });

  it('is a plain GET form: submitted as a browser does, its fields become the address the page filters by', async () => {
    const { page } = await newPage();
    await page.goto(`${site.url}/trainers/`);
    await page.waitForSelector('#trainer-filter', { state: 'visible' });
    expect(await page.getAttribute('#trainer-filter', 'method')).toBe('get');
    // form.submit() skips the page's own handler: the browser sends the GET request itself.
    await Promise.all([
      page.waitForURL(/language=el/),
      page.evaluate(() => {
        const form = document.querySelector<HTMLFormElement>('#trainer-filter')!;
        (form.elements.namedItem('language') as HTMLSelectElement).value = 'el';
        (form.elements.namedItem('sector') as HTMLSelectElement).value = 'Logistics';
        form.submit();
      }),
    ]);
    expect(new URL(page.url()).pathname).toBe('/trainers/');
    await expect
      .poll(() => visibleIds(page))
      .toEqual(ids((r) => r.languages.includes('el') && r.sectors.includes('Logistics')));
    // The empty fields the browser sent are tidied out of the address.
    await expect.poll(() => new URL(page.url()).search).toBe('?language=el&sector=Logistics');
  });

  it('a card built from the index shows the Latin name, the languages and the sectors, like the page’s own', async () => {
    const eleni = rows.find((r) => r.id === 'eleni-georgiou')!;
    const { page: plain } = await newPage({ javaScriptEnabled: false });
    await plain.goto(`${site.url}/trainers/`);
    const built = await plain.innerText(`#trainer-list > li:has(a[href="/trainers/${eleni.id}/"])`);
    const { page } = await newPage();
    await page.goto(`${site.url}/trainers/?q=georgiou`);
    await expect.poll(() => visibleIds(page)).toEqual([eleni.id]);
    const card = await page.innerText('#trainer-list > li');
    expect(card).toContain(`${eleni.name} (${eleni.latinName})`);
    expect(card).toContain('Trains in: Greek, English');
    expect(card).toContain(`Sectors: ${eleni.sectors.join(', ')}`);
    expect(card).toBe(built);
  });

  it('a registry row built from the index reads and looks like the page’s own', async () => {
    // A certification that never lapses, so its status is the same on any day.
    const status = JSON.parse(readFileSync('dist/registry/status.json', 'utf8')) as { certificates: RegistryRecord[] };
    const record = status.certificates.find((r) => r.latinName && r.cert === 'cma' && !r.revoked)!;
    const { page: plain } = await newPage({ javaScriptEnabled: false });
    await plain.goto(`${site.url}/registry/`);
    const own = plain.locator(`#registry-rows tr:has(a[href="/registry/${record.id}/"])`);
    const { page } = await newPage({ today: builtDate(content) });
    await page.goto(`${site.url}/registry/`);
    await page.fill('#registry-q', record.id.toLowerCase());
    await expect.poll(() => page.locator('#registry-rows tr').count()).toBe(1);
    const found = page.locator('#registry-rows tr');
    expect(await found.innerText()).toBe(await own.innerText());
    expect(await found.innerText()).toContain(`${record.name} (${record.latinName})`);
    const style = (row: typeof own) =>
      row.locator('td').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).padding));
    expect(await style(found)).toEqual(await style(own));
  });

  it('the registry search finds a holder by the Latin name and shows it beside the name', async () => {
    const { page } = await newPage();
    await page.goto(`${site.url}/registry/`);
    await page.fill('#registry-q', 'tsvetelina dimitrova');
    await expect.poll(() => page.locator('#registry-rows tr').count()).toBeGreaterThan(0);
    expect(await page.textContent('#registry-rows')).toContain('Цветелина Димитрова (Tsvetelina Dimitrova)');
  });
});

describe("statuses judged with the reader's date", () => {
  // Instructor badges that read "valid" on the build day, as [trainer id, valid until].
  const current = rows.flatMap((r) =>
    r.certifications.filter((c) => c.kind === 'instructor' && c.status === 'valid').map((c) => [r.id, c.validUntil!]),
  );
  const instructorBadges = (page: import('playwright-core').Page) =>
    page.$$eval('#trainer-list li[data-cert="instructor"] .badge', (badges) => badges.map((b) => b.textContent));

  it('has current instructors to let lapse', () => {
    expect(current.length).toBeGreaterThan(0);
  });

  it("turns an instructor certification expired once the reader's date passes its last valid day", async () => {
    const lastDay = current.map(([, until]) => until).sort()[0]!;
    const after = new Date(Date.parse(`${lastDay}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
    const { page, errors } = await newPage({ today: after });
    await page.goto(`${site.url}/trainers/`);
    await page.waitForFunction(() => document.querySelector('time[data-as-of]')?.getAttribute('datetime') !== null);
    const badges = await instructorBadges(page);
    expect(badges.filter((b) => b === en.site.trainers.status.expired).length).toBeGreaterThan(
      rows.flatMap((r) => r.certifications).filter((c) => c.kind === 'instructor' && c.status === 'expired').length,
    );
    expect(await page.getAttribute('time[data-as-of]', 'datetime')).toBe(after);
    expect(errors).toEqual([]);
  });

  it("keeps the build day's statuses without JavaScript", async () => {
    const { page } = await newPage({ javaScriptEnabled: false, today: '2099-01-01' });
    await page.goto(`${site.url}/trainers/`);
    const built = rows.flatMap((r) => r.certifications.filter((c) => c.kind === 'instructor').map((c) => c.status));
    expect(await instructorBadges(page)).toEqual(built.map((s) => en.site.trainers.status[s]));
  });
});

describe('calendar upcoming and past', () => {
  const groups = async (page: import('playwright-core').Page) => ({
    upcoming: await page.$$eval('#cohorts-upcoming > article', (a) => a.map((x) => x.getAttribute('data-cohort'))),
    past: await page.$$eval('#cohorts-past > article', (a) => a.map((x) => x.getAttribute('data-cohort'))),
  });
  const byStart = [...content.cohorts].sort((a, b) => activePeriod(a).start.localeCompare(activePeriod(b).start));
  const last = byStart.at(-1)!;

  it('without JavaScript shows the answer of the build day', async () => {
    const { page } = await newPage({ javaScriptEnabled: false, today: '2099-01-01' });
    await page.goto(`${site.url}/calendar/`);
    const today = builtDate(content);
    const expected = byStart.filter((c) => phaseOf(activePeriod(c), today) !== 'past').map((c) => c.id);
    expect((await groups(page)).upcoming).toEqual(expected);
  });

  it("moves every cohort to the past once the reader's date is after them", async () => {
    const { page, errors } = await newPage({ today: '2099-01-01' });
    await page.goto(`${site.url}/calendar/`);
    const { upcoming, past } = await groups(page);
    expect(upcoming).toEqual([]);
    expect(past).toEqual(byStart.map((c) => c.id).reverse());
    expect(await page.isVisible('#cohorts-upcoming ~ [data-empty]')).toBe(true);
    expect(await page.textContent(`#cohort-${last.id} [data-phase-label]`)).toBe('Past');
    expect(errors).toEqual([]);
  });

  it('marks the latest cohort as running during its in-class weeks, and earlier ones as past', async () => {
    const during = last.weeks[1]?.start ?? last.weeks[0]!.start;
    const { page } = await newPage({ today: during });
    await page.goto(`${site.url}/calendar/`);
    const expected = byStart.filter((c) => phaseOf(activePeriod(c), during) !== 'past').map((c) => c.id);
    expect((await groups(page)).upcoming).toEqual(expected);
    expect(await page.getAttribute(`#cohort-${last.id}`, 'data-phase')).toBe('current');
    expect(await page.textContent(`#cohort-${last.id} [data-phase-label]`)).toBe('Now');
    // The first in-class week is over by the second week's start.
    expect(await page.getAttribute(`#cohort-${last.id} li[data-start="${last.weeks[0]!.start}"]`, 'data-phase')).toBe(
      'past',
    );
  });

  it('shows every cohort as upcoming before any of them', async () => {
    const { page } = await newPage({ today: '2000-01-01' });
    await page.goto(`${site.url}/calendar/`);
    expect(await groups(page)).toEqual({ upcoming: byStart.map((c) => c.id), past: [] });
    expect(await page.textContent('[data-today-text]')).toBe('1 January 2000');
  });

  it('writes the phases it re-decides in the page’s language', async () => {
    for (const lang of ['fr', 'es'] as const) {
      const { page, errors } = await newPage({ today: '2099-01-01' });
      await page.goto(`${site.url}/${lang}/calendar/${last.id}/`);
      await expect
        .poll(() => page.textContent(`#cohort-${last.id} [data-phase-label]`))
        .toBe(dictionaries[lang].site.calendar.phase.past);
      expect(errors).toEqual([]);
    }
  });
});
