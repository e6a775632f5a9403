import type { Content } from '../domain/content';
import type { Stretch } from '../domain/content-schema';
import type { Beat, Prompt, Turn } from '../domain/routine-events';
import type { Side } from '../domain/routine-state';
import { doseTimeline } from './dose';
import { PROMPTS } from './prompts';
import { capitalize, numberWords } from './spoken-numbers';
import { summaryCard, summarySentences } from './summary-speech';
import { chime, normalize, pause, say, type Timeline, type TimelineItem } from './timeline';

/** What Alexa says for one turn: the response, its reprompt, whether the session ends, and a card for the Alexa app. */
export interface Speech {
  readonly speech: Timeline;
  readonly reprompt: Timeline | null;
  readonly endSession: boolean;
  readonly card?: { readonly title: string; readonly text: string };
}

/** Time to move into a new position after the first setup cue, and between later cues. */
const MOVE_INTO_POSITION_MS = 3000;
const BETWEEN_CUES_MS = 1500;
const GET_READY_MS = 2000;

const otherSide = (side: Side): Side => (side === 'right' ? 'left' : 'right');

/** Fills {side} and {other} in a cue. */
export function fillSide(text: string, side: Side | null): string {
  if (!side) return text;
  return text.replace(/\{side\}/g, side).replace(/\{other\}/g, otherSide(side));
}

const withArticle = (item: string): string =>
  /^(a|an|the|some|your) /i.test(item) ? item : `${/^[aeiou]/i.test(item) ? 'an' : 'a'} ${item}`;

/** Turns engine output into a spoken plan, drawing every stretch cue from the content. */
export function createComposer(content: Content): (turn: Turn) => Speech {
  const stretchOf = (id: string): Stretch => {
    const stretch = content.stretch(id);
    if (!stretch) throw new Error(`No stretch with id ${id}`);
    return stretch;
  };
  const nameOf = (id: string): string => stretchOf(id).name.toLowerCase();
  const routineName = (id: string): string => content.routine(id)?.name.toLowerCase() ?? id;
  const shortNames = (): string[] => content.routines.map((r) => r.aliases[0] ?? r.name.toLowerCase());
  const examples = (): string[] => (content.routines[0]?.stretchIds ?? []).slice(0, 3).map(nameOf);

  const equipmentFor = (stretchIds: readonly string[]): string[] => {
    const phrases = new Map<string, string>();
    stretchIds.map(stretchOf).forEach((stretch) =>
      stretch.equipment.needed.forEach((item) => {
        if (phrases.has(item)) return;
        const substitute = stretch.equipment.substitutes[0];
        phrases.set(item, substitute ? `${withArticle(item)} or ${withArticle(substitute)}` : withArticle(item));
      }),
    );
    return [...phrases.values()];
  };

  const perform = (beat: Extract<Beat, { type: 'perform' }>): TimelineItem[] => {
    const stretch = stretchOf(beat.stretchId);
    const fill = (text: string): string => fillSide(text, beat.side);
    const lines = beat.easier ? stretch.easier.setup : beat.cues === 'full' ? stretch.setup : stretch.brief;
    const items: TimelineItem[] = [];
    if (beat.side) items.push(say(beat.sideNumber === 1 ? PROMPTS.sideFirst(beat.side) : PROMPTS.sideSecond(beat.side)));
    lines.forEach((line, i) =>
      items.push(say(fill(line)), pause(i === 0 && beat.cues === 'full' ? MOVE_INTO_POSITION_MS : BETWEEN_CUES_MS)),
    );
    const movementCues = (beat.easier && stretch.easier.movementCues) || (stretch.dose.kind === 'moving' ? stretch.dose.movementCues : []);
    const movement = movementCues.map(fill);
    items.push(
      ...doseTimeline(
        stretch.dose,
        { hold: stretch.hold.map(fill), release: fill((beat.easier && stretch.easier.release) || stretch.release), movement },
        PROMPTS.again(beat.side),
      ),
    );
    if (beat.side) items.push(say(PROMPTS.sideDone(beat.side)));
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
        const equipment = equipmentFor(routine.stretchIds);
        return [say(routine.intro), ...(equipment.length ? [say(PROMPTS.equipment(equipment))] : []), pause(GET_READY_MS)];
      }
      case 'stretch-intro': {
        const stretch = stretchOf(beat.stretchId);
        const name = stretch.name.toLowerCase();
        const firstTime = turn.beats.some((b) => b.type === 'perform' && b.cues === 'full');
        const equipment = beat.total === 1 ? equipmentFor([beat.stretchId]) : [];
        return [
          say(beat.total === 1 ? PROMPTS.singleStretch(name) : PROMPTS.stretchOf(beat.number, beat.total, name)),
          ...(firstTime ? [say(stretch.targets)] : []),
          ...(equipment.length ? [say(PROMPTS.equipment(equipment))] : []),
        ];
      }
      case 'perform':
        return perform(beat);
      case 'finished': {
        if (beat.stretchesDone === 0) return [say(PROMPTS.finishedNothing)];
        const closing = beat.routineId
          ? PROMPTS.finishedRoutine(routineName(beat.routineId), beat.stretchesDone)
          : PROMPTS.finishedSingle(nameOf(beat.stretchId));
        return [pause(1000), chime(), say(closing), say(PROMPTS.finishedAdvice)];
      }
      case 'paused':
        return [say(PROMPTS.paused)];
      case 'resuming':
        return [say(PROMPTS.resuming)];
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
        if (beat.symptom === 'red-flag') return PROMPTS.redFlagUrgent.map(say);
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
        return turn.state.plan ? [say(PROMPTS.helpRoutine)] : [say(PROMPTS.helpIdle), say(PROMPTS.helpDefault)];
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
