// Programme text in a page's language, field by field: a field the translation lacks is shown in
// English and said to be, so the page marks it under the not-translated note.
import { describe, expect, it } from 'vitest';
import { certificationText, langOf, pageText, settingsText } from '../../src/i18n/content-text.ts';
import type { SiteContent } from '../../src/lib/site/content/check.ts';
import type { Certification, Page } from '../../src/lib/site/schemas/index.ts';

const application: Page & { id: string } = {
  id: 'application',
  title: 'How to apply',
  description: 'Who can apply.',
  order: 5,
  fees: [{ item: 'Programme fee', amount: '€4,900' }],
  steps: [{ title: 'Get in touch', text: 'Write to us.' }],
};
const cma = {
  kind: 'cma',
  title: 'CMA',
  summary: 'For the programme.',
  awardedFor: 'Completing it.',
  validityRule: 'Never lapses.',
};

/** Content with a French translation of the Apply page that predates its fees, and no Spanish one. */
const content = {
  settings: {
    home: { lead: 'Lead.', what: 'What.', who: 'Who.' },
    application: { status: 'open', text: 'Apply now.' },
    supportedBy: 'European Commission',
    images: { home: 'Three clusters.' },
  },
  translations: {
    fr: {
      settings: { home: { lead: 'Accroche.' }, supportedBy: 'Commission européenne' },
      pages: new Map([
        [
          'application',
          {
            title: 'Candidater',
            description: 'Qui peut candidater.',
            steps: [{ title: 'Écrivez', text: 'Écrivez-nous.' }],
            body: '',
          },
        ],
      ]),
      modules: new Map(),
      certifications: new Map(),
    },
    es: { settings: {}, pages: new Map(), modules: new Map(), certifications: new Map() },
  },
} as unknown as SiteContent;

describe('programme text in a language', () => {
  it('shows the English of a field the translation lacks, and says which', () => {
    const text = pageText(content, application, 'fr');
    expect(text.title).toBe('Candidater');
    expect(text.steps).toEqual([{ title: 'Écrivez', text: 'Écrivez-nous.' }]);
    expect(text.fees).toEqual(application.fees);
    expect([...text.english]).toEqual(['fees']);
    expect(langOf(text, 'fees')).toBe('en');
    expect(langOf(text, 'steps')).toBeUndefined();
  });

  it('shows every field in English where there is no translation at all', () => {
    const text = pageText(content, application, 'es');
    expect(text.title).toBe('How to apply');
    expect([...text.english].sort()).toEqual(['description', 'fees', 'steps', 'title']);
    const certification = certificationText(content, cma as Certification, 'es');
    expect(certification.summary).toBe(cma.summary);
    expect([...certification.english].sort()).toEqual(['awardedFor', 'summary', 'validityRule']);
  });

  it('reads the settings field by field too', () => {
    const text = settingsText(content, 'fr');
    expect(text.lead).toBe('Accroche.');
    expect(text.what).toBe('What.');
    expect(text.image('home')).toBe('Three clusters.');
    expect(text.image('programme')).toBe('');
    // The programme picture has no description in English either: nothing is shown in English.
    expect([...text.english].sort()).toEqual(['application', 'homeImage', 'what', 'who']);
  });

  it('says nothing is in English on an English page', () => {
    expect(pageText(content, application, 'en').english.size).toBe(0);
    expect(settingsText(content, 'en').english.size).toBe(0);
  });
});
