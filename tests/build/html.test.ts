// Every built HTML page validates with html-validate (rules in .htmlvalidate.json).
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles } from '../helpers/dist.ts';

const pages = distFiles().filter((f) => f.endsWith('.html'));
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validity', () => {
  it('has pages to validate', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)('%s is valid', async (page) => {
    const report = await validator.validateFile(`${DIST}/${page}`);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`),
    );
    expect(messages).toEqual([]);
  });
});
