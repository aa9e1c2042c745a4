// The Apply and Contact pages built from a small content folder on a day after every cohort: the
// Apply page says plainly that no cohort is scheduled, and the Contact page leaves out what the
// settings do not hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { buildSite } from '../helpers/certificates.ts';
import { makeContent } from '../helpers/content-fixture.ts';

let dist = '';
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

beforeAll(() => {
  process.env.BUILD_DATE = '2099-01-01';
  try {
    dist = buildSite(makeContent(), 'keys');
  } finally {
    delete process.env.BUILD_DATE;
  }
});

describe('with no upcoming cohort', () => {
  it('the Apply page says so, with no deadline or weeks', () => {
    const apply = html('apply');
    expect(apply).toContain(`<p data-no-cohort>${en.site.apply.noCohort}</p>`);
    expect(apply).not.toContain('data-deadline');
    expect(apply).not.toContain('id="apply-weeks"');
    // The fixture's application page has no fees or steps: no empty sections either.
    expect(apply).not.toContain('id="fees"');
    expect(apply).not.toContain('id="steps"');
  });

  it('the Contact page shows the e-mail and leaves out the telephone and postal address it was not given', () => {
    const contact = html('contact');
    expect(contact).toContain('mailto:hello@test.example');
    expect(contact).not.toContain('tel:');
    expect(contact).not.toContain('data-postal-address');
    expect(contact).toContain('<li data-venue="barcelona">');
  });
});
