// Post-build step: /admin/ (Sveltia CMS) in dist/admin/, loading nothing from a CDN. public/admin/
// holds the page and backend.yml (where saves go, per deployment); this adds the CMS script from
// the pinned npm package with the three fonts its styles name served from the site, and
// config.yml, the form, written from the content schemas. The page's own content security policy
// keeps the script's other outside calls (its update and GitHub status checks) from leaving the site.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cmsConfigYaml } from '../lib/site/content/cms-config.ts';
import { contentDir } from '../lib/site/content/config.ts';
import { readCollection } from '../lib/site/content/files.ts';
import { certificationSchema } from '../lib/site/schemas/index.ts';

/** The project's packages (the fonts' packages export no file paths). */
const modules = fileURLToPath(new URL('../../node_modules', import.meta.url));

/** The CDN font files the bundled styles name, and the npm files that replace them. */
const FONTS: { cdn: RegExp; file: string }[] = [
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@[\d.]+\/latin-wght-normal\.woff2/g,
    file: '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
  },
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/noto-mono@[\d.]+\/latin-400-normal\.woff2/g,
    file: '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  },
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/source-sans-3:vf@[\d.]+\/latin-wght-normal\.woff2/g,
    file: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  },
];

/**
 * The CMS script with its fonts at local addresses: the page's policy (font-src 'self') would
 * block the CDN's, and the editor's icons are a font. Throws if the package changed shape.
 */
export function localSveltiaScript(source: string): string {
  let script = source;
  for (const { cdn, file } of FONTS) {
    if (!cdn.test(script)) throw new Error(`Sveltia CMS: font address not found for ${file}; check the pinned version`);
    script = script.replace(cdn, `/admin/fonts/${file.split('/').pop()}`);
  }
  if (/cdn\.jsdelivr\.net|fonts\.googleapis/.test(script)) throw new Error('Sveltia CMS: a CDN font address is left');
  return script;
}

/** The certifications' kinds and titles, which name the options of a certification's kind in the form. */
function certificationTitles() {
  return readCollection(contentDir(), 'certifications', /^[^.]+\.ya?ml$/).flatMap((file) => {
    const parsed = 'data' in file ? certificationSchema.safeParse(file.data) : undefined;
    return parsed?.success ? [{ kind: parsed.data.kind, title: parsed.data.title }] : [];
  });
}

export default function sveltiaCms(): AstroIntegration {
  return {
    name: 'sveltia-cms',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const admin = join(fileURLToPath(dir), 'admin');
        mkdirSync(join(admin, 'fonts'), { recursive: true });
        const script = readFileSync(join(modules, '@sveltia/cms/dist/sveltia-cms.js'), 'utf8');
        writeFileSync(join(admin, 'sveltia-cms.js'), localSveltiaScript(script));
        for (const { file } of FONTS) copyFileSync(join(modules, file), join(admin, 'fonts', file.split('/').pop()!));
        writeFileSync(join(admin, 'config.yml'), cmsConfigYaml(certificationTitles()));
      },
    },
  };
}
