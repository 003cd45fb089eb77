/**
 * `scripts/update.ts` as a child process with test hooks: `--ingest-script FILE` and
 * `--build-script FILE` (taken out before the update's own flags are read) run stand-ins in place
 * of the ingest and `astro build`. Usage:
 * `node --import tsx tests/helpers/update-child.ts --ingest-script A --build-script B --content DIR`.
 */
import { updateProcess } from '../../scripts/update.ts';

const argv = process.argv.slice(2);
/** Takes `--name VALUE` out of argv; undefined when absent. */
function take(name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv.splice(at, 2)[1] : undefined;
}
const ingestScript = take('--ingest-script');
const buildScript = take('--build-script');
await updateProcess(argv, { ingestScript, buildScript });
