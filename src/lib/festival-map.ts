/**
 * The festival map, drawn at build time as plain SVG: no tile server, no script, no inline style,
 * so it works under the site's Content-Security-Policy, offline and on paper. This module is the
 * drawing logic only (projection, path strings, marker placement); the geometry comes from
 * src/data/xiamen-map.json (made once by scripts/derive-xiamen-map.ts) and the markup from
 * src/components/venues/FestivalMap.astro.
 */

/** A WGS-84 point as GeoJSON writes it: longitude first. */
export type LngLat = readonly [lng: number, lat: number];

/** A point in the SVG's user units: x to the right, y down. */
export interface Point {
  x: number;
  y: number;
}

/** A box of longitudes and latitudes, in degrees (WGS-84). */
export interface Bounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

/**
 * The committed geometry, as src/data/xiamen-map.json holds it. Rings are flat lists
 * `[lng, lat, lng, lat, …]`: a JSON import then types as `number[][]` with no casts.
 */
export interface MapGeometry {
  /** The box the map shows; the rings run a little past it, so no coast is drawn along its edges. */
  bounds: Bounds;
  /** Land and islands, holes included: drawn with the even-odd rule. */
  land: readonly (readonly number[])[];
  /** Land shown greyed: Kinmen, in view but not part of Xiamen. */
  other: readonly (readonly number[])[];
  /** Where each district's name goes: a point well inside the district, not a boundary. */
  districts: readonly { id: string; lng: number; lat: number }[];
}

/** A projection of a box of the globe onto an SVG viewBox `0 0 width height`. */
export interface Projection {
  width: number;
  height: number;
  /** Where a point lands; points outside the bounds land outside the viewBox. */
  project: (point: LngLat) => Point;
  /** Whether a point is inside the bounds. */
  contains: (point: LngLat) => boolean;
}

const DEGREES = Math.PI / 180;

/**
 * An equirectangular projection of `bounds` onto a viewBox `width` wide, its height set by the
 * box's shape. A degree of longitude is shortened by the cosine of the middle latitude, so at
 * Xiamen's size (60 km) shapes and distances keep their proportions within a fraction of a
 * percent, which is all a sketch map needs; north is up.
 * @example createProjection({ west: 118, east: 118.2, south: 24.4, north: 24.6 }, 200).project([118.1, 24.5]) // { x: 100, y: ≈110 }
 */
export function createProjection(bounds: Bounds, width: number): Projection {
  const { west, east, south, north } = bounds;
  if (!(east > west && north > south)) throw new Error(`expected east > west and north > south, got ${JSON.stringify(bounds)}`);
  const squeeze = Math.cos(((south + north) / 2) * DEGREES);
  const scale = width / ((east - west) * squeeze);
  return {
    width,
    height: (north - south) * scale,
    project: ([lng, lat]) => ({ x: (lng - west) * squeeze * scale, y: (north - lat) * scale }),
    contains: ([lng, lat]) => lng >= west && lng <= east && lat >= south && lat <= north,
  };
}

/** Pairs of a flat `[lng, lat, lng, lat, …]` ring. */
export function ringPoints(flat: readonly number[]): LngLat[] {
  const points: LngLat[] = [];
  for (let index = 0; index + 1 < flat.length; index += 2) points.push([flat[index] ?? 0, flat[index + 1] ?? 0]);
  return points;
}

function distanceToSegment(point: Point, start: Point, end: Point): number {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  const length = dx * dx + dy * dy;
  const along = length === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - start.x) * dx + (point.y - start.y) * dy) / length));
  return Math.hypot(point.x - start.x - along * dx, point.y - start.y - along * dy);
}

/**
 * A line with every point dropped that lies within `tolerance` of the simplified line
 * (Douglas–Peucker). The ends are always kept, so a ring stays closed. Iterative, with an
 * explicit stack, because a coastline of thousands of points would recurse too deep.
 */
