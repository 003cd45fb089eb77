/**
 * ISO 3166-1 alpha-2 code → continent, for grouping the availability map. Every code that
 * `isoCodes()` returns has exactly one continent (a test holds that); transcontinental
 * countries sit where the UN geoscheme puts them (Russia: Europe; Türkiye, Cyprus, Georgia,
 * Kazakhstan: Asia; Egypt: Africa). `EU` is Europe, `global` is its own group.
 */
export const CONTINENTS = [
  'africa',
  'asia',
  'europe',
  'north-america',
  'south-america',
  'oceania',
  'antarctica',
  'global',
] as const;
export type Continent = (typeof CONTINENTS)[number];

export const CONTINENT_NAMES: Record<Continent, string> = {
  africa: 'Africa',
  asia: 'Asia',
  europe: 'Europe',
  'north-america': 'North America',
  'south-america': 'South America',
  oceania: 'Oceania',
  antarctica: 'Antarctica',
  global: 'Worldwide',
};

const MEMBERS: Record<Continent, string> = {
  africa:
    'AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW IO KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ UG YT ZA ZM ZW',
  asia: 'AE AF AM AZ BD BH BN BT CN CY GE HK ID IL IN IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM MN MO MV MY NP OM PH PK PS QA SA SG SY TH TJ TL TM TR TW UZ VN YE',
  europe:
    'AD AL AT AX BA BE BG BY CH CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK EU',
  'north-america':
    'AG AI AW BB BL BM BQ BS BZ CA CR CU CW DM DO GD GL GP GT HN HT JM KN KY LC MF MQ MS MX NI PA PM PR SV SX TC TT US VC VG VI',
  'south-america': 'AR BO BR CL CO EC FK GF GY PE PY SR UY VE',
  oceania: 'AS AU CC CK CX FJ FM GU HM KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS',
  antarctica: 'AQ BV GS TF',
  global: 'global',
};

const BY_CODE: Map<string, Continent> = new Map(
  CONTINENTS.flatMap((c) => MEMBERS[c].split(' ').map((code) => [code, c] as [string, Continent])),
);

/** The continent of a region code; undefined for a code the table does not hold. */
export function continentOf(code: string): Continent | undefined {
  return BY_CODE.get(code);
}

/** Every code the table places on `continent`, sorted. */
export function codesOn(continent: Continent): string[] {
  return MEMBERS[continent].split(' ').sort();
}

/** The 27 member states of the European Union (since 2020-02-01). */
export const EU_MEMBERS: readonly string[] =
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');
