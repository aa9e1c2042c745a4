// Where each language's pages live: one function turns a site path in any language into the same
// page's path in another.
import { describe, expect, it } from 'vitest';
import { LANGS, langOfPath, localePath } from '../../src/i18n/locales.ts';

describe('localePath', () => {
  it('writes English paths unprefixed and the others under their code', () => {
    expect(localePath('en', '/registry/')).toBe('/registry/');
    expect(localePath('fr', '/registry/')).toBe('/fr/registry/');
    expect(localePath('es', '/')).toBe('/es/');
  });

  it('moves a path in any language to any other, keeping its query and fragment', () => {
    const paths = ['/', '/trainers/?country=GR', '/registry/EFCE-CMA-2027-0001/#ey.J0.k', '/trainers/2/'];
    for (const path of paths)
      for (const from of LANGS)
        for (const to of LANGS) {
          const translated = localePath(to, localePath(from, path));
          expect(translated).toBe(localePath(to, path));
          expect(langOfPath(translated)).toBe(to);
          expect(localePath('en', translated)).toBe(path);
        }
  });

  it('reads only the first segment as a language', () => {
    expect(langOfPath('/trainers/fr/')).toBe('en');
    expect(langOfPath('/french/')).toBe('en');
    expect(localePath('es', '/trainers/fr/')).toBe('/es/trainers/fr/');
  });
});