export function simplify<T extends Point>(points: readonly T[], tolerance: number): T[] {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  for (let span = stack.pop(); span; span = stack.pop()) {
    const [first, last] = span;
    const start = points[first];
    const end = points[last];
    let farthest = -1;
    let distance = tolerance;
    for (let index = first + 1; index < last && start && end; index += 1) {
      const point = points[index];
      const away = point ? distanceToSegment(point, start, end) : 0;
      if (away > distance) [farthest, distance] = [index, away];
    }
    if (farthest > 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_point, index) => keep[index] === 1);
}

/** Twice the signed area of a ring (the shoelace formula); its size is all that matters here. */
export function ringArea(points: readonly Point[]): number {
  let twice = 0;
  points.forEach((point, index) => {
    const next = points[(index + 1) % points.length] ?? point;
    twice += point.x * next.y - next.x * point.y;
  });
  return Math.abs(twice) / 2;
}

export interface PathOptions {
  /** Points closer than this to the simplified outline are dropped, in user units. */
  tolerance: number;
  /** Rings smaller than this, in square user units, are left out: islets too small to see. */
  minArea: number;
}

/**
 * The `d` of one path for a set of rings: each ring is projected, simplified in user units (so
 * a small map carries fewer points than a large one), rounded to whole units and written with
 * relative moves (`m`, implicit `l`, `z`). Whole units are under a pixel at the sizes the site
 * draws, and short relative numbers are what gzip packs best.
 * @example ringsToPath([[118, 24.6, 118.2, 24.6, 118.1, 24.4]], projection, { tolerance: 1, minArea: 4 }) // 'M0 0l200 0-100 220z'
 */
export function ringsToPath(rings: readonly (readonly number[])[], projection: Projection, { tolerance, minArea }: PathOptions): string {
  let d = '';
  let pen: Point = { x: 0, y: 0 };
  for (const ring of rings) {
    const projected = simplify(ringPoints(ring).map(projection.project), tolerance);
    const rounded = projected
      .map(({ x, y }) => ({ x: Math.round(x), y: Math.round(y) }))
      .filter((point, index, all) => index === 0 || point.x !== all[index - 1]?.x || point.y !== all[index - 1]?.y);
    // A closed ring repeats its first point; `z` closes it instead.
    const last = rounded.at(-1);
    if (rounded.length > 1 && last && last.x === rounded[0]?.x && last.y === rounded[0].y) rounded.pop();
    if (rounded.length < 3 || ringArea(rounded) < minArea) continue;
    const [start, ...rest] = rounded as [Point, ...Point[]];
    // The first ring starts absolute; the next ones move from where the last `z` left the pen.
    d += d === '' ? `M${String(start.x)} ${String(start.y)}` : `m${delta(start.x - pen.x, start.y - pen.y)}`;
    let previous = start;
    d += `l${rest
      .map((point) => {
        const step = delta(point.x - previous.x, point.y - previous.y);
        previous = point;
        return step;
      })
      .join(' ')}`;
    d += 'z';
    pen = start;
  }
  // A minus sign separates numbers by itself; the spaces before one are dropped.
  return d.replace(/ -/g, '-');
}

const delta = (dx: number, dy: number): string => `${String(dx)} ${String(dy)}`.replace(/ -/g, '-');

/** A point to mark on the map, in WGS-84. */
export interface MarkerInput {
  id: string;
  lat: number;
  lng: number;
}

/** A marker where it is drawn, and the place it stands for. */
export interface PlacedMarker {
  id: string;
  /** Where the marker is drawn, moved off its neighbours where they would overlap. */
  x: number;
  y: number;
  /** Where the place itself is; differs from x, y when the marker was moved. */
  anchor: Point;
  /** Moved far enough from its place that a leader line should join them. */
  moved: boolean;
  /** The place lies outside the map's bounds: the marker is held at the edge. */
  outside: boolean;
}

