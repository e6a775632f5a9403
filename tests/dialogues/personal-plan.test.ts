import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../lambda/domain/plan-builder';
import { EN } from '../../lambda/speech/catalogues/en';
import { intend, say, sayAll, startConversation } from '../support/conversation';
import { content } from '../support/content';
import { newUserId } from '../support/envelopes';
import { createTestHandler } from '../support/skill';
import { userKeyOf } from '../../lambda/storage/user-key';
import { Device, realRepository, storedFor } from '../persistence/harness';

const o = EN.onboarding;
const q = o.questions;

/** A new user who opens the skill and asks for a plan: the first question is waiting. */
async function atFirstQuestion(): Promise<ReturnType<typeof startConversation>> {
  const va = startConversation();
  const launch = await say(va, 'open sciatica stretches');
  expect(launch.text).toContain(o.hint);
  const asked = await say(va, 'set up my plan');
  expect(asked.text).toBe(`${o.begin} ${q.phase}`);
  expect(asked.reprompt).toBe(o.reprompts.phase);
  return va;
}

const names = (ids: readonly string[]): string[] => ids.map((id) => content.stretch(id)?.name.toLowerCase() ?? id);

describe('a plan fitted by voice', () => {
  it('asks each question in turn, builds the plan from the answers, stores it, and starts it on "yes"', async () => {
    const va = await atFirstQuestion();
    const answers = await sayAll(va, ['no', 'yes', "I'm a bit wobbly", 'yes', 'no', 'my knees are fine', 'my buttock']);
    expect(answers.map((a) => a.text)).toEqual([q.floor, q.steady, q.band, q.beginner, q.kneesComplain, q.feltMost, q.pregnant]);
    const ready = await say(va, 'no');
    const plan = buildPlan(
      {
        phase: 'prevention',
        floor: true,
        steady: false,
        band: true,
        beginner: false,
        kneesComplain: false,
        feltMost: 'buttock',
        pregnant: false,
      },
      content,
    );
    const listed = o.ready(names(plan.stretchIds));
    expect(ready.text.slice(0, listed.length)).toBe(listed);
    expect(ready.text).toContain(o.goal(plan.goal));
    expect(ready.text.endsWith(o.startNow)).toBe(true);
    const started = await say(va, 'yes');
    expect(started.text.startsWith(o.planIntro(plan.stretchIds.length))).toBe(true);
    expect(started.text).toContain(
      `Stretch one of ${['zero', 'one', 'two', 'three', 'four', 'five'][plan.stretchIds.length]}: the ${names(plan.stretchIds)[0]}.`,
    );
  });

  it('on the next visit offers the plan, explains it on "why these stretches", and "start my plan" starts it one-shot', async () => {
    const va = await atFirstQuestion();
    await sayAll(va, ['skip', 'skip', 'skip', 'skip', 'skip', 'skip', 'skip', 'skip']);
    expect((await say(va, 'stop')).open).toBe(false);
    const back = await say(va, 'open sciatica stretches');
    expect(back.text).toMatch(
      /^Welcome to Sciatica Stretches\. Your plan is three stretches, starting with the seated figure four\. Shall we do your plan\?$/,
    );
    const why = await say(va, 'why these stretches');
    expect(why.text).toContain('For the questions you skipped, I chose the gentler option.');
    expect(why.text.endsWith(o.startPlan)).toBe(true);
    expect((await say(va, 'stop')).open).toBe(false);
    const oneShot = await say(va, 'ask sciatica stretches to start my plan');
    expect(oneShot.text.startsWith(o.planIntro(3))).toBe(true);
  });

  it('"actually I can get down to the floor" changes an answer, in the questions and after them', async () => {
    const va = await atFirstQuestion();
    await sayAll(va, ['yes', 'no']);
    const noted = await say(va, 'actually I can get down to the floor');
    expect(noted.text).toBe(`${o.noted} ${q.steady}`);
    await sayAll(va, ['yes', 'yes', 'no', 'no', 'skip']);
    const ready = await say(va, 'no');
    expect(ready.text).not.toContain(EN.plan.reasons['no-floor']({ first: '', count: 0, area: null }));
    const changed = await say(va, "I can't get down to the floor");
    expect(changed.text).toMatch(/^I.ve changed your plan\./);
    expect(changed.text).toContain(EN.plan.reasons['no-floor']({ first: '', count: 0, area: null }));
  });

  it('asks once more when an answer is unclear, then leaves it for the gentler choice', async () => {
    const va = await atFirstQuestion();
    const again = await intend(va, 'AMAZON.FallbackIntent');
    expect(again.text).toBe(`${o.again} ${q.phase}`);
    const skipped = await intend(va, 'AMAZON.FallbackIntent');
    expect(skipped.text).toBe(`${o.skipped} ${q.floor}`);
  });

  it('"go back" asks the question before; "stop" keeps what was answered and says the plan', async () => {
    const va = await atFirstQuestion();
    await sayAll(va, ['no', 'no']);
    expect((await say(va, 'go back')).text).toBe(q.floor);
    const stopped = await say(va, 'stop');
    expect(stopped.open).toBe(false);
    const plan = buildPlan({ phase: 'prevention', floor: false }, content);
    const kept = o.kept(names(plan.stretchIds));
    expect(stopped.text.slice(0, kept.length)).toBe(kept);
  });

  it('a red flag during the questions still gets the emergency answer', async () => {
    const va = await atFirstQuestion();
    const urgent = await say(va, "i can't control my bladder");
    expect(urgent.text).toContain('emergency');
    expect(urgent.open).toBe(false);
  });

  it('"start my plan" without a plan offers to make one', async () => {
    const va = startConversation();
    await say(va, 'open sciatica stretches');
    const none = await say(va, 'start my plan');
    expect(none.text).toBe(`${o.noPlanYet} ${o.offer}`);
    expect((await say(va, 'yes')).text).toBe(`${o.begin} ${q.phase}`);
  });
});

