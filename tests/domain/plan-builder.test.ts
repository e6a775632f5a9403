import { describe, expect, it } from 'vitest';
import { indexContent } from '../../lambda/domain/content';
import type { Stretch } from '../../lambda/domain/content-schema';
import type { PlanAnswers } from '../../lambda/domain/plan-answers';
import { buildPlan, PLAN_VERSION, personalPlanSchema, type PersonalPlan, type PlanReason } from '../../lambda/domain/plan-builder';
import { isOneTripDown, type StartPosition } from '../../lambda/domain/position-moves';
import { restorePlan } from '../../lambda/domain/stored-plan';
import { content } from '../support/content';
import { ABLE, everyAnswerSet } from '../support/plan-answers';

const ALL_ANSWERS = everyAnswerSet();

const stretchesOf = (plan: PersonalPlan): Stretch[] =>
  plan.stretchIds.map((id) => {
    const stretch = content.stretch(id);
    if (!stretch) throw new Error(`the plan names "${id}", which the content does not have`);
    return stretch;
  });

const SEATED_OR_LYING: readonly StartPosition[] = ['sitting-on-chair', 'sitting-on-floor', 'lying-on-back'];

/** What a reason claims the person said. */
const SAID: Readonly<Record<Exclude<PlanReason, 'unanswered-gentle'>, (a: PlanAnswers) => boolean>> = {
  'pregnant-gentle': (a) => a.pregnant === true,
  'unsteady-seated-first': (a) => a.steady === false,
  'beginner-seated-first': (a) => a.beginner === true,
  'flare-gentle-hamstring': (a) => a.phase === 'flare-up',
  'knees-no-kneeling': (a) => a.kneesComplain === true,
  'no-floor': (a) => a.floor === false,
  'felt-most': (a) => a.feltMost !== undefined,
  'beginner-fewer': (a) => a.beginner === true,
  'flare-short': (a) => a.phase === 'flare-up',
  'beginner-easier': (a) => a.beginner === true,
  'no-band': (a) => a.band === false,
};

/** One rule: for every answer set it applies to, what every plan must hold. */
interface Rule {
  readonly rule: string;
  readonly when: (answers: PlanAnswers) => boolean;
  readonly holds: (plan: PersonalPlan, stretches: readonly Stretch[]) => boolean;
}

