import type { Content } from '../domain/content';
import type { EquipmentItem, Movement, Stretch } from '../domain/content-schema';
import type { Beat, Prompt, Turn } from '../domain/routine-events';
import type { PersonalPlan } from '../domain/plan-builder';
import { scheduleToken } from '../domain/reminder-schedule';
import { PERSONAL_PLAN_ID, type Side } from '../domain/routine-state';
import { planReasonSentences } from './plan-speech';
import { doseTimeline, type DoseWords } from './dose';
import type { Catalogue } from './catalogue';
import { MAX_BREAK_MS } from './ssml';
import { summaryCard, summarySentences } from './summary-speech';
import { chime, normalize, pause, say, speechMs, waitPause, type Timeline, type TimelineItem } from './timeline';

/** What Alexa says for one turn: the response, its reprompt, whether the session ends, and a card for the Alexa app. */
export interface Speech {
  readonly speech: Timeline;
  readonly reprompt: Timeline | null;
  readonly endSession: boolean;
  readonly card?: { readonly title: string; readonly text: string };
  /**
   * The reminders permission: ask Alexa to ask for it by voice (the session
   * is handed over and comes back with the answer), or send the card that
   * lets the user allow it in the Alexa app.
   */
  readonly consent?: { readonly kind: 'ask'; readonly token: string } | { readonly kind: 'card' };
}

/** Time to act on a full setup cue, and on a brief one. */
const AFTER_FULL_CUE_MS = 2000;
const AFTER_BRIEF_CUE_MS = 1500;
const GET_READY_MS = 2000;
/** A calm word inside a wait is only said when at least this much silence still follows it. */
const MIN_WAIT_TAIL_MS = 2000;

/** How composed speech learns a routine's length: measured from its own timeline (see routine-length.ts), or null when not known. */
export interface ComposerOptions {
  readonly routineMs?: (routineId: string) => number | null;
}

const otherSide = (side: Side): Side => (side === 'right' ? 'left' : 'right');

/** Fills {side} and {other} in a cue, with each side as the cue's language says it (English: "right", "left"). */
export function fillSide(text: string, side: Side | null, word: (side: Side) => string = (s) => s): string {
  if (!side) return text;
  return text.replace(/\{side\}/g, word(side)).replace(/\{other\}/g, word(otherSide(side)));
}

const fillMovement = (movement: Movement, side: Side | null, word: (side: Side) => string): Movement => ({
  ...movement,
  cues: [fillSide(movement.cues[0], side, word), fillSide(movement.cues[1], side, word)],
  short: [fillSide(movement.short[0], side, word), fillSide(movement.short[1], side, word)],
});

/**
 * Turns engine output into a spoken plan, drawing every stretch cue from the
 * content and every other sentence from the catalogue of the user's language.
 */
