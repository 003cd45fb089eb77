/**
 * The world map's geometry, computed once at build time: one SVG path per country from Natural
 * Earth's 1:110m countries (world-atlas), projected with d3-geo's Equal Earth, coordinates rounded
 * to whole pixels so the inline SVG stays light. Countries are keyed by ISO 3166-1 alpha-2 (the
 * topology's ISO numeric ids mapped with i18n-iso-countries); Antarctica and shapes without an ISO
 * code are left out (small territories that the map cannot draw are in the table).
 */
import countries from 'i18n-iso-countries';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 420;

export interface CountryShape {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** SVG path data in map pixels. */
  d: string;
}

/** Names without an ISO numeric id in the topology that still have a code. */
const BY_NAME: Record<string, string> = { Kosovo: 'XK' };

let cache: CountryShape[] | undefined;

/** Every drawable country, sorted by code. */
export function countryShapes(): CountryShape[] {
  if (cache) return cache;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features = collection.features
    .map((f) => ({ f, code: alpha2(f.id, f.properties?.name) }))
    .filter((x): x is { f: (typeof collection.features)[number]; code: string } => !!x.code && x.code !== 'AQ');
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], {
    type: 'FeatureCollection',
    features: features.map((x) => x.f),
  });
  const path = geoPath(projection).digits(0);
  const byCode = new Map<string, string[]>();
  for (const { f, code } of features) {
    const d = path(f);
    if (d) byCode.set(code, [...(byCode.get(code) ?? []), d]);
  }
  cache = [...byCode.entries()]
    .map(([code, ds]) => ({ code, d: compactPath(ds.join('')) }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return cache;
}

function alpha2(id: string | number | undefined, name: string | undefined): string | undefined {
  if (id !== undefined && id !== '') {
    const code = countries.numericToAlpha2(String(id).padStart(3, '0'));
    if (code) return code;
  }
  return name ? BY_NAME[name] : undefined;
}

/**
 * Shorter path data: consecutive duplicate points (left by rounding) dropped, rings that collapse
 * below three points dropped unless a country would be left with none, and relative `l` steps.
 */
export function compactPath(d: string): string {
  const rings = d
    .split('M')
    .filter(Boolean)
    .map((ring) => {
      const points: [number, number][] = [];
      for (const pair of ring.replace(/Z/g, '').split('L')) {
        const [x, y] = pair.split(',').map(Number);
        if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
        const last = points[points.length - 1];
        if (!last || last[0] !== x || last[1] !== y) points.push([x, y]);
      }
      return points;
    });
  const kept = rings.filter((r) => r.length >= 3);
  const use = kept.length > 0 ? kept : rings.sort((a, b) => b.length - a.length).slice(0, 1);
  return use
    .map((r) => {
      const out = `M${r[0][0]},${r[0][1]}`;
      let step = '';
      for (let i = 1; i < r.length; i++) {
        const dx = r[i][0] - r[i - 1][0];
        const dy = r[i][1] - r[i - 1][1];
        step += `${step && dx >= 0 ? ' ' : ''}${dx}${dy < 0 ? '' : ' '}${dy}`;
      }
      return `${out}l${step}z`;
    })
    .join('');
}
