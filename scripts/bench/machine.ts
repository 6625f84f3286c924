import fs from 'node:fs';
import os from 'node:os';

/** The machine a benchmark ran on. */
export interface Machine {
  /** CPUs this process may use (`os.availableParallelism()`, what `nproc` prints). */
  cpus: number;
  /** CPU model from /proc/cpuinfo (`os.cpus()` elsewhere). */
  cpuModel: string;
  /** Total memory, GiB. */
  memoryGib: number;
  /** `process.version`, e.g. `v20.20.2`. */
  node: string;
  /** `os.platform()`/`os.arch()`, e.g. `linux/x64`. */
  platform: string;
}

/** Describes this machine (cheap; reads /proc/cpuinfo on Linux). */
export function describeMachine(): Machine {
  return {
    cpus: os.availableParallelism(),
    cpuModel: cpuModel(),
    memoryGib: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()}/${os.arch()}`,
  };
}

function cpuModel(): string {
  try {
    const line = fs.readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((entry) => /^model name\s*:/.test(entry));
    if (line) return line.replace(/^model name\s*:\s*/, '').trim();
  } catch {
    // not Linux: fall through
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

/**
 * Resident set size of process `pid` in MiB, from /proc/<pid>/status:
 * `current` (VmRSS) and `peak` (VmHWM, the high-water mark since start).
 * Undefined when the process is gone or /proc is unavailable (not Linux).
 */
export function processMemory(pid: number): { currentMib: number; peakMib: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    const [current, peak] = [kib('VmRSS'), kib('VmHWM')];
    return Number.isFinite(current) && Number.isFinite(peak) ? { currentMib: current / 1024, peakMib: peak / 1024 } : undefined;
  } catch {
    return undefined;
  }
}
