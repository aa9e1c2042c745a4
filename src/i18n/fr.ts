// TEMPORARY STUB until the translations land.
import { en } from './en.ts';
import type { Texts } from './index.ts';

export const fr: Texts = { ...en, lang: 'fr', locale: 'fr', name: 'Français' };
