import { spawn } from 'node:child_process';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { speechMs } from '../../lambda/speech/timeline';

/** One thing the listener hears, in order. */
export type Segment =
  | { readonly kind: 'say'; readonly text: string }
  | { readonly kind: 'pause'; readonly ms: number }
  | { readonly kind: 'sound'; readonly src: string };

interface AplaItem {
  readonly type: string;
  readonly content?: string;
  readonly duration?: number;
  readonly source?: string;
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Splits SSML into spoken sentences, breaks and sounds, in playing order. */
export function ssmlSegments(ssml: string): Segment[] {
  const segments: Segment[] = [];
  for (const part of ssml.replace(/<\/?speak>/g, '').split(/(<break time="\d+ms"\/>|<audio src="[^"]*"\/>)/)) {
    const pauseMatch = /^<break time="(\d+)ms"\/>$/.exec(part);
    const audioMatch = /^<audio src="([^"]*)"\/>$/.exec(part);
    if (pauseMatch) {
      const ms = Number(pauseMatch[1]);
      const last = segments[segments.length - 1];
      if (last?.kind === 'pause') segments[segments.length - 1] = { kind: 'pause', ms: last.ms + ms };
      else segments.push({ kind: 'pause', ms });
    } else if (audioMatch) {
      segments.push({ kind: 'sound', src: audioMatch[1] ?? '' });
    } else {
      const text = unescape(part.replace(/<[^>]+>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim();
      for (const sentence of text.match(/[^.?!]+[.?!]*["']?/g) ?? [])
        if (sentence.trim()) segments.push({ kind: 'say', text: sentence.trim() });
    }
  }
  return segments;
}

/** What a response plays: its outputSpeech, then any APL for Audio document, as Alexa plays them. */
export function responseSegments(envelope: ResponseEnvelope): Segment[] {
  const output = envelope.response?.outputSpeech;
  const segments = output?.type === 'SSML' ? ssmlSegments(output.ssml) : output?.type === 'PlainText' ? ssmlSegments(output.text) : [];
  for (const directive of envelope.response?.directives ?? []) {
    const items =
      (directive as { document?: { mainTemplate?: { item?: { items?: AplaItem[] } } } }).document?.mainTemplate?.item?.items ?? [];
    for (const item of items) {
      if (item.type === 'Speech' && item.content) segments.push(...ssmlSegments(item.content));
      if (item.type === 'Silence') segments.push({ kind: 'pause', ms: item.duration ?? 0 });
      if (item.type === 'Audio') segments.push({ kind: 'sound', src: item.source ?? '' });
    }
  }
  return segments;
}

/** Where playback writes, and how it waits; injected so the player can be tested without a clock. */
export interface PlaybackIo {
  readonly write: (text: string) => void;
  readonly interactive: boolean;
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

/**
 * The espeak-ng voice for a locale: Latin American Spanish for es-US (most Spanish speakers in the United States
 * are from Latin America), Castilian for es-ES, and English (as each English locale writes) otherwise.
 */
export function espeakVoice(locale: string): string {
  if (locale === 'es-US') return 'es-419';
  if (locale.startsWith('es')) return 'es';
  return locale === 'en-US' || locale === 'en-CA' ? 'en-us' : 'en-gb';
}

function speakAloud(text: string, voice: string, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn('espeak-ng', ['-v', voice, text], { stdio: 'ignore' });
    const onAbort = (): void => void child.kill();
    const done = (): void => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    };
    child.on('error', done);
    child.on('exit', done);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * Plays segments: prints each sentence, and unless `fast`, waits as long as
 * Alexa would take to say it and counts silences down in place. Aborting
 * the signal (the user typed over Alexa) stops at once, like a barge-in.
 */
export async function play(
  segments: readonly Segment[],
  options: { fast: boolean; speak: boolean; locale: string },
  io: PlaybackIo,
  signal: AbortSignal,
): Promise<void> {
  for (const segment of segments) {
    if (signal.aborted) {
      io.write('        (interrupted)\n');
      return;
    }
    if (segment.kind === 'say') {
      io.write(`Alexa:  ${segment.text}\n`);
      if (options.speak) await speakAloud(segment.text, espeakVoice(options.locale), signal);
      else if (!options.fast) await sleep(speechMs(segment.text), signal);
    } else if (segment.kind === 'sound') {
      io.write('        ♪ chime\n');
      if (!options.fast) await sleep(1200, signal);
    } else if (options.fast || !io.interactive) {
      io.write(`        … ${seconds(segment.ms)} of silence …\n`);
      if (!options.fast) await sleep(segment.ms, signal);
    } else {
      const end = Date.now() + segment.ms;
      while (!signal.aborted && Date.now() < end) {
        io.write(`\r        … ${seconds(end - Date.now())} of silence left …   `);
        await sleep(Math.min(200, end - Date.now()), signal);
      }
      io.write(`\r        … ${seconds(segment.ms)} of silence …              \n`);
    }
  }
}
