/**
 * A spoken plan: what to say, how long to stay silent, which sound to play.
 * It knows its own length, so limits such as "at most 240 s of audio" are
 * checked on the plan before any markup is rendered.
 */
export type TimelineItem =
  | { readonly kind: 'say'; readonly text: string }
  | { readonly kind: 'pause'; readonly ms: number; readonly hold?: boolean; readonly wait?: boolean }
  | { readonly kind: 'sound'; readonly src: string; readonly ms: number };

/** An ordered spoken plan. */
export type Timeline = readonly TimelineItem[];

/** Alexa speaks about 150 words a minute; sentence ends add a short natural pause. */
const MS_PER_WORD = 400;
const MS_PER_SENTENCE_END = 250;

/** A gentle chime from the Alexa Skills Kit sound library (about one second). */
export const CHIME = 'soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01';
const CHIME_MS = 1200;

/** A spoken line. */
export function say(text: string): TimelineItem {
  return { kind: 'say', text };
}

/** A silence of `ms` milliseconds (rounded to whole milliseconds, never negative). */
export function pause(ms: number): TimelineItem {
  return { kind: 'pause', ms: Math.max(0, Math.round(ms)) };
}

/** A silence in which the user holds a stretch: the renderer may treat it differently from a breath between cues. */
export function holdPause(ms: number): TimelineItem {
  return { kind: 'pause', ms: Math.max(0, Math.round(ms)), hold: true };
}

/** A patient silence while the user moves into a new position: never a timed hold. */
export function waitPause(ms: number): TimelineItem {
  return { kind: 'pause', ms: Math.max(0, Math.round(ms)), wait: true };
}

/** True when the timeline guides a timed hold. */
export function hasHold(timeline: Timeline): boolean {
  return timeline.some((item) => item.kind === 'pause' && item.hold === true);
}

/** True when the timeline holds a long silence of either kind (a hold, or a wait to get into position). */
export function hasLongSilence(timeline: Timeline): boolean {
  return timeline.some((item) => item.kind === 'pause' && (item.hold === true || item.wait === true));
}

/** The closing chime. */
export function chime(): TimelineItem {
  return { kind: 'sound', src: CHIME, ms: CHIME_MS };
}

/** Estimated time to speak `text`, in milliseconds. */
export function speechMs(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  const sentenceEnds = (text.match(/[.!?](\s|$)/g) ?? []).length;
  return words * MS_PER_WORD + sentenceEnds * MS_PER_SENTENCE_END;
}

/** Estimated length of one item, in milliseconds. */
export function itemMs(item: TimelineItem): number {
  if (item.kind === 'say') return speechMs(item.text);
  return item.ms;
}

/** Estimated length of a whole timeline, in milliseconds. */
export function durationMs(timeline: Timeline): number {
  return timeline.reduce((total, item) => total + itemMs(item), 0);
}

/** The longest single silence, in milliseconds: what a listener hears as the hold. */
export function longestPauseMs(timeline: Timeline): number {
  return timeline.reduce((longest, item) => (item.kind === 'pause' ? Math.max(longest, item.ms) : longest), 0);
}

/** The spoken words only, for cards, logs and the simulator. */
export function plainText(timeline: Timeline): string {
  return timeline
    .filter((item): item is Extract<TimelineItem, { kind: 'say' }> => item.kind === 'say')
    .map((item) => item.text)
    .join(' ');
}

/** Joins adjacent pauses so a silence is one item, whatever built it. */
export function normalize(timeline: Timeline): Timeline {
  const out: TimelineItem[] = [];
  for (const item of timeline) {
    const last = out[out.length - 1];
    if (item.kind === 'pause' && item.ms === 0) continue;
    if (item.kind === 'pause' && last?.kind === 'pause') {
      const ms = last.ms + item.ms;
      out[out.length - 1] = last.hold || item.hold ? holdPause(ms) : last.wait || item.wait ? waitPause(ms) : pause(ms);
    } else out.push(item);
  }
  return out;
}
