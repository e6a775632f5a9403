import { escapeSsml } from './ssml';
import type { Timeline, TimelineItem } from './timeline';

/** One APL for Audio component, as this skill uses them. */
export type AplaComponent =
  | { readonly type: 'Speech'; readonly contentType: 'SSML'; readonly content: string }
  | { readonly type: 'Silence'; readonly duration: number }
  | { readonly type: 'Audio'; readonly source: string };

/** An APL for Audio document: a Sequencer that plays its items in order. */
export interface AplaDocument {
  readonly type: 'APLA';
  readonly version: '0.91';
  readonly description: string;
  readonly mainTemplate: {
    readonly parameters: readonly string[];
    readonly item: { readonly type: 'Sequencer'; readonly items: readonly AplaComponent[] };
  };
}

/** The directive type that plays an APL for Audio document. */
export const APLA_DIRECTIVE = 'Alexa.Presentation.APLA.RenderDocument';

function componentsOf(timeline: Timeline): AplaComponent[] {
  const out: AplaComponent[] = [];
  let words: string[] = [];
  const flush = (): void => {
    if (words.length > 0) out.push({ type: 'Speech', contentType: 'SSML', content: `<speak>${words.join(' ')}</speak>` });
    words = [];
  };
  timeline.forEach((item: TimelineItem) => {
    if (item.kind === 'say') {
      words.push(escapeSsml(item.text));
      return;
    }
    flush();
    out.push(item.kind === 'pause' ? { type: 'Silence', duration: item.ms } : { type: 'Audio', source: item.src });
  });
  flush();
  return out;
}

/**
 * Renders a timeline as an APL for Audio document. Silences become `Silence`
 * components, which have no 10 s cap, so a hold is one uninterrupted item.
 */
export function toApla(timeline: Timeline, description: string): AplaDocument {
  return {
    type: 'APLA',
    version: '0.91',
    description,
    mainTemplate: { parameters: ['payload'], item: { type: 'Sequencer', items: componentsOf(timeline) } },
  };
}
