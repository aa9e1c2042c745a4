// TEMPORARY STUB until the translations land.
import { en } from './en.ts';
import type { Texts } from './index.ts';

export const es: Texts = { ...en, lang: 'es', locale: 'es', name: 'Español' };
