// The content security policy every page carries in a <meta> tag (public/_headers adds what a
// <meta> tag cannot say: frame-ancestors, HSTS). It is one string for the whole site: styles and
// scripts are files from the site itself (astro.config.mjs keeps Astro from inlining them), and
// the one inline script, EARLY_SCRIPT, is allowed by its hash. Astro's own `security.csp` hashes
// every page's styles again on every page: 17–23 s of a 72,000-page build (ARCHITECTURE.md,
// Languages).
import { createHash } from 'node:crypto';

/**
 * Runs before first paint, so controls that need JavaScript, and a verdict on a certificate code in
 * the address's fragment, take their place without a layout shift.
 */
export const EARLY_SCRIPT =
  "document.documentElement.classList.add('js');if(location.hash.length>1)document.documentElement.classList.add('fragment');";

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${hash(EARLY_SCRIPT)}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
