import type { ResponseEnvelope } from 'ask-sdk-model';
import { getViewportProfiles, StaticAplTemplateValidator, ViewportMode, ViewportShape } from 'apl-suggester';
import { describe, expect, it } from 'vitest';
import type { SkillHandler } from '../../lambda/alexa/skill';
import { layoutFor } from '../../lambda/screen/screen-layout';
import { speechMs } from '../../lambda/speech/timeline';
import { aplDirective, playScreen, screenAt, type AplDirective } from '../support/apl-screen';
import { content } from '../support/content';
import { ECHO_SHOW_8, intent, launch, newUserId, userEvent, type EnvelopeOptions, type TestScreen } from '../support/envelopes';
import { aplaItems, createMemoryHandler, spokenText } from '../support/skill';

/** Plays requests as one session on one device; returns every response. */
async function play(
  handler: SkillHandler,
  requests: readonly ((options: EnvelopeOptions) => unknown)[],
  screen: TestScreen | undefined,
): Promise<ResponseEnvelope[]> {
  const userId = newUserId();
  let attributes: Record<string, unknown> | undefined;
  const responses: ResponseEnvelope[] = [];
  for (const request of requests) {
    const response = await handler(request({ userId, attributes, screen }));
    responses.push(response);
    attributes = response.sessionAttributes;
  }
  return responses;
}

const open = (o: EnvelopeOptions) => launch(o);
const start = (routine: string) => (o: EnvelopeOptions) => intent('StartRoutineIntent', { routine }, o);
const say =
  (name: string, slots: Record<string, string> = {}) =>
  (o: EnvelopeOptions) =>
    intent(name, slots, o);
const touch = (action: unknown) => (o: EnvelopeOptions) => userEvent([action], o);

/** Into the quick relief routine and through its first side and the move after it: every kind of guided screen. */
const QUICK_RELIEF = [open, start('quick relief'), say('AMAZON.NextIntent'), say('AMAZON.NextIntent'), say('AMAZON.NextIntent')];

const quickRelief = content.routine('quick-relief')!;
const firstStretch = content.stretch(quickRelief.stretchIds[0]!)!;

function directiveOf(response: ResponseEnvelope): AplDirective {
  const directive = aplDirective(response);
  if (!directive) throw new Error(`No APL document in the answer to: ${spokenText(response)}`);
  return directive;
}

