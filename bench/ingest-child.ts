/**
 * `scripts/ingest.ts` as bench/ingest.ts runs it: the same command, and at the end one stderr line
 * with the process's peak memory and CPU time (`bench: maxrss_kb=… cpu_ms=…`).
 */
import { ingestProcess } from '../scripts/ingest.ts';

void ingestProcess(process.argv.slice(2), {
  onFinish: () => {
    const usage = process.resourceUsage();
    const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
    console.error(`bench: maxrss_kb=${usage.maxRSS} cpu_ms=${cpuMs}`);
  },
});
