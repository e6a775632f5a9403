import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { createRoutineEngine } from '../../lambda/domain/routine-engine';
import type { RoutineEvent } from '../../lambda/domain/routine-events';
import { IDLE, SIDES } from '../../lambda/domain/routine-state';
import { fillSide } from '../../lambda/speech/compose';
import { content } from '../support/content';
import { engineContext, NOW } from '../support/engine-context';
import { intent, launch, newUserId, type EnvelopeOptions } from '../support/envelopes';
import { responseMs, responseProblems } from '../support/response-checks';
import { aplaItems, createTestHandler, spokenText } from '../support/skill';

type Request = (options: EnvelopeOptions) => RequestEnvelope;

/** Plays a conversation, carrying session attributes, until the session ends or the requests run out. */
async function play(renderer: 'apla' | 'ssml', first: Request, then: Request[], locale = 'en-US'): Promise<ResponseEnvelope[]> {
  const handler = createTestHandler({ SPEECH_RENDERER: renderer });
  const userId = newUserId();
  const responses = [await handler(first({ userId, locale }))];
  for (const request of then) {
    const previous = responses[responses.length - 1] as ResponseEnvelope;
    if (previous.response.shouldEndSession !== false) break;
    responses.push(await handler(request({ attributes: previous.sessionAttributes, userId, locale })));
  }
  return responses;
}

/** Every renderer in English, and both in each Spanish locale: the same properties hold in every language. */
const PLAYERS = [
  ['apla', 'en-US'],
  ['ssml', 'en-US'],
  ['apla', 'es-US'],
  ['ssml', 'es-US'],
  ['apla', 'es-ES'],
] as const;

const next: Request = (o) => intent('AMAZON.NextIntent', {}, o);
const nexts = (n: number): Request[] => Array.from({ length: n }, () => next);
const asked =
  (name: string): Request =>
  (o) =>
    intent(name, {}, o);

/** Turns the engine takes to play a routine with "next" alone: its start, then every move, side and the finish. */
function turnsToPlay(routineId: string): number {
  const engine = createRoutineEngine(content);
  let turn = engine.apply(IDLE, { type: 'start-routine', routine: { kind: 'match', id: routineId } }, engineContext());
  let turns = 1;
  while (turn.prompt && turn.state.plan) {
    turn = engine.apply(turn.state, { type: 'next' }, engineContext());
    turns += 1;
  }
  return turns;
}

/** Words that are only ever spoken inside a timed hold: a stretch's opening hold line, a breath or movement cue, a count-down. */
const HOLD_MARKERS: readonly string[] = [
  'seconds to go.',
  'Ten more seconds.',
  ...content.stretches.flatMap((s) => {
    const lines = [s.hold[0], s.easier.hold?.[0], s.dose.kind === 'breaths' ? s.dose.inhaleCue : undefined];
    const moving = s.dose.kind === 'moving' ? [s.dose.movement.cues[0], s.easier.movement?.cues[0]] : [];
    return [...lines, ...moving].flatMap((line) => (line ? SIDES.map((side) => fillSide(line, side)) : []));
  }),
];
const holds = (response: ResponseEnvelope): boolean => HOLD_MARKERS.some((marker) => spokenText(response).includes(marker));

async function expectAllPlayable(responses: ResponseEnvelope[]): Promise<void> {
  for (const [i, response] of responses.entries()) {
    expect(await responseProblems(response), `response ${i}`).toEqual([]);
  }
}

describe.each(PLAYERS)('every response is playable (%s renderer, %s)', (renderer, locale) => {
  it.each(content.routines.map((r) => r.id))('the whole %s routine, from launch to the closing words', async (routineId) => {
    const turns = turnsToPlay(routineId);
    const responses = await play(
      renderer,
      launch,
      [(o) => intent('StartRoutineIntent', { routine: routineId }, o), ...nexts(turns + 2)],
      locale,
    );
    expect(responses).toHaveLength(turns + 1);
    expect(responses.at(-1)?.response.shouldEndSession).toBe(true);
    await expectAllPlayable(responses);
  });

  it.each(content.stretches.map((s) => s.id))('%s mid-plan: repeat, help, detail, purpose, easier, it hurts', async (stretchId) => {
    const plan = { routineId: null, stretchIds: [stretchId, 'seated-figure-four'] };
    const attributes = {
      v: 3,
      routine: {
        ...IDLE,
        plan,
        disclaimed: true,
        position: content.stretch(stretchId)?.startPosition,
        run: { id: 'run-0', startedAt: NOW },
      },
    };
    const responses = await play(
      renderer,
      (o) => intent('AMAZON.RepeatIntent', {}, { ...o, attributes }),
      [
        asked('AMAZON.HelpIntent'),
        asked('MoreDetailIntent'),
        asked('WhatIsThisForIntent'),
        asked('HowManyLeftIntent'),
        asked('EasierIntent'),
        asked('ItHurtsIntent'),
        asked('AMAZON.NoIntent'),
      ],
      locale,
    );
    expect(responses).toHaveLength(8);
    await expectAllPlayable(responses);
  });

  it('every navigation command mid-routine', async () => {
    const commands = [
      'AMAZON.RepeatIntent',
      'AMAZON.PreviousIntent',
      'AMAZON.PauseIntent',
      'AMAZON.ResumeIntent',
      'SkipIntent',
      'AMAZON.StartOverIntent',
      'ListRoutinesIntent',
      'AMAZON.FallbackIntent',
      'AMAZON.StopIntent',
    ];
    const responses = await play(renderer, (o) => intent('StartRoutineIntent', { routine: 'all-nine' }, o), commands.map(asked), locale);
    expect(responses).toHaveLength(commands.length + 1);
    await expectAllPlayable(responses);
  });
});

