import { describe, expect, it } from 'vitest';
import type { PlanAnswers } from '../../lambda/domain/plan-answers';
import { buildPlan, PLAN_REASONS } from '../../lambda/domain/plan-builder';
import { EN } from '../../lambda/speech/catalogues/en';
import { planReasonSentences } from '../../lambda/speech/plan-speech';
import { content } from '../support/content';
import { ABLE, everyAnswerSet } from '../support/plan-answers';

const why = (answers: PlanAnswers): string[] => planReasonSentences(buildPlan(answers, content), content, EN);

describe('"why these stretches?"', () => {
  it('is one or two short, plain sentences for every way the answers can come', () => {
    const answers = everyAnswerSet().map(why);
    expect(answers.filter((sentences) => sentences.length < 1 || sentences.length > 2)).toEqual([]);
    for (const sentence of new Set(answers.flat())) {
      expect(sentence).toMatch(/^[A-Z][^.!?]*[^.!?\s][.!?]$/);
      expect(sentence.length, sentence).toBeLessThanOrEqual(130);
      expect(sentence).not.toMatch(/[<>&{}]|undefined|null|the \./);
    }
  });

  it('has a sentence for every reason a plan can give', () => {
    const facts = { first: 'seated figure four', count: 3, area: 'calf' } as const;
    for (const reason of PLAN_REASONS) expect(EN.plan.reasons[reason](facts), reason).toMatch(/\w/);
  });

  it('says the pregnancy reason with the advice to ask a professional', () => {
    expect(why({ ...ABLE, pregnant: true })).toEqual([
      "As you're pregnant, I kept to gentle stretches, sitting or lying down.",
      'Your doctor or a physical therapist can suggest stretches made for pregnancy.',
    ]);
  });

  it('leads with balance and names the first stretch for someone unsteady', () => {
    expect(why({ steady: false, floor: false, band: false })).toEqual([
      'Nothing here needs balance: you start sitting down, with the seated figure four.',
      'None of them needs you to get down to the floor.',
    ]);
  });

  it('claims no answer that was skipped', () => {
    expect(why({})).toEqual(['For the questions you skipped, I chose the gentler option.']);
  });

  it('explains the hamstring in a flare-up, and where they feel it most', () => {
    expect(why({ ...ABLE, phase: 'flare-up' })[0]).toMatch(/back of your thigh can irritate the nerve/);
    expect(why({ ...ABLE, feltMost: 'lower-back' })).toEqual(['I chose them for your lower back, where you feel it most.']);
  });

  it('has a general answer for a plan no answer narrowed', () => {
    expect(why(ABLE)).toEqual(['They work different areas, in one trip down, so you never have to get back up.']);
  });
});
