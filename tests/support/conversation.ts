import type { ResponseEnvelope } from 'ask-sdk-model';
import type { VirtualAlexa } from 'virtual-alexa';
import { expect } from 'vitest';
import type { SpeechRenderer } from '../../lambda/config';
import { stepsOf } from '../../lambda/domain/routine-state';
import { fillSide } from '../../lambda/speech/compose';
import { speechMs } from '../../lambda/speech/timeline';
import { content } from './content';
import { responseProblems } from './response-checks';
import { aplaItems, createTestHandler, spokenText } from './skill';
import { createVirtualAlexa, type SkillHandler } from './virtual-alexa';

/** One piece of what the user hears, in playing order. */
export type Segment =
  | { readonly kind: 'speech'; readonly text: string }
  | { readonly kind: 'silence'; readonly ms: number }
  | { readonly kind: 'sound'; readonly src: string };

/** One answer from the skill, as the user experiences it. */
export interface Heard {
  readonly response: ResponseEnvelope;
  /** Every word Alexa says, markup removed (SSML outputSpeech or APL-A Speech components). */
  readonly text: string;
  /** The reprompt's words, markup removed, or null when there is none. */
  readonly reprompt: string | null;
  /** True when the session stays open for the user's next words. */
  readonly open: boolean;
  /** Speech, silences and sounds in playing order, whichever renderer produced them. */
  readonly segments: readonly Segment[];
}

/** Which renderer and locale a conversation runs with. */
export interface ConversationOptions {
  readonly renderer?: SpeechRenderer;
  readonly locale?: string;
}

/**
 * A virtual Alexa over the real skill handler and the committed interaction
 * model: typed utterances become real request envelopes, and session
 * attributes are carried from turn to turn as Alexa carries them.
 */
export function startConversation({ renderer = 'apla', locale = 'en-US' }: ConversationOptions = {}): VirtualAlexa {
  return createVirtualAlexa(createTestHandler({ SPEECH_RENDERER: renderer }) as SkillHandler, locale);
}

const unescape = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const words = (ssml: string): string =>
  unescape(ssml.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** Speech, silences and sounds of a response: SSML breaks and APL-A components alike, adjacent silences joined. */
export function segmentsOf(envelope: ResponseEnvelope): Segment[] {
  const raw: Segment[] = [];
  const output = envelope.response.outputSpeech;
  if (output?.type === 'SSML') {
    for (const part of output.ssml.split(/(<break time="\d+ms"\/>|<audio src="[^"]*"\/>)/)) {
      const pause = /^<break time="(\d+)ms"\/>$/.exec(part);
      const audio = /^<audio src="([^"]*)"\/>$/.exec(part);
      if (pause) raw.push({ kind: 'silence', ms: Number(pause[1]) });
      else if (audio) raw.push({ kind: 'sound', src: audio[1] ?? '' });
      else if (words(part)) raw.push({ kind: 'speech', text: words(part) });
    }
  }
  for (const item of aplaItems(envelope)) {
    if (item.type === 'Silence') raw.push({ kind: 'silence', ms: item.duration ?? 0 });
    else if (item.type === 'Audio') raw.push({ kind: 'sound', src: item.source ?? '' });
    else if (item.type === 'Speech' && item.content) raw.push({ kind: 'speech', text: words(item.content) });
  }
  return raw.reduce<Segment[]>((out, segment) => {
    const last = out[out.length - 1];
    if (segment.kind === 'silence' && last?.kind === 'silence') out[out.length - 1] = { kind: 'silence', ms: last.ms + segment.ms };
    else out.push(segment);
    return out;
  }, []);
}

/** Reads a response the way a user hears it, and asserts it is playable (valid SSML, limits, reprompt when open). */
export async function heard(envelope: ResponseEnvelope, what: string): Promise<Heard> {
  expect(await responseProblems(envelope), `problems in the answer to ${what}`).toEqual([]);
  const reprompt = envelope.response.reprompt?.outputSpeech;
  return {
    response: envelope,
    text: spokenText(envelope),
    reprompt: reprompt?.type === 'SSML' ? words(reprompt.ssml) : null,
    open: envelope.response.shouldEndSession === false,
    segments: segmentsOf(envelope),
  };
}