describe('the plan in storage', () => {
  it('is kept in the profile, and the weekly summary measures against its goal (a flare-up: once or twice a day)', async () => {
    const device = new Device(createTestHandler(), newUserId());
    await device.launch();
    await device.say('SetUpPlanIntent');
    let answer = await device.say('AMAZON.YesIntent');
    for (let i = 0; i < 10 && !answer.text.endsWith(o.startNow); i += 1) answer = await device.say('SkipIntent');
    const plan = buildPlan({ phase: 'flare-up' }, content);
    expect((await storedFor(device.userId)).profile.plan).toEqual(plan);
    answer = await device.say('AMAZON.YesIntent');
    for (let i = 0; i < 30 && answer.open; i += 1) answer = await device.next();
    expect(answer.text).toContain(`That's the end of the ${o.planName}.`);
    await device.launch();
    const summary = await device.say('WeeklySummaryIntent');
    expect(summary.text).toContain('once or twice a day');
    expect(summary.text).not.toContain('three to five times a week');
  });

  it('a tampered stored plan is rebuilt from its answers, offered as rebuilt, and saved again', async () => {
    const device = new Device(createTestHandler(), newUserId());
    await device.launch();
    const honest = buildPlan({ kneesComplain: true, floor: true, steady: true }, content);
    const tampered = { ...honest, stretchIds: ['pigeon', ...honest.stretchIds] };
    await realRepository().updateProfile(userKeyOf(device.userId), { plan: tampered });
    const back = await device.launch();
    expect(back.text).toContain(o.offerPlan(honest.stretchIds.length, names(honest.stretchIds)[0] ?? ''));
    expect(back.text).not.toContain('pigeon');
    expect((await storedFor(device.userId)).profile.plan).toEqual(honest);
  });
});