describe.each(['apla', 'ssml'] as const)('moves into position (%s renderer, English)', (renderer) => {
  it.each(content.routines.map((r) => r.id))(
    '%s: a stretch in a new position is introduced with no hold, and its hold follows the user\'s "next"',
    async (routineId) => {
      const stretchIds = content.routine(routineId)?.stretchIds ?? [];
      const responses = await play(renderer, (o) => intent('StartRoutineIntent', { routine: routineId }, o), nexts(turnsToPlay(routineId)));
      const texts = responses.map(spokenText);
      stretchIds.forEach((id, i) => {
        const stretch = content.stretch(id);
        const moved = i === 0 || stretch?.startPosition !== content.stretch(stretchIds[i - 1] ?? '')?.startPosition;
        const intro = new RegExp(`(Stretch [a-z]+ of [a-z]+|Last one): the ${stretch?.name.toLowerCase()}\\.`);
        const at = texts.findIndex((text) => intro.test(text));
        expect(at, id).toBeGreaterThanOrEqual(0);
        const introduced = responses[at] as ResponseEnvelope;
        if (moved) {
          expect(holds(introduced), `${id}: its intro holds`).toBe(false);
          expect(texts[at], id).toContain(stretch?.position);
          expect(texts[at], id).toMatch(/When you're [a-z ,]+, say next\.$/);
          expect(holds(responses[at + 1] as ResponseEnvelope), `${id}: the side after "next"`).toBe(true);
        } else {
          expect(holds(introduced), `${id}: same position, played at once`).toBe(true);
        }
      });
      expect(holds(responses[0] as ResponseEnvelope)).toBe(false);
    },
  );
});

describe('response sizes', () => {
  it('the longest response of any routine still leaves room under 240 s', async () => {
    let longest = 0;
    for (const routine of content.routines) {
      const responses = await play('apla', launch, [
        (o) => intent('StartRoutineIntent', { routine: routine.id }, o),
        ...nexts(turnsToPlay(routine.id)),
      ]);
      longest = Math.max(longest, ...responses.map(responseMs));
    }
    expect(longest).toBeGreaterThan(60_000);
    expect(longest).toBeLessThan(200_000);
  });

  it('one response never covers more than one side of one stretch', () => {
    const engine = createRoutineEngine(content);
    const events: RoutineEvent[] = ['next', 'repeat', 'previous', 'skip', 'easier', 'resume', 'start-over', 'yes'].map(
      (type) => ({ type }) as RoutineEvent,
    );
    for (const routine of content.routines) {
      let state = engine.apply(
        IDLE,
        { type: 'start-routine', routine: { kind: 'match', id: routine.id } },
        engineContext({ firstUse: true, suggestedRoutine: routine.id }),
      ).state;
      for (let i = 0; i < 40 && state.plan; i += 1) {
        const turn = engine.apply(state, events[i % events.length] as RoutineEvent, engineContext({ suggestedRoutine: routine.id }));
        expect(turn.beats.filter((b) => b.type === 'perform' || b.type === 'move').length).toBeLessThanOrEqual(1);
        state = turn.state;
      }
    }
  });
});

describe('holds are real', () => {
  it('with APL-A, a 30 s hold is one uninterrupted 10 s Silence between calm count-downs, and the hold sums to 30 s', async () => {
    const [, response] = await play('apla', (o) => intent('StartStretchIntent', { stretch: 'pigeon' }, o), [next]);
    const items = aplaItems(response as ResponseEnvelope);
    const firstHold = items.findIndex((i) => i.type === 'Silence' && i.duration === 10_000);
    expect(firstHold).toBeGreaterThan(0);
    expect(items[firstHold + 1]?.content).toBe('<speak>Twenty seconds to go.</speak>');
    expect(items[firstHold + 3]?.content).toBe('<speak>Ten more seconds.</speak>');
    expect(response?.response.outputSpeech).toBeUndefined();
  });

  it('with SSML, the same hold is breaks of at most 10 s', async () => {
    const [, response] = await play('ssml', (o) => intent('StartStretchIntent', { stretch: 'pigeon' }, o), [next]);
    const ssml = (response?.response.outputSpeech as { ssml: string }).ssml;
    expect(ssml).toMatch(/<break time="10000ms"\/> Twenty seconds to go\. <break time="\d{4}ms"\/> Ten more seconds\./);
  });
});
