/** The languages the skill speaks. Every locale of a language shares its content, sentences and vocabulary. */
export const LANGUAGES = ['en', 'es'] as const;
/** A language the skill speaks. */
export type Language = (typeof LANGUAGES)[number];

/**
 * The language of a request's locale ("es-US" and "es-ES" are Spanish). Any other locale, or none, is English:
 * Alexa only sends the locales the skill is published in, and English is the skill's first language.
 */
export function languageOf(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
