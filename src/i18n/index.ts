// The site's languages and their interface text. English is the reference: every other language
// is typed against it, so a missing or misspelt key fails `npm run lint` (astro check).
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';

export const LANGS = ['en', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** English's shape with every string widened, so a translation may say anything in each place. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };
export type Texts = Widen<typeof en>;

export const dictionaries: Record<Lang, Texts> = { en, fr, es };
