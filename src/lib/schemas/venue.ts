import { z } from 'astro/zod';
import { countryCode, line } from './common.ts';

/** `content/venues/<id>.yaml`: a place where in-class weeks are held. */
export const venueSchema = z.strictObject({
  /** Display name, e.g. "Foundation headquarters". */
  name: line,
  city: line,
  country: countryCode,
  /** Street address, used as the calendar event location. */
  address: line,
  /** IANA time zone, e.g. "Europe/Madrid". */
  timeZone: line,
});
export type Venue = z.infer<typeof venueSchema>;
