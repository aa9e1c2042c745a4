/**
 * What decides a PDF's bytes besides its input (which holds the wording): the source of every
 * module the renderer runs, the version of every package those modules import, and the fonts.
 * The render cache keys each PDF on it, so a change to any of them renders every PDF again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initSync, parse } from 'es-module-lexer';
import { loadCertificateFonts } from './layout.ts';

/** The render threads' entry: it imports the layout, which imports the rest. */
const ENTRY = new URL('./render-worker.ts', import.meta.url);

/** A hex SHA-256 over the renderer's modules (followed from `ENTRY`), its packages' versions and the fonts' bytes. */
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
  visit(ENTRY);
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
