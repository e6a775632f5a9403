import type { Content } from '../domain/content';
import type { EquipmentItem, Movement, Stretch } from '../domain/content-schema';
import type { Beat, Prompt, Turn } from '../domain/routine-events';
import type { Side } from '../domain/routine-state';
import { doseTimeline, type DoseWords } from './dose';
import { PROMPTS } from './prompts';
import { MAX_BREAK_MS } from './ssml';
import { capitalize, numberWords } from './spoken-numbers';
import { summaryCard, summarySentences } from './summary-speech';
import { chime, normalize, pause, say, speechMs, waitPause, type Timeline, type TimelineItem } from './timeline';

/** What Alexa says for one turn: the response, its reprompt, whether the session ends, and a card for the Alexa app. */
export interface Speech {
  readonly speech: Timeline;
  readonly reprompt: Timeline | null;
  readonly endSession: boolean;
  readonly card?: { readonly title: string; readonly text: string };
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

/** Fills {side} and {other} in a cue. */
export function fillSide(text: string, side: Side | null): string {
  if (!side) return text;
  return text.replace(/\{side\}/g, side).replace(/\{other\}/g, otherSide(side));
}

const fillMovement = (movement: Movement, side: Side | null): Movement => ({
  ...movement,
  cues: [fillSide(movement.cues[0], side), fillSide(movement.cues[1], side)],
  short: [fillSide(movement.short[0], side), fillSide(movement.short[1], side)],
});

/** Turns engine output into a spoken plan, drawing every stretch cue from the content. */
export function createComposer(content: Content, { routineMs = () => null }: ComposerOptions = {}): (turn: Turn) => Speech {
  const stretchOf = (id: string): Stretch => {
    const stretch = content.stretch(id);
    if (!stretch) throw new Error(`No stretch with id ${id}`);
    return stretch;
  };
  const nameOf = (id: string): string => stretchOf(id).name.toLowerCase();
  const routineName = (id: string): string => content.routine(id)?.name.toLowerCase() ?? id;
  const shortNames = (): string[] => content.routines.map((r) => r.aliases[0] ?? r.name.toLowerCase());
  const examples = (): string[] => (content.routines[0]?.stretchIds ?? []).slice(0, 3).map(nameOf);

  /** What to have at hand for some stretches: each item once, with the substitutes its first stretch names. */
  const equipmentFor = (stretchIds: readonly string[]): TimelineItem[] => {
    const items = new Map<string, EquipmentItem>();
    stretchIds
      .map(stretchOf)
      .forEach((stretch) => stretch.equipment.forEach((needed) => items.has(needed.item) || items.set(needed.item, needed)));
    return items.size > 0 ? PROMPTS.equipment([...items.values()]).map(say) : [];
  };

  const doseWords = (side: Side | null): DoseWords => ({
    secondsLeft: PROMPTS.secondsLeft,
    again: PROMPTS.again(side),
    easeBack: PROMPTS.easeBack,
    lastBreath: PROMPTS.lastBreath,
    breathsHalfway: PROMPTS.breathsHalfway,
  });

  /**
   * One side: where to be (unless the user was just moved there), the setup
   * cues with time to act on each, the key caution, the warning about
   * sharp pain before the session's first hold, then the hold itself.
   */
  const perform = (beat: Extract<Beat, { type: 'perform' }>): TimelineItem[] => {
    const stretch = stretchOf(beat.stretchId);
    const easier = beat.easier ? stretch.easier : null;
    const fill = (text: string): string => fillSide(text, beat.side);
    const lines = easier ? easier.setup : beat.cues === 'full' ? stretch.setup : stretch.brief;
    const afterCueMs = beat.cues === 'full' || easier ? AFTER_FULL_CUE_MS : AFTER_BRIEF_CUE_MS;
    const items: TimelineItem[] = [];
    if (beat.side) items.push(say(beat.sideNumber === 1 ? PROMPTS.sideFirst(beat.side) : PROMPTS.sideSecond(beat.side)));
    if (beat.positionCue) items.push(say(easier?.position ?? stretch.position), pause(afterCueMs));
    lines.forEach((line) => items.push(say(fill(line)), pause(afterCueMs)));
    items.push(say(fill(easier?.keyCaution ?? stretch.keyCaution)));
    if (beat.warn) items.push(say(PROMPTS.sharpWarning));
    const movement = easier?.movement ?? (stretch.dose.kind === 'moving' ? stretch.dose.movement : null);
    items.push(
      ...doseTimeline(
        stretch.dose,
        {
          hold: (easier?.hold ?? stretch.hold).map(fill),
          release: fill(easier?.release ?? stretch.release),
          movement: movement ? fillMovement(movement, beat.side) : null,
        },
        doseWords(beat.side),
      ),
    );
    if (beat.side) items.push(say(PROMPTS.sideDone(beat.side)));
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
    const items: TimelineItem[] = [say(position), say(PROMPTS.takeYourTime)];
    let leftMs = beat.waitMs;
    for (let i = 0; leftMs > 0; i += 1) {
      const silence = Math.min(MAX_BREAK_MS, leftMs);
      items.push(waitPause(silence));
      leftMs -= silence;
      const line = PROMPTS.whileYouMove[i % PROMPTS.whileYouMove.length] ?? '';
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
        return [say(PROMPTS.welcome)];
      case 'disclaimer':
        return PROMPTS.disclaimer.map(say);
      case 'lost-track':
        return [say(PROMPTS.lostTrack)];
      case 'routine-list':
        return [
          say(PROMPTS.routineList(content.routines.map((r) => ({ name: r.aliases[0] ?? r.name, count: r.stretchIds.length })))),
          say(
            PROMPTS.singleStretchHint(
              examples()
                .slice(0, 2)
                .map((n) => `the ${n}`),
            ),
          ),
        ];
      case 'routine-intro': {
        const routine = content.routine(beat.routineId);
        if (!routine) return [];
        const length = routineMs(routine.id);
        return [
          say(routine.intro),
          ...(length === null ? [] : [say(PROMPTS.routineLength(length))]),
          ...equipmentFor(routine.stretchIds),
          say(PROMPTS.warmUp),
          pause(GET_READY_MS),
        ];
      }
      case 'stretch-intro': {
        const stretch = stretchOf(beat.stretchId);
        const name = stretch.name.toLowerCase();
        const firstTime = turn.beats.some((b) => (b.type === 'perform' && b.cues === 'full') || b.type === 'move');
        return [
          say(beat.total === 1 ? PROMPTS.singleStretch(name) : PROMPTS.stretchOf(beat.number, beat.total, name)),
          ...(firstTime ? [say(stretch.targets)] : []),
          ...(beat.total === 1 ? equipmentFor([beat.stretchId]) : []),
        ];
      }
      case 'move':
        return move(beat);
      case 'perform':
        return perform(beat);
      case 'finished': {
        if (beat.stretchesDone === 0) return [say(PROMPTS.finishedNothing)];
        const closing = beat.routineId
          ? PROMPTS.finishedRoutine(routineName(beat.routineId), beat.stretchesDone)
          : PROMPTS.finishedSingle(nameOf(beat.stretchId));
        return [pause(1000), chime(), say(closing), ...PROMPTS.finishedAdvice.map(say)];
      }
      case 'paused':
        return [say(PROMPTS.paused)];
      case 'resuming':
        return [say(PROMPTS.resuming(nameOf(beat.stretchId), beat.side))];
      case 'already-first':
        return [say(PROMPTS.alreadyFirst)];
      case 'back-to':
        return [say(PROMPTS.backTo(nameOf(beat.stretchId)))];
      case 'skipping':
        return [say(PROMPTS.skipping(nameOf(beat.stretchId)))];
      case 'starting-over':
        return [say(PROMPTS.startingOver)];
      case 'easier-on':
        return [say(PROMPTS.easierOn(stretchOf(beat.stretchId).easier.name.toLowerCase()))];
      case 'already-easiest':
        return [say(PROMPTS.alreadyEasiest)];
      case 'detail': {
        const stretch = stretchOf(beat.stretchId);
        return [...stretch.detail, ...stretch.cautions].map((line) => say(fillSide(line, beat.side))).concat(say(PROMPTS.detailThen));
      }
      case 'left':
        return [
          say(PROMPTS.onStretch(beat.number, beat.total)),
          say(beat.remainingIds.length === 0 ? PROMPTS.leftNone : PROMPTS.leftSome(beat.remainingIds.map(nameOf))),
        ];
      case 'purpose': {
        const stretch = stretchOf(beat.stretchId);
        return [say(`The ${stretch.name.toLowerCase()}.`), say(stretch.targets), say(stretch.purpose)];
      }
      case 'hurts':
        if (beat.symptom === 'emergency') return PROMPTS.emergency.map(say);
        if (beat.symptom === 'urgent') return PROMPTS.urgent.map(say);
        if (!beat.stretchId) return [...PROMPTS.hurtsIdle, PROMPTS.hurtsPain[2], PROMPTS.redFlags].map(say);
        return [...(beat.symptom === 'numbness' ? PROMPTS.hurtsNumb : PROMPTS.hurtsPain), PROMPTS.redFlags].map(say);
      case 'unknown-routine':
        return [say(PROMPTS.unknownRoutine(beat.heard))];
      case 'unknown-stretch':
        return [say(PROMPTS.unknownStretch(beat.heard)), say(PROMPTS.stretchExamples(examples()))];
      case 'not-understood':
        return [say(PROMPTS.notUnderstood)];
      case 'nothing-active':
        return [say(PROMPTS.nothingActive)];
      case 'help':
        return [
          ...(turn.state.plan ? [say(PROMPTS.helpRoutine)] : [say(PROMPTS.helpIdle), say(PROMPTS.helpDefault)]),
          say(PROMPTS.helpWakeWord),
          say(PROMPTS.helpAdvice),
        ];
      case 'resume-offer':
        return [say(PROMPTS.resumeOffer(nameOf(beat.stretchId), beat.side, beat.routineId ? routineName(beat.routineId) : null))];
      case 'default-set':
        return [say(PROMPTS.defaultSet(routineName(beat.routineId)))];
      case 'which-default':
        return [say(PROMPTS.whichDefault)];
      case 'confirm-delete':
        return [say(PROMPTS.confirmDelete)];
      case 'deleted':
        return [say(PROMPTS.deleted)];
      case 'not-deleted':
        return [say(PROMPTS.notDeleted)];
      case 'pain-noted':
        return [say(PROMPTS.painNoted(capitalize(numberWords(beat.score))))];
      case 'pain-skipped':
        return [say(beat.when === 'before' ? PROMPTS.painSkipped : PROMPTS.painSkippedAtEnd)];
      case 'pain-unclear':
        return [say(PROMPTS.painUnclear)];
      case 'pain-out-of-turn':
        return [say(beat.checkinsOn ? PROMPTS.painOutOfTurnOn : PROMPTS.painOutOfTurnOff)];
      case 'checkins':
        return [say(beat.on ? PROMPTS.checkinsOn : PROMPTS.checkinsOff)];
      case 'summary':
        return summarySentences(beat.summary, content, beat.checkinsOn).map(say);
      case 'summary-unavailable':
        return [say(PROMPTS.summaryUnavailable)];
      case 'goodbye':
        return [...(beat.stepsDone > 0 ? [say(PROMPTS.goodbyeDone(beat.stepsDone))] : []), say(PROMPTS.goodbye)];
    }
  };

  const promptLines = (prompt: Prompt, turn: Turn): [string, string] => {
    switch (prompt.type) {
      case 'choose-routine': {
        const others = content.routines.filter((r) => r.id !== prompt.suggested).map((r) => r.aliases[0] ?? r.name);
        const listed = turn.beats.some((b) => b.type === 'routine-list');
        return [
          listed ? 'Which would you like?' : PROMPTS.chooseRoutine(routineName(prompt.suggested), others),
          PROMPTS.chooseRoutineAgain(shortNames()),
        ];
      }
      case 'next-side':
        return [PROMPTS.promptNextSide(prompt.side), PROMPTS.repromptNextSide(prompt.side)];
      case 'next-stretch':
        return [PROMPTS.promptNextStretch(nameOf(prompt.stretchId)), PROMPTS.repromptNextStretch(nameOf(prompt.stretchId))];
      case 'in-position':
        return [PROMPTS.promptInPosition(prompt.to), PROMPTS.repromptInPosition(prompt.to)];
      case 'resume':
        return [PROMPTS.promptResume, PROMPTS.repromptResume];
      case 'try-easier':
        return [PROMPTS.promptTryEasier, PROMPTS.repromptTryEasier];
      case 'after-hurt':
        return [PROMPTS.promptAfterHurt, PROMPTS.repromptAfterHurt];
      case 'resume-offer':
        return [PROMPTS.promptResumeOffer, PROMPTS.repromptResumeOffer];
      case 'confirm-delete':
        return [PROMPTS.promptConfirmDelete, PROMPTS.repromptConfirmDelete];
      case 'pain':
        return [prompt.when === 'before' ? PROMPTS.promptPainBefore : PROMPTS.promptPainAfter, PROMPTS.repromptPain];
      case 'finish':
        return [prompt.routineId ? PROMPTS.promptFinishRoutine : PROMPTS.promptFinishSingle, PROMPTS.repromptFinish];
    }
  };

  return (turn) => {
    const body = turn.beats.flatMap((beat) => beatItems(beat, turn));
    const summary = turn.beats.find((beat) => beat.type === 'summary');
    const card = summary ? { card: summaryCard(summary.summary, content) } : {};
    if (!turn.prompt) return { speech: normalize(body), reprompt: null, endSession: true, ...card };
    const [ask, reprompt] = promptLines(turn.prompt, turn);
    return { speech: normalize([...body, say(ask)]), reprompt: [say(reprompt)], endSession: false, ...card };
  };
}
