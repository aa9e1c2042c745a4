/**
 * Markdown that many people write (trainer bios) is shown, never run: raw HTML stays text and
 * links keep only web and mail addresses. Astro's Markdown renderer passes both through as is.
 */

/** Turns raw HTML and character references into literal text before the Markdown is rendered. */
export function escapeRawHtml(markdown: string): string {
  return markdown.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
}

const SAFE_ADDRESS = /^(https?:|mailto:|[/#?.]|[^:]*$)/i;

/**
 * Drops `href` and `src` values the renderer produced from Markdown links and images unless they
 * are web, mail or relative addresses (`javascript:`, `data:` and the like go). Works on the
 * renderer's output, where every attribute is double-quoted and escaped.
 */
export function keepSafeLinks(html: string): string {
  return html.replace(/\s(href|src)="([^"]*)"/g, (attribute, _name: string, value: string) => {
    const address = value.replace(/&#x?[0-9a-f]+;|&[a-z]+;|[\s\u0000-\u001f]/gi, '');
    return SAFE_ADDRESS.test(address) ? attribute : '';
  });
}
