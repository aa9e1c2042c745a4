/**
 * What decides a certificate's files besides their input (which holds the wording and the
 * credential): the source of every module that renders the PDF and the baked badge, the version
 * of every package those modules import, and the PDF fonts. The render cache keys each
 * certificate on it (with the badge drawings), so a change to any of them renders every one again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initSync, parse } from 'es-module-lexer';
import { loadCertificateFonts } from './pdf/layout.ts';

/** Where rendering starts: the render threads' entry (which imports the PDF layout) and the badge's two modules. */
const ENTRIES = ['./pdf/render-worker.ts', './badge-images.ts', './baked-badge.ts'];

/** A hex SHA-256 over the renderer's modules (followed from `ENTRIES`), its packages' versions and the fonts' bytes. */
export function rendererFingerprint(): string {
  const hash = createHash('sha256');
  const packages = new Set<string>();
  const seen = new Set<string>();
  initSync();
  const visit = (url: URL) => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    const source = readFileSync(url, 'utf8');
    // Paths relative to this folder, so every checkout of the same code gives the same fingerprint.
    hash.update(`${relative(dirname(fileURLToPath(import.meta.url)), fileURLToPath(url))}\n`).update(source);
    for (const { n: specifier, ss } of parse(source)[0]) {
      // Type-only imports leave nothing in the running code; node: modules come with Node.
      if (!specifier || /^(import|export)\s+type\s/.test(source.slice(ss)) || specifier.startsWith('node:')) continue;
      if (specifier.startsWith('.')) visit(new URL(specifier, url));
      else packages.add(packageVersion(specifier));
    }
  };
  for (const entry of ENTRIES) visit(new URL(entry, import.meta.url));
  for (const version of [...packages].sort()) hash.update(`${version}\n`);
  const fonts = loadCertificateFonts();
  hash.update(fonts.serif.bytes).update(fonts.serifBold.bytes);
  return hash.digest('hex');
}

/** `qrcode@1.5.4` for `qrcode` (or any path inside it): the version installed where the renderer runs. */
function packageVersion(specifier: string): string {
  const name = specifier.split('/', specifier.startsWith('@') ? 2 : 1).join('/');
  for (let dir = dirname(fileURLToPath(import.meta.resolve(specifier))); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
    if (found === name) return `${name}@${version}`;
  }
  throw new Error(`renderer fingerprint: no package.json found for ${name}`);
}
