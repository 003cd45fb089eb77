/**
 * The site-relative paths of every HTML page, for `/sitemap.xml`: found from the page files
 * themselves (every `.astro` under src/pages and its getStaticPaths), so pages added by any
 * route appear without a list to keep in sync.
 */
type StaticPaths = { params: Record<string, string | number | undefined> }[];
export type PageModule = { getStaticPaths?: (opts: { paginate: () => never }) => StaticPaths | Promise<StaticPaths> };

const EXCLUDED = new Set(['404', '500']);

/** `./events/[id].astro` + `{id: 'x'}` → `events/x/`; `./index.astro` → ``. */
export function routePath(file: string, params: Record<string, string | number | undefined> = {}): string {
  const route = file
    .replace(/^\.\//, '')
    .replace(/\.astro$/, '')
    .replace(/(^|\/)index$/, '');
  const filled = route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`routePath: ${file} needs the parameter "${name}"`);
    return String(value);
  });
  return filled ? `${filled}/` : '';
}

/** Every page path, sorted. `modules` maps page files (relative to src/pages) to their modules. */
export async function pagePaths(modules: Record<string, PageModule>): Promise<string[]> {
  const paths: string[] = [];
  for (const [file, mod] of Object.entries(modules)) {
    // The Chinese twin of an excluded page (zh/404) is excluded too.
    if (EXCLUDED.has(file.replace(/^\.\/(zh\/)?/, '').replace(/\.astro$/, ''))) continue;
    if (!file.includes('[')) paths.push(routePath(file));
    else if (mod.getStaticPaths) {
      const entries = await mod.getStaticPaths({
        paginate: () => {
          throw new Error(`pagePaths: ${file} paginates`);
        },
      });
      paths.push(...entries.map((e) => routePath(file, e.params)));
    }
  }
  return [...new Set(paths)].sort();
}
