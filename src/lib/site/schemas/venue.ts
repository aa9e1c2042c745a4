import { z } from 'astro/zod';
import { countryCode, line } from './common.ts';

/** `content/venues/<id>.yaml`: a place where in-class weeks are held. */
export const venueSchema = z
  .strictObject({
    name: line.meta({ title: 'Name', description: 'e.g. "Foundation headquarters".' }),
    city: line.meta({ title: 'City' }),
    country: countryCode.meta({ title: 'Country' }),
    address: line.meta({ title: 'Street address', description: 'Used as the calendar event location.' }),
    timeZone: line.meta({ title: 'Time zone', description: 'IANA time zone, e.g. "Europe/Madrid".' }),
    latitude: z.number({ error: 'expected degrees north like 41.39' }).min(-90).max(90).optional().meta({
      title: 'Latitude',
      description:
        'Where the venue is on the map of the programme: degrees north (south is negative), e.g. 41.3995. Give the longitude too.',
    }),
    longitude: z
      .number({ error: 'expected degrees east like 2.17' })
      .min(-180)
      .max(180)
      .optional()
      .meta({ title: 'Longitude', description: 'Degrees east (west is negative), e.g. 2.1909.' }),
  })
  .refine((venue) => (venue.latitude === undefined) === (venue.longitude === undefined), {
    path: ['longitude'],
    error: 'expected latitude and longitude together, or neither',
  });
export type Venue = z.infer<typeof venueSchema>;
