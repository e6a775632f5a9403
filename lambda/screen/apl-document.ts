import { mirrorAvg, type AvgGraphic, type AvgItem } from './avg';
import type { ScreenLayout } from './screen-layout';
import type { ScreenStep } from './screen-steps';
import type { ScreenView } from './screen-view';

/** The directive that shows an APL document. */
export const APL_DIRECTIVE = 'Alexa.Presentation.APL.RenderDocument';
/** The document's token: touch events come back naming it. */
export const APL_TOKEN = 'stretch-screen';
/**
 * APL 1.8 has every feature the screen uses (vector graphics, bound variables set by commands, touch events) and
 * runs on every Echo Show still in service.
 */
export const APL_VERSION = '1.8';

/** Calm colours on a dark screen: Echo Show rooms are often dim, and a white screen glares in the evening. */
const COLOURS = {
  background: '#10212e',
  text: '#f2f5f7',
  secondary: '#a9bccb',
  countdown: '#8fd3c7',
  alert: '#ffc48a',
  button: '#24465c',
  ink: '#e6eef3',
} as const;

/** A plain JSON value: what an APL document and its datasource are made of. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };
type JsonObject = { readonly [key: string]: Json };

/** A RenderDocument directive's document and datasources, ready to send. */
export interface AplPayload {
  readonly document: JsonObject;
  readonly datasources: JsonObject;
}

/** The figure in the screen's ink: drawings are stored in the dark ink of the white app cards. */
function inked(items: readonly AvgItem[]): AvgItem[] {
  return items.map((item) =>
    item.type === 'group'
      ? { ...item, items: inked(item.items) }
      : { ...item, ...(item.stroke ? { stroke: COLOURS.ink } : {}), ...(item.fill && item.fill !== 'none' ? { fill: COLOURS.ink } : {}) },
  );
}

/**
 * The commands that keep the screen in step with the audio, from the response's start: each cue replaces the
 * text when it is spoken, and each hold counts its seconds down to zero as its silence ends. A hold of `ms`
 * shows `ceil(ms / 1000)` at once and loses one a second after that, the first second shortened so the count
 * reaches zero exactly at the end.
 */
export function stepCommands(steps: readonly ScreenStep[]): Json[] {
  const commands: Json[] = [];
  let atMs = 0;
  for (const step of steps) {
    if (step.atMs > atMs) commands.push({ type: 'Idle', delay: Math.round(step.atMs - atMs) });
    atMs = Math.max(atMs, step.atMs);
    if (step.kind === 'cue') {
      commands.push({ type: 'SetValue', property: 'cue', value: step.text }, { type: 'SetValue', property: 'left', value: 0 });
      continue;
    }
    const seconds = Math.max(1, Math.ceil(step.ms / 1000));
    const first = Math.round(step.ms - (seconds - 1) * 1000);
    const tick = (delay: number): Json[] => [
      { type: 'Idle', delay },
      { type: 'SetValue', property: 'left', value: '${left - 1}' },
    ];
    commands.push({ type: 'SetValue', property: 'left', value: seconds }, ...tick(first));
    if (seconds > 1) commands.push({ type: 'Sequential', repeatCount: seconds - 2, commands: tick(1000) });
    atMs += Math.round(step.ms);
  }
  return commands;
}

const text = (value: string, size: number, colour: string, extra: JsonObject = {}): JsonObject => ({
  type: 'Text',
  text: value,
  fontSize: `${size}dp`,
  color: colour,
  ...extra,
});