export function createComposer(content: Content, c: Catalogue, { routineMs = () => null }: ComposerOptions = {}): (turn: Turn) => Speech {
  const stretchOf = (id: string): Stretch => {
    const stretch = content.stretch(id);
    if (!stretch) throw new Error(`No stretch with id ${id}`);
    return stretch;
  };
  const nameOf = (id: string): string => stretchOf(id).name.toLowerCase();
  const routineName = (id: string): string =>
    id === PERSONAL_PLAN_ID ? c.onboarding.planName : (content.routine(id)?.name.toLowerCase() ?? id);
  const o = c.onboarding;
  const r = c.reminders;
  /** A personal plan presented: its stretches by name, why they were chosen, and how often. */
  const planLines = (plan: PersonalPlan, first: string): TimelineItem[] =>
    [first, ...planReasonSentences(plan, content, c), o.goal(plan.goal)].map(say);
  const shortNames = (): string[] => content.routines.map((r) => r.aliases[0] ?? r.name.toLowerCase());
  const examples = (): string[] => (content.routines[0]?.stretchIds ?? []).slice(0, 3).map(nameOf);

  /** What to have at hand for some stretches: each item once, with the substitutes its first stretch names. */
  const equipmentFor = (stretchIds: readonly string[]): TimelineItem[] => {
    const items = new Map<string, EquipmentItem>();
    stretchIds
      .map(stretchOf)
      .forEach((stretch) => stretch.equipment.forEach((needed) => items.has(needed.item) || items.set(needed.item, needed)));
    return items.size > 0 ? c.equipment([...items.values()]).map(say) : [];
  };

  /**
   * "I don't have a band": what stands in for it in the stretch at hand (its
   * own substitutes only), or that the stretch needs none; between
   * routines, the routines that need no such item.
   */
  const standIns = ({ stretchId, item }: Extract<Beat, { type: 'stand-ins' }>): TimelineItem[] => {
    if (!stretchId) {
      const free = content.routines.filter((r) => r.stretchIds.every((id) => !stretchOf(id).equipment.some((e) => e.item === item)));
      return [
        say(
          c.routinesWithout(
            item,
            free.map((r) => r.aliases[0] ?? r.name.toLowerCase()),
          ),
        ),
      ];
    }
    const stretch = stretchOf(stretchId);
    const needed = stretch.equipment.find((e) => item === null || e.item === item);
    if (!needed) return [say(c.notNeeded(item, stretch.name.toLowerCase()))];
    return [...(needed.substitutes.length > 0 ? [say(c.standIn(needed.item, needed.substitutes))] : []), say(c.orSkip)];
  };

  const doseWords = (side: Side | null): DoseWords => ({
    secondsLeft: c.secondsLeft,
    again: c.again(side),
    easeBack: c.easeBack,
    lastBreath: c.lastBreath,
    breathsHalfway: c.breathsHalfway,
  });

  /**
   * One side: where to be (unless the user was just moved there), the setup
   * cues with time to act on each, the key caution, the warning about
   * sharp pain before the session's first hold, then the hold itself.
   */
  const perform = (beat: Extract<Beat, { type: 'perform' }>): TimelineItem[] => {
    const stretch = stretchOf(beat.stretchId);
    const easier = beat.easier ? stretch.easier : null;
    const fill = (text: string): string => fillSide(text, beat.side, c.words.side);
    const lines = easier ? easier.setup : beat.cues === 'full' ? stretch.setup : stretch.brief;
    const afterCueMs = beat.cues === 'full' || easier ? AFTER_FULL_CUE_MS : AFTER_BRIEF_CUE_MS;
    const items: TimelineItem[] = [];
    if (beat.side) items.push(say(beat.sideNumber === 1 ? c.sideFirst(beat.side) : c.sideSecond(beat.side)));
    if (beat.positionCue) items.push(say(easier?.position ?? stretch.position), pause(afterCueMs));
    lines.forEach((line) => items.push(say(fill(line)), pause(afterCueMs)));
    items.push(say(fill(easier?.keyCaution ?? stretch.keyCaution)));
    if (beat.warn) items.push(say(c.sharpWarning));
    const movement = easier?.movement ?? (stretch.dose.kind === 'moving' ? stretch.dose.movement : null);
    items.push(
      ...doseTimeline(
        stretch.dose,
        {
          hold: (easier?.hold ?? stretch.hold).map(fill),
          release: fill(easier?.release ?? stretch.release),
          movement: movement ? fillMovement(movement, beat.side, c.words.side) : null,
        },
        doseWords(beat.side),
      ),
    );
    if (beat.side) items.push(say(c.sideDone(beat.side)));
    return items;
  };

  /**
   * Where to be next, then a patient wait: silences of at most 10 s (so the
   * SSML renderer needs no stacked breaks), each followed by a calm word while
   * time is left, the first of which says how to cut the wait short.
   */
  const move = (beat: Extract<Beat, { type: 'move' }>): TimelineItem[] => {
    const stretch = stretchOf(beat.stretchId);
    const position = (beat.easier && stretch.easier.position) || stretch.position;
    const items: TimelineItem[] = [say(position), say(c.takeYourTime)];
    let leftMs = beat.waitMs;
    for (let i = 0; leftMs > 0; i += 1) {
      const silence = Math.min(MAX_BREAK_MS, leftMs);
      items.push(waitPause(silence));
      leftMs -= silence;
      const line = c.whileYouMove[i % c.whileYouMove.length] ?? '';
      if (leftMs >= speechMs(line) + MIN_WAIT_TAIL_MS) {
        items.push(say(line));
        leftMs -= speechMs(line);
      }
    }
    return items;
  };

  const beatItems = (beat: Beat, turn: Turn): TimelineItem[] => {
    switch (beat.type) {
      case 'welcome':
        return [say(c.welcome)];
      case 'enough-today':
        return c.enoughToday(beat.sessions).map(say);
      case 'disclaimer':
        return c.disclaimer.map(say);
      case 'lost-track':
        return [say(c.lostTrack)];
      case 'routine-list':
        return [
          say(c.routineList(content.routines.map((r) => ({ name: r.aliases[0] ?? r.name, count: r.stretchIds.length })))),
          say(c.singleStretchHint(examples().slice(0, 2))),
        ];
      case 'routine-intro': {
        const routine = content.routine(beat.routineId);
        if (!routine) return [];
        const length = routineMs(routine.id);
        return [
          say(routine.intro),
          ...(length === null ? [] : [say(c.routineLength(length))]),
          ...equipmentFor(routine.stretchIds),
          say(c.warmUp),
          pause(GET_READY_MS),
        ];
      }
      case 'stretch-intro': {
        const stretch = stretchOf(beat.stretchId);
        const name = stretch.name.toLowerCase();
        const firstTime = turn.beats.some((b) => (b.type === 'perform' && b.cues === 'full') || b.type === 'move');
        return [
          say(beat.total === 1 ? c.singleStretch(name) : c.stretchOf(beat.number, beat.total, name)),
          ...(firstTime ? [say(stretch.targets)] : []),
          ...(beat.total === 1 ? equipmentFor([beat.stretchId]) : []),
        ];
      }
      case 'move':
        return move(beat);
      case 'perform':
        return perform(beat);
      case 'finished': {
        if (beat.stretchesDone === 0) return [say(c.finishedNothing)];
        const closing = beat.routineId
          ? c.finishedRoutine(routineName(beat.routineId), beat.stretchesDone)
          : c.finishedSingle(nameOf(beat.stretchId));
        return [pause(1000), chime(), say(closing), ...c.finishedAdvice.map(say)];
      }
      case 'paused':
        return [say(c.paused)];
      case 'resuming':
        return [say(c.resuming(nameOf(beat.stretchId), beat.side))];
      case 'already-first':
        return [say(c.alreadyFirst)];
      case 'back-to':
        return [say(c.backTo(nameOf(beat.stretchId)))];
      case 'skipping':
        return [say(c.skipping(nameOf(beat.stretchId)))];
      case 'starting-over':
        return [say(c.startingOver)];
      case 'easier-on':
        return [say(c.easierOn(stretchOf(beat.stretchId).easier.name.toLowerCase()))];
      case 'already-easiest':
        return [say(c.alreadyEasiest)];
      case 'detail': {
        const stretch = stretchOf(beat.stretchId);
        return [...stretch.detail, ...stretch.cautions]
          .map((line) => say(fillSide(line, beat.side, c.words.side)))
          .concat(say(c.detailThen));
      }
      case 'left':
        return [
          say(c.onStretch(beat.number, beat.total)),
          say(beat.remainingIds.length === 0 ? c.leftNone : c.leftSome(beat.remainingIds.map(nameOf))),
        ];
      case 'purpose': {
        const stretch = stretchOf(beat.stretchId);
        return [say(c.stretchName(stretch.name.toLowerCase())), say(stretch.targets), say(stretch.purpose)];
      }
      case 'hurts':
        if (beat.symptom === 'emergency') return c.emergency.map(say);
        if (beat.symptom === 'urgent') return c.urgent.map(say);
        if (!beat.stretchId) return [...c.hurtsIdle, c.redFlags].map(say);
        return [...(beat.symptom === 'numbness' ? c.hurtsNumb : c.hurtsPain), c.redFlags].map(say);
      case 'unknown-routine':
        return [say(c.unknownRoutine(beat.heard))];
      case 'unknown-stretch':
        return [say(c.unknownStretch(beat.heard)), say(c.stretchExamples(examples()))];
      case 'not-understood':
        return [say(beat.misses >= 2 ? c.stillNotUnderstood : c.notUnderstood)];
      case 'where': {
        const name = nameOf(beat.stretchId);
        return [say(beat.moving ? c.whereMoving(name) : c.whereAt(name, beat.side, beat.number, beat.total))];
      }
      case 'stand-ins':
        return standIns(beat);
      case 'too-easy':
        return c.tooEasy.map(say);
      case 'nothing-active':
        return [say(c.nothingActive)];
      case 'help':
        if (turn.state.question === 'onboarding') return [say(o.help)];
        return [
          ...(turn.state.plan ? [say(c.helpRoutine)] : [say(c.helpIdle), say(c.helpDefault)]),
          say(c.helpWakeWord),
          say(c.helpAdvice),
        ];
      case 'resume-offer':
        return [say(c.resumeOffer(nameOf(beat.stretchId), beat.side, beat.routineId ? routineName(beat.routineId) : null))];
      case 'default-set':
        return [say(c.defaultSet(routineName(beat.routineId)))];
      case 'which-default':
        return [say(c.whichDefault)];
      case 'confirm-delete':
        return [say(c.confirmDelete)];
      case 'deleted':
        return [say(c.deleted)];
      case 'not-deleted':
        return [say(c.notDeleted)];
      case 'pain-noted':
        return [say(c.painNoted(beat.score))];
      case 'pain-skipped':
        return [say(beat.when === 'before' ? c.painSkipped : c.painSkippedAtEnd)];
      case 'pain-unclear':
        return [say(c.painUnclear)];
      case 'pain-out-of-turn':
        return [say(beat.checkinsOn ? c.painOutOfTurnOn : c.painOutOfTurnOff)];
      case 'checkins':
        return [say(beat.on ? c.checkinsOn : c.checkinsOff)];
      case 'summary':
        return summarySentences(beat.summary, content, beat.checkinsOn, c).map(say);
      case 'summary-unavailable':
        return [say(c.summary.unavailable)];
      case 'storage-note':
        return [say(beat.trouble === 'load' ? c.storageLoadNote : c.storageSaveNote)];
      case 'delete-failed':
        return [say(c.deleteFailed)];
      case 'setup-intro':
        return [say(beat.changing ? o.beginChanging : o.begin)];
      case 'answer-noted':
        return [say(o.noted)];
      case 'answer-skipped':
        return [say(o.skipped)];
      case 'plan-ready': {
        const names = beat.plan.stretchIds.map(nameOf);
        return planLines(beat.plan, beat.changed ? o.changed(names) : o.ready(names));
      }
      case 'plan-kept':
        return [say(o.kept(beat.plan.stretchIds.map(nameOf))), say(o.goal(beat.plan.goal))];
      case 'plan-offer':
        return [say(o.offerPlan(beat.plan.stretchIds.length, nameOf(beat.plan.stretchIds[0] ?? '')))];
      case 'plan-intro':
        return [say(o.planIntro(beat.plan.stretchIds.length)), ...equipmentFor(beat.plan.stretchIds), say(c.warmUp), pause(GET_READY_MS)];
      case 'plan-reasons':
        return planReasonSentences(beat.plan, content, c).map(say);
      case 'setup-hint':
        return [say(o.hint)];
      case 'answer-unclear':
        return [say(o.unclearFact)];
      case 'no-plan-yet':
        return [say(o.noPlanYet)];
      case 'setup-later':
        return [say(o.later)];
      case 'reminder-ask-time':
        return [say(r.askTime)];
      case 'reminder-confirm':
        return [say(r.confirm(r.when(beat.schedule)))];
      case 'reminder-set':
        return [say(r.set(r.when(beat.schedule)))];
      case 'reminder-not-set':
        return [say(r.notSet)];
      case 'reminder-permission-ask':
        return [];
      case 'reminder-permission-needed':
        return r.permissionNeeded.map(say);
      case 'reminder-unsupported':
        return [say(r.unsupported)];
      case 'reminder-failed':
        return [say(r.failed)];
      case 'reminders-listed':
        return [say(r.listed(beat.schedules.flatMap((schedule) => (schedule ? [r.when(schedule)] : []))))];
      case 'reminders-deleted-too':
        return [say(r.deletedToo(beat.cancelled))];
      case 'reminders-cancelled':
        return [say(r.cancelled(beat.count))];
      case 'goodbye':
        return [...(beat.stepsDone > 0 ? [say(c.goodbyeDone(beat.stepsDone))] : []), say(c.goodbye)];
    }
  };

  const promptLines = (prompt: Prompt, turn: Turn): [string, string] => {
    switch (prompt.type) {
      case 'choose-routine': {
        const others = content.routines.filter((r) => r.id !== prompt.suggested).map((r) => r.aliases[0] ?? r.name);
        const listed = turn.beats.some((b) => b.type === 'routine-list');
        return [listed ? c.whichWouldYouLike : c.chooseRoutine(routineName(prompt.suggested), others), c.chooseRoutineAgain(shortNames())];
      }
      case 'next-side':
        return [c.promptNextSide(prompt.side), c.repromptNextSide(prompt.side)];
      case 'next-stretch':
        return [c.promptNextStretch(nameOf(prompt.stretchId)), c.repromptNextStretch(nameOf(prompt.stretchId))];
      case 'in-position':
        return [c.promptInPosition(prompt.to), c.repromptInPosition(prompt.to)];
      case 'resume':
        return [c.promptResume, c.repromptResume];
      case 'try-easier':
        return [c.promptTryEasier, c.repromptTryEasier];
      case 'after-hurt':
        return [c.promptAfterHurt, c.repromptAfterHurt];
      case 'resume-offer':
        return [c.promptResumeOffer, c.repromptResumeOffer];
      case 'confirm-delete':
        return [c.promptConfirmDelete, c.repromptConfirmDelete];
      case 'pain':
        return [prompt.when === 'before' ? c.promptPainBefore : c.promptPainAfter, c.repromptPain];
      case 'finish':
        return [prompt.routineId ? c.promptFinishRoutine : c.promptFinishSingle, c.repromptFinish];
      case 'offer-setup':
        return [o.offer, o.repromptOffer];
      case 'plan-question':
        return [prompt.again ? `${o.again} ${o.questions[prompt.question]}` : o.questions[prompt.question], o.reprompts[prompt.question]];
      case 'reminder-time':
        return [prompt.again ? r.promptTimeAgain : r.promptTime, r.repromptTime];
      case 'confirm-reminder':
        return [r.promptConfirm, r.repromptConfirm(r.when(prompt.schedule))];
      case 'start-plan': {
        const presented = turn.beats.some((b) => b.type === 'plan-ready');
        return [presented ? o.startNow : o.startPlan, o.repromptStartPlan];
      }
    }
  };

  return (turn) => {
    const body = turn.beats.flatMap((beat) => beatItems(beat, turn));
    const summary = turn.beats.find((beat) => beat.type === 'summary');
    const card = summary ? { card: summaryCard(summary.summary, content, c) } : {};
    const asking = turn.beats.find((beat) => beat.type === 'reminder-permission-ask');
    const consent = asking
      ? { consent: { kind: 'ask', token: scheduleToken(asking.schedule) } as const }
      : turn.beats.some((beat) => beat.type === 'reminder-permission-needed')
        ? { consent: { kind: 'card' } as const }
        : {};
    if (!turn.prompt) return { speech: normalize(body), reprompt: null, endSession: true, ...card, ...consent };
    const [ask, reprompt] = promptLines(turn.prompt, turn);
    return { speech: normalize([...body, say(ask)]), reprompt: [say(reprompt)], endSession: false, ...card, ...consent };
  };
}
