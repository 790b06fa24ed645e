import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import geometry from '../../src/data/xiamen-map.json' with { type: 'json' };
import {
  createProjection,
  drawMap,
  placeLabels,
  placeMarkers,
  ringPoints,
  ringsToPath,
  simplify,
  textWidth,
  type LngLat,
} from '../../src/lib/festival-map.ts';

const BOX = { west: 118, east: 118.2, south: 24.4, north: 24.6 };

/** Whether a point is inside a flat ring, by counting crossings of a ray to the east. */
function insideRing([lng, lat]: LngLat, flat: readonly number[]): boolean {
  const ring = ringPoints(flat);
  let inside = false;
  ring.forEach(([x1, y1], index) => {
    const [x2, y2] = ring[(index + 1) % ring.length] ?? [x1, y1];
    if (y1 > lat !== y2 > lat && lng < x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1)) inside = !inside;
  });
  return inside;
}

const venue = (id: string): { lat: number; lng: number } => {
  const { coordinates } = parse(readFileSync(`content/venues/${id}.yaml`, 'utf8')) as { coordinates: { lat: number; lng: number } };
  return coordinates;
};

describe('createProjection', () => {
  test('returns the centre of the box at the centre of the viewBox', () => {
    const projection = createProjection(BOX, 200);
    const { x, y } = projection.project([118.1, 24.5]);
    expect(x).toBeCloseTo(100);
    expect(y).toBeCloseTo(projection.height / 2);
  });

  test('returns the north-west corner at 0, 0 and the south-east one at width, height', () => {
    const projection = createProjection(BOX, 200);
    expect(projection.project([118, 24.6])).toEqual({ x: 0, y: 0 });
    const corner = projection.project([118.2, 24.4]);
    expect(corner.x).toBeCloseTo(200);
    expect(corner.y).toBeCloseTo(projection.height);
  });

  test('returns north up and east to the right', () => {
    const projection = createProjection(BOX, 200);
    const centre = projection.project([118.1, 24.5]);
    expect(projection.project([118.1, 24.55]).y).toBeLessThan(centre.y);
    expect(projection.project([118.15, 24.5]).x).toBeGreaterThan(centre.x);
  });

  test('returns a box taller than wide for a square of degrees, a degree of longitude being shorter at 24.5° N', () => {
    const { width, height } = createProjection(BOX, 200);
    expect(width / height).toBeCloseTo(Math.cos((24.5 * Math.PI) / 180), 6);
  });

  test('reports whether a point is inside the bounds', () => {
    const projection = createProjection(BOX, 200);
    expect(projection.contains([118.1, 24.5])).toBe(true);
    expect(projection.contains([118.3, 24.5])).toBe(false);
  });

  test('rejects bounds whose east is not east of their west', () => {
    expect(() => createProjection({ ...BOX, east: 117 }, 200)).toThrow('expected east > west and north > south');
  });
});

describe('simplify', () => {
  test('returns a straight line as its two ends', () => {
    const line = [0, 1, 2, 3, 4].map((x) => ({ x, y: x * 2 }));
    expect(simplify(line, 0.1)).toEqual([line[0], line[4]]);
  });

  test('returns a corner further than the tolerance and drops a wobble within it', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 5, y: 0.2 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ];
    expect(simplify(line, 1)).toEqual([line[0], line[2], line[3]]);
  });
});

describe('ringsToPath', () => {
  const projection = createProjection(BOX, 200);
  const triangle = [118, 24.6, 118.2, 24.6, 118.1, 24.4];

  test('returns a closed path of relative whole-unit moves', () => {
    const height = Math.round(projection.height);
    expect(ringsToPath([triangle], projection, { tolerance: 0.5, minArea: 1 })).toBe(`M0 0l200 0-100 ${String(height)}z`);
  });

  test('returns the second ring moved from the first one’s start', () => {
    const small = [118.05, 24.55, 118.15, 24.55, 118.1, 24.45];
    expect(ringsToPath([triangle, small], projection, { tolerance: 0.5, minArea: 1 })).toMatch(/^M0 0l[-\d ]+zm50 /);
  });

  test('returns nothing for a ring smaller than the least area', () => {
    const speck = [118.1, 24.5, 118.1001, 24.5, 118.1, 24.5001];
    expect(ringsToPath([speck], projection, { tolerance: 0.5, minArea: 1 })).toBe('');
  });

  test('returns a well-formed path for the committed coast, in both sizes', () => {
    for (const size of ['full', 'small'] as const) {
      const { land, other } = drawMap(geometry, [], size);
      for (const d of [land, other]) expect(d).toMatch(/^(?:[Mm]-?\d+[ -]\d+l(?:-?\d+[ -]?)+z)+$/);
    }
  });
});

