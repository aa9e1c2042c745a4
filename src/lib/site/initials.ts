/**
 * Up to two letters standing for a person without a photo: the first letters of the first and
 * the last capitalised name, in any script (`Ελένη Γεωργίου` → `ΕΓ`, `Marijke van 't Hoff` → `MH`).
 *
 * @example initials('Цветелина Димитрова') // 'ЦД'
 */
export function initials(name: string): string {
  const words = name.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  // Particles such as "van", "de" or "'t" are not what a reader abbreviates; scripts without
  // capitals (Arabic, Chinese) keep every word.
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word));
  const names = capitalised.length > 0 ? capitalised : words;
  const letter = (word: string | undefined) => word?.match(/\p{L}\p{M}*/u)?.[0] ?? '';
  const last = names.length > 1 ? names.at(-1) : undefined;
  return (letter(names[0]) + letter(last)).toLocaleUpperCase();
}

/** One of four tints for a placeholder, the same for a name on every page. */
export function initialsTone(name: string): number {
  let sum = 0;
  for (const char of name) sum += char.codePointAt(0) ?? 0;
  return sum % 4;
}
