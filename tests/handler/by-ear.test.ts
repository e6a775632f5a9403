import type { ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { MOVE_WAIT_MS } from '../../lambda/domain/position-moves';
import { espeakVoice } from '../../tools/simulator/playback';
import { hasCommand, silentRuns } from '../support/audio';
import { intent } from '../support/envelopes';
import { createTestHandler } from '../support/skill';

const canListen = hasCommand('espeak-ng') && hasCommand('sox');
const HOLD_MS = 30_000;
const TOLERANCE = 0.05;
/** espeak-ng adds its own gap of up to about 100 ms at a sentence end; it matters only for short pauses. */
const SENTENCE_GAP_MS = 150;

const ssmlOf = (response: ResponseEnvelope): string => (response.response.outputSpeech as { ssml: string }).ssml;

/** Every run of breaks in the SSML longer than a second, summed, in order. */
const plannedPauses = (ssml: string): number[] =>
  [...ssml.matchAll(/(?:<break time="\d+ms"\/>)+/g)]
    .map((m) => [...m[0].matchAll(/(\d+)ms/g)].reduce((sum, b) => sum + Number(b[1]), 0))
    .filter((ms) => ms > 1000);

/** Renders the SSML and checks every planned pause against what is heard; returns the heard runs. */
function expectPausesAsPlanned(ssml: string, voice: string): { heard: ReturnType<typeof silentRuns>; heardMs: number[] } {
  const planned = plannedPauses(ssml);
  const heard = silentRuns(ssml, 1000, voice);
  const heardMs = heard.map((run) => run.endMs - run.startMs);
  expect(heardMs).toHaveLength(planned.length);
  planned.forEach((ms, i) => {
    const error = Math.abs((heardMs[i] ?? 0) - ms);
    expect(error, `pause ${i}: planned ${ms} ms, heard ${heardMs[i]} ms`).toBeLessThan(Math.max(ms * TOLERANCE, SENTENCE_GAP_MS));
  });
  return { heard, heardMs };
}

/** CI installs espeak-ng and sox, so there the test must run; elsewhere it says why it is skipped. */
describe.skipIf(!canListen && !process.env.CI).each(['en-US', 'es-US', 'es-ES'])(
  'by ear in %s: responses rendered with espeak-ng and measured with sox',
  (locale) => {
    const voice = espeakVoice(locale);
    it('getting down to the floor: the wait is heard as long as planned, calm words between silences, no hold', async () => {
      const handler = createTestHandler({ SPEECH_RENDERER: 'ssml' });
      const move = await handler(intent('StartStretchIntent', { stretch: 'pigeon' }, { locale }));
      const { heard } = expectPausesAsPlanned(ssmlOf(move), voice);
      const waited = (heard.at(-1)?.endMs ?? 0) - (heard[0]?.startMs ?? 0);
      // The calm words between the silences are estimated at Alexa's pace; espeak-ng says them a little faster.
      expect(waited).toBeGreaterThan(MOVE_WAIT_MS.floorChange * 0.9);
    });

    it('every pause of a side, and the 30 s hold, is as long as planned, within 5 percent', async () => {
      const handler = createTestHandler({ SPEECH_RENDERER: 'ssml' });
      const move = await handler(intent('StartStretchIntent', { stretch: 'pigeon' }, { locale }));
      const side = await handler(intent('AMAZON.NextIntent', {}, { attributes: move.sessionAttributes, locale }));
      const ssml = ssmlOf(side);
      const { heard, heardMs } = expectPausesAsPlanned(ssml, voice);
      const planned = plannedPauses(ssml);
      expect(Math.abs(Math.max(...heardMs) - Math.max(...planned)) / Math.max(...planned)).toBeLessThan(TOLERANCE);
      const holdStart = heardMs.findIndex((ms) => ms > 9500);
      const hold = (heard[holdStart + 2]?.endMs ?? 0) - (heard[holdStart]?.startMs ?? 0);
      expect(Math.abs(hold - HOLD_MS) / HOLD_MS, `the hold lasted ${hold} ms`).toBeLessThan(TOLERANCE);
    });
  },
);
