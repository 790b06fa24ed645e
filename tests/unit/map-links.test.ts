import { describe, expect, test } from 'vitest';
import { mapLinks, toBd09, toGcj02 } from '../../src/lib/map-links.ts';

// A metre is about 0.00001 degrees; the services' own conversions round to about that.
const near = (actual: { lat: number; lng: number }, lat: number, lng: number, within = 0.00002): void => {
  expect(Math.abs(actual.lat - lat), `latitude ${String(actual.lat)} against ${String(lat)}`).toBeLessThan(within);
  expect(Math.abs(actual.lng - lng), `longitude ${String(actual.lng)} against ${String(lng)}`).toBeLessThan(within);
};

describe('datum conversion, against points the services publish', () => {
  test('WGS-84 to GCJ-02 as Amap’s coordinate conversion API answers its own examples', () => {
    // Amap Web Service API, coordinate/convert, coordsys=gps: 116.481499,39.990475 → 116.487585177952,39.991754014757.
    near(toGcj02({ lat: 39.990475, lng: 116.481499 }), 39.991754014757, 116.487585177952);
    near(toGcj02({ lat: 39.990375, lng: 116.481499 }), 39.991653917101, 116.487585177952);
  });

  test('WGS-84 to GCJ-02 and BD-09 as Alibaba Cloud’s coordinate conversion documents one point', () => {
    // Alibaba Cloud address purification, TransferCoord: WGS84 120.021519,30.281543; GCJ02 120.026268,30.279164; BD09 120.032768,30.285238.
    near(toGcj02({ lat: 30.281543, lng: 120.021519 }), 30.279164, 120.026268);
    near(toBd09({ lat: 30.281543, lng: 120.021519 }), 30.285238, 120.032768);
  });

  test('moves a Xiamen point by the few hundred metres the shifted maps are off', () => {
    const xiamen = { lat: 24.4798, lng: 118.1819 };
    const amap = toGcj02(xiamen);
    const baidu = toBd09(xiamen);
    // Here GCJ-02 is about 490 m east and 310 m south of WGS-84, and BD-09 a further 650 m east and 700 m north.
    expect(amap.lng - xiamen.lng).toBeGreaterThan(0.003);
    expect(amap.lat - xiamen.lat).toBeLessThan(-0.002);
    expect(baidu.lng - amap.lng).toBeGreaterThan(0.005);
    expect(baidu.lat - amap.lat).toBeGreaterThan(0.005);
  });
});

describe('map links', () => {
  const links = mapLinks({
    name: 'Xiamen Library',
    address: '95 Tiyu Road, Siming District, Xiamen',
    coordinates: { lat: 24.4856, lng: 118.1237 },
  });

  test('give Amap its GCJ-02 point and Baidu its BD-09 point, each with the place’s name', () => {
    const amap = new URL(links.amap);
    const gcj = toGcj02({ lat: 24.4856, lng: 118.1237 });
    expect(amap.origin + amap.pathname).toBe('https://uri.amap.com/marker');
    expect(amap.searchParams.get('position')).toBe(`${String(gcj.lng)},${String(gcj.lat)}`);
    expect(amap.searchParams.get('name')).toBe('Xiamen Library');
    const baidu = new URL(links.baidu);
    const bd = toBd09({ lat: 24.4856, lng: 118.1237 });
    expect(baidu.searchParams.get('location')).toBe(`${String(bd.lat)},${String(bd.lng)}`);
    expect(baidu.searchParams.get('coord_type')).toBe('bd09ll');
    expect(baidu.searchParams.get('content')).toBe('95 Tiyu Road, Siming District, Xiamen');
  });

  test('give OpenStreetMap and a phone’s maps app the WGS-84 point as it is', () => {
    expect(links.openStreetMap).toBe('https://www.openstreetmap.org/?mlat=24.4856&mlon=118.1237#map=17/24.4856/118.1237');
    expect(links.geo).toBe('geo:24.4856,118.1237?q=24.4856,118.1237(Xiamen%20Library)');
  });
});

describe('a venue with a map page of its own', () => {
  test('keeps it beside the map apps’ links', () => {
    const links = mapLinks({
      name: 'Hall',
      address: '1 Road',
      coordinates: { lat: 24.48, lng: 118.19 },
      mapUrl: 'https://map.example/hall',
    });
    expect(links.venue).toBe('https://map.example/hall');
    expect(links.amap).toMatch(/^https:\/\/uri\.amap\.com\/marker\?/);
  });
});
