// The layout in real Chromium, measured on element boxes: on a 1440-pixel desktop the pages use the
// width (picture beside words, cards in rows, a trainer's side panel) with prose kept to a reading
// measure and cards without large empty areas; on a 390-pixel phone nothing scrolls sideways.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from '../helpers/chromium.ts';

const open = useSiteInChromium();
const PAGES = [
  '/',
  '/trainers/',
  '/trainers/amira-ben-salah/',
  '/trainers/eleni-georgiou/',
  '/programme/',
  '/registry/',
  '/calendar/',
  '/contact/',
];

async function at(width: number, path: string): Promise<Page> {
  const page = await open.browser.newPage({ viewport: { width, height: width > 800 ? 900 : 844 } });
  await page.goto(open.site.url + path, { waitUntil: 'load' });
  return page;
}

type Box = { left: number; right: number; top: number; bottom: number; width: number; height: number };
const box = (page: Page, selector: string): Promise<Box> =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().toJSON() as Box);
/** The box of main's content (inside its padding). */
const content = (page: Page): Promise<Box> =>
  page.locator('main').evaluate((el) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const left = r.left + parseFloat(style.paddingLeft);
    const right = r.right - parseFloat(style.paddingRight);
    return { left, right, top: r.top, bottom: r.bottom, width: right - left, height: r.height };
  });

describe('at 1440 pixels wide', () => {
  it.each(PAGES)('%s lays out in a column of at least 1200 pixels, not a narrow one', async (path) => {
    const page = await at(1440, path);
    expect((await content(page)).width).toBeGreaterThanOrEqual(1200);
    await page.close();
  });

  it('the home page puts its picture beside the heading and the dates beside the text', async () => {
    const page = await at(1440, '/');
    const main = await content(page);
    const picture = await box(page, '.hero img');
    const heading = await box(page, 'h1');
    expect(picture.right).toBeGreaterThan(main.right - 2);
    expect(picture.left).toBeGreaterThan(heading.left + main.width / 2);
    expect(picture.top).toBeLessThan(heading.bottom);
    const cards = await box(page, '.side-cards');
    const text = await box(page, '#what-heading + p');
    expect(cards.left).toBeGreaterThan(text.right);
    expect(cards.top).toBeLessThan(text.bottom);
    expect(cards.right).toBeGreaterThan(main.right - 2);
    await page.close();
  });

  it('the directory shows three cards a row', async () => {
    const page = await at(1440, '/trainers/');
    const cards = await page
      .locator('#trainer-list > li')
      .evaluateAll((items) => items.slice(0, 4).map((item) => item.getBoundingClientRect().toJSON() as Box));
    expect(new Set(cards.slice(0, 3).map((c) => c.top)).size).toBe(1);
    expect(cards[3]!.top).toBeGreaterThan(cards[0]!.bottom);
    expect(cards[2]!.right).toBeGreaterThan((await content(page)).right - 2);
    await page.close();
  });

  it.each(['/trainers/amira-ben-salah/', '/trainers/eleni-georgiou/'])(
    '%s has photo and facts as a side panel on the right, the rest beside it',
    async (path) => {
      const page = await at(1440, path);
      const main = await content(page);
      const photo = await box(page, 'main > .photo-frame img, main > .photo');
      const facts = await box(page, 'main > dl.facts-list');
      const heading = await box(page, 'h1');
      const certifications = await box(page, 'main > h2');
      for (const panel of [photo, facts]) expect(panel.right).toBeGreaterThan(main.right - 16);
      expect(facts.top).toBeGreaterThan(photo.bottom);
      expect(facts.bottom).toBeLessThan(900);
      expect(certifications.top).toBeLessThan(facts.top);
      expect(heading.left).toBeLessThan(main.left + 2);
      expect(certifications.right).toBeLessThan(photo.left);
      await page.close();
    },
  );

  it.each(PAGES)('%s keeps running text to a reading measure', async (path) => {
    const page = await at(1440, path);
    const widths = await page
      .locator('main .prose, main .lead')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
    for (const width of widths) expect(width).toBeLessThanOrEqual(42 * 16);
    await page.close();
  });

  it.each(['/', '/trainers/', '/programme/modules/'])('%s has no card that is mostly empty', async (path) => {
    const page = await at(1440, path);
    const empty = await page.locator('main .card, #trainer-list > li').evaluateAll((cards) =>
      cards.map((card) => {
        const r = card.getBoundingClientRect();
        const last = card.lastElementChild?.getBoundingClientRect();
        return last ? (r.bottom - last.bottom) / r.height : 0;
      }),
    );
    expect(empty.length).toBeGreaterThan(0);
    for (const share of empty) expect(share).toBeLessThan(0.3);
    await page.close();
  });
});

describe('at 390 pixels wide', () => {
  it.each([...PAGES, '/programme/modules/', '/apply/'])('%s does not scroll sideways', async (path) => {
    const page = await at(390, path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const logo = await box(page, 'header .site-logo');
    expect(logo.right).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('the trainer page shows the photo, the name and the facts on the first screen', async () => {
    const page = await at(390, '/trainers/amira-ben-salah/');
    expect((await box(page, 'main picture img')).width).toBe(160);
    expect((await box(page, 'main > dl.facts-list')).top).toBeLessThan(844);
    await page.close();
  });
});
