import type { Timeline } from './timeline';

/** The longest single SSML break Alexa documents. */
export const MAX_BREAK_MS = 10_000;

/** Escapes text for an SSML text node; quotes stay as they are, since they are only special in attributes. */
export function escapeSsml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes a value for a double-quoted SSML attribute. */
function escapeAttribute(value: string): string {
  return escapeSsml(value).replace(/"/g, '&quot;');
}

/** Breaks for a silence of `ms`, each at most {@link MAX_BREAK_MS}: stacked breaks play back to back. */
export function breaksFor(ms: number): string[] {
  const breaks: string[] = [];
  for (let left = Math.round(ms); left > 0; left -= MAX_BREAK_MS) {
    breaks.push(`<break time="${Math.min(left, MAX_BREAK_MS)}ms"/>`);
  }
  return breaks;
}

/** The inner SSML of a timeline, without the `<speak>` wrapper. */
export function ssmlBody(timeline: Timeline): string {
  return timeline
    .map((item) => {
      if (item.kind === 'say') return escapeSsml(item.text);
      if (item.kind === 'pause') return breaksFor(item.ms).join('');
      return `<audio src="${escapeAttribute(item.src)}"/>`;
    })
    .join(' ');
}

/** Renders a timeline as one SSML document. */
export function toSsml(timeline: Timeline): string {
  return `<speak>${ssmlBody(timeline)}</speak>`;
}
