// Data and words handed to a page's scripts: whatever the text, the script element's content is
// valid JSON that gives back exactly that text and never ends the element early.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scriptJson } from '../../src/lib/site/script-json.ts';

describe('scriptJson', () => {
  it('keeps quotes, backslashes and markup as text', () => {
    const words = { upcoming: 'À «venir» "bientôt"', current: 'C:\\now\\', past: '</script><!--<script>alert(1)' };
    const json = scriptJson(words);
    expect(JSON.parse(json)).toEqual(words);
    expect(json).not.toMatch(/<\/script|<!--/i);
  });

  it('round-trips any text, and its output never holds a "<" the HTML parser would read', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string({ unit: 'grapheme' })), (value) => {
        const json = scriptJson(value);
        expect(json).not.toContain('<');
        expect(JSON.parse(json)).toEqual(value);
      }),
    );
  });
});
