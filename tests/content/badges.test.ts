// The certifications' badges and the holder's e-mail template through the real `npm run check`:
// every unsafe or misshapen badge and every unknown placeholder named with its file and field, in
// one run, no stack trace; and the SVG rules one by one on the function that applies them.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { svgProblems } from '../../src/lib/site/content/svg-safety.ts';
import { makeContent, validFiles } from '../helpers/content-fixture.ts';

function check(contentDir: string) {
  const result = spawnSync(process.execPath, ['scripts/check.ts'], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SVG = 'xmlns="http://www.w3.org/2000/svg"';
const square = (inside: string, attributes = '') =>
  `<svg ${SVG} ${attributes} viewBox="0 0 100 100"><rect width="100" height="100"/>${inside}</svg>`;

describe('npm run check on badges', () => {
  it('accepts the fixture badges and a drawing with its own gradient, an embedded picture and the SVG 1.1 DOCTYPE', () => {
    const drawn = `<?xml version="1.0"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg ${SVG} xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100">
  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
  <style>circle { fill: url(#g) }</style>
  <circle cx="50" cy="50" r="40" fill="url(#g)"/>
  <use xlink:href="#g"/>
  <image width="1" height="1" href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="/>
</svg>`;
    expect(svgProblems(drawn)).toEqual([]);
    const { status, stderr } = check(makeContent({ 'certifications/cma.svg': drawn }));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('names every bad badge with what to do, all in one run, and no stack trace', () => {
    const dir = makeContent({
      'certifications/cma.svg': square('<script>alert(1)</script>'), // runs in the site's origin
      'certifications/instructor.svg': null, // missing
      'certifications/instructor.png': 'PNG', // not a drawing
      'certifications/pilot.svg': square(''), // no certification file
    });
    const { status, stdout, stderr } = check(dir);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    for (const line of [
      `${dir}/certifications/cma.svg: expected a drawing with no script and nothing loaded from elsewhere; found a <script> element`,
      `${dir}/certifications/instructor.svg: missing: expected the badge of ${dir}/certifications/instructor.yaml, a square SVG drawing`,
      `${dir}/certifications/instructor.png: expected a certification (.yaml) or its badge as an SVG drawing (.svg)`,
      `${dir}/certifications/pilot.svg: expected a badge named after its certification file, like cma.svg beside cma.yaml`,
    ])
      expect(stderr).toContain(line);
    expect(stderr).toMatch(/\n4 problems in content; nothing was built\.\n$/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it.each([
    [
      'a badge that is not square',
      `<svg ${SVG} width="300" height="200"><rect width="300" height="200"/></svg>`,
      'expected a square badge; found 300 × 200',
    ],
    [
      'a badge that is not XML',
      '<svg><rect></svg>',
      'could not be read as an SVG drawing (line 1: Unexpected close tag)',
    ],
    [
      'a drawing without the SVG namespace',
      '<svg viewBox="0 0 1 1"/>',
      'expected an SVG drawing: an <svg> root element with xmlns=',
    ],
    [
      'a badge over 1 MB',
      square(`<!-- ${'x'.repeat(1100 * 1024)} -->`),
      'expected a badge of at most 1024 KB; this one has 1101 KB',
    ],
  ])('reports %s', (_, svg, message) => {
    const { status, stderr } = check(makeContent({ 'certifications/instructor.svg': svg }));
    expect(status).toBe(1);
    expect(stderr).toContain(`certifications/instructor.svg: ${message}`);
  });
});

describe('what an SVG badge may not hold', () => {
  it.each([
    ['a script element', square('<script>alert(1)</script>'), 'a <script> element'],
    ['an event attribute', square('', 'onload="alert(1)"'), 'an event attribute onload="…" on <svg>'],
    ['a javascript: link', square('<a href="javascript:alert(1)"><rect/></a>'), 'a javascript: address on <a>'],
    [
      'HTML inside foreignObject',
      square('<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">Hi</p></foreignObject>'),
      'a <foreignObject> element',
    ],
    [
      'an animation that sets a link',
      square('<a><set attributeName="href" to="https://evil.example/"/></a>'),
      'an animation of href on <set>',
    ],
    [
      'a picture from another site',
      square('<image href="https://evil.example/pixel.png"/>'),
      'a link to another file or site (href="https://evil.example/pixel.png") on <image>',
    ],
    [
      'a file beside it',
      square('<use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="other.svg#a"/>'),
      'a link to another file or site (xlink:href="other.svg#a") on <use>',
    ],
    ['a style sheet from elsewhere', square('<style>@import url(https://evil.example/a.css);</style>'), 'in <style>'],
    [
      'a url() to elsewhere in an attribute',
      square('<rect style="fill: url(https://evil.example/p)"/>'),
      'in style="…" on <rect>',
    ],
    [
      'a style sheet instruction',
      `<?xml-stylesheet href="https://evil.example/a.css"?>${square('')}`,
      'a processing instruction <?xml-stylesheet?>',
    ],
    ['declared entities', `<!DOCTYPE svg [<!ENTITY e "x">]>${square('')}`, 'a DOCTYPE that declares entities'],
  ])('refuses %s', (_, svg, part) => {
    const [message] = svgProblems(svg);
    expect(message).toMatch(/^expected a drawing with no script and nothing loaded from elsewhere; found /);
    expect(message).toContain(part);
  });

  it('an entity that loads a file is refused before anything reads it', () => {
    expect(svgProblems(`<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg ${SVG}>&x;</svg>`)[0]).toMatch(
      /^could not be read as an SVG drawing/,
    );
  });
});

describe('npm run check on the holder e-mail template', () => {
  it('names unknown placeholders in the subject and the text, and a missing template', () => {
    const template = validFiles['emails/holder-pack.md']!;
    const dir = makeContent({
      'emails/holder-pack.md': template
        .replace("subject: 'Your certificate {{id}}, {{name}}'", "subject: 'Your certificate {{ID}}'")
        .replace('Dear {{name}},', 'Dear {{ holder }}, {{name}},'),
    });
    const { status, stderr } = check(dir);
    expect(status).toBe(1);
    expect(stderr).toContain(
      `${dir}/emails/holder-pack.md: line 2: subject: unknown placeholder {{ID}}; expected one of {{name}}, {{certification}}, {{id}},`,
    );
    expect(stderr).toContain(`${dir}/emails/holder-pack.md: text: unknown placeholder {{ holder }}; expected one of`);
    expect(stderr).toMatch(/\n2 problems in content/);

    const missing = check(makeContent({ 'emails/holder-pack.md': null }));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(
      'emails/holder-pack.md: missing: expected the words of the e-mail npm run issue drafts for each holder',
    );
  });
});
