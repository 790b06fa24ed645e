/**
 * Loaded into a process with `node --import`: on exit, writes the process's peak memory (resident
 * set, in kilobytes) to the file named by BENCH_MEMORY_FILE. The bench uses it to measure builds.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_MEMORY_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