function buttonRow(view: ScreenView, layout: ScreenLayout): JsonObject {
  if (!layout.touch || view.buttons.length === 0) {
    return text(view.kind === 'guide' ? view.voiceHint : '', Math.round(layout.buttonTextSize * 0.8), COLOURS.secondary, {
      textAlign: 'center',
      maxLines: 2,
      width: '100%',
    });
  }
  const perRow = layout.kind === 'round' ? 2 : view.buttons.length;
  const button = (index: number): JsonObject => ({
    type: 'TouchWrapper',
    id: `button-${view.buttons[index]?.action ?? ''}`,
    accessibilityLabel: '${payload.screen.buttons[' + String(index) + '].label}',
    onPress: [{ type: 'SendEvent', arguments: ['${payload.screen.buttons[' + String(index) + '].action}'] }],
    item: {
      type: 'Frame',
      width: `${layout.buttonWidth}dp`,
      height: `${layout.buttonHeight}dp`,
      borderRadius: `${Math.round(layout.buttonHeight / 2)}dp`,
      backgroundColor: view.buttons[index]?.action === 'hurts' ? '#6b2f2a' : COLOURS.button,
      item: text('${payload.screen.buttons[' + String(index) + '].label}', layout.buttonTextSize, COLOURS.text, {
        width: '100%',
        height: '100%',
        textAlign: 'center',
        textAlignVertical: 'center',
      }),
    },
  });
  const rows: number[][] = [];
  view.buttons.forEach((_, index) => {
    if (index % perRow === 0) rows.push([]);
    rows[rows.length - 1]?.push(index);
  });
  const gap = Math.round(layout.buttonHeight / 4);
  return {
    type: 'Container',
    width: '100%',
    alignItems: 'center',
    items: rows.map((row, r) => ({
      type: 'Container',
      direction: 'row',
      justifyContent: 'center',
      paddingTop: r === 0 ? 0 : `${gap}dp`,
      items: row.map((index, i) => ({ ...button(index), paddingLeft: i === 0 ? 0 : `${gap}dp` })),
    })),
  };
}

/** The stretch's name, its side and progress, the cue, and the countdown with its label. */
function words(view: ScreenView, layout: ScreenLayout, centred: boolean): JsonObject[] {
  const align = centred ? 'center' : 'left';
  const titleColour = view.alert ? COLOURS.alert : COLOURS.text;
  const items: JsonObject[] = [
    text('${payload.screen.title}', layout.titleSize, titleColour, { fontWeight: 'bold', textAlign: align, maxLines: 2 }),
  ];
  if (view.subtitle)
    items.push(text('${payload.screen.subtitle}', layout.subtitleSize, COLOURS.secondary, { textAlign: align, maxLines: 1 }));
  if (view.kind === 'info') {
    items.push({
      type: 'ScrollView',
      // An absolute width: the validator cannot follow a percentage through the column's flexible width.
      width: `${layout.widthDp - 2 * layout.padding - (layout.kind === 'landscape' && view.figure ? layout.figure + layout.padding : 0)}dp`,
      grow: 1,
      shrink: 1,
      paddingTop: `${Math.round(layout.cueSize / 2)}dp`,
      item: {
        type: 'Container',
        width: '100%',
        data: '${payload.screen.lines}',
        items: [
          text('${data}', Math.round(layout.cueSize * 0.85), COLOURS.text, {
            textAlign: align,
            paddingBottom: `${Math.round(layout.cueSize / 3)}dp`,
          }),
        ],
      },
    });
    return items;
  }
  items.push(
    text('${cue}', layout.cueSize, COLOURS.text, {
      id: 'cue',
      textAlign: align,
      maxLines: layout.kind === 'round' ? 2 : 4,
      paddingTop: `${Math.round(layout.cueSize / 2)}dp`,
    }),
    {
      type: 'Container',
      direction: 'row',
      alignItems: 'end',
      justifyContent: centred ? 'center' : 'start',
      items: [
        text('${left > 0 ? left : ""}', layout.countdownSize, COLOURS.countdown, { id: 'countdown', fontWeight: 'bold' }),
        text('${left > 0 ? payload.screen.secondsLabel : ""}', layout.subtitleSize, COLOURS.secondary, {
          paddingLeft: `${Math.round(layout.subtitleSize / 2)}dp`,
          paddingBottom: `${Math.round(layout.countdownSize / 6)}dp`,
        }),
      ],
    },
  );
  return items;
}

