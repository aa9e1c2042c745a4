import { describe, expect, it } from 'vitest';
import { pageText } from '../../src/i18n/content-text.ts';
import type { SiteContent } from '../../src/lib/site/content/check.ts';
import type { Page } from '../../src/lib/site/schemas/index.ts';

const page = {
  id: 'application',
  title: 'How to apply',
  description: 'Applying.',
  order: 5,
  fees: [{ item: 'Programme fee', amount: '€4,900' }],
  steps: [{ title: 'Get in touch', text: 'Write to us.' }],
} as Page & { id: string };

/** Content holding only a French translation of the application page, with the given fields. */
const withFrench = (fields: object) =>
  ({
    translations: {
      fr: { pages: new Map([['application', { title: 'Candidater', body: '', file: 'x', ...fields }]]) },
      es: { pages: new Map() },
    },
  }) as unknown as SiteContent;

describe('pageText', () => {
  it('takes each list from the translation, else the English one, and says which are English', () => {
    const steps = [{ title: 'Contact', text: 'Écrivez-nous.' }];
    const text = pageText(withFrench({ steps }), page, 'fr');
    expect(text.title).toBe('Candidater');
    expect(text.steps).toBe(steps);
    expect(text.fees).toBe(page.fees);
    expect(text.untranslated).toEqual({ fees: true, steps: false });
  });

  it('marks nothing untranslated in English, or where the English has no such list', () => {
    expect(pageText(withFrench({}), page, 'en').untranslated).toEqual({ fees: false, steps: false });
    const overview = { ...page, fees: undefined, steps: undefined };
    expect(pageText(withFrench({}), overview, 'fr').untranslated).toEqual({ fees: false, steps: false });
  });
});
