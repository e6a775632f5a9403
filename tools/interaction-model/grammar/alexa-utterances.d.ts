/**
 * Types for alexa-utterances 0.2.1, which ships none. Only the exhaustive
 * form is used here: every alternative of every `{a|b}` group, with
 * `{NAME}` taken from the dictionary and `{-|slot}` written as `{slot}`.
 */
declare module 'alexa-utterances' {
  /**
   * @param template - words with `{a|b|c}` alternatives, `{NAME}` dictionary references and `{-|slot}` slot references
   * @param slots - sample values per slot; unused here (slots stay references)
   * @param dictionary - named lists of alternatives a template can reference as `{NAME}`
   * @param exhaustiveUtterances - true for the full cartesian product of the alternatives
   */
  function generateUtterances(
    template: string,
    slots?: Record<string, readonly string[]>,
    dictionary?: Record<string, readonly string[]>,
    exhaustiveUtterances?: boolean,
  ): string[];
  export = generateUtterances;
}
