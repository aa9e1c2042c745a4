// Trainer bios through the real renderer Astro uses (satteri), before and after the safety steps.
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { escapeRawHtml, keepSafeLinks } from '../../src/lib/site/untrusted-markdown.ts';

async function render(markdown: string): Promise<string> {
  return keepSafeLinks(markdownToHtml(escapeRawHtml(markdown)).html);
}

describe('untrusted Markdown', () => {
  it('shows raw HTML as text', async () => {
    const html = await render('Hi <script>window.x=1</script> <img src=x onerror=alert(1)> &amp; **bold**');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;window.x=1&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&amp;amp;');
    expect(html).toContain('<strong>bold</strong>');
  });

  it('keeps web, mail and relative links and drops script and data addresses', async () => {
    const html = await render(
      '[a](https://ok.example/x) [b](mailto:x@y.example) [c](/trainers/) [d](javascript:alert(1)) ' +
        '[e](JAVASCRIPT:alert(1)) [f](java%0Ascript:x) [g](data:text/html,x) ![h](javascript:x) [i](vbscript:x)',
    );
    expect(html).toContain('href="https://ok.example/x"');
    expect(html).toContain('href="mailto:x@y.example"');
    expect(html).toContain('href="/trainers/"');
    expect(html).not.toMatch(/javascript|data:|vbscript/i);
    expect(html.match(/href=/g)).toHaveLength(3);
  });
});
