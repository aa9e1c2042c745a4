// `/badges/<kind>.svg` and `/badges/<kind>.png`: each certification's badge, as staff drew it and
// rendered as PNG, and `/badges/issuer.png`, the logo. Credentials name these addresses
// (`achievement.image`, `issuer.image`), so they never change; record and trainer pages show the SVG.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../data.ts';
import { badgePath, ISSUER_IMAGE_PATH, renderBadgePng, renderIssuerPng } from '../../lib/certificates/badge-images.ts';
import { badgeFile } from '../../lib/site/content/images.ts';

const fileName = (path: string) => path.slice('/badges/'.length);

export const getStaticPaths = (() => {
  const content = getContent();
  const files = content.certifications.flatMap((c) => [badgePath(c.kind, 'svg'), badgePath(c.kind, 'png')]);
  if (content.logo) files.push(ISSUER_IMAGE_PATH);
  return files.map((path) => ({ params: { file: fileName(path) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const content = getContent();
  if (params.file === fileName(ISSUER_IMAGE_PATH)) {
    const png = await renderIssuerPng(content);
    return new Response(png && new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
  }
  const certification = content.certifications.find((c) => params.file?.startsWith(`${c.kind}.`))!;
  if (params.file?.endsWith('.svg'))
    return new Response(readFileSync(join(content.dir, badgeFile(certification.kind))), {
      headers: { 'content-type': 'image/svg+xml' },
    });
  return new Response(new Uint8Array(await renderBadgePng(content, certification.kind)), {
    headers: { 'content-type': 'image/png' },
  });
};
