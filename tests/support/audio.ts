import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RATE = 8000;
/** Below this amplitude (of 32767) a sample counts as silent: well under espeak-ng's quietest phoneme. */
const QUIET = 200;

/** A silent stretch of the audio, in milliseconds from the start. */
export interface SilentRun {
  readonly startMs: number;
  readonly endMs: number;
}

/** True when a command is on the PATH. */
export function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Speaks SSML with espeak-ng (in `voice`, as the simulator's --speak picks it for a locale) into a WAV file,
 * decodes it with sox, and returns every silent run longer than `minMs`.
 */
export function silentRuns(ssml: string, minMs: number, voice = 'en-us'): SilentRun[] {
  const dir = mkdtempSync(join(tmpdir(), 'by-ear-'));
  try {
    const wav = join(dir, 'speech.wav');
    execFileSync('espeak-ng', ['-v', voice, '-m', '-w', wav, ssml]);
    const raw = execFileSync('sox', [wav, '-t', 'raw', '-e', 'signed', '-b', '16', '-c', '1', '-r', String(RATE), '-'], {
      maxBuffer: 1 << 28,
    });
    const samples = new Int16Array(raw.buffer, raw.byteOffset, raw.length / 2);
    const runs: SilentRun[] = [];
    let start = -1;
    for (let i = 0; i <= samples.length; i += 1) {
      const quiet = i < samples.length && Math.abs(samples[i] ?? 0) < QUIET;
      if (quiet && start < 0) start = i;
      if (!quiet && start >= 0) {
        const run = { startMs: (start * 1000) / RATE, endMs: (i * 1000) / RATE };
        if (run.endMs - run.startMs > minMs) runs.push(run);
        start = -1;
      }
    }
    return runs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
