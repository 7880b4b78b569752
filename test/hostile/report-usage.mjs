// Loaded with `node --import` into a hostile-file child: on exit it writes the process's peak
// resident memory (KiB) and CPU time (seconds) to the file named by FIELDBOOK_USAGE_REPORT.
/* global process */
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  const report = {
    maxRssKiB: usage.maxRSS,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
  };
  writeFileSync(process.env.FIELDBOOK_USAGE_REPORT, JSON.stringify(report));
});
