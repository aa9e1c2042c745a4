// The security policy as shipped: a CSP on every page, no inline handlers, no third-party
// origins, and the static-host headers file.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { distFiles, readDist } from '../helpers/dist.ts';

// /admin/ (Sveltia CMS) has a policy of its own, tested in admin.test.ts.
const pages = distFiles().filter((file) => file.endsWith('.html') && !file.startsWith('admin/'));

function csp(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('content security policy', () => {
  it.each(pages)('%s has a strict policy', (file) => {
    const html = readDist(file);
    const policy = csp(html);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts.filter((s) => s !== "'self'" && !s.startsWith("'sha256-"))).toEqual([]);
    for (const directive of policy.values())
      expect(directive.join(' ')).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it.each(pages)('%s runs no inline script its policy does not name, and has no inline style', (file) => {
    const html = readDist(file);
    const allowed = csp(html).get('script-src') ?? [];
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, attributes]) => !/\ssrc=|type="application\/json"/.test(attributes!))
      .map(([, , code]) => code!);
    expect(inline.length).toBeGreaterThan(0);
    for (const code of inline)
      expect(allowed).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    // style-src 'self': styles come only as files.
    expect(csp(html).get('style-src')).toEqual(["'self'"]);
    expect(html).not.toMatch(/<style\b|\sstyle="/);
  });

  it.each(pages)('%s has no inline event handlers and loads nothing from other origins', (file) => {
    const html = readDist(file);
    expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    const sources = [...html.matchAll(/<(?:script|img|iframe|source|audio|video)\b[^>]*\ssrc="([^"]*)"/g)].map(
      (m) => m[1],
    );
    // Canonical and alternate links only name the public site; other links load something.
    const links = [...html.matchAll(/<link\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => !/rel="(canonical|alternate|sitemap)"/.test(tag))
      .map((tag) => /href="([^"]*)"/.exec(tag)?.[1]);
    expect([...sources, ...links].filter((url) => /^(https?:)?\/\//.test(url ?? ''))).toEqual([]);
  });
});

describe('_headers for static hosts', () => {
  const headers = readDist('_headers');
  const forAll = headers.split(/\n(?=\/)/).find((block) => block.startsWith('/*'))!;

  it.each([
    /Strict-Transport-Security: max-age=\d{8,}; includeSubDomains/,
    /Content-Security-Policy: .*frame-ancestors 'none'/,
    /X-Content-Type-Options: nosniff/,
    /Referrer-Policy: no-referrer\n/,
    /Permissions-Policy: .*camera=\(self\).*geolocation=\(\).*microphone=\(\)/,
  ])('sends %s on every path', (header) => {
    expect(forAll).toMatch(header);
  });

  it('lets any origin read what verifiers fetch: did.json, the revocation list and the credentials', () => {
    for (const path of ['/.well-known/did.json', '/registry/status-list.json', '/registry/*/credential.json']) {
      const block = headers.split(/\n(?=\/)/).find((b) => b.startsWith(`${path}\n`));
      expect(block, path).toMatch(/^\s+Access-Control-Allow-Origin: \*$/m);
    }
  });
});