/**
 * Types `utterance` at the virtual Alexa (resolved by the committed model)
 * and returns what the user hears. Avoid "ask", "open", "launch", "tell" and
 * "talk to" except in real launch or one-shot phrases: virtual-alexa treats
 * them as a launch.
 */
export async function say(va: VirtualAlexa, utterance: string): Promise<Heard> {
  return heard(await va.utter(utterance), `"${utterance}"`);
}

/** Sends an intent by name (for intents that cannot be typed, like the fallback) and returns what the user hears. */
export async function intend(va: VirtualAlexa, intentName: string, slots?: Record<string, string>): Promise<Heard> {
  return heard(await va.intend(intentName, slots), intentName);
}

/** Says each utterance in turn and returns every answer. */
export async function sayAll(va: VirtualAlexa, utterances: readonly string[]): Promise<Heard[]> {
  const answers: Heard[] = [];
  for (const utterance of utterances) answers.push(await say(va, utterance));
  return answers;
}

/** How many responses a routine's sides take: one per side of each two-sided stretch, one per one-sided stretch. */
export function sidesIn(routineId: string): number {
  return stepsOf({ routineId, stretchIds: [...(content.routine(routineId)?.stretchIds ?? [])] }, content).length;
}

/** How many times a routine asks the user to move into a new position: its first stretch, and each change of position. */
export function movesIn(routineId: string): number {
  const positions = (content.routine(routineId)?.stretchIds ?? []).map((id) => content.stretch(id)?.startPosition);
  return positions.filter((position, i) => i === 0 || position !== positions[i - 1]).length;
}

/** The words spoken just before a hold's silence: the stretch's hold lines (and movement cues) for that side. */
export function holdCue(stretchId: string, side: 'right' | 'left' | null): string {
  const stretch = content.stretch(stretchId);
  if (!stretch) throw new Error(`no stretch ${stretchId}`);
  const movement = stretch.dose.kind === 'moving' ? stretch.dose.movement.cues : [];
  return [...stretch.hold, ...movement].map((line) => fillSide(line, side)).join(' ');
}

/** One timed hold as heard: the silence right after the cue, and silences plus count-down speech up to the release. */
export interface HeardHold {
  readonly firstSilenceMs: number;
  readonly countdowns: readonly string[];
  readonly totalMs: number;
  readonly release: string;
}

/** A count-down cue spoken inside a hold ("Twenty seconds.", "Ten more seconds."). */
const COUNTDOWN = /^[A-Z][a-z]+( [a-z]+)* seconds( to go)?\.$/;

/**
 * Every hold that follows `cue` in the segments: the first silence after the
 * cue, and the total of silences and estimated count-down speech (speechMs)
 * up to the next words that are not a count-down.
 */
export function holdsAfter(segments: readonly Segment[], cue: string): HeardHold[] {
  const holds: HeardHold[] = [];
  segments.forEach((segment, at) => {
    if (segment.kind !== 'speech' || !segment.text.endsWith(cue)) return;
    const first = segments[at + 1];
    let totalMs = 0;
    const countdowns: string[] = [];
    let i = at + 1;
    for (; i < segments.length; i += 1) {
      const s = segments[i];
      if (s?.kind === 'silence') totalMs += s.ms;
      else if (s?.kind === 'speech' && COUNTDOWN.test(s.text)) {
        countdowns.push(s.text);
        totalMs += speechMs(s.text);
      } else break;
    }
    const next = segments[i];
    holds.push({
      firstSilenceMs: first?.kind === 'silence' ? first.ms : 0,
      countdowns,
      totalMs,
      release: next?.kind === 'speech' ? next.text : '',
    });
  });
  return holds;
}
