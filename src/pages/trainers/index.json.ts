// `/trainers/index.json`: every listed trainer as the directory's filter needs them, in short keys
// (lib/site/directory-filter.ts, IndexRow), fetched on the first filtering so that no directory page has
// to hold them all. A trainer's photo is given as the card's WebP sizes, the files the pages use.
import type { APIRoute } from 'astro';
import { getImage } from 'astro:assets';
import { getDirectory } from '../../data.ts';
import { directoryIndex } from '../../lib/site/directory.ts';
import { PHOTO_SIZES, trainerPhotos } from '../../pictures.ts';

export const GET: APIRoute = async () => {
  const index = directoryIndex(getDirectory());
  const side = PHOTO_SIZES.card;
  const withPhotos = await Promise.all(
    index.trainers.map(async (row) => {
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
      return { ...row, p: { src: image.src, srcset: image.srcSet.attribute, width: side, height: side } };
    }),
  );
  return new Response(JSON.stringify({ ...index, trainers: withPhotos }), {
    headers: { 'content-type': 'application/json' },
  });
};