describe('an Echo Show sees each stretch as it is spoken', () => {
  it('sends no APL document to a device without a screen', async () => {
    const responses = await play(createMemoryHandler(), QUICK_RELIEF, undefined);
    for (const response of responses) expect(aplDirective(response)).toBeUndefined();
  });

  it('names the stretch, its side and the progress through the routine, with its figure', async () => {
    const responses = await play(createMemoryHandler(), QUICK_RELIEF, ECHO_SHOW_8);
    const shown = responses.map((response) => directiveOf(response).datasources.payload.screen);
    const sides = shown.filter((screen) => screen.kind === 'guide' && screen.steps.some((step) => step.kind === 'hold'));
    expect(sides.length).toBeGreaterThanOrEqual(2);
    const [right, left] = sides;
    expect(right?.title).toBe(firstStretch.name);
    expect(right?.subtitle).toBe(`Right side · Stretch 1 of ${quickRelief.stretchIds.length}`);
    expect(right?.figure).toEqual({ key: `stretch-${firstStretch.id}`, mirrored: false });
    expect(left?.subtitle).toBe(`Left side · Stretch 1 of ${quickRelief.stretchIds.length}`);
    expect(left?.figure).toEqual({ key: `stretch-${firstStretch.id}`, mirrored: true });
    expect(right?.buttons.map((button) => button.label)).toEqual(['Repeat', 'Pause', 'Next', 'It hurts']);
    expect(shown[0]?.kind).toBe('info');
    expect(shown[0]?.text).toContain('Welcome');
  });

  it('draws the left side as the mirror image of the right', async () => {
    const responses = await play(createMemoryHandler(), QUICK_RELIEF, ECHO_SHOW_8);
    const figures = responses
      .map((response) => directiveOf(response))
      .filter((d) => d.datasources.payload.screen.figure?.key === `stretch-${firstStretch.id}`)
      .map((d) => JSON.stringify(d.document.graphics?.figure));
    expect(figures).toHaveLength(2);
    expect(figures[0]).not.toBe(figures[1]);
  });

  it('counts each hold down in step with its silence in the audio', async () => {
    const responses = await play(createMemoryHandler(), QUICK_RELIEF, ECHO_SHOW_8);
    const side = responses.find((r) => directiveOf(r).datasources.payload.screen.steps.some((step) => step.kind === 'hold'))!;
    // Where each silence of the audio starts and ends, with the skill's estimate of speaking time for the words.
    let at = 0;
    const silences: { start: number; end: number }[] = [];
    for (const item of aplaItems(side)) {
      const ms =
        item.type === 'Silence'
          ? (item.duration ?? 0)
          : item.type === 'Speech'
            ? speechMs((item.content ?? '').replace(/<[^>]+>/g, ' '))
            : 1200;
      if (item.type === 'Silence') silences.push({ start: at, end: at + ms });
      at += ms;
    }
    const moments = playScreen(directiveOf(side));
    // The countdown's runs: from where it first shows a number to where it reaches zero.
    const runs: { start: number; end: number; from: number }[] = [];
    moments.forEach((moment, i) => {
      const before = moments[i - 1]?.left ?? 0;
      if (moment.left > 0 && before === 0) runs.push({ start: moment.atMs, end: moment.atMs, from: moment.left });
      if (moment.left === 0 && before > 0) runs[runs.length - 1]!.end = moment.atMs;
    });
    const dose = firstStretch.dose;
    const holdSeconds = dose.kind === 'hold' ? dose.holdSeconds : dose.kind === 'moving' ? dose.seconds : 0;
    expect(runs).toHaveLength(dose.reps);
    for (const run of runs) {
      expect(silences.some((s) => Math.abs(s.start - run.start) < 1)).toBe(true);
      expect(silences.some((s) => Math.abs(s.end - run.end) < 1)).toBe(true);
      expect(run.end - run.start).toBeCloseTo(holdSeconds * 1000, -1);
      expect(run.from).toBe(holdSeconds);
      expect(screenAt(moments, run.start + 1000).left).toBe(holdSeconds - 1);
    }
    // Between holds the cue follows the words: the release is on screen after the first hold.
    expect(screenAt(moments, runs[0]!.end).cue).toBe(firstStretch.release.replace('{side}', 'right').replace('{other}', 'left'));
  });

  it('passes the APL validator with no errors or warnings on every viewport profile, and fits each screen', async () => {
    const validator = new StaticAplTemplateValidator();
    const profiles = [...getViewportProfiles().values()];
    const requests = [
      ...QUICK_RELIEF,
      say('AMAZON.PauseIntent'),
      say('AMAZON.HelpIntent'),
      say('ItHurtsIntent', { symptom: 'saddle numbness' }),
    ];
    for (const profile of profiles) {
      for (const device of profile.exampleDevices) {
        const screen: TestScreen = {
          shape: profile.shape === ViewportShape.ROUND ? 'ROUND' : 'RECTANGLE',
          pixelWidth: device.width,
          pixelHeight: device.height,
          dpi: 160,
          mode: (profile.mode ?? 'hub').toUpperCase(),
          touch: profile.mode === ViewportMode.TV ? [] : ['SINGLE'],
        };
        const layout = layoutFor({
          shape: profile.shape === ViewportShape.ROUND ? 'round' : 'rectangle',
          widthDp: device.width,
          heightDp: device.height,
          mode: profile.mode ?? 'hub',
          touch: true,
        });
        expect(layout.figure + 2 * layout.padding + (layout.kind === 'landscape' ? layout.footer : 0)).toBeLessThanOrEqual(device.height);
        expect(layout.figure + 2 * layout.padding).toBeLessThanOrEqual(device.width);
        const responses = await play(createMemoryHandler(), requests, screen);
        for (const response of responses) {
          const problems = await validator.validate(directiveOf(response).document);
          expect(problems, `${profile.id} ${device.id}: ${spokenText(response).slice(0, 60)}`).toEqual([]);
        }
      }
    }
  });

  it.each(content.routines.map((r) => r.id))(
    "every screen of the whole %s routine passes the validator and keeps the response well under Alexa's 120 KB",
    async (routineId) => {
      const routine = content.routine(routineId)!;
      const validator = new StaticAplTemplateValidator();
      const nexts = Array.from({ length: routine.stretchIds.length * 4 + 2 }, () => say('AMAZON.NextIntent'));
      const responses = await play(createMemoryHandler(), [open, start(routine.aliases[0] ?? routineId), ...nexts], ECHO_SHOW_8);
      const guided = responses.filter((r) => directiveOf(r).datasources.payload.screen.kind === 'guide');
      expect(guided.length).toBeGreaterThanOrEqual(routine.stretchIds.length);
      for (const response of responses) {
        expect(await validator.validate(directiveOf(response).document), spokenText(response).slice(0, 60)).toEqual([]);
        expect(JSON.stringify(response).length).toBeLessThan(60 * 1024);
      }
    },
  );

  it('shows buttons only on a screen that takes touch, and the spoken commands on one that does not', async () => {
    const tv: TestScreen = { shape: 'RECTANGLE', pixelWidth: 1920, pixelHeight: 1080, dpi: 320, mode: 'TV', touch: [] };
    const [, side] = await play(createMemoryHandler(), [open, start('quick relief')], tv);
    const document = JSON.stringify(directiveOf(side!).document);
    expect(document).not.toContain('TouchWrapper');
    expect(document).toContain('Alexa, next');
    const [, touchSide] = await play(createMemoryHandler(), [open, start('quick relief')], ECHO_SHOW_8);
    expect(JSON.stringify(directiveOf(touchSide!).document)).toContain('TouchWrapper');
  });

  it('marks the emergency answer and keeps its words on screen', async () => {
    const responses = await play(
      createMemoryHandler(),
      [open, start('quick relief'), say('ItHurtsIntent', { symptom: 'saddle numbness' })],
      ECHO_SHOW_8,
    );
    const shown = directiveOf(responses[2]!).datasources.payload.screen;
    expect(shown.alert).toBe(true);
    expect(shown.title).toBe('Get help now');
    expect(shown.text).toMatch(/emergency/i);
  });
});

