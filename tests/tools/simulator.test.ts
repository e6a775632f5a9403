import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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
): { status: number | null; out: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'tools/simulator/main.ts', `--data=${dataDir}`, ...args], {
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

  it('explains its options, and refuses unknown ones', () => {
    expect(simulate([], ['--help']).out).toContain('--fast');
    const bad = simulate([], ['--fsat']);
    expect(bad.status).toBe(2);
    expect(bad.out).toContain('Unknown option --fsat');
  });

  it('waits out pauses in real time unless told to fast-forward', () => {
    const started = Date.now();
    const { out } = simulate(['ask sciatica stretches to stop'], ['--no-timeouts']);
    expect(out).toContain('Alexa:  Goodbye, and take it easy.');
    expect(Date.now() - started).toBeGreaterThan(2500);
  });
});