// Each rule quotes where it comes from: the facts sheet (../shared/stretch-facts.md) or the words.
// A skipped answer counts as the gentler one, so "unsteady" also means "did not say".
const RULES: readonly Rule[] = [
  {
    // Issue: "unsteady, no floor, no band" gives only chair or in-bed stretches.
    rule: 'unsteady, no floor, no band: only chair or in-bed stretches',
    when: (a) => a.steady !== true && a.floor !== true && a.band !== true,
    holds: (_, s) => s.every((x) => x.tags.includes('chair') || x.tags.includes('in-bed')),
  },
  {
    // Facts, pigeon: "if it hurts the knees, use the lying figure four instead". Issue: "knees complain" never gives
    // the pigeon or kneeling.
    rule: 'knees complain: never the pigeon, nothing kneeling or on hands and knees',
    when: (a) => a.kneesComplain !== false,
    holds: (p, s) => !p.stretchIds.includes('pigeon') && s.every((x) => !['kneeling', 'hands-and-knees'].includes(x.startPosition)),
  },
  {
    // Facts, lying hamstring stretch: "with intense symptoms, stretching the hamstrings hard can irritate the sciatic
    // nerve further". Issue: "flare-up" keeps the hamstring gentle or leaves it out.
    rule: 'flare-up: the hamstring stretch is in its easier version, or left out',
    when: (a) => a.phase !== 'prevention',
    holds: (p, s) => s.filter((x) => x.tags.includes('back-of-thigh')).every((x) => p.easier.includes(x.id)),
  },
  {
    // Facts: "beginners and the less flexible start with 1 to 3".
    rule: 'beginner or less flexible: one to three stretches',
    when: (a) => a.beginner !== false,
    holds: (p) => p.stretchIds.length >= 1 && p.stretchIds.length <= 3,
  },
  {
    // Facts: "Choose 3 to 5 stretches per session".
    rule: 'everyone else: three to five stretches',
    when: (a) => a.beginner === false,
    holds: (p) => p.stretchIds.length >= 3 && p.stretchIds.length <= 5,
  },
  {
    // Facts, seated figure four: "the best first stretch for beginners, people who are less flexible, larger bodies,
    // or anyone unsteady on their feet".
    rule: 'unsteady, beginner or pregnant: the seated figure four first',
    when: (a) => a.steady !== true || a.beginner !== false || a.pregnant === true,
    holds: (p) => p.stretchIds[0] === 'seated-figure-four',
  },
  {
    // Facts: the standing stretches "need balance"; a wall or chair only helps.
    rule: 'unsteady: nothing standing, nothing that needs balance',
    when: (a) => a.steady !== true,
    holds: (_, s) => s.every((x) => !x.tags.includes('standing') && !x.tags.includes('needs-balance')),
  },
  {
    // Issue: no floor gives chair or in-bed stretches.
    rule: 'no floor: nothing that needs the floor, though a stretch done in bed is fine',
    when: (a) => a.floor !== true,
    holds: (_, s) => s.every((x) => !x.tags.includes('floor') || x.tags.includes('in-bed')),
  },
  {
    // Facts: the band stretches need "a band, yoga strap, towel or belt"; the question asks for any of them.
    rule: 'no band: nothing that needs one',
    when: (a) => a.band !== true,
    holds: (_, s) => s.every((x) => !x.tags.includes('needs-band')),
  },
  {
    // Issue: pregnant gives only gentle seated or lying stretches, and the ask-a-professional line (which the reason
    // carries; facts: "the user should ask their doctor or a physical therapist for pregnancy-specific stretches").
    rule: 'pregnant: only seated or lying stretches, each in its easier version, and the pregnancy reason first',
    when: (a) => a.pregnant === true,
    holds: (p, s) =>
      s.every((x) => SEATED_OR_LYING.includes(x.startPosition) && p.easier.includes(x.id)) && p.reasons[0] === 'pregnant-gentle',
  },
  {
    // Facts: "During active pain: once or twice a day."
    rule: 'flare-up: a goal of once or twice a day',
    when: (a) => a.phase === 'flare-up',
    holds: (p) => p.goal.per === 'day' && p.goal.low === 1 && p.goal.high === 2,
  },
  {
    // Facts: "For prevention: 3 to 5 times a week", and over-stretching "is a real trap": a skipped phase gets this one.
    rule: 'prevention, or not said: a goal of three to five times a week',
    when: (a) => a.phase !== 'flare-up',
    holds: (p) => p.goal.per === 'week' && p.goal.low === 3 && p.goal.high === 5,
  },
  {
    // Design: one trip down (standing, a chair, the floor, lying), never back up; ending where it is easy to rest.
    rule: 'one trip down, ending lying down',
    when: () => true,
    holds: (_, s) => isOneTripDown(s.map((x) => x.startPosition)) && s.at(-1)?.startPosition === 'lying-on-back',
  },
  {
    // The issue: a skipped answer gets the gentler default, but the plan must not claim an answer nobody gave.
    rule: 'a reason names an answer only when it was given; a skipped one is "unanswered-gentle"',
    when: () => true,
    holds: (p) => p.reasons.every((reason) => reason === 'unanswered-gentle' || SAID[reason](p.answers)),
  },
  {
    rule: 'each stretch once, only stretches the content has, and only those are eased',
    when: () => true,
    holds: (p, s) => new Set(p.stretchIds).size === s.length && p.easier.every((id) => p.stretchIds.includes(id)),
  },
];

describe('buildPlan: each rule, over every way the answers can come', () => {
  it.each(RULES)('$rule', ({ when, holds }) => {
    const applies = ALL_ANSWERS.filter(when);
    expect(applies.length).toBeGreaterThan(0);
    const broken = applies.filter((answers) => {
      const plan = buildPlan(answers, content);
      return !holds(plan, stretchesOf(plan));
    });
    expect(broken.slice(0, 3).map((answers) => ({ answers, plan: buildPlan(answers, content).stretchIds }))).toEqual([]);
  });
});