describe('touching a button is the same as saying it', () => {
  const withoutScreen = (response: ResponseEnvelope) => ({ said: spokenText(response), attributes: response.sessionAttributes });

  it.each([
    ['next', 'AMAZON.NextIntent', {}],
    ['repeat', 'AMAZON.RepeatIntent', {}],
    ['pause', 'AMAZON.PauseIntent', {}],
    ['hurts', 'ItHurtsIntent', {}],
  ] as const)('%s', async (action, intentName, slots) => {
    const lead = [open, start('quick relief'), say('AMAZON.NextIntent')];
    const clock = () => new Date('2026-11-21T10:00:00Z');
    let ids = 0;
    const newId = () => `run-${(ids += 1)}`;
    const spoken = await play(createMemoryHandler({}, { clock, newId }), [...lead, say(intentName, slots)], ECHO_SHOW_8);
    ids = 0;
    const touched = await play(createMemoryHandler({}, { clock, newId }), [...lead, touch(action)], ECHO_SHOW_8);
    expect(withoutScreen(touched.at(-1)!)).toEqual(withoutScreen(spoken.at(-1)!));
  });

  it('resumes from the paused screen', async () => {
    const responses = await play(
      createMemoryHandler(),
      [open, start('quick relief'), say('AMAZON.PauseIntent'), touch('resume')],
      ECHO_SHOW_8,
    );
    expect(directiveOf(responses[2]!).datasources.payload.screen.buttons.map((b) => b.action)).toEqual(['resume', 'hurts']);
    expect(directiveOf(responses[3]!).datasources.payload.screen.kind).toBe('guide');
  });

  it.each([['dance'], [42], [null]])('a touch the skill did not draw (%s) is answered, not a crash', async (argument) => {
    const responses = await play(createMemoryHandler(), [open, start('quick relief'), touch(argument)], ECHO_SHOW_8);
    expect(spokenText(responses[2]!)).toMatch(/didn't catch that|sorry/i);
    expect(responses[2]!.response.shouldEndSession).toBe(false);
  });
});

describe('the Alexa app card of a guided stretch', () => {
  it('shows the figure when pictures are hosted', async () => {
    const responses = await play(createMemoryHandler({ IMAGE_BASE_URL: 'https://images.example.com/' }), QUICK_RELIEF, undefined);
    const cards = responses.map((r) => r.response.card).filter((card) => card?.type === 'Standard');
    expect(cards.length).toBeGreaterThanOrEqual(2);
    const right = cards.find((card) => card?.title === `${firstStretch.name}: right side`);
    const left = cards.find((card) => card?.title === `${firstStretch.name}: left side`);
    expect(right).toMatchObject({
      type: 'Standard',
      title: `${firstStretch.name}: right side`,
      image: {
        smallImageUrl: `https://images.example.com/figures/stretch-${firstStretch.id}-small.png`,
        largeImageUrl: `https://images.example.com/figures/stretch-${firstStretch.id}-large.png`,
      },
    });
    expect(left).toMatchObject({
      image: { smallImageUrl: `https://images.example.com/figures/stretch-${firstStretch.id}-left-small.png` },
    });
  });

  it('is text alone when they are not', async () => {
    const responses = await play(createMemoryHandler(), QUICK_RELIEF, undefined);
    const card = responses.map((r) => r.response.card).find((c) => c?.type === 'Simple' && c.title?.startsWith(firstStretch.name));
    expect(card).toBeDefined();
    expect(responses.some((r) => r.response.card?.type === 'Standard')).toBe(false);
  });
});
