import * as z from '../zod';
import { bodyAreaSchema, type BodyArea } from './body-areas';
import type { Content } from './content';
import type { Stretch, StretchTag } from './content-schema';
import { planAnswersSchema, type PlanAnswers } from './plan-answers';
import { POSITION_LEVEL, type StartPosition } from './position-moves';

/**
 * A personal plan: which stretches, in which order and which version, and how
 * often, chosen from the onboarding answers by rules taken from the stretch
 * facts sheet (`../shared/stretch-facts.md`). The rules read the content's
 * tags and start positions, never stretch ids, so a stretch added to the
 * content is considered without a code change.
 */

/** The rules' edition. Raise it whenever the rules or the plan's shape change, so a plan stored under older rules is rebuilt. */
export const PLAN_VERSION = 1;

/**
 * Why a plan is what it is, weightiest first. A plan lists its reasons in
 * this order, so "why these stretches?" can lead with what matters most.
 */
export const PLAN_REASONS = [
  // Pregnant: only gentle seated or lying stretches, each in its easier version.
  'pregnant-gentle',
  // Unsteady on their feet: nothing standing, and a chair stretch first.
  'unsteady-seated-first',
  // New to stretching or not very flexible: a chair stretch first.
  'beginner-seated-first',
  // In a flare-up, the back-of-thigh stretch is kept gentle or left out.
  'flare-gentle-hamstring',
  // Knees complain: nothing kneeling or on hands and knees.
  'knees-no-kneeling',
  // Not down to the floor: only chair, standing and in-bed stretches.
  'no-floor',
  // Stretches chosen for where they feel it most.
  'felt-most',
  // New or not very flexible: fewer stretches.
  'beginner-fewer',
  // In a flare-up: fewer stretches.
  'flare-short',
  // New or not very flexible: each stretch in its easier version.
  'beginner-easier',
  // In place of any of the above that came from a skipped answer: the gentler choice was made for them.
  'unanswered-gentle',
  // No band at hand: nothing that needs one.
  'no-band',
] as const;

/** One reason a plan gives. */
export type PlanReason = (typeof PLAN_REASONS)[number];

/** A reason that comes from one answer. */
type AnswerReason = Exclude<PlanReason, 'unanswered-gentle'>;

/**
 * The answer each reason comes from. A reason whose answer was skipped is
 * given as 'unanswered-gentle' instead, so a plan never tells someone "in a
 * flare-up" or "to spare your knees" when they did not say so.
 */
const ANSWER_OF: Readonly<Record<AnswerReason, keyof PlanAnswers>> = {
  'pregnant-gentle': 'pregnant',
  'unsteady-seated-first': 'steady',
  'beginner-seated-first': 'beginner',
  'flare-gentle-hamstring': 'phase',
  'knees-no-kneeling': 'kneesComplain',
  'no-floor': 'floor',
  'felt-most': 'feltMost',
  'beginner-fewer': 'beginner',
  'flare-short': 'phase',
  'beginner-easier': 'beginner',
  'no-band': 'band',
};

/** How often to stretch: `low` to `high` sessions a day, or a week. */
export const goalSchema = z.object({ per: z.enum(['day', 'week']), low: z.number(), high: z.number() });

/** A personal plan, as built and as stored. */
export const personalPlanSchema = z.object({
  version: z.literal(PLAN_VERSION),
  /** The answers it was built from, so a stale plan can be built again without asking. */
  answers: planAnswersSchema,
  /** The stretches, in the order they are done: one trip down. */
  stretchIds: z.array(z.string()),
  /** Stretch ids to start in their easier version: what the routine state's `easier` holds. */
  easier: z.array(z.string()),
  goal: goalSchema,
  reasons: z.array(z.enum(PLAN_REASONS)),
});

/** A personal plan. Named apart from the routine state's `Plan`, which is only the stretch ids being played. */
export type PersonalPlan = z.infer<typeof personalPlanSchema>;
/** How often to stretch. */
export type Goal = z.infer<typeof goalSchema>;

/** Facts: "During active pain: once or twice a day. For prevention: 3 to 5 times a week." */
export const GOALS: Readonly<Record<'flare' | 'prevention', Goal>> = {
  flare: { per: 'day', low: 1, high: 2 },
  prevention: { per: 'week', low: 3, high: 5 },
};

/**
 * Facts: "Choose 3 to 5 stretches per session; beginners and the less
 * flexible start with 1 to 3." Gentle plans take three; the others four, not
 * five, because the facts also warn that over-stretching is a real trap.
 */
const PLAN_SIZE = { gentle: 3, usual: 4 } as const;

/** The answers with each skipped one read as the gentler choice. */
interface Needs {
  readonly flare: boolean;
  readonly floor: boolean;
  readonly steady: boolean;
  readonly band: boolean;
  readonly beginner: boolean;
  readonly knees: boolean;
  readonly pregnant: boolean;
  readonly feltMost: BodyArea | null;
}

