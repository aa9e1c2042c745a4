/**
 * The programme's reach as a map, drawn at build time: the countries with certified trainers and
 * the venues, as SVG path data from Natural Earth's countries (world-atlas). Countries far
 * from Europe and the Mediterranean get a small inset of their own, so the main map stays legible.
 */
import { geoConicConformal, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import iso from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import coarse from 'world-atlas/countries-110m.json' with { type: 'json' };
import detailed from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { Feature, Geometry } from 'geojson';

export interface ReachCountry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  /** Certified trainers listed in the directory. */
  count: number;
}

export interface MapVenue {
  city: string;
  /** Degrees. */
  lat: number;
  lon: number;
}

export interface MapShape {
  code: string;
  d: string;
  /** Set for countries with trainers. */
  reach?: ReachCountry | undefined;
}

export interface MapInset {
  country: ReachCountry;
  x: number;
  y: number;
  width: number;
  height: number;
  d: string;
}

export interface ReachMap {
  width: number;
  height: number;
  shapes: MapShape[];
  venues: (MapVenue & { x: number; y: number })[];
  insets: MapInset[];
}

const WIDTH = 800;
const HEIGHT = 560;
const INSET = 120;
/** Degrees of sea and land kept around the outermost countries' centres. */
const MARGIN = 4;
/** The main map's window: Europe, North Africa and the Levant (longitude, latitude). */
const WINDOW = { west: -32, east: 45, south: 25, north: 72 };

type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const featuresOf = (topology: unknown) =>
  feature(topology as Countries, (topology as Countries).objects.countries).features as CountryFeature[];

let countries: { coarse: CountryFeature[]; detailed: CountryFeature[] } | undefined;
/** 1:110m shapes keep the page light; 1:50m ones supply small countries 1:110m leaves out (Malta). */
function countryFeatures(codes: ReadonlySet<string>) {
  countries ??= { coarse: featuresOf(coarse), detailed: featuresOf(detailed) };
  const present = new Set(countries.coarse.map((f) => alpha2(f)));
  const missing = countries.detailed.filter((f) => codes.has(alpha2(f) ?? '') && !present.has(alpha2(f)));
  return { all: [...countries.coarse, ...missing], detailed: countries.detailed };
}

const alpha2 = (f: CountryFeature) => (f.id === undefined ? undefined : iso.numericToAlpha2(String(f.id)));

function inWindow(f: CountryFeature): boolean {
  const [lon, lat] = geoPath().centroid(f);
  return lon >= WINDOW.west && lon <= WINDOW.east && lat >= WINDOW.south && lat <= WINDOW.north;
}

/** Path data with whole-pixel coordinates: a fifth of the bytes, no visible difference. */
const pathOf = (projection: GeoProjection) => geoPath(projection).digits(0);

/**
 * The map for the given countries and venues. Countries outside the main window are drawn in
 * insets along the bottom edge, largest reach first.
 */
export function reachMap(reach: readonly ReachCountry[], venues: readonly MapVenue[]): ReachMap {
  const byCode = new Map(reach.map((c) => [c.code, c]));
  const { all, detailed: fine } = countryFeatures(new Set(byCode.keys()));
  const highlighted = all.filter((f) => byCode.has(alpha2(f) ?? ''));
  const near = highlighted.filter(inWindow);
  const far = highlighted.filter((f) => !inWindow(f));
  // Framed on the countries' centroids, not their shapes: France's shape reaches South America.
  const centres = (near.length ? near : highlighted).map((f) => geoPath().centroid(f));
  const lons = centres.map(([lon]) => lon);
  const lats = centres.map(([, lat]) => lat);
  const [west, east] = [Math.min(...lons) - MARGIN, Math.max(...lons) + MARGIN];
  const [south, north] = [Math.min(...lats) - MARGIN, Math.max(...lats) + MARGIN];
  const frame = {
    type: 'MultiPoint' as const,
    coordinates: [
      [west, south],
      [east, south],
      [west, north],
      [east, north],
      [(west + east) / 2, north],
      [(west + east) / 2, south],
    ],
  };
  const projection = geoConicConformal()
    .parallels([35, 65])
    .rotate([-(west + east) / 2, 0])
    .fitExtent(
      [
        [16, 16],
        [WIDTH - 16, HEIGHT - (far.length ? INSET + 24 : 16)],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [WIDTH, HEIGHT],
    ]);
  const path = pathOf(projection);
  const shapes = all
    .map((f) => {
      const code = alpha2(f) ?? '';
      return { code, d: path(f) ?? '', reach: byCode.get(code) };
    })
    .filter((shape) => shape.d !== '');
  // An inset is drawn large, so it takes the detailed shape.
  const insets = far.map((coarseShape, i) => {
    const f = fine.find((d) => alpha2(d) === alpha2(coarseShape)) ?? coarseShape;
    const x = 16 + i * (INSET + 16);
    const y = HEIGHT - INSET - 16;
    const inset = geoMercator().fitExtent(
      [
        [x + 8, y + 8],
        [x + INSET - 8, y + INSET - 24],
      ],
      f,
    );
    return { country: byCode.get(alpha2(f) ?? '')!, x, y, width: INSET, height: INSET, d: pathOf(inset)(f) ?? '' };
  });
  const placed = venues.flatMap((venue) => {
    const point = projection([venue.lon, venue.lat]);
    return point ? [{ ...venue, x: Math.round(point[0]), y: Math.round(point[1]) }] : [];
  });
  return { width: WIDTH, height: HEIGHT, shapes, venues: placed, insets };
}
