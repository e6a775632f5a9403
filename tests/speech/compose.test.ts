import { describe, expect, it } from 'vitest';
import { createRoutineEngine } from '../../lambda/domain/routine-engine';
import type { RoutineEvent } from '../../lambda/domain/routine-events';
import { IDLE, type RoutineState } from '../../lambda/domain/routine-state';
import { createComposer, fillSide } from '../../lambda/speech/compose';
import { plainText } from '../../lambda/speech/timeline';
import { content } from '../support/content';
import { engineContext } from '../support/engine-context';

const engine = createRoutineEngine(content);
const compose = createComposer(content);
const ctx = engineContext();

/** What Alexa says for each event in turn, as plain words. */
function said(events: RoutineEvent[], from: RoutineState = IDLE): string[] {
  let state = from;
  return events.map((event) => {
    const turn = engine.apply(state, event, ctx);
    state = turn.state;
    return plainText(compose(turn).speech);
  });
}

const stretch = (id: string) => ({ type: 'start-stretch', stretch: { kind: 'match', id } }) as const;

describe('composed speech', () => {
  it('fills the working side and the other side into cues', () => {
    expect(fillSide('Cross your {side} ankle over your {other} knee.', 'left')).toBe('Cross your left ankle over your right knee.');
  });

  it('names the side at the start of each side and uses brief cues the second time', () => {
    const [right, left] = said([stretch('lying-figure-four'), { type: 'next' }]);
    expect(right).toContain("We'll start with your right side. Lie on your back, on a mat or in bed.");
    expect(left).toMatch(/^Now your left side\. Lie on your back, and cross your left ankle over your right knee\./);
    expect(left).toMatch(/That's your left side done\. Say next to finish\.$/);
  });

  it('an easier variant in another position ends with its own release cue', () => {
    const [, easier] = said([stretch('pigeon'), { type: 'easier' }]);
    expect(easier).toMatch(/^Here's an easier way: lying figure four instead of pigeon\. We'll start with your right side\./);
    expect(easier).toContain('And gently let go, with your feet back down.');
    expect(easier).not.toContain('press back up');
  });

  it('skipping the only stretch after it hurt does not congratulate', () => {
    const [, , skipped] = said([stretch('pigeon'), { type: 'hurts', symptom: 'pain' }, { type: 'skip' }]);
    expect(skipped).toBe("Okay, skipping the pigeon. That's the end for now. Come back whenever you're ready. Take care.");
  });

  it('a routine intro says what to have ready, with a substitute', () => {
    const [bedtime] = said([{ type: 'start-routine', routine: { kind: 'match', id: 'bedtime' } }]);
    expect(bedtime).toMatch(/You'll need a band or a [a-z ]+\./);
  });

  it('counts down every hold calmly, never second by second', () => {
    const [first] = said([stretch('seated-figure-four')]);
    expect(first?.match(/Twenty seconds\. Ten more seconds\./g)).toHaveLength(2);
    expect(first).not.toMatch(/\b(nine|eight|seven)\b/i);
  });
});
