// Every page in English, French and Spanish: lang, locale, hreflang alternates, the language
// switcher, the sitemap, and the words, dates and programme text of each language.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries, LANGS, localePath } from '../../src/i18n/index.ts';
import { countryName } from '../../src/lib/site/countries.ts';
import { directoryRows, headlineFacts } from '../../src/lib/site/directory.ts';
import { formatDate } from '../../src/lib/site/dates.ts';
import { builtContent, builtDate, DIST, distFiles, pathOf, readDist, unescaped } from '../helpers/dist.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const content = builtContent();
const files = distFiles();
// The not-found page is one page for every address, in English.
const english = files.filter((f) => f.endsWith('.html') && !/^(fr|es|admin)\//.test(f) && f !== '404.html');
/** Text as Astro writes it into HTML (`unescaped` reads it back). */
const escaped = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

describe('languages', () => {
  it('writes every page in each language, with its lang and locale', () => {
    expect(english.length).toBeGreaterThan(50);
    for (const file of english)
      for (const lang of LANGS) {
        const html = readDist(localePath(lang, `/${file}`).slice(1));
        expect(html, `${lang} ${file}`).toContain(`<html lang="${lang}" data-locale="${dictionaries[lang].locale}">`);
      }
  });

  it('links every page to its copies in the other languages, and names English the default', () => {
    for (const file of english) {
      const html = readDist(`fr/${file}`);
      for (const lang of LANGS) {
        const match = new RegExp(`<link rel="alternate" hreflang="${lang}" href="([^"]+)"`).exec(html);
        expect(match, `${file} → ${lang}`).not.toBeNull();
        const path = new URL(match![1]!).pathname;
        expect(path).toBe(localePath(lang, pathOf(file)));
        expect(existsSync(join(DIST, path, path.endsWith('/') ? 'index.html' : ''))).toBe(true);
      }
      expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="x-default" href="[^"]+${pathOf(file)}"`));
      expect(html).toContain(`<link rel="canonical" href="${content.settings.siteUrl}/fr${pathOf(file)}"`);
    }
  });

  it('has a language switcher that keeps the reader on the same page', () => {
    const record = english.find((f) => f.startsWith('registry/') && f.split('/').length === 3)!;
    const html = readDist(`es/${record}`);
    const switcher = /<nav class="languages"[^>]*>([\s\S]*?)<\/nav>/.exec(html)![1]!;
    const links = [
      ...switcher.matchAll(/<a hreflang="(\w+)" href="([^"]+)" lang="\w+"( aria-current="true")?>([^<]+)<\/a>/g),
    ];
    expect(links.map((l) => [l[1], l[2], Boolean(l[3]), l[4]])).toEqual(
      LANGS.map((lang) => [lang, localePath(lang, pathOf(record)), lang === 'es', dictionaries[lang].name]),
    );
  });

  it('lists every page in every language in the sitemap', () => {
    const expected = english.flatMap((f) => LANGS.map((lang) => localePath(lang, pathOf(f)))).sort();
    expect(sitemapPaths()).toEqual(expected);
  });

  it('names each page’s copies in the other languages in the sitemap', () => {
    const entries = [...readDist('sitemap-0.xml').matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)];
    expect(entries.length).toBe(english.length * LANGS.length);
    for (const [, loc, links] of entries) {
      const path = new URL(loc!).pathname;
      const alternates = [...links!.matchAll(/<xhtml:link rel="alternate" hreflang="(\w+)" href="([^"]+)"\/>/g)];
      expect(Object.fromEntries(alternates.map(([, lang, href]) => [lang, new URL(href!).pathname])), path).toEqual(
        Object.fromEntries(LANGS.map((lang) => [lang, localePath(lang, path)])),
      );
    }
  });

  it('writes interface words, dates and country names in the page’s language', () => {
    const trainer = content.trainers.find((t) => t.listed && t.country === 'GR')!;
    for (const lang of LANGS) {
      const texts = dictionaries[lang];
      const home = readDist(localePath(lang, '/index.html').slice(1));
      expect(home).toContain(`>${texts.site.nav.registry}</a>`);
      const page = readDist(localePath(lang, `/trainers/${trainer.id}/index.html`).slice(1));
      expect(page).toContain(countryName('GR', lang));
      const awarded = trainer.certifications[0]!.awarded;
      expect(page).toContain(formatDate(awarded, texts.locale));
    }
    expect(countryName('GR', 'fr')).toBe('Grèce');
  });

  it('shows translated programme text where a translation exists, and the English with a note where not', () => {
    for (const lang of ['fr', 'es'] as const) {
      const texts = content.translations[lang];
      for (const module of content.modules) {
        const html = readDist(`${lang}/programme/modules/${module.id}/index.html`);
        const translation = texts.modules.get(module.id);
        const note = html.includes(dictionaries[lang].site.languages.notTranslated);
        expect(note, `${lang} ${module.id}`).toBe(!translation);
        expect(html).toContain(translation?.title ?? module.title);
      }
    }
  });

  it('shows on every translated page every part its English page shows', () => {
    // The parts of a page's main content: its elements with an id, and how many facts, headings and
    // sections it holds (a translation may word them differently, never leave one out).
    const parts = (html: string) => {
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      // Headings' ids are slugs of their words (Markdown's), so headings are counted instead.
      const ids = [...main.matchAll(/<(?!h[1-6][\s>])\w+[^>]*\sid="([^"]+)"/g)].map((m) => m[1]).sort();
      const count = (tag: string) => (main.match(new RegExp(`<${tag}[\\s>]`, 'g')) ?? []).length;
      return { ids, dt: count('dt'), h2: count('h2'), h3: count('h3'), section: count('section') };
    };
    let compared = 0;
    for (const file of english) {
      const expected = parts(readDist(file));
      for (const lang of ['fr', 'es']) {
        expect(parts(readDist(`${lang}/${file}`)), `${lang}/${file}`).toEqual(expected);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('shows the Apply page’s fees and steps in every language, translated where a translation has them', () => {
    const application = content.pages.find((page) => page.id === 'application')!;
    for (const lang of LANGS) {
      const html = readDist(`${localePath(lang, '/apply/').slice(1)}index.html`);
      const fees = /<dl[^>]*id="fees"[^>]*>([\s\S]*?)<\/dl>/.exec(html)?.[1] ?? '';
      const steps = /<ol[^>]*id="steps"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
      expect((fees.match(/<dt>/g) ?? []).length, lang).toBe(application.fees!.length);
      expect((steps.match(/<li>/g) ?? []).length, lang).toBe(application.steps!.length);
      const translated = lang === 'en' ? application : content.translations[lang].pages.get('application')!;
      expect(unescaped(fees)).toContain(translated.fees![0]!.item);
      expect(unescaped(steps)).toContain(translated.steps![0]!.title);
    }
  });

  it('words a status to agree with what it stands beside: a certification on trainer pages, a certificate in the registry', () => {
    const badges = (html: string) =>
      [...html.matchAll(/<span class="badge badge--(\w+)"[^>]*data-of="(\w+)">([^<]*)<\/span>/g)].map((m) => ({
        status: m[1] as 'valid' | 'expired' | 'revoked',
        of: m[2],
        text: m[3],
      }));
    const seen = new Set<string>();
    for (const lang of ['fr', 'es'] as const) {
      const words = dictionaries[lang];
      for (const file of files.filter((f) => f.startsWith(`${lang}/trainers/`) || f.startsWith(`${lang}/registry/`))) {
        if (!file.endsWith('.html')) continue;
        for (const badge of badges(readDist(file))) {
          const expected = badge.of === 'certificate' ? words.certificates.status : words.site.trainers.status;
          expect(badge.text, `${file} ${badge.of} ${badge.status}`).toBe(expected[badge.status]);
          seen.add(`${lang} ${badge.of} ${badge.status}`);
        }
      }
    }
    // The shipped examples hold an expired instructor certification: both forms are shown.
    expect(seen).toContain('fr certification expired');
    expect(seen).toContain('fr certificate expired');
    expect(dictionaries.fr.site.trainers.status.expired).not.toBe(dictionaries.fr.certificates.status.expired);
    expect(dictionaries.es.site.trainers.status.expired).not.toBe(dictionaries.es.certificates.status.expired);
  });

  it('writes French colons after a no-break space, as French typesetting does, in markup and in scripts', () => {
    const visibleText = (html: string) =>
      unescaped(
        html
          .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
          .replace(/<[^>]+>/g, '')
          .replace(/&nbsp;/g, '\u00A0'),
      );
    const pages = files.filter((f) => f.startsWith('fr/') && f.endsWith('.html'));
    for (const file of pages) {
      const html = readDist(file);
      const bare = /[^\s\u00A0\u202F]:\s/u.exec(visibleText(html));
      expect(bare?.input.slice(Math.max(0, bare.index - 40), bare.index + 20), file).toBeUndefined();
    }
    // The mobile registry table's labels and the verifier's checklist carry it too.
    expect(readDist('fr/registry/index.html')).toMatch(/data-label="[^"]+\u00A0: "/u);
    expect(dictionaries.fr.colon).toBe('\u00A0: ');
    expect(pages.length).toBeGreaterThan(40);
  });

  it('shows the certifications’ sentences in each language, their titles as named', () => {
    for (const lang of ['fr', 'es'] as const)
      for (const certification of content.certifications) {
        const home = readDist(`${lang}/index.html`);
        const translation = content.translations[lang].certifications.get(certification.kind)!;
        expect(translation, `${lang} ${certification.kind}`).toBeDefined();
        expect(home).toContain(translation.summary.replace(/'/g, '&#39;'));
        expect(home).toContain(certification.title);
        expect(home).not.toContain(certification.summary);
      }
  });

  it('names the supporter in the page’s language, in the programme text as in the footer', () => {
    const facts = headlineFacts(directoryRows(content.trainers, content.certifications, builtDate(content)));
    for (const lang of ['fr', 'es'] as const) {
      const supporter = content.translations[lang].settings.supportedBy!;
      expect(supporter).not.toBe(content.settings.supportedBy);
      const html = readDist(`${lang}/programme/index.html`);
      const words = dictionaries[lang].site.programme;
      const sentence = new RegExp(`<h2>${escaped(words.reachTitle)}</h2>\\s*<p>([^<]*)</p>`).exec(html)?.[1];
      expect(sentence, lang).toBe(escaped(words.reach(facts.certifiedTrainers, facts.countries, supporter)));
      expect(html.includes(content.settings.supportedBy), lang).toBe(false);
    }
  });

  it('sorts country and language names by the page language’s alphabet', () => {
    const sorted = (names: string[], lang: string) => [...names].sort(new Intl.Collator(lang).compare);
    for (const lang of LANGS) {
      const directory = readDist(localePath(lang, '/trainers/index.html').slice(1));
      for (const select of ['filter-country', 'filter-language']) {
        const options = new RegExp(`<select id="${select}"[^>]*>([\\s\\S]*?)</select>`).exec(directory)![1]!;
        const names = [...options.matchAll(/<option value="[^"]+">([^<]+)<\/option>/g)].map((m) => unescaped(m[1]!));
        expect(names.length, `${lang} ${select}`).toBeGreaterThan(5);
        expect(names, `${lang} ${select}`).toEqual(sorted(names, lang));
      }
      const programme = readDist(localePath(lang, '/programme/index.html').slice(1));
      const list = /<ul class="reach" id="reach-countries">([\s\S]*?)<\/ul>/.exec(programme)![1]!;
      const countries = [...list.matchAll(/<a href="[^"]+">([^<]+)<\/a>/g)].map((m) => unescaped(m[1]!));
      expect(countries.length, lang).toBeGreaterThan(5);
      expect(countries, lang).toEqual(sorted(countries, lang));
      expect(countries).toContain(countryName('GR', lang));
    }
  });

  it('hands words to scripts only as JSON script data, which holds the page language’s words', () => {
    const calendars = english.filter((f) => f.startsWith('calendar/') && f.endsWith('.html'));
    const pages = [...calendars, 'trainers/index.html', 'registry/index.html'];
    for (const lang of LANGS)
      for (const file of pages) {
        const html = readDist(localePath(lang, `/${file}`).slice(1));
        // An attribute holding JSON is escaped for HTML only: a quote or backslash in a word breaks it.
        const jsonAttributes = [...html.matchAll(/ [\w-]+="\s*[{[][^"]*"/g)].map((m) => m[0]);
        expect(jsonAttributes, `${lang} ${file}`).toEqual([]);
        const blocks = [...html.matchAll(/<script type="application\/json" id="([\w-]+)">([\s\S]*?)<\/script>/g)];
        expect(blocks.length, `${lang} ${file}`).toBeGreaterThan(0);
        for (const [, id, json] of blocks) expect(() => JSON.parse(json!), `${lang} ${file} #${id}`).not.toThrow();
      }
    for (const lang of LANGS) {
      const html = readDist(localePath(lang, '/calendar/index.html').slice(1));
      const phases = /<script type="application\/json" id="phase-words">([\s\S]*?)<\/script>/.exec(html);
      expect(phases, lang).not.toBeNull();
      expect(JSON.parse(phases![1]!)).toEqual(dictionaries[lang].site.calendar.phase);
    }
  });
});
