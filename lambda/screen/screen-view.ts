import type { Content } from '../domain/content';
import { RED_FLAGS, type Beat, type Turn } from '../domain/routine-events';
import type { RoutineState, Side } from '../domain/routine-state';
import type { Catalogue, ScreenWords } from '../speech/catalogue';
import type { Speech } from '../speech/compose';
import { plainText } from '../speech/timeline';
import { positionFigureKey, stretchFigureKey, type FigureChoice } from './figure-key';
import { screenSteps, type ScreenStep } from './screen-steps';
import type { TouchAction } from './touch-actions';

/** One on-screen button: what it sends, and its label in the user's language. */
export interface ScreenButton {
  readonly action: TouchAction;
  readonly label: string;
}

/** The Alexa app card of a guided stretch: its name and side, the cues to get into it, and the picture. */
export interface GuideCard {
  readonly title: string;
  readonly text: string;
  /** The card image's name among the PNGs `npm run figures` writes: the figure key, with "-left" for a mirrored side. */
  readonly image: string;
}

/**
 * What a screen shows for one response, whatever draws it (an APL document on an Echo Show, the simulator's
 * preview page). A `guide` screen follows a stretch as it is spoken; an `info` screen shows what was said.
 */
export interface ScreenView {
  readonly kind: 'guide' | 'info';
  readonly title: string;
  /** "Right side · Stretch 2 of 3", or null when there is neither. */
  readonly subtitle: string | null;
  readonly figure: FigureChoice | null;
  /** The text shown first: a guide's opening cue, or everything an info screen's response says. */
  readonly text: string;
  /** An info screen's text in paragraphs, one for each thing said; empty on a guide screen, whose cue changes instead. */
  readonly lines: readonly string[];
  /** A guide's cues and holds in step with its audio; empty on an info screen. */
  readonly steps: readonly ScreenStep[];
  readonly buttons: readonly ScreenButton[];
  /** The label under the countdown. */
  readonly secondsLabel: string;
  /** Shown instead of buttons on a screen without touch. */
  readonly voiceHint: string;
  /** A safety answer: drawn so it stands out. */
  readonly alert: boolean;
  /** The app card for a guided stretch; null for other screens, whose card (if any) comes with the speech. */
  readonly card: GuideCard | null;
}

/** Builds the screen for one turn from what the engine decided and what was composed to be said. */
export type Presenter = (turn: Turn, speech: Speech) => ScreenView;

type GuideBeat = Extract<Beat, { type: 'perform' | 'move' }>;

/** The title of a simple screen, by the first kind of beat the turn holds; a turn with none of them gets the skill's name. */
const INFO_TITLES: readonly (readonly [readonly Beat['type'][], keyof ScreenWords['titles']])[] = [
  [['help'], 'help'],
  [['paused'], 'paused'],
  [['finished'], 'finished'],
  [['plan-ready', 'plan-kept', 'plan-intro', 'plan-reasons', 'plan-offer', 'no-plan-yet', 'setup-intro'], 'plan'],
  [['reminder-confirm', 'reminder-set', 'reminders-listed', 'reminders-cancelled', 'reminder-permission-needed'], 'reminders'],
  [['routine-list'], 'routines'],
];

const GUIDE_BUTTONS: readonly TouchAction[] = ['repeat', 'pause', 'next', 'hurts'];
const PAUSED_BUTTONS: readonly TouchAction[] = ['resume', 'hurts'];

/** "Stretch 2 of 3" for a stretch in a routine of more than one; null for a single stretch. */
function progressOf(state: RoutineState, stretchId: string): { number: number; total: number } | null {
  const ids = state.plan?.stretchIds ?? [];
  const at = ids.indexOf(stretchId);
  return ids.length > 1 && at >= 0 ? { number: at + 1, total: ids.length } : null;
}

/**
 * The presenter for one language. A response that guides a side or a move into position gets a guide screen;
 * everything else (launch, help, the summary, the plan, safety answers) gets a simple screen of what was said.
 */
export function createPresenter(content: Content, c: Catalogue): Presenter {
  const w = c.screen;
  const buttons = (actions: readonly TouchAction[]): ScreenButton[] => actions.map((action) => ({ action, label: w.buttons[action] }));
  const base = { secondsLabel: w.seconds, voiceHint: w.voiceHint };

  const guide = (beat: GuideBeat, turn: Turn, speech: Speech): ScreenView => {
    const stretch = content.stretch(beat.stretchId);
    if (!stretch) throw new Error(`No stretch with id ${beat.stretchId}`);
    const easier = beat.easier ? stretch.easier : null;
    const side: Side | null = beat.type === 'perform' ? beat.side : null;
    const moving = beat.type === 'move';
    const startsElsewhere = easier?.startPosition !== undefined;
    const figure: FigureChoice =
      moving || startsElsewhere
        ? { key: positionFigureKey(moving ? beat.to : (easier?.startPosition ?? stretch.startPosition)), mirrored: false }
        : { key: stretchFigureKey(stretch.id), mirrored: stretch.dose.bothSides && side === 'left' };
    const progress = progressOf(turn.state, stretch.id);
    const subtitle = [
      moving ? w.titles.getReady : side ? w.side(side) : null,
      progress ? w.progress(progress.number, progress.total) : null,
    ]
      .filter((part): part is string => part !== null)
      .join(' · ');
    const steps = screenSteps(speech.speech);
    const firstHold = steps.findIndex((step) => step.kind === 'hold');
    const setup = (firstHold === -1 ? steps : steps.slice(0, firstHold)).flatMap((step) => (step.kind === 'cue' ? [step.text] : []));
    const title = easier?.name ?? stretch.name;
    return {
      ...base,
      kind: 'guide',
      title,
      subtitle: subtitle || null,
      figure,
      text: setup[0] ?? plainText(speech.speech),
      lines: [],
      steps,
      buttons: buttons(GUIDE_BUTTONS),
      alert: false,
      card: {
        title: side ? `${title}: ${w.side(side).toLowerCase()}` : title,
        text: setup.join('\n'),
        image: figure.mirrored ? `${figure.key}-left` : figure.key,
      },
    };
  };

  const info = (turn: Turn, speech: Speech): ScreenView => {
    const hurt = turn.beats.find((beat): beat is Extract<Beat, { type: 'hurts' }> => beat.type === 'hurts');
    const has = (...types: Beat['type'][]): boolean => turn.beats.some((beat) => types.includes(beat.type));
    const lines =
      speech.card && !hurt
        ? speech.card.text.split('\n').filter(Boolean)
        : speech.speech.flatMap((item) => (item.kind === 'say' ? [item.text] : []));
    const hurtTitle = hurt && (RED_FLAGS.has(hurt.symptom) ? w.titles.emergency : w.titles.hurts);
    const titled = INFO_TITLES.find(([types]) => has(...types));
    const title = hurtTitle ?? speech.card?.title ?? (titled ? w.titles[titled[1]] : w.skillName);
    return {
      ...base,
      kind: 'info',
      title,
      subtitle: null,
      figure: null,
      text: lines.join(' '),
      lines,
      steps: [],
      buttons: has('paused') ? buttons(PAUSED_BUTTONS) : [],
      alert: hurt !== undefined,
      card: null,
    };
  };

  return (turn, speech) => {
    const beat = [...turn.beats].reverse().find((b): b is GuideBeat => b.type === 'perform' || b.type === 'move');
    return beat ? guide(beat, turn, speech) : info(turn, speech);
  };
}
