import { z } from 'astro/zod';

/** The part of a JSON Schema this walk reads. */
interface Shape {
  type?: string;
  properties?: Record<string, Shape>;
  items?: Shape;
}

const shapes = new WeakMap<z.ZodType, Shape>();

/**
 * The fields of a translation (named by its schema) that its English file fills and it does not,
 * like `fees` or `home.lead`. A list of entries (fees, steps) is read entry by entry, so a shorter
 * one lacks `fees[2]`; a list of lines (a module's outcomes) is the translation's own, any length.
 *
 * @example missingTranslations(pageTranslationSchema, { title: 'Apply', fees: [...] }, { title: 'Candidater' }) // ['fees']
 */
export function missingTranslations(schema: z.ZodType, english: unknown, translation: unknown): string[] {
  let shape = shapes.get(schema);
  if (!shape) shapes.set(schema, (shape = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Shape));
  return gaps(shape, english, translation, '');
}

function gaps(shape: Shape, english: unknown, translation: unknown, field: string): string[] {
  if (english === undefined || english === null) return [];
  if (translation === undefined || translation === null) return [field];
  if (shape.properties && isRecord(english) && isRecord(translation))
    return Object.entries(shape.properties).flatMap(([key, inner]) =>
      gaps(inner, english[key], translation[key], field ? `${field}.${key}` : key),
    );
  if (shape.items?.properties && Array.isArray(english) && Array.isArray(translation))
    return english.flatMap((entry, i) => gaps(shape.items!, entry, translation[i], `${field}[${i}]`));
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
