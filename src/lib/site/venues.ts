/** Venues of the in-class weeks, as the contact page links them. */
import type { Venue } from './schemas/index.ts';

/**
 * The venue on OpenStreetMap: a marker at its coordinates when the file gives them, else a search
 * for its address.
 *
 * @example venueMapUrl({ address: 'Hafenstraße 47, 4020 Linz, Austria' }) // 'https://www.openstreetmap.org/search?query=Hafenstra%C3%9Fe…'
 */
export function venueMapUrl(venue: Pick<Venue, 'address' | 'latitude' | 'longitude'>): string {
  if (venue.latitude !== undefined && venue.longitude !== undefined)
    return `https://www.openstreetmap.org/?mlat=${venue.latitude}&mlon=${venue.longitude}#map=17/${venue.latitude}/${venue.longitude}`;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(venue.address)}`;
}
