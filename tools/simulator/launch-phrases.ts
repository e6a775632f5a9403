import type { Language } from '../../lambda/domain/language';
import { INVOCATION_NAMES } from '../interaction-model/build-model';

/**
 * How people open a skill in each language, as Alexa routes it: a launch word and the invocation name ("open
 * sciatica stretches", "abre estiramientos para la ciática"), or a one-shot that carries a request ("ask sciatica
 * stretches to start my bedtime routine", "pide a estiramientos para la ciática que empiece la rutina para dormir").
 */
const WORDS: Readonly<
  Record<Language, { readonly open: readonly string[]; readonly ask: readonly string[]; readonly joins: readonly string[] }>
> = {
  en: {
    open: ['open', 'start', 'launch', 'load', 'begin', 'run', 'play', 'talk to'],
    ask: ['ask', 'tell'],
    joins: ['to', 'for', 'about', 'if', 'whether', 'that'],
  },
  es: {
    open: ['abre', 'abrir', 'inicia', 'iniciar', 'empieza', 'comienza', 'lanza', 'pon', 'habla con', 'juega a'],
    ask: ['pide a', 'pídele a', 'pregunta a', 'pregúntale a', 'dile a'],
    joins: ['que', 'para', 'por', 'sobre', 'si'],
  },
};

/** A launch phrase with nothing after it, and a one-shot whose last group is the request, for a language. */
export function launchPatterns(language: Language): { readonly launch: RegExp; readonly oneShot: RegExp } {
  const { open, ask, joins } = WORDS[language];
  const name = INVOCATION_NAMES[language];
  return {
    launch: new RegExp(`^(?:${open.join('|')}) ${name}$`),
    oneShot: new RegExp(`^(?:${[...open, ...ask].join('|')}) ${name} (?:(?:${joins.join('|')}) )?(.+)$`),
  };
}

/** What the simulator suggests typing first, in the locale's language. */
export const FIRST_PHRASES: Readonly<Record<Language, readonly [string, string]>> = {
  en: ['open sciatica stretches', 'ask sciatica stretches to start my bedtime routine'],
  es: ['abre estiramientos para la ciática', 'pide a estiramientos para la ciática que empiece la rutina para dormir'],
};
