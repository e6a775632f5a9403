import { readFileSync } from 'node:fs';

/** The most memory the load test and its DynamoDB Local held, in MiB. */
export interface MemoryPeaks {
  /** This process: the kernel's own high-water mark of its resident set. */
  readonly loadTestRssMiB: number;
  /** DynamoDB Local's JVM, sampled every second; null where /proc cannot be read. */
  readonly dynamoDbLocalRssMiB: number | null;
}

/** The resident set of a process from /proc, in MiB, or null. */
function rssMiB(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Samples the resident set of the process `pid()` names (when it names one) every second until `stop`, which returns the peaks. */
export function watchMemory(pid: () => number | null): { stop(): MemoryPeaks } {
  let server: number | null = null;
  const sample = (): void => {
    const id = pid();
    const rss = id === null ? null : rssMiB(id);
    if (rss !== null) server = Math.max(server ?? 0, rss);
  };
  sample();
  const timer = setInterval(sample, 1000);
  timer.unref();
  return {
    stop() {
      sample();
      clearInterval(timer);
      return {
        loadTestRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
        dynamoDbLocalRssMiB: server === null ? null : Math.round(server),
      };
    },
  };
}