export interface PlacementOptions {
  /** The least distance between two markers' centres, in user units: their tap targets must not overlap. */
  spacing: number;
  /** The least distance from a marker's centre to the viewBox's edge, in user units. */
  margin: number;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/**
 * Markers for `points`, none closer than `spacing` to another. Each starts on its place; while
 * two are too close, both are pushed apart along the line between them, and every marker is kept
 * `margin` inside the viewBox, for a bounded number of rounds. Nothing random: the same points
 * always give the same picture, so builds are reproducible. Places outside the bounds are held
 * at the edge and flagged rather than dropped, so a wrong coordinate shows up on the map instead
 * of vanishing from it.
 */
export function placeMarkers(
  points: readonly MarkerInput[],
  projection: Projection,
  { spacing, margin }: PlacementOptions,
): PlacedMarker[] {
  const clampX = (x: number): number => Math.min(projection.width - margin, Math.max(margin, x));
  const clampY = (y: number): number => Math.min(projection.height - margin, Math.max(margin, y));
  const markers = points.map(({ id, lat, lng }) => {
    const anchor = projection.project([lng, lat]);
    return { id, anchor, x: clampX(anchor.x), y: clampY(anchor.y), outside: !projection.contains([lng, lat]) };
  });
  for (let round = 0; round < 200; round += 1) {
    let overlaps = false;
    for (let first = 0; first < markers.length; first += 1) {
      for (let second = first + 1; second < markers.length; second += 1) {
        const a = markers[first];
        const b = markers[second];
        if (!a || !b) continue;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= spacing - 0.01) continue;
        overlaps = true;
        // Two markers on the same spot part along a direction fixed by their order.
        if (distance < 0.001) [dx, dy, distance] = [Math.cos(second), Math.sin(second), 1];
        const push = (spacing - distance) / 2 + 0.01;
        a.x = clampX(a.x - (dx / distance) * push);
        a.y = clampY(a.y - (dy / distance) * push);
        b.x = clampX(b.x + (dx / distance) * push);
        b.y = clampY(b.y + (dy / distance) * push);
      }
    }
    if (!overlaps) break;
  }
  return markers.map(({ id, anchor, x, y, outside }) => ({
    id,
    x: round1(x),
    y: round1(y),
    anchor: { x: round1(anchor.x), y: round1(anchor.y) },
    moved: Math.hypot(x - anchor.x, y - anchor.y) > spacing / 4,
    outside,
  }));
}

/** A line of text to write on the map: its place and its size, in user units. */
export interface LabelInput {
  id: string;
  text: string;
  x: number;
  y: number;
  fontSize: number;
}

/**
 * About how wide a line of text is: Chinese characters are square, Latin letters a little over
 * half as wide. Good enough to keep labels off markers; it is never used to fit text tightly.
 */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  // Code points, not UTF-16 units: a character outside the basic plane is one character wide.
  for (const character of text) width += ((character.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.62) * fontSize;
  return width;
}

/**
 * Labels moved off the markers and off each other: each stays at its place if it is clear, else
 * takes the first clear spot a line or two above or below, else half or a whole width to either side;
 * a label with no clear spot keeps its place (markers are drawn over it). Markers are circles of
 * `radius` around their drawn centre.
 */