function figureItem(view: ScreenView, layout: ScreenLayout): JsonObject[] {
  if (!view.figure) return [];
  return [
    {
      type: 'VectorGraphic',
      source: 'figure',
      width: `${layout.figure}dp`,
      height: `${layout.figure}dp`,
      scale: 'best-fit',
      align: 'center',
    },
  ];
}

function body(view: ScreenView, layout: ScreenLayout): JsonObject {
  const pad = `${layout.padding}dp`;
  if (layout.kind === 'landscape') {
    return {
      type: 'Container',
      direction: 'row',
      width: '100%',
      grow: 1,
      shrink: 1,
      alignItems: 'center',
      items: [
        ...figureItem(view, layout),
        {
          type: 'Container',
          grow: 1,
          shrink: 1,
          justifyContent: 'center',
          paddingLeft: view.figure ? pad : 0,
          items: words(view, layout, false),
        },
      ],
    };
  }
  return {
    type: 'Container',
    width: '100%',
    grow: 1,
    shrink: 1,
    alignItems: 'center',
    justifyContent: 'center',
    items: [
      ...figureItem(view, layout),
      { type: 'Container', shrink: 1, width: '100%', alignItems: 'center', items: words(view, layout, true) },
    ],
  };
}

/**
 * The APL document for one screen, laid out for the device it goes to, and its datasource. The datasource holds
 * everything shown (so what an Echo Show shows can be read from it, and the simulator draws from it); the document
 * holds the layout, the figure (mirrored for the left side, in the screen's ink) and the commands that move the cue
 * and countdown in step with the audio.
 */
export function aplPayload(view: ScreenView, layout: ScreenLayout, figures: Readonly<Record<string, AvgGraphic>>): AplPayload {
  const drawn = view.figure ? figures[view.figure.key] : undefined;
  const figure = drawn && view.figure?.mirrored ? mirrorAvg(drawn) : drawn;
  const pad = `${layout.padding}dp`;
  const document: JsonObject = {
    type: 'APL',
    version: APL_VERSION,
    description: 'Sciatica Stretches: the stretch being spoken, with its countdown',
    theme: 'dark',
    ...(figure ? { graphics: { figure: { ...figure, items: inked(figure.items) } as unknown as JsonObject } } : {}),
    mainTemplate: {
      parameters: ['payload'],
      items: [
        {
          type: 'Frame',
          width: '100vw',
          height: '100vh',
          backgroundColor: COLOURS.background,
          item: {
            type: 'Container',
            width: '100%',
            height: '100%',
            paddingLeft: pad,
            paddingRight: pad,
            paddingTop: pad,
            paddingBottom: Math.round(layout.padding / 2),
            bind: [
              { name: 'cue', type: 'string', value: '${payload.screen.text}' },
              { name: 'left', type: 'number', value: 0 },
            ],
            onMount: view.steps.length > 0 ? [{ type: 'Sequential', commands: stepCommands(view.steps) }] : [],
            items: [
              body(view, layout),
              {
                type: 'Container',
                width: '100%',
                height: `${layout.footer}dp`,
                justifyContent: 'center',
                items: [buttonRow(view, layout)],
              },
            ],
          },
        },
      ],
    },
  };
  // The card goes to the Alexa app, not the screen; everything else the view holds is what the screen shows.
  const shown: Omit<ScreenView, 'card'> = {
    kind: view.kind,
    title: view.title,
    subtitle: view.subtitle,
    figure: view.figure,
    text: view.text,
    lines: view.lines,
    steps: view.steps,
    buttons: view.buttons,
    secondsLabel: view.secondsLabel,
    voiceHint: view.voiceHint,
    alert: view.alert,
  };
  return { document, datasources: { payload: { screen: shown as unknown as JsonObject } } };
}
