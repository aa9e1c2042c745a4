import { z } from 'astro/zod';
import { countryCode, line } from './common.ts';

/** `content/venues/<id>.yaml`: a place where in-class weeks are held. */
export const venueSchema = z
  .strictObject({
    /** Display name, e.g. "Foundation headquarters". */
    name: line,
    city: line,
    country: countryCode,
    /** Street address, used as the calendar event location. */
    address: line,
    /** IANA time zone, e.g. "Europe/Madrid". */
    timeZone: line,
    /** Where the venue is on the reach map, in degrees north (south is negative), e.g. 41.39. */
    latitude: z.number({ error: 'expected degrees north like 41.39' }).min(-90).max(90).optional(),
    /** Degrees east (west is negative), e.g. 2.17. */
    longitude: z.number({ error: 'expected degrees east like 2.17' }).min(-180).max(180).optional(),
  })
  .refine((venue) => (venue.latitude === undefined) === (venue.longitude === undefined), {
    path: ['longitude'],
    error: 'expected latitude and longitude together, or neither',
  });
export type Venue = z.infer<typeof venueSchema>;
