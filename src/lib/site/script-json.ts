/**
 * JSON to embed in `<script type="application/json">`, the one way pages hand data and words to
 * their scripts (never an attribute, whose escaping is HTML's, not JSON's). `<` is escaped, so no
 * text inside (a name, a translation) can close the element or open a comment.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
