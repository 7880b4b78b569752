/** The machine a run was measured on, so figures are read against their hardware. */
import { readFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly chromium: string;
  readonly date: string;
}

function cpuModel(): string {
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    const model = /^model name\s*:(.+)$/m.exec(info)?.[1]?.trim();
    if (model) return model;
  } catch {
    // Not Linux: os.cpus() below.
  }
  return cpus()[0]?.model.trim() ?? 'unknown CPU';
}

export function describeMachine(chromium: string, date: Date): Machine {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium,
    date: date.toISOString(),
  };
}

/** One line: "AMD EPYC, 2 cores, 23.5 GiB, linux 6.1, Node v20.20.2, Chromium 156…, 2025-…". */
export function machineLine(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, Chromium ${m.chromium}, ${m.date}`;
}
