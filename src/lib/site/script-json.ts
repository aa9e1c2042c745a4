/**
 * JSON to embed in `<script type="application/json">`: `<` is escaped, so no text inside (a
 * name, say) can close the script element.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