/** Plans for whole people, written out: the rules above, as someone would hear them. */
const PEOPLE: readonly { who: string; answers: PlanAnswers; stretches: string[]; easier: string[]; reasons: PlanReason[] }[] = [
  {
    // The issue: skipped answers get "the gentler/safer default"; it is the quick relief routine, sat at a chair.
    who: 'someone who skipped every question',
    answers: {},
    stretches: ['seated-figure-four', 'chair-cat-cow', 'lying-figure-four'],
    easier: ['seated-figure-four', 'chair-cat-cow', 'lying-figure-four'],
    reasons: ['unanswered-gentle'],
  },
  {
    // The issue: "unsteady, no floor, no band" gives only chair or in-bed stretches; now they said so, the plan says why.
    who: 'someone who said unsteady, no floor and no band, and skipped the rest',
    answers: { steady: false, floor: false, band: false },
    stretches: ['seated-figure-four', 'chair-cat-cow', 'lying-figure-four'],
    easier: ['seated-figure-four', 'chair-cat-cow', 'lying-figure-four'],
    reasons: ['unsteady-seated-first', 'no-floor', 'unanswered-gentle', 'no-band'],
  },
  {
    // Facts: 3 to 5 a session; nothing to narrow, so four, each area once or twice, ending lying down.
    who: 'someone who can do anything, keeping it away',
    answers: ABLE,
    stretches: ['cat-cow', 'seated-calf-band', 'lying-figure-four', 'lying-hamstring-band'],
    easier: [],
    reasons: [],
  },
  {
    // Facts: the hamstring caution in a flare-up; a flare-up gets the shorter plan.
    who: 'the same person in a flare-up, feeling it most in the back of the thigh',
    answers: { ...ABLE, phase: 'flare-up', feltMost: 'back-of-thigh' },
    stretches: ['cat-cow', 'seated-calf-band', 'lying-figure-four'],
    easier: [],
    reasons: ['flare-gentle-hamstring', 'flare-short'],
  },
  {
    // Facts: the pigeon's sore knees; nothing kneeling, so cat-cow goes too.
    who: 'someone able, whose knees complain, feeling it most in the buttock',
    answers: { ...ABLE, kneesComplain: true, feltMost: 'buttock' },
    stretches: ['standing-hip-flexor', 'seated-figure-four', 'lying-figure-four', 'lying-hamstring-band'],
    easier: [],
    reasons: ['knees-no-kneeling', 'felt-most'],
  },
  {
    // Facts: a steady beginner still starts on the chair, so the standing stretches cannot come first and are left out.
    who: 'a steady beginner with a floor and a band',
    answers: { ...ABLE, beginner: true },
    stretches: ['seated-figure-four', 'cat-cow', 'lying-hamstring-band'],
    easier: ['seated-figure-four', 'cat-cow', 'lying-hamstring-band'],
    reasons: ['beginner-seated-first', 'beginner-fewer', 'beginner-easier'],
  },
  {
    // The issue: no floor means a chair or the bed; a steady person still gets the standing stretches first.
    who: 'someone steady who cannot get down to the floor',
    answers: { ...ABLE, floor: false, band: false },
    stretches: ['standing-hip-flexor', 'standing-side-body', 'seated-figure-four', 'lying-figure-four'],
    easier: [],
    reasons: ['no-floor', 'no-band'],
  },
  {
    // The issue: pregnancy gives only gentle seated or lying stretches; the chair first, as for larger bodies.
    who: 'someone pregnant, otherwise able',
    answers: { ...ABLE, pregnant: true },
    stretches: ['seated-figure-four', 'seated-calf-band', 'lying-hamstring-band'],
    easier: ['seated-figure-four', 'seated-calf-band', 'lying-hamstring-band'],
    reasons: ['pregnant-gentle'],
  },
];

describe('buildPlan: whole people', () => {
  it.each(PEOPLE)('$who', ({ answers, stretches, easier, reasons }) => {
    const plan = buildPlan(answers, content);
    expect(plan.stretchIds).toEqual(stretches);
    expect(plan.easier).toEqual(easier);
    expect(plan.reasons).toEqual(reasons);
  });

  it('favours where they feel it most, when a stretch for that area is allowed', () => {
    for (const area of ['buttock', 'back-of-thigh', 'calf', 'lower-back'] as const) {
      const plan = buildPlan({ ...ABLE, feltMost: area }, content);
      expect(
        stretchesOf(plan).some((s) => s.tags.includes(area)),
        area,
      ).toBe(true);
      expect(plan.reasons, area).toContain('felt-most');
    }
  });

  it('gives the same plan for the same answers, whatever their order, and leaves the answers alone', () => {
    const answers: PlanAnswers = { pregnant: false, feltMost: 'calf', phase: 'prevention', band: true, floor: true };
    const reordered: PlanAnswers = { floor: true, band: true, phase: 'prevention', feltMost: 'calf', pregnant: false };
    const frozen = Object.freeze({ ...answers });
    expect(buildPlan(frozen, content)).toEqual(buildPlan(reordered, content));
    expect(JSON.stringify(buildPlan(answers, content))).toBe(JSON.stringify(buildPlan(answers, content)));
  });

  it('in a flare-up, eases the hamstring stretch when little else fits', () => {
    // Facts: "with intense symptoms, stretching the hamstrings hard can irritate the sciatic nerve further".
    // With the full content a flare-up leaves it out; with only three stretches it has to come, so it comes gentle.
    const few = indexContent(
      content.stretches.filter((s) => ['seated-figure-four', 'chair-twist', 'lying-hamstring-band'].includes(s.id)),
      content.routines,
    );
    const plan = buildPlan({ ...ABLE, phase: 'flare-up' }, few);
    expect(plan.stretchIds).toContain('lying-hamstring-band');
    expect(plan.easier).toEqual(['lying-hamstring-band']);
    expect(plan.reasons).toContain('flare-gentle-hamstring');
  });

  it('chooses from tags and positions, not ids: a new chair stretch for the buttock can lead', () => {
    const seated = content.stretch('seated-figure-four');
    if (!seated) throw new Error('seated-figure-four');
    const rival: Stretch = { ...seated, id: 'chair-pigeon', name: 'Chair pigeon', aliases: ['chair pigeon'] };
    const plan = buildPlan({}, indexContent([rival, ...content.stretches.filter((s) => s.id !== seated.id)], content.routines));
    expect(plan.stretchIds[0]).toBe('chair-pigeon');
  });
});

