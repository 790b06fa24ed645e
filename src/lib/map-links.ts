/**
 * Links that open a venue in the map apps visitors to Xiamen actually have. Google Maps does not
 * work in China; most people there use Amap (高德) or Baidu Maps, and both draw their maps in a
 * shifted datum: Amap in GCJ-02, the datum Chinese law requires for published maps, Baidu in its
 * own BD-09 on top of it. A WGS-84 point (what GPS and OpenStreetMap use, and what the content
 * holds) shown unshifted lands several hundred metres off in Xiamen. The conversion is gcoord's,
 * tested against points the map services publish (tests/unit/map-links.test.ts).
 */
import gcoord from 'gcoord';

export interface Coordinates {
  lat: number;
  lng: number;
}

/** Who asks, as Amap's and Baidu's link APIs want to be told. */
const SOURCE = 'talent-month.xiamen';

// Six decimals are about 0.1 m: finer than any map shows, and short enough to read in a link.
const round = (value: number): number => Math.round(value * 1e6) / 1e6;

function convert({ lat, lng }: Coordinates, to: typeof gcoord.GCJ02 | typeof gcoord.BD09): Coordinates {
  const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, to);
  return { lat: round(y), lng: round(x) };
}

/**
 * A WGS-84 point in GCJ-02, Amap's datum.
 * @example toGcj02({ lat: 39.990475, lng: 116.481499 }) // { lat: 39.991754, lng: 116.487585 }
 */
export const toGcj02 = (point: Coordinates): Coordinates => convert(point, gcoord.GCJ02);

/**
 * A WGS-84 point in BD-09, Baidu's datum.
 * @example toBd09({ lat: 30.281543, lng: 120.021519 }) // { lat: 30.285238, lng: 120.032768 }
 */
export const toBd09 = (point: Coordinates): Coordinates => convert(point, gcoord.BD09);

/** A query string with its values encoded, commas kept as they are (the services' own examples write `lng,lat` so). */
function query(parameters: Record<string, string>): string {
  return Object.entries(parameters)
    .map(([name, value]) => `${name}=${encodeURIComponent(value).replaceAll('%2C', ',')}`)
    .join('&');
}

export interface MapLinks {
  /** The venue's own map page, where the content gives one. */
  venue?: string | undefined;
  amap: string;
  baidu: string;
  openStreetMap: string;
  /** RFC 5870: a phone opens it in whatever maps app it has. */
  geo: string;
}

/** The place in Amap, Baidu Maps, OpenStreetMap and a phone's own maps app, each in its datum, pinned with its name; and its own map page if it has one. */
export function mapLinks(place: { name: string; address: string; coordinates: Coordinates; mapUrl?: string | undefined }): MapLinks {
  const { lat, lng } = place.coordinates;
  const amap = toGcj02(place.coordinates);
  const baidu = toBd09(place.coordinates);
  const amapQuery = query({
    position: `${String(amap.lng)},${String(amap.lat)}`,
    name: place.name,
    src: SOURCE,
    coordinate: 'gaode',
    callnative: '1',
  });
  const baiduQuery = query({
    location: `${String(baidu.lat)},${String(baidu.lng)}`,
    title: place.name,
    content: place.address,
    output: 'html',
    coord_type: 'bd09ll',
    src: SOURCE,
  });
  return {
    venue: place.mapUrl,
    amap: `https://uri.amap.com/marker?${amapQuery}`,
    baidu: `https://api.map.baidu.com/marker?${baiduQuery}`,
    openStreetMap: `https://www.openstreetmap.org/?mlat=${String(lat)}&mlon=${String(lng)}#map=17/${String(lat)}/${String(lng)}`,
    geo: `geo:${String(lat)},${String(lng)}?q=${String(lat)},${String(lng)}(${encodeURIComponent(place.name)})`,
  };
}
