import type { RequestEnvelope } from 'ask-sdk-model';
import type { Content } from '../domain/content';
import { languageOf, type Language } from '../domain/language';
import { createRoutineEngine, type RoutineEngine } from '../domain/routine-engine';
import type { Turn } from '../domain/routine-events';
import { createPresenter, type Presenter } from '../screen/screen-view';
import type { Catalogue } from '../speech/catalogue';
import type { Speech } from '../speech/compose';
import { createMeasuredComposer } from '../speech/routine-length';
import { createIntentMapper, type IntentMapper } from './request-event';
import type { SlotVocabulary } from './slot-vocabulary';

/** What one language brings: its content and sentences, and what is built from them. */
export interface LanguagePack {
  readonly content: Content;
  readonly catalogue: Catalogue;
  readonly engine: RoutineEngine;
  readonly compose: (turn: Turn) => Speech;
  readonly present: Presenter;
  /** The intent mapper, built on the first intent in this language: a cold start that answers a launch never pays for it. */
  readonly mapper: () => IntentMapper;
}

/** A language's content, sentence catalogue and slot vocabulary, as the composition root loads them. */
export interface LanguageSource {
  readonly content: Content;
  readonly catalogue: Catalogue;
  readonly vocabulary: SlotVocabulary;
}

/** Builds a language's pack; routine lengths are measured on first use (see routine-length.ts). */
function createLanguagePack({ content, catalogue, vocabulary }: LanguageSource): LanguagePack {
  const engine = createRoutineEngine(content);
  let mapper: IntentMapper | undefined;
  return {
    content,
    catalogue,
    engine,
    compose: createMeasuredComposer(content, engine, catalogue),
    present: createPresenter(content, catalogue),
    mapper: () => (mapper ??= createIntentMapper(content, vocabulary)),
  };
}

/** Each language's pack, by language. */
export type LanguagePacks = (language: Language) => LanguagePack;

/**
 * The packs of the skill's languages, each built when its language is first asked for: a cold start builds only
 * the pack of the language it answers in.
 */
export function languagePacks(sources: Readonly<Record<Language, LanguageSource>>): LanguagePacks {
  const built = new Map<Language, LanguagePack>();
  return (language) => {
    const pack = built.get(language) ?? createLanguagePack(sources[language]);
    built.set(language, pack);
    return pack;
  };
}

/**
 * The pack of the request's language, read on every request: a household may speak English and Spanish in the
 * same session, and each request is answered in its own language while the place in the routine (ids only) carries on.
 */
export function packFor(packs: LanguagePacks, envelope: RequestEnvelope | undefined): LanguagePack {
  return packs(languageOf(envelope?.request?.locale));
}
