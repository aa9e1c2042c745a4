// What an SVG the site publishes as it is (a certification's badge) may not hold: anything that
// runs (scripts, event attributes, javascript: links) or loads something from elsewhere (links to
// other files or sites, style sheets, entities). Opened at its own address, an SVG runs in the
// site's origin, so a script in a badge would be a script on the site.
import sax from 'sax';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
/** Elements that run code or embed another document. */
const ACTIVE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'handler', 'listener']);
/** Animations, which can set a link or an event attribute after loading. */
const ANIMATIONS = new Set(['set', 'animate', 'animatemotion', 'animatetransform']);
/** A raster picture inside the file itself; any other address points elsewhere. */
const EMBEDDED_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,/i;
/** CSS that loads from elsewhere: `@import`, or `url()` that is not `#id` or an embedded picture. */
const CSS_ELSEWHERE = /@import|url\(\s*['"]?(?!#|data:image\/(?:png|jpeg|gif|webp);base64,)/i;

/**
 * What is wrong with `text` as an SVG drawing to publish, as messages for `npm run check` (empty
 * when nothing is). Read with sax in strict XML mode, so a file that is not XML is named as such.
 *
 * @example svgProblems('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')
 * // ['expected a drawing with no script and nothing loaded from elsewhere; found a <script> element: …']
 */
export function svgProblems(text: string): string[] {
  const found = new Set<string>();
  const parser = sax.parser(true, { xmlns: true });
  let root: sax.QualifiedTag | undefined;
  let inStyle = false;
  // The plain SVG 1.1 DOCTYPE that drawing programs write is harmless; entities declared inside one are not.
  parser.ondoctype = (doctype) => {
    if (doctype.includes('[')) found.add('a DOCTYPE that declares entities (they can load other files)');
  };
  parser.onprocessinginstruction = ({ name }) => {
    if (name !== 'xml') found.add(`a processing instruction <?${name}?> (it can load a style sheet)`);
  };
  parser.onopentag = (node) => {
    // With `xmlns: true` every tag comes qualified (its local name and namespace).
    const tag = node as sax.QualifiedTag;
    const element = tag.local.toLowerCase();
    root ??= tag;
    inStyle = element === 'style';
    if (ACTIVE_ELEMENTS.has(element)) found.add(`a <${tag.local}> element`);
    for (const attribute of Object.values(tag.attributes)) {
      const name = attribute.local.toLowerCase();
      const value = attribute.value.trim();
      if (name.startsWith('on')) found.add(`an event attribute ${attribute.name}="…" on <${tag.local}>`);
      else if (/^javascript:/i.test(value)) found.add(`a javascript: address on <${tag.local}>`);
      else if (name === 'href' && !value.startsWith('#') && !EMBEDDED_IMAGE.test(value))
        found.add(`a link to another file or site (${attribute.name}="${value.slice(0, 60)}") on <${tag.local}>`);
      else if (CSS_ELSEWHERE.test(value))
        found.add(`a reference to another file or site in ${attribute.name}="…" on <${tag.local}>`);
      if (ANIMATIONS.has(element) && name === 'attributename' && /^(?:\w+:)?(?:href|on)/i.test(value))
        found.add(`an animation of ${value} on <${tag.local}>`);
    }
  };
  parser.onclosetag = () => (inStyle = false);
  const styleText = (css: string) => {
    if (inStyle && CSS_ELSEWHERE.test(css))
      found.add('a reference to another file or site (@import or url()) in <style>');
  };
  parser.ontext = styleText;
  parser.oncdata = styleText;
  try {
    parser.write(text).close();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return [`could not be read as an SVG drawing (line ${parser.line + 1}: ${reason}): save it again as SVG`];
  }
  const problems: string[] = [];
  if (!root || root.local !== 'svg' || root.uri !== SVG_NAMESPACE)
    problems.push(`expected an SVG drawing: an <svg> root element with xmlns="${SVG_NAMESPACE}"`);
  if (found.size > 0)
    problems.push(
      `expected a drawing with no script and nothing loaded from elsewhere; found ${[...found].join(', ')}: remove them, or export the drawing again as plain SVG`,
    );
  return problems;
}
