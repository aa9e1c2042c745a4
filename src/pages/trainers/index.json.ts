// `/trainers/index.json`: every listed trainer as the directory's filter needs them, fetched on
// the first filtering so that no directory page has to hold them all. A trainer's photo is given
// as the card's WebP sizes, the same files the directory pages use.
import type { APIRoute } from 'astro';
import { getImage } from 'astro:assets';
import { getContent } from '../../data.ts';
import { t } from '../../i18n/en.ts';
import { directoryRows } from '../../lib/directory.ts';
import { buildDate } from '../../lib/today.ts';
import { PHOTO_SIZES, trainerPhotos } from '../../pictures.ts';

export const GET: APIRoute = async () => {
  const { settings, trainers, certifications } = getContent();
  const rows = directoryRows(trainers, certifications, buildDate(settings.timeZone));
  const side = PHOTO_SIZES.card;
  const withPhotos = await Promise.all(
    rows.map(async (row) => {
      const src = trainerPhotos.get(row.id);
      if (!src) return row;
      // The options of TrainerPhoto's WebP source, so astro:assets makes each file once.
      const image = await getImage({
        src,
        width: side,
        height: side,
        widths: [side, side * 2],
        fit: 'cover',
        format: 'webp',
      });
      const photo = {
        src: image.src,
        srcset: image.srcSet.attribute,
        width: side,
        height: side,
        alt: t.site.look.photoAlt(row.name),
      };
      return { ...row, photo };
    }),
  );
  return new Response(JSON.stringify({ trainers: withPhotos }), { headers: { 'content-type': 'application/json' } });
};
