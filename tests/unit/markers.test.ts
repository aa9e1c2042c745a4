// Filling a page's markers in each language: the words, their escaping in HTML and in JSON, the
// language blocks and the page links' prefixes.
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n/index.ts';
import { BLOCK_END, blockStart, fillPage, mark, markedPlural, markedTexts, markJson } from '../../src/i18n/markers.ts';
import { scriptJson } from '../../src/lib/site/script-json.ts';

const SITE = 'https://ttt.test.example';

describe('fillPage', () => {
  it('writes each language’s words, dates, countries and plural forms', () => {
    const html = `<p>${markedTexts.site.nav.registry}</p><p>${mark('date', '2027-03-15')}</p><p>${mark('country', 'GR')}</p><p>0 ${markedPlural(0, markedTexts.site.trainers.count)}</p>`;
    const pages = fillPage(html, SITE);
    for (const lang of ['en', 'fr', 'es'] as const) {
      const texts = dictionaries[lang];
      expect(pages[lang]).toContain(`<p>${texts.site.nav.registry}</p>`);
      expect(pages[lang]).toContain(
        new Intl.DateTimeFormat(texts.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date('2027-03-15T00:00:00Z'),
        ),
      );
      expect(pages[lang]).toContain(`<p>${new Intl.DisplayNames([lang], { type: 'region' }).of('GR')}</p>`);
    }
    // French counts zero as singular, English as plural.
    expect(pages.en).toContain(`0 ${dictionaries.en.site.trainers.count.other}`);
    expect(pages.fr).toContain(`0 ${dictionaries.fr.site.trainers.count.one}`);
  });

  it('calls a text’s function with its arguments, markers inside resolved, and escapes the result for HTML', () => {
    const html = `<p title="${markedTexts.certificates.record.revokedOn(mark('date', '2026-01-02'), 'Fraud <b> & "lies"')}">x</p>`;
    const pages = fillPage(html, SITE);
    expect(pages.en).toContain('title="Revoked on 2 January 2026: Fraud &lt;b&gt; &amp; &quot;lies&quot;"');
    expect(pages.fr).not.toContain('<b>');
  });

  it('escapes words inside JSON script data as JSON, so no text can close the element', () => {
    const json = markJson(scriptJson({ id: markedTexts.certificates.record.title('</script><script>alert(1)') }));
    const pages = fillPage(`<script type="application/json" id="d">${json}</script>`, SITE);
    for (const page of Object.values(pages)) {
      const data = /<script type="application\/json" id="d">(.*)<\/script>/.exec(page)![1]!;
      expect(data).not.toContain('</script');
      expect(JSON.parse(data).id).toContain('</script><script>alert(1)');
    }
  });

  it('keeps each language’s block in its own copy only', () => {
    const html = `<p>${blockStart('en')}Hello${BLOCK_END}${blockStart('fr')}Bonjour${BLOCK_END}${blockStart('es')}Hola${BLOCK_END}</p>`;
    expect(fillPage(html, SITE)).toEqual({ en: '<p>Hello</p>', fr: '<p>Bonjour</p>', es: '<p>Hola</p>' });
  });

  it('gives page links the language’s prefix, but not files, the CMS or the language switcher', () => {
    const html =
      '<a href="/">h</a><a href="/registry/X-1/#tok">r</a><form action="/trainers/"></form><a href="/trainers/?country=GR">c</a>' +
      '<link href="/_astro/a.css"><a href="/registry/status.json">s</a><a href="/admin/">cms</a><a hreflang="en" href="/registry/">en</a>';
    expect(fillPage(html, SITE).fr).toBe(
      '<a href="/fr/">h</a><a href="/fr/registry/X-1/#tok">r</a><form action="/fr/trainers/"></form><a href="/fr/trainers/?country=GR">c</a>' +
        '<link href="/_astro/a.css"><a href="/registry/status.json">s</a><a href="/admin/">cms</a><a hreflang="en" href="/registry/">en</a>',
    );
    expect(fillPage(html, SITE).en).toBe(html);
  });

  it('writes canonical addresses in the page’s language', () => {
    const pages = fillPage(`<link rel="canonical" href="${mark('url', '/trainers/')}">`, SITE);
    expect(pages.es).toBe(`<link rel="canonical" href="${SITE}/es/trainers/">`);
    expect(pages.en).toBe(`<link rel="canonical" href="${SITE}/trainers/">`);
  });
});
