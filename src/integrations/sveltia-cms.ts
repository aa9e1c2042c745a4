// Post-build step: put Sveltia CMS under dist/admin/ from the pinned npm package, so /admin/
// loads nothing from a CDN. public/admin/ holds the page and config.yml; this adds the script
// and the three fonts its styles name, and turns off its update check (a fetch to unpkg.com) and
// its GitHub status check.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

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

/** The update check fetches unpkg.com's package.json; answering "no version" turns it off. */
const UPDATE_CHECK =
  /(=async\(\)=>\{try\{)(let e=await fetch\(\w+\);if\(!e\.ok\)return;let\{version:t\}=await e\.json\(\))/;

/** With the GitHub backend it polls githubstatus.com; answering "unknown" turns that off too. */
const STATUS_CHECK = /(=async\(\)=>\{)(try\{let\{status:\{indicator:e\}\}=await)/;

/** The CMS script with local font addresses and no update check; throws if the package changed shape. */
export function localSveltiaScript(source: string): string {
  let script = source;
  for (const { cdn, file } of FONTS) {
    if (!cdn.test(script)) throw new Error(`Sveltia CMS: font address not found for ${file}; check the pinned version`);
    script = script.replace(cdn, `/admin/fonts/${file.split('/').pop()}`);
  }
  if (!UPDATE_CHECK.test(script)) throw new Error('Sveltia CMS: update check not found; check the pinned version');
  script = script.replace(UPDATE_CHECK, '$1return;$2');
  if (!STATUS_CHECK.test(script)) throw new Error('Sveltia CMS: status check not found; check the pinned version');
  script = script.replace(STATUS_CHECK, '$1return`unknown`;$2');
  if (/cdn\.jsdelivr\.net|fonts\.googleapis/.test(script)) throw new Error('Sveltia CMS: a CDN font address is left');
  return script;
}

export default function sveltiaCms(): AstroIntegration {
  return {
    name: 'sveltia-cms',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const admin = join(fileURLToPath(dir), 'admin');
        const dist = join(modules, '@sveltia/cms/dist');
        mkdirSync(join(admin, 'fonts'), { recursive: true });
        writeFileSync(
          join(admin, 'sveltia-cms.js'),
          localSveltiaScript(readFileSync(join(dist, 'sveltia-cms.js'), 'utf8')),
        );
        for (const { file } of FONTS) copyFileSync(join(modules, file), join(admin, 'fonts', file.split('/').pop()!));
        // Loaded only for custom React previews, from chunks/ beside the script.
        mkdirSync(join(admin, 'chunks'), { recursive: true });
        copyFileSync(join(dist, 'chunks', 'react-dom.js'), join(admin, 'chunks', 'react-dom.js'));
      },
    },
  };
}
