import type { Slot } from 'ask-sdk-model';
import type { NameMatch } from '../domain/routine-events';

/**
 * Lower-case words only, so "The Pigeon!" and "the pigeon" compare equal. Spanish letters count as letters:
 * Alexa's Spanish slot values carry them ("alivio rápido"), which would otherwise break into "alivio r pido".
 */
export function normalizeSpoken(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9'áéíóúüñ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Resolves a custom slot to one of `known` ids: first through Alexa's entity
 * resolution, then by matching the heard words against the names and
 * aliases (`lookup`), so a slot filled without resolutions still works.
 * An id that Alexa resolves but the content no longer has counts as unmatched.
 */
export function resolveSlot(slot: Slot | undefined, lookup: (spoken: string) => string | undefined): NameMatch {
  const heard = slot?.value?.trim();
  if (!slot || !heard) return { kind: 'none' };
  for (const authority of slot.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status?.code !== 'ER_SUCCESS_MATCH') continue;
    for (const { value } of authority.values ?? []) {
      if (value?.id && lookup(value.id)) return { kind: 'match', id: value.id };
    }
  }
  const byName = lookup(normalizeSpoken(heard));
  return byName ? { kind: 'match', id: byName } : { kind: 'no-match', heard: normalizeSpoken(heard).slice(0, 60) };
}

/** An index from ids, names and aliases to ids, for {@link resolveSlot}. */
export function nameIndex(
  entries: readonly { id: string; name: string; aliases: readonly string[] }[],
): (spoken: string) => string | undefined {
  const index = new Map<string, string>();
  for (const entry of entries) {
    for (const phrase of [entry.id, entry.name, ...entry.aliases]) index.set(normalizeSpoken(phrase), entry.id);
    index.set(entry.id, entry.id);
  }
  return (spoken) => index.get(normalizeSpoken(spoken)) ?? index.get(spoken);
}

/**
 * Like {@link nameIndex}, for a vocabulary too big to build at a cold start:
 * an id is known at once, and the names are indexed the first time a heard
 * phrase must be looked up (a slot that came without entity resolution).
 */
export function lazyNameIndex(
  ids: readonly string[],
  entries: () => readonly { id: string; name: string; aliases: readonly string[] }[],
): (spoken: string) => string | undefined {
  let index: ((spoken: string) => string | undefined) | undefined;
  return (spoken) => (ids.includes(spoken) ? spoken : (index ??= nameIndex(entries()))(spoken));
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * A whole number from an AMAZON.NUMBER slot. Alexa sends digits ("4"); some
 * simulators send the words ("four"), and "oh" and "none" mean zero.
 * Anything else is null, which the engine treats as "not understood".
 */
export function parseSpokenNumber(value: string | undefined): number | null {
  const heard = normalizeSpoken(value ?? '');
  if (/^\d{1,3}$/.test(heard)) return Number(heard);
  if (heard === 'oh' || heard === 'none' || heard === 'nothing') return 0;
  const index = NUMBER_WORDS.indexOf(heard);
  return index === -1 ? null : index;
}
