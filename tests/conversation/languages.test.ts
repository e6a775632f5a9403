import type { ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { languageOf } from '../../lambda/domain/language';
import { EN } from '../../lambda/speech/catalogues/en';
import { ES } from '../../lambda/speech/catalogues/es';
import { aplDirective } from '../support/apl-screen';
import { ECHO_SHOW_8, intent, launch, newUserId, type EnvelopeOptions } from '../support/envelopes';
import { createMemoryHandler, spokenText } from '../support/skill';

/** Plays requests as one session, each in its own locale. */
async function play(
  requests: readonly [(o: EnvelopeOptions) => unknown, string][],
  options: EnvelopeOptions = {},
): Promise<ResponseEnvelope[]> {
  const handler = createMemoryHandler();
  const userId = newUserId();
  let attributes: Record<string, unknown> | undefined;
  const responses: ResponseEnvelope[] = [];
  for (const [request, locale] of requests) {
    const response = await handler(request({ ...options, userId, attributes, locale }));
    responses.push(response);
    attributes = response.sessionAttributes;
  }
  return responses;
}

const open = (o: EnvelopeOptions) => launch(o);
const next = (o: EnvelopeOptions) => intent('AMAZON.NextIntent', {}, o);
const start = (routine: string) => (o: EnvelopeOptions) => intent('StartRoutineIntent', { routine }, o);

describe('the language of each request', () => {
  it.each([
    ['es-US', 'es'],
    ['es-ES', 'es'],
    ['es-MX', 'es'],
    ['en-US', 'en'],
    ['en-IN', 'en'],
    [undefined, 'en'],
  ] as const)('%s is %s', (locale, language) => expect(languageOf(locale)).toBe(language));

  it.each(['es-US', 'es-ES'])('%s: the welcome, the medical note and the offer are in Spanish', async (locale) => {
    const [welcome] = await play([[open, locale]]);
    const said = spokenText(welcome!);
    expect(said).toContain('Estiramientos para la ciática');
    expect(said).toContain('no sustituyo el consejo médico profesional');
    expect(said).toContain('Alexa, me duele');
    expect(said).not.toMatch(/\b(the|your|stretch|say)\b/i);
  });

  it('a household switching language mid-session keeps its place: each answer in the language it was asked in', async () => {
    const responses = await play([
      [open, 'en-US'],
      [start('quick relief'), 'en-US'],
      [next, 'es-US'],
      [next, 'en-US'],
    ]);
    expect(spokenText(responses[2]!).startsWith(ES.sideFirst('right'))).toBe(true);
    expect(spokenText(responses[2]!)).toContain('derecha');
    expect(spokenText(responses[3]!).startsWith(EN.sideSecond('left'))).toBe(true);
    expect(spokenText(responses[3]!)).not.toMatch(/derech|izquierd/);
  });

  it('an Echo Show in Spanish shows Spanish words and buttons', async () => {
    const responses = await play(
      [
        [open, 'es-US'],
        [start('alivio rápido'), 'es-US'],
        [next, 'es-US'],
      ],
      { screen: ECHO_SHOW_8 },
    );
    const shown = aplDirective(responses[2]!)!.datasources.payload.screen;
    expect(shown.title).toBe('Figura cuatro en la silla');
    expect(shown.subtitle).toBe('Lado derecho · Estiramiento 1 de 3');
    expect(shown.buttons.map((b) => b.label)).toEqual(['Repite', 'Pausa', 'Siguiente', 'Me duele']);
    expect((responses[2]!.response.card as { title?: string } | undefined)?.title).toBe('Figura cuatro en la silla: lado derecho');
  });

  it('a red flag in Spanish sends the user to emergency care in Spanish', async () => {
    const [, flag] = await play([
      [open, 'es-ES'],
      [(o) => intent('ItHurtsIntent', { symptom: 'emergency' }, o), 'es-ES'],
    ]);
    expect(spokenText(flag!)).toMatch(/urgencias|emergencias/);
    expect(flag!.response.shouldEndSession).toBe(true);
  });
});