describe('placeMarkers', () => {
  const projection = createProjection(BOX, 200);

  test('returns a lone marker on its place', () => {
    const [marker] = placeMarkers([{ id: 'a', lng: 118.1, lat: 24.5 }], projection, { spacing: 20, margin: 5 });
    expect(marker).toMatchObject({ id: 'a', x: 100, moved: false, outside: false });
  });

  test('returns markers on the same spot parted by at least the spacing', () => {
    const points = [1, 2, 3].map((n) => ({ id: String(n), lng: 118.1, lat: 24.5 }));
    const markers = placeMarkers(points, projection, { spacing: 20, margin: 5 });
    for (const a of markers) {
      for (const b of markers) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(19.9);
    }
    expect(markers.filter(({ moved }) => moved).length).toBeGreaterThanOrEqual(2);
  });

  test('returns a place outside the bounds held at the edge and flagged', () => {
    const [marker] = placeMarkers([{ id: 'far', lng: 119, lat: 24.5 }], projection, { spacing: 20, margin: 5 });
    expect(marker).toMatchObject({ x: 195, outside: true });
  });

  test('returns the festival’s venues apart enough that no two tap targets overlap', () => {
    const ids = readdirSync('content/venues').filter((name) => name.endsWith('.yaml'));
    const points = ids.map((name) => ({ id: name, ...venue(name.replace('.yaml', '')) }));
    const { markers, spec } = drawMap(geometry, points, 'full');
    for (const [index, a] of markers.entries()) {
      for (const b of markers.slice(index + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * spec.target - 0.2);
    }
  });
});

describe('placeLabels', () => {
  test('returns a label on its place when nothing is in the way', () => {
    expect(placeLabels([{ id: 'a', text: 'Huli', x: 50, y: 50, fontSize: 10 }], [{ x: 0, y: 0 }], 5)).toEqual([
      { id: 'a', text: 'Huli', x: 50, y: 50 },
    ]);
  });

  test('returns a label moved off a marker on its place', () => {
    const [label] = placeLabels([{ id: 'a', text: 'Huli', x: 50, y: 50, fontSize: 10 }], [{ x: 50, y: 50 }], 5);
    expect(label?.y).not.toBe(50);
  });

  test('returns Chinese characters wider than Latin letters', () => {
    expect(textWidth('思明区', 10)).toBe(30);
    expect(textWidth('Siming', 10)).toBeCloseTo(37.2);
  });
});

describe('the committed coast', () => {
  const landAt = (point: LngLat): boolean => geometry.land.some((ring) => insideRing(point, ring));

  test('returns the Gulangyu Piano Museum on Gulangyu, an island apart from Xiamen Island', () => {
    const { lng, lat } = venue('gulangyu-piano-museum');
    const island = geometry.land.find((ring) => insideRing([lng, lat], ring));
    expect(island).toBeDefined();
    expect(insideRing([118.12, 24.48], island ?? [])).toBe(false);
  });

  test('returns Xiamen University’s Xiang’an campus on the mainland shore and the sea between it and the island', () => {
    const { lng, lat } = venue('xiamen-university-xiangan-campus');
    expect(landAt([lng, lat])).toBe(true);
    expect(landAt([118.22, 24.52])).toBe(false);
  });

  test('returns Kinmen as land apart from Xiamen, greyed', () => {
    expect(geometry.other.some((ring) => insideRing([118.38, 24.44], ring))).toBe(true);
    expect(landAt([118.38, 24.44])).toBe(false);
  });
});
