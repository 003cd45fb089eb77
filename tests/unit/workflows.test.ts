import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group: string };
  jobs: Record<string, { steps?: Step[]; needs?: string }>;
}

const load = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8'), { version: '1.2' }) as Workflow;
const WORKFLOWS = { 'update.yml': load('update.yml'), 'deploy.yml': load('deploy.yml') };
const SCRIPTS = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>);
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);
const runs = (w: Workflow) => steps(w).flatMap((s) => (s.run ? [s.run] : []));
const uses = (w: Workflow, action: string) => steps(w).filter((s) => s.uses?.startsWith(`${action}@`));

/** The hours a cron hour field (`*`, `*\/n`, `a-b`, `a-b/n`, `a,b`, `a`) fires at. */
function cronHours(field: string): number[] {
  return field.split(',').flatMap((part) => {
    const [range, step] = part.split('/');
    const [lo, hi] =
      range === '*'
        ? [0, 23]
        : range.includes('-')
          ? range.split('-').map(Number)
          : [Number(range), step ? 23 : Number(range)];
    return Array.from({ length: 24 }, (_, h) => h).filter(
      (h) => h >= lo && h <= hi && (h - lo) % Number(step ?? 1) === 0,
    );
  });
}

test.each([
  { field: '*/6', hours: [0, 6, 12, 18] },
  { field: '0,6,12,18', hours: [0, 6, 12, 18] },
  { field: '3-23/6', hours: [3, 9, 15, 21] },
  { field: '*/4', hours: [0, 4, 8, 12, 16, 20] },
  { field: '5', hours: [5] },
])('cronHours reads the hour field $field', ({ field, hours }) => {
  expect(cronHours(field)).toEqual(hours);
});

describe('the scheduled update workflow', () => {
  const w = WORKFLOWS['update.yml'];
  const cron = (w.on.schedule as { cron: string }[])[0].cron;

  test('runs on a valid cron once at a fixed minute of every 6th hour', () => {
    const fields = cron.split(/\s+/);
    expect(fields).toHaveLength(5);
    const [minute, hour, ...rest] = fields;
    expect(Number(minute)).toBeGreaterThanOrEqual(0);
    expect(Number(minute)).toBeLessThan(60);
    const hours = cronHours(hour);
    expect(hours.map((h, i) => (hours[(i + 1) % hours.length] - h + 24) % 24)).toEqual([6, 6, 6, 6]);
    expect(rest).toEqual(['*', '*', '*']);
  });

  test('can be started by hand and may push a branch and open a pull request', () => {
    expect(w.on).toHaveProperty('workflow_dispatch');
    expect(w.permissions).toMatchObject({ contents: 'write', 'pull-requests': 'write' });
  });

  test('runs npm run update with a report and opens or edits one pull request', () => {
    expect(runs(w).some((r) => /npm run update -- .*--report \S+/.test(r))).toBe(true);
    const script = runs(w).join('\n');
    expect(script).toContain('gh pr create');
    expect(script).toContain('gh pr edit');
    expect(script).toContain('git add content/');
  });
});

describe('the deploy workflow', () => {
  const w = WORKFLOWS['deploy.yml'];

  test('runs on a push to main and by hand, one deployment at a time', () => {
    expect((w.on.push as { branches: string[] }).branches).toContain('main');
    expect(w.on).toHaveProperty('workflow_dispatch');
    expect(w.concurrency?.group).toBe('pages');
    expect(w.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  test('builds with the Pages base URL and path, uploads dist/ and deploys it', () => {
    const build = steps(w).find((s) => s.run === 'npm run build');
    expect(build?.env).toMatchObject({
      SITE_URL: expect.stringContaining('steps.pages.outputs'),
      BASE_PATH: expect.stringContaining('steps.pages.outputs.base_path'),
    });
    expect(uses(w, 'actions/configure-pages')).toHaveLength(1);
    expect(uses(w, 'actions/upload-pages-artifact')[0].with?.path).toBe('dist');
    expect(uses(w, 'actions/deploy-pages')).toHaveLength(1);
    expect(w.jobs.deploy.needs).toBe('build');
  });
});

describe.each(Object.entries(WORKFLOWS))('%s', (_name, w) => {
  test('installs with npm ci before any npm run', () => {
    const all = runs(w);
    const ci = all.findIndex((r) => r.trim() === 'npm ci');
    expect(ci).toBeGreaterThanOrEqual(0);
    expect(all.findIndex((r) => r.includes('npm run'))).toBeGreaterThan(ci);
  });

  test('names only npm scripts that exist in package.json', () => {
    const named = runs(w).flatMap((r) => [...r.matchAll(/npm run (?:--\S+ )*([\w:-]+)/g)].map((m) => m[1]));
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(SCRIPTS).toContain(name);
  });

  test('sets up Node 20 with the npm cache', () => {
    const setup = uses(w, 'actions/setup-node');
    expect(setup).toHaveLength(1);
    expect(setup[0].with).toMatchObject({ 'node-version': 20, cache: 'npm' });
  });

  test('pins every action to a major version', () => {
    for (const s of steps(w).filter((s) => s.uses)) expect(s.uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
  });
});