export function placeLabels(
  labels: readonly LabelInput[],
  markers: readonly Point[],
  radius: number,
): { id: string; text: string; x: number; y: number }[] {
  const taken: { left: number; right: number; top: number; bottom: number }[] = [];
  const clear = (box: (typeof taken)[number]): boolean =>
    markers.every(({ x, y }) => {
      const nearestX = Math.max(box.left, Math.min(x, box.right));
      const nearestY = Math.max(box.top, Math.min(y, box.bottom));
      return Math.hypot(x - nearestX, y - nearestY) > radius;
    }) && taken.every((other) => box.right < other.left || box.left > other.right || box.bottom < other.top || box.top > other.bottom);
  return labels.map(({ id, text, x, y, fontSize }) => {
    const width = textWidth(text, fontSize);
    const offsets = [
      [0, 0],
      [0, -1],
      [0, 1],
      [0, -2],
      [0, 2],
      [-0.5, 0],
      [0.5, 0],
      [1, 0],
      [-1, 0],
      [0.5, 1],
      [0.5, -1],
      [-0.5, 1],
      [-0.5, -1],
    ].map(([across = 0, down = 0]) => ({
      x: x + across * width,
      y: y + down * fontSize * 1.2,
    }));
    const boxAt = (point: Point) => ({
      left: point.x - width / 2,
      right: point.x + width / 2,
      top: point.y - fontSize / 2,
      bottom: point.y + fontSize / 2,
    });
    const spot = offsets.find((point) => clear(boxAt(point))) ?? { x, y };
    taken.push(boxAt(spot));
    return { id, text, x: Math.round(spot.x), y: Math.round(spot.y) };
  });
}

/** The two maps the site draws: the whole festival, and a small one beside an activity. */
export type MapSize = 'full' | 'small';

/** How a map of one size is drawn, in its own user units. */
export interface SizeSpec {
  /** The viewBox's width; its height follows from the bounds. */
  width: number;
  /** Outline simplification and the smallest islet kept (see {@link PathOptions}). */
  outline: PathOptions;
  /** A marker's drawn radius. */
  dot: number;
  /**
   * A marker's tap target's radius: 12 CSS px (a 24 px target, WCAG 2.2's 2.5.8) at the
   * narrowest the map is shown, 288 px wide on a 320 px screen for the full map and its 20rem
   * cap for the small one. Markers are spaced so no two targets overlap.
   */
  target: number;
  /** The district names' font size; the component's stylesheet says the same. */
  labelSize: number;
}

export const MAP_SIZES: Record<MapSize, SizeSpec> = {
  full: { width: 400, outline: { tolerance: 0.6, minArea: 3 }, dot: 10, target: 17, labelSize: 13 },
  small: { width: 200, outline: { tolerance: 0.9, minArea: 3 }, dot: 4, target: 9, labelSize: 9 },
};

/** Everything a map needs to be written as SVG, in the size's user units. */
export interface MapDrawing {
  viewBox: string;
  /** `d` of the land, drawn with the even-odd rule. */
  land: string;
  /** `d` of the land shown greyed. */
  other: string;
  /** The districts' names and where they are written, clear of the markers where there is room. */
  districts: { id: string; text: string; x: number; y: number }[];
  /** One marker for each point, in the order given. */
  markers: PlacedMarker[];
  spec: SizeSpec;
}

/**
 * The festival map of one size: outlines, markers placed apart, and district names kept clear
 * of them. `districtName` gives a district's name in the page's language, or nothing to leave it
 * unlabelled. Pure, so a page can draw it at build time and a test can check it without a browser.
 */
export function drawMap(
  geometry: MapGeometry,
  points: readonly MarkerInput[],
  size: MapSize,
  districtName: (id: string) => string | undefined = () => undefined,
): MapDrawing {
  const spec = MAP_SIZES[size];
  const projection = createProjection(geometry.bounds, spec.width);
  const markers = placeMarkers(points, projection, { spacing: 2 * spec.target, margin: spec.target });
  const labels = geometry.districts.flatMap(({ id, lng, lat }) => {
    const text = districtName(id);
    return text && projection.contains([lng, lat]) ? [{ id, text, ...projection.project([lng, lat]), fontSize: spec.labelSize }] : [];
  });
  return {
    viewBox: `0 0 ${String(spec.width)} ${String(Math.round(projection.height))}`,
    land: ringsToPath(geometry.land, projection, spec.outline),
    other: ringsToPath(geometry.other, projection, spec.outline),
    // Clear of the drawn dot and a little more; the rest of the tap target may lie under a name.
    districts: placeLabels(labels, markers, spec.dot + 2),
    markers,
    spec,
  };
}
