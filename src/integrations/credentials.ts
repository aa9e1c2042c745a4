// Post-build step: each listed holder's Open Badges credential at /registry/<ID>/credential.json,
// as signed at issue (see lib/certificates/credential.ts), and the signed revocation list at
// /registry/status-list.json, as `npm run issue` stored it in content. Written straight to dist/
// rather than as Astro routes: 14,000 endpoint pages cost Astro about 20 s of build time at 10,000
// trainers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getContent } from '../data.ts';
import { credentialJson, publishedCredential, STATUS_LIST_PATH } from '../lib/certificates/credential.ts';
import { latestLedgerEntries } from '../lib/certificates/registry.ts';

export default function credentials(): AstroIntegration {
  return {
    name: 'ttt-credentials',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const content = getContent();
        let written = 0;
        for (const id of latestLedgerEntries(content.ledger).keys()) {
          const credential = publishedCredential(content, id);
          if (!credential) continue;
          const folder = join(fileURLToPath(dir), 'registry', id);
          mkdirSync(folder, { recursive: true });
          writeFileSync(join(folder, 'credential.json'), credentialJson(credential));
          written++;
        }
        logger.info(`${written} credentials written to registry/<ID>/credential.json`);
        if (content.statusList) {
          writeFileSync(join(fileURLToPath(dir), STATUS_LIST_PATH), credentialJson(content.statusList));
          logger.info(`the signed revocation list written to ${STATUS_LIST_PATH}`);
        }
      },
    },
  };
}
