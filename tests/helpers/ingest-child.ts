/**
 * `scripts/ingest.ts` as a child process with test hooks: `--pause-ms N` (taken out before the
 * ingest's own flags are read) waits N ms after each file written, so a test can kill or race a
 * run mid-write. Usage: `node --import tsx tests/helpers/ingest-child.ts --pause-ms 3000 --content DIR`.
 */
import { ingestProcess } from '../../scripts/ingest.ts';

const argv = process.argv.slice(2);
const at = argv.indexOf('--pause-ms');
const pauseMs = at >= 0 ? Number(argv.splice(at, 2)[1]) : 0;
void ingestProcess(argv, { pauseMs });