describe('restorePlan: a stored plan is never acted on, only its answers', () => {
  const answers: PlanAnswers = { ...ABLE, feltMost: 'buttock' };
  const fresh = buildPlan(answers, content);
  /** As storage gives it back: plain JSON. */
  const stored = (plan: unknown): unknown => JSON.parse(JSON.stringify(plan)) as unknown;

  it('keeps a current plan as it is, and its shape is the stored plan schema', () => {
    expect(personalPlanSchema.safeParse(stored(fresh)).success).toBe(true);
    expect(restorePlan(stored(fresh), content)).toEqual({ plan: fresh, rebuilt: false });
  });

  const TAMPERED: readonly { what: string; plan: unknown; from: PlanAnswers }[] = [
    { what: 'an older version', plan: { ...fresh, version: PLAN_VERSION - 1 }, from: answers },
    {
      what: 'a stretch the content does not have',
      plan: { ...fresh, stretchIds: [...fresh.stretchIds.slice(1), 'headstand'] },
      from: answers,
    },
    {
      what: 'the stretches reversed, back up from lying down',
      plan: { ...fresh, stretchIds: [...fresh.stretchIds].reverse() },
      from: answers,
    },
    { what: 'the pigeon slipped in', plan: { ...fresh, stretchIds: ['pigeon', ...fresh.stretchIds.slice(1)] }, from: answers },
    { what: 'an easier version dropped', plan: { ...buildPlan({}, content), easier: [] }, from: {} },
    { what: 'a goal of ten a day', plan: { ...fresh, goal: { per: 'day', low: 1, high: 10 } }, from: answers },
    { what: 'a reason added', plan: { ...fresh, reasons: ['pregnant-gentle', ...fresh.reasons] }, from: answers },
    { what: 'an extra field', plan: { ...fresh, admin: true }, from: answers },
    { what: 'an extra answer', plan: { ...fresh, answers: { ...answers, tall: true } }, from: answers },
    { what: 'a field missing', plan: { version: fresh.version, answers: fresh.answers, stretchIds: fresh.stretchIds }, from: answers },
  ];

  it.each(TAMPERED)('rebuilds a plan with $what from its answers', ({ plan, from }) => {
    expect(restorePlan(stored(plan), content)).toEqual({ plan: buildPlan(from, content), rebuilt: true });
  });

  it('rebuilds a plan the content has moved on from', () => {
    const withoutSeated = indexContent(
      content.stretches.filter((s) => s.id !== 'seated-figure-four'),
      content.routines,
    );
    const beginner = buildPlan({ beginner: true }, content);
    const restored = restorePlan(stored(beginner), withoutSeated);
    expect(restored?.rebuilt).toBe(true);
    expect(restored?.plan.stretchIds).not.toContain('seated-figure-four');
  });

  it.each([
    { what: 'nothing', raw: undefined },
    { what: 'a string', raw: 'plan' },
    { what: 'no answers', raw: { ...fresh, answers: undefined } },
    { what: 'an answer out of range', raw: { ...fresh, answers: { phase: 'always' } } },
    { what: 'an answer of the wrong type', raw: { ...fresh, answers: { floor: 'yes' } } },
  ])('gives null for $what: the questions are asked again', ({ raw }) => {
    expect(restorePlan(raw, content)).toBeNull();
  });
});