/**
 * A skipped answer becomes the gentler one: a flare-up, no floor, unsteady, no
 * band, a beginner, sore knees. Pregnancy is the exception: a skipped answer
 * is read as not pregnant, because a plan must never give a pregnancy nobody
 * mentioned as its reason, and the first-run disclaimer already tells everyone
 * with pregnancy-related sciatica to ask a professional which stretches suit
 * them. The weekly goal reads a skipped phase as prevention (see `buildPlan`).
 */
function needsOf(answers: PlanAnswers): Needs {
  return {
    flare: answers.phase !== 'prevention',
    floor: answers.floor === true,
    steady: answers.steady === true,
    band: answers.band === true,
    beginner: answers.beginner !== false,
    knees: answers.kneesComplain !== false,
    pregnant: answers.pregnant === true,
    feltMost: answers.feltMost ?? null,
  };
}

const tagged = (stretch: Stretch, tag: StretchTag): boolean => stretch.tags.includes(tag);

/** The tags that name a body area rather than a place or a need. */
const AREAS: ReadonlySet<StretchTag> = new Set(bodyAreaSchema.options);

/** Where a pregnant user stretches: sitting or lying, never balancing or kneeling. */
const SEATED_OR_LYING: ReadonlySet<StartPosition> = new Set(['sitting-on-chair', 'sitting-on-floor', 'lying-on-back']);

/** A rule that leaves stretches out, and the reason it gives when it does. */
interface Exclusion {
  readonly reason: AnswerReason;
  readonly applies: (needs: Needs) => boolean;
  readonly excludes: (stretch: Stretch) => boolean;
}

const EXCLUSIONS: readonly Exclusion[] = [
  // Facts: pregnancy-related sciatica should get pregnancy-specific stretches from a doctor or physical therapist;
  // until then, the issue says, only gentle seated or lying ones.
  { reason: 'pregnant-gentle', applies: (n) => n.pregnant, excludes: (s) => !SEATED_OR_LYING.has(s.startPosition) },
  // Facts: the standing stretches "need balance"; the seated figure four needs none and is the best first stretch
  // for "anyone unsteady on their feet". Leaning into a ball against a wall is standing too.
  { reason: 'unsteady-seated-first', applies: (n) => !n.steady, excludes: (s) => tagged(s, 'standing') || tagged(s, 'needs-balance') },
  // Facts: the pigeon "if it hurts the knees, use the lying figure four instead"; every kneeling or hands-and-knees
  // start puts weight on the knees the same way.
  { reason: 'knees-no-kneeling', applies: (n) => n.knees, excludes: (s) => tagged(s, 'kneeling') },
  // The issue: "no floor" gives chair or in-bed stretches; a floor stretch that can be done in bed stays.
  { reason: 'no-floor', applies: (n) => !n.floor, excludes: (s) => tagged(s, 'floor') && !tagged(s, 'in-bed') },
  { reason: 'no-band', applies: (n) => !n.band, excludes: (s) => tagged(s, 'needs-band') },
];

/**
 * Why a stretch should start in its easier version, or null for the usual one.
 * Facts: "with intense symptoms, stretching the hamstrings hard can irritate
 * the sciatic nerve further"; pregnancy and beginners get the gentle versions.
 */
function easierReason(stretch: Stretch, needs: Needs): AnswerReason | null {
  if (needs.pregnant) return 'pregnant-gentle';
  if (needs.flare && tagged(stretch, 'back-of-thigh')) return 'flare-gentle-hamstring';
  if (needs.beginner) return 'beginner-easier';
  return null;
}

/** A stretch the answers allow, with the version it would be done in. */
interface Candidate {
  readonly stretch: Stretch;
  /** Its place in the content: the last tie-break, so the same answers always give the same plan. */
  readonly index: number;
  readonly easier: AnswerReason | null;
}

/**
 * An easier version that starts elsewhere is another stretch standing in (the
 * pigeon's is the lying figure four, which the content also has on its own),
 * so a stretch whose easier version is called for and moves is left out
 * rather than have the same stretch twice.
 */
const standsIn = (c: Candidate): boolean =>
  c.easier !== null && c.stretch.easier.startPosition !== undefined && c.stretch.easier.startPosition !== c.stretch.startPosition;

/**
 * How much a stretch adds to what is picked already. Where they feel it most
 * counts most, then the physical therapist's nine; an area already worked
 * counts against it (facts: "stretch only muscles that feel tight", and
 * over-stretching is a trap). In a flare-up the back-of-thigh stretch is kept
 * for when nothing else fits, and their answer of the back of the thigh does
 * not pull it in.
 */
function score(c: Candidate, picked: readonly Candidate[], needs: Needs): number {
  const gentleHamstring = needs.flare && tagged(c.stretch, 'back-of-thigh');
  const overlap = picked.filter((p) => p.stretch.tags.some((tag) => AREAS.has(tag) && tagged(c.stretch, tag))).length;
  const felt = needs.feltMost !== null && tagged(c.stretch, needs.feltMost) && !gentleHamstring;
  return (felt ? 4 : 0) + (c.stretch.core ? 2 : 0) - 3 * overlap - (gentleHamstring ? 4 : 0);
}

