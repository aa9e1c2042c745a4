import { resolve } from 'node:path';

/** Where content lives; `CONTENT_DIR` points the site, the scripts and the tests at another folder. */
export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}

/** Where `jwks.json` and `private/` live; `KEYS_DIR` overrides. */
export function keysDir(): string {
  return resolve(process.env.KEYS_DIR ?? 'keys');
}

/** Where rendered PDF certificates go; `CERTIFICATES_DIR` overrides. */
export function certificatesDir(): string {
  return resolve(process.env.CERTIFICATES_DIR ?? 'certificates');
}
