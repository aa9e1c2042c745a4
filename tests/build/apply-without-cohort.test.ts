// The Apply and Contact pages built from a small content folder while its only cohort is being
// taught: there is no cohort to apply for, and the Apply page says so plainly; the Contact page
// leaves out what the settings do not hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { buildSite } from '../helpers/certificates.ts';
import { makeContent } from '../helpers/content-fixture.ts';

let dist = '';
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

beforeAll(() => {
  // The fixture's cohort 2027 teaches from 8 February to 12 March 2027.
  dist = buildSite(makeContent(), 'keys', { BUILD_DATE: '2027-03-01' });
});

describe('with no cohort to apply for (the only one is being taught)', () => {
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
