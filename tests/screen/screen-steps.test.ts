import { describe, expect, it } from 'vitest';
import type { Movement } from '../../lambda/domain/content-schema';
import { screenViewportOf } from '../../lambda/alexa/screen-device';
import { screenSteps } from '../../lambda/screen/screen-steps';
import { countdown, paced } from '../../lambda/speech/dose';
import { pause, say, speechMs, waitPause } from '../../lambda/speech/timeline';
import { ECHO_SHOW_8, launch } from '../support/envelopes';

const secondsLeft = (seconds: number): string => `${seconds} seconds to go.`;

describe('what the screen shows, in step with the audio', () => {
  it('a hold is one countdown from its first silence to the end of its last, whatever is said inside it', () => {
    const hold = 'Hold it there.';
    const steps = screenSteps([say(hold), ...countdown(30, secondsLeft), say('And release.')]);
    const start = speechMs(hold);
    expect(steps).toEqual([
      { kind: 'cue', atMs: 0, text: hold },
      { kind: 'hold', atMs: start, ms: 30_000 },
      { kind: 'cue', atMs: start + 30_000, text: 'And release.' },
    ]);
  });

  it('two reps are two countdowns, with the words between them shown as they are said', () => {
    const rep = [say('Hold.'), ...countdown(20, secondsLeft), say('Release.')];
    const steps = screenSteps([...rep, pause(5000), say('Once more.'), pause(5000), ...rep]);
    expect(steps.filter((step) => step.kind === 'hold').map((step) => step.ms)).toEqual([20_000, 20_000]);
    expect(steps.filter((step) => step.kind === 'cue').map((step) => step.text)).toEqual([
      'Hold.',
      'Release.',
      'Once more.',
      'Hold.',
      'Release.',
    ]);
  });

  it('a moving stretch counts down while its pacing cues are said, and breaths show each cue with no countdown', () => {
    const movement: Movement = { cycleSeconds: 6, cues: ['Arch your back.', 'Round your back.'], short: ['Arch.', 'Round.'] };
    const moving = screenSteps(paced(30, movement));
    expect(moving.filter((step) => step.kind === 'hold')).toHaveLength(1);
    expect(moving[0]).toEqual({ kind: 'cue', atMs: 0, text: 'Arch your back.' });
    const breaths = screenSteps([say('Breathe in.'), pause(4000), say('Breathe out.'), pause(6000)]);
    expect(breaths.map((step) => step.kind)).toEqual(['cue', 'cue']);
  });

  it('a wait to get into position is no hold', () => {
    expect(screenSteps([say('Lie on your back.'), waitPause(10_000), say('Say next.')]).every((step) => step.kind === 'cue')).toBe(true);
  });
});

describe('which devices get a screen', () => {
  it('reads an Echo Show 8 (1280 × 800 pixels at 213 dpi) as about 960 × 600 dp, with touch', () => {
    expect(screenViewportOf(launch({ screen: ECHO_SHOW_8 }))).toEqual({
      shape: 'rectangle',
      widthDp: 962,
      heightDp: 601,
      mode: 'hub',
      touch: true,
    });
  });

  type Tamperable = { context: { System: { device: { supportedInterfaces: Record<string, unknown> } }; Viewport?: unknown } };
  it.each([
    ['no APL interface', (e: Tamperable) => delete e.context.System.device.supportedInterfaces['Alexa.Presentation.APL']],
    ['no viewport', (e: Tamperable) => delete e.context.Viewport],
    ['a viewport of nonsense', (e: Tamperable) => (e.context.Viewport = { shape: 'HEXAGON', dpi: -1 })],
    ['a zero dpi', (e: Tamperable) => (e.context.Viewport = { ...ECHO_SHOW_8, dpi: 0 })],
  ])('%s: no screen', (_, tamper) => {
    const envelope = launch({ screen: ECHO_SHOW_8 }) as unknown as Tamperable;
    tamper(envelope);
    expect(screenViewportOf(envelope as never)).toBeNull();
  });
});
