import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Runs `npm start`'s program with typed lines on stdin, as a newcomer would
 * type them, with its database in a fresh folder unless `dataDir` is given.
 */
function simulate(
  lines: string[],
  args: string[] = ['--fast'],
  dataDir = mkdtempSync(join(tmpdir(), 'simulator-')),
  env: Record<string, string> = {},
): { status: number | null; out: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'tools/simulator/main.ts', `--data=${dataDir}`, ...args], {
    env: { ...process.env, ...env },
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

describe('the local simulator (npm start)', () => {
  it('completes a whole routine by voice commands alone', () => {
    const { status, out } = simulate(['open sciatica stretches', 'yes', ...Array.from({ length: 8 }, () => 'next')]);
    expect(status).toBe(0);
    expect(out).toContain('you>    open sciatica stretches');
    expect(out).toContain('[LaunchRequest]');
    expect(out).toContain(
      "Alexa:  A quick note before we start: I'm a stretching guide, not a substitute for professional medical advice.",
    );
    expect(out).toContain('[AMAZON.YesIntent]');
    expect(out).toContain('… 10.0 s of silence …');
    expect(out).toContain('Alexa:  Last one: the lying figure four.');
    expect(out).toContain('Alexa:  That was the last stretch.\nAlexa:  Say next to finish.');
    expect(out).toContain("Alexa:  That's the end of the quick relief routine.");
    expect(out).toContain('(the session has ended');
  });

  it('resolves one-shots and slots through the interaction model, and routes the unmatched to Fallback', () => {
    const { out } = simulate(['ask sciatica stretches to start my bedtime routine', 'more detail', 'wibble wobble', 'stop']);
    expect(out).toContain('[StartRoutineIntent routine=bedtime]');
    expect(out).toContain('[MoreDetailIntent]');
    expect(out).toContain('[AMAZON.FallbackIntent; no sample matches: sent AMAZON.FallbackIntent]');
    expect(out).toContain("Alexa:  Sorry, I didn't catch that.");
    expect(out).toContain('[AMAZON.StopIntent]');
  });

  it('keeps progress between runs: stop mid-routine, start again, and it offers to continue', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'simulator-'));
    const first = simulate(['open sciatica stretches', 'start my bedtime routine', 'next', 'next', 'stop'], ['--fast'], dataDir);
    expect(first.out).toContain('Good work today: you did one stretch.');
    const second = simulate(['open sciatica stretches', 'yes'], ['--fast'], dataDir);
    expect(second.out).toContain('Alexa:  You were on the lying hamstring stretch with a band, right side, in the bedtime routine.');
    expect(second.out).not.toContain('not a substitute for professional medical advice');
    expect(second.out).toContain("Alexa:  Let's pick up where you left off: the lying hamstring stretch with a band, right side.");
  });

  it('explains its options, refuses unknown ones, and names the flag and what it takes for a bad value', () => {
    expect(simulate([], ['--help']).out).toContain('--fast');
    const bad = simulate([], ['--fsat']);
    expect(bad.status).toBe(2);
    expect(bad.out).toContain('Unknown option --fsat');
    const renderer = simulate([], ['--renderer=mp3']);
    expect(renderer.status).toBe(2);
    expect(renderer.out).toContain('--renderer=mp3 is not a value it takes: --renderer takes apla or ssml');
    expect(simulate([], ['--locale=de-DE']).out).toContain('--locale takes one of en-US, en-GB, en-CA, en-AU, en-IN');
  });

  it('a line with no session open is not passed to the skill: it says how to open it', () => {
    const { out } = simulate(['next', 'open sciatica stretches', 'stop', 'how did i do this week']);
    expect(out.match(/no session is open, so Alexa would not pass this to the skill: say "open sciatica stretches"/g)).toHaveLength(2);
    expect(out).not.toContain('[AMAZON.NextIntent]');
    expect(out).not.toContain('[WeeklySummaryIntent]');
  });

  it('a second simulator on the same data folder is told to close the first or use --data, with no stack trace', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'simulator-'));
    const first = spawn(process.execPath, ['--import', 'tsx', 'tools/simulator/main.ts', '--fast', `--data=${dataDir}`], { stdio: 'pipe' });
    try {
      await new Promise<void>((ready) =>
        first.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Progress is kept') && ready()),
      );
      const second = simulate(['open sciatica stretches'], ['--fast'], dataDir);
      expect(second.status).toBe(1);
      expect(second.out).toContain(`Another simulator (process ${first.pid}) is already using ${dataDir}.`);
      expect(second.out).toContain('--data=');
      expect(second.out).not.toMatch(/\bat .*\.js:\d+/);
    } finally {
      first.kill();
    }
  });

  it('--speak with no way to be heard says so once, and the conversation goes on printed', () => {
    // A stand-in espeak-ng that answers as espeak-ng does on a machine with no sound card: exit 0, ALSA's complaint on stderr.
    const bin = mkdtempSync(join(tmpdir(), 'fake-espeak-'));
    writeFileSync(join(bin, 'espeak-ng'), '#!/bin/sh\necho "ALSA lib confmisc.c:855:(parse_card) cannot find card \'0\'" >&2\n', {
      mode: 0o755,
    });
    const silent = simulate(['open sciatica stretches', 'stop'], ['--fast', '--speak'], undefined, {
      PATH: `${bin}:${process.env.PATH ?? ''}`,
    });
    expect(silent.out.match(/--speak: espeak-ng finds no audio device here/g)).toHaveLength(1);
    expect(silent.out).toContain('Alexa:  Goodbye, and take it easy.');
    const missing = simulate(['open sciatica stretches', 'stop'], ['--fast', '--speak'], undefined, {
      PATH: mkdtempSync(join(tmpdir(), 'no-bin-')),
    });
    expect(missing.out.match(/--speak: espeak-ng is not installed/g)).toHaveLength(1);
    expect(missing.out).toContain('Alexa:  Goodbye, and take it easy.');
  });

  it('waits out pauses in real time unless told to fast-forward', () => {
    const started = Date.now();
    const { out } = simulate(['ask sciatica stretches to stop'], ['--no-timeouts']);
    expect(out).toContain('Alexa:  Goodbye, and take it easy.');
    expect(Date.now() - started).toBeGreaterThan(2500);
  });
});
