// A translation that lacks a field, as staff may publish it while a translator catches up: the
// French page shows the English there, marked lang="en", under the not-translated note, and what
// the translation has in French. Built from a fixture with `astro build`, read from the files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/certificates.ts';
import { makeContent, validFiles } from '../helpers/content-fixture.ts';

const NOTE = 'Ce texte n’a pas encore été traduit\u202F; il est affiché en anglais.';
let dist = '';
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** The element with this id, from its opening tag to the first closing tag of its kind. */
const element = (html: string, tag: string, id: string) =>
  new RegExp(`<${tag}[^>]*\\bid="${id}"[^>]*>[\\s\\S]*?</${tag}>`).exec(html)?.[0] ?? '';

beforeAll(() => {
  const content = makeContent({
    'pages/application.mdx': `---\ntitle: How to apply\ndescription: Applying.\norder: 5\nfees:\n  - { item: Programme fee, amount: "€4,900" }\nsteps:\n  - { title: Get in touch, text: Write to us. }\n---\nText.\n`,
    // French steps, no fees.
    'pages/application.fr.mdx': `---\ntitle: Candidater\ndescription: Candidature.\nsteps:\n  - { title: Prenez contact, text: Écrivez-nous. }\n---\nTexte.\n`,
    // Module one translated, module two not.
    'modules/01-one.fr.md': `---\ntitle: Un\nsummary: Premier.\noutcomes: [Savoir une chose.]\n---\nCorps.\n`,
    // No home.lead.
    'settings.fr.yaml': `home: { what: Ce que c’est., who: Pour qui. }\napplication: { text: Candidatez. }\nsupportedBy: Commission européenne\nimages: { preview: Un rectangle bleu. }\n`,
  });
  expect(validFiles['settings.yaml']).toContain('lead: A programme.');
  // The repository's published keys: the fixture issues no certificates.
  dist = buildSite(content, 'keys');
}, 180_000);

describe('a field a translation lacks', () => {
  it('shows in English, marked as English, under the note; the translated field stays French', () => {
    const html = page('fr/apply');
    const fees = element(html, 'dl', 'fees');
    expect(fees).toContain('lang="en"');
    expect(fees).toContain('Programme fee');
    const between = (heading: string, list: string) =>
      html.slice(html.indexOf(`id="${heading}"`), html.indexOf(`id="${list}"`));
    expect(between('apply-fees', 'fees')).toContain(NOTE);
    const steps = element(html, 'ol', 'steps');
    expect(steps).not.toContain('lang=');
    expect(steps).toContain('Prenez contact');
    expect(between('apply-steps', 'steps')).not.toContain(NOTE);
  });

  it('from settings too: the home page lead in English under the note, the rest in French', () => {
    const html = page('fr');
    expect(html).toMatch(/<p class="lead" lang="en">A programme\.<\/p>/);
    expect(html).toContain(NOTE);
    expect(html).toContain('Ce que c’est.');
  });

  it('from a module without a translation: in English under the note on the module list and the programme page', () => {
    const list = page('fr/programme/modules');
    expect(list).toContain(NOTE);
    expect(list).toMatch(/<p lang="en">Second\.<\/p>/);
    expect(list).toMatch(/<p>Premier\.<\/p>/);
    expect(page('fr/programme')).toContain(NOTE);
  });

  it('says nothing on the English pages', () => {
    expect(element(page('apply'), 'dl', 'fees')).not.toContain('lang=');
    for (const path of ['', 'apply', 'programme/modules']) expect(page(path)).not.toContain('not been translated');
  });
});
