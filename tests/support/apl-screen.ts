import type { ResponseEnvelope } from 'ask-sdk-model';

/** An APL RenderDocument directive as the skill sends it. */
export interface AplDirective {
  readonly type: string;
  readonly token: string;
  readonly document: { readonly mainTemplate: { readonly items: readonly AplComponent[] }; readonly graphics?: Record<string, unknown> };
  readonly datasources: { readonly payload: { readonly screen: ShownScreen } };
}

/** An APL component, loosely: what the tests read of one. */
export interface AplComponent {
  readonly type: string;
  readonly [key: string]: unknown;
}

/** The datasource's screen, as the skill fills it. */
export interface ShownScreen {
  readonly kind: 'guide' | 'info';
  readonly title: string;
  readonly subtitle: string | null;
  readonly text: string;
  readonly figure: { readonly key: string; readonly mirrored: boolean } | null;
  readonly buttons: readonly { readonly action: string; readonly label: string }[];
  readonly steps: readonly ({ kind: 'cue'; atMs: number; text: string } | { kind: 'hold'; atMs: number; ms: number })[];
  readonly alert: boolean;
}

/** The response's APL document directive, or undefined when it has none. */
export function aplDirective(envelope: ResponseEnvelope): AplDirective | undefined {
  return (envelope.response.directives ?? []).find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as AplDirective | undefined;
}

/** What the screen shows at one moment, as the document's commands leave it. */
export interface ScreenMoment {
  readonly atMs: number;
  readonly cue: string;
  readonly left: number;
}

interface Command {
  readonly type: string;
  readonly delay?: number;
  readonly property?: string;
  readonly value?: unknown;
  readonly repeatCount?: number;
  readonly commands?: readonly Command[];
}

/**
 * Plays the document's mount commands on a virtual clock, the way an APL runtime does for the subset the skill
 * uses (Sequential with repeatCount, Idle, SetValue of a bound variable, `${left - 1}`), and records the screen
 * after every change. Anything outside that subset fails the test, so the document cannot drift from what is played.
 */
export function playScreen(directive: AplDirective): ScreenMoment[] {
  // The screen's Frame holds the Container that binds the cue and countdown and runs the commands.
  const frame = directive.document.mainTemplate.items[0] as AplComponent & { item: AplComponent & { onMount?: Command[] } };
  const root = frame.item;
  let atMs = 0;
  let cue = directive.datasources.payload.screen.text;
  let left = 0;
  const moments: ScreenMoment[] = [{ atMs, cue, left }];
  const run = (command: Command): void => {
    switch (command.type) {
      case 'Sequential':
        for (let i = 0; i <= (command.repeatCount ?? 0); i += 1) (command.commands ?? []).forEach(run);
        return;
      case 'Idle':
        atMs += command.delay ?? 0;
        return;
      case 'SetValue': {
        if (command.property === 'cue' && typeof command.value === 'string') cue = command.value;
        else if (command.property === 'left' && typeof command.value === 'number') left = command.value;
        else if (command.property === 'left' && command.value === '${left - 1}') left -= 1;
        else throw new Error(`Unexpected SetValue ${JSON.stringify(command)}`);
        moments.push({ atMs, cue, left });
        return;
      }
      default:
        throw new Error(`Unexpected command ${command.type}`);
    }
  };
  (root.onMount ?? []).forEach(run);
  return moments;
}

/** The screen at `atMs`: the last change at or before it. */
export function screenAt(moments: readonly ScreenMoment[], atMs: number): ScreenMoment {
  return moments.filter((moment) => moment.atMs <= atMs).at(-1) ?? moments[0]!;
}