/** The highest-scoring candidate, the earliest in the content on a tie. */
function best(from: readonly Candidate[], picked: readonly Candidate[], needs: Needs): Candidate | undefined {
  let top: { c: Candidate; score: number } | undefined;
  for (const c of from) {
    const s = score(c, picked, needs);
    if (!top || s > top.score) top = { c, score: s };
  }
  return top?.c;
}

/**
 * The order of a trip down: on your feet, a chair, then the floor (from hands
 * and knees a foot steps forward to kneel, then you sit, then lie back), and
 * last lying down, where it is easiest to rest. Never back up.
 */
const DOWNWARD: readonly StartPosition[] = [
  'standing',
  'against-wall',
  'sitting-on-chair',
  'hands-and-knees',
  'kneeling',
  'sitting-on-floor',
  'lying-on-back',
];

const downward = (c: Candidate): number => DOWNWARD.indexOf(c.stretch.startPosition);

/**
 * Builds the plan for a set of answers: pure and deterministic, so the same
 * answers and content always give the same plan, which is how a stored plan is
 * checked (see `restorePlan`).
 *
 * - Leaves out what the answers rule out: standing for the unsteady, kneeling
 *   for sore knees, the floor (but not the bed) without one, band stretches
 *   without a band, and for pregnancy anything not sitting or lying.
 * - Starts the unsteady, beginners and pregnancy with the chair stretch for
 *   the buttock (the seated figure four; facts: "the best first stretch for
 *   beginners, people who are less flexible, larger bodies, or anyone unsteady
 *   on their feet").
 * - Keeps a lying stretch for the end where one is allowed, then fills up to
 *   three stretches (beginners, a flare-up, pregnancy) or four by `score`.
 * - Orders them as one trip down, and eases them where the answers call for it.
 * - Sets the goal: once or twice a day in a flare-up, three to five times a
 *   week for prevention. A skipped phase gets the weekly goal: the gentler
 *   stretches are already chosen, and the facts warn that stretching many
 *   times a day can leave hips less stable.
 */
export function buildPlan(answers: PlanAnswers, content: Content): PersonalPlan {
  const needs = needsOf(answers);
  const reasons = new Set<AnswerReason>();
  const rules = EXCLUSIONS.filter((rule) => rule.applies(needs));
  for (const rule of rules) if (content.stretches.some(rule.excludes)) reasons.add(rule.reason);

  let allowed: Candidate[] = content.stretches
    .map((stretch, index) => ({ stretch, index, easier: easierReason(stretch, needs) }))
    .filter((c) => !rules.some((rule) => rule.excludes(c.stretch)) && !standsIn(c));
  if (needs.flare && allowed.some((c) => tagged(c.stretch, 'back-of-thigh'))) reasons.add('flare-gentle-hamstring');

  const picked: Candidate[] = [];
  const lead =
    !needs.steady || needs.beginner || needs.pregnant
      ? best(
          allowed.filter((c) => c.stretch.startPosition === 'sitting-on-chair' && tagged(c.stretch, 'buttock')),
          picked,
          needs,
        )
      : undefined;
  if (lead) {
    picked.push(lead);
    if (needs.steady && needs.beginner) reasons.add('beginner-seated-first');
    // Nothing may come before the first stretch on a trip down, so nothing from higher up.
    allowed = allowed.filter((c) => POSITION_LEVEL[c.stretch.startPosition] >= POSITION_LEVEL[lead.stretch.startPosition]);
  }

  const size = needs.beginner || needs.flare || needs.pregnant ? PLAN_SIZE.gentle : PLAN_SIZE.usual;
  if (needs.beginner) reasons.add('beginner-fewer');
  else if (needs.flare) reasons.add('flare-short');

  const unpicked = (): Candidate[] => allowed.filter((c) => !picked.includes(c));
  const lying = best(
    unpicked().filter((c) => c.stretch.startPosition === 'lying-on-back'),
    picked,
    needs,
  );
  if (lying && picked.length < size) picked.push(lying);
  while (picked.length < size) {
    const next = best(unpicked(), picked, needs);
    if (!next) break;
    picked.push(next);
  }

  const ordered = [...picked].sort((a, b) => downward(a) - downward(b) || Number(b === lead) - Number(a === lead) || a.index - b.index);
  for (const c of ordered) if (c.easier) reasons.add(c.easier);
  const felt = needs.feltMost;
  if (felt !== null && ordered.some((c) => tagged(c.stretch, felt) && !(needs.flare && felt === 'back-of-thigh'))) reasons.add('felt-most');

  const given = new Set(
    [...reasons].map((reason): PlanReason => (answers[ANSWER_OF[reason]] === undefined ? 'unanswered-gentle' : reason)),
  );
  return {
    version: PLAN_VERSION,
    answers: { ...answers },
    stretchIds: ordered.map((c) => c.stretch.id),
    easier: ordered.filter((c) => c.easier !== null).map((c) => c.stretch.id),
    goal: { ...(answers.phase === 'flare-up' ? GOALS.flare : GOALS.prevention) },
    reasons: PLAN_REASONS.filter((reason) => given.has(reason)),
  };
}
