import { describe, expect, it } from 'vitest';
import { ES } from '../../lambda/speech/catalogues/es';
import { say, sayAll, startConversation, type Heard } from '../support/conversation';
import { spanishContent } from '../support/content';

const quickRelief = spanishContent.routine('quick-relief')!;

/** Says "siguiente" until the session ends (at most `limit` times), returning every answer. */
async function nextUntilTheEnd(va: ReturnType<typeof startConversation>, limit: number): Promise<Heard[]> {
  const answers: Heard[] = [];
  while (answers.length < limit && answers.at(-1)?.open !== false) answers.push(await say(va, 'siguiente'));
  return answers;
}

/** English words that would give away an untranslated sentence. */
const ENGLISH = /\b(the|your|stretch|side|say|seconds|week|you)\b/i;

describe.each(['es-US', 'es-ES'])('a whole conversation in Spanish (%s)', (locale) => {
  it('opens with the welcome, the medical note and "Alexa, me duele", and guides the quick relief routine to its end', async () => {
    const va = startConversation({ locale });
    const launch = await say(va, 'abre estiramientos para la ciática');
    expect(launch.text.startsWith(ES.welcome)).toBe(true);
    expect(launch.text).toContain(ES.disclaimer.join(' '));
    expect(launch.text).toContain('Alexa, me duele');
    const start = await say(va, 'sí');
    expect(start.text).toContain(
      ES.stretchOf(1, quickRelief.stretchIds.length, spanishContent.stretch(quickRelief.stretchIds[0]!)!.name.toLowerCase()).slice(0, 20),
    );
    const rest = await nextUntilTheEnd(va, 30);
    const all = [launch, start, ...rest];
    expect(rest.at(-1)?.open).toBe(false);
    expect(rest.map((answer) => answer.text).join(' ')).toContain(ES.secondsLeft(20));
    for (const answer of all) expect(answer.text, answer.text.slice(0, 80)).not.toMatch(ENGLISH);
    // Every stretch of the routine was played on each of its sides.
    for (const id of quickRelief.stretchIds) {
      const name = spanishContent.stretch(id)!.name.toLowerCase();
      expect(
        all.some((answer) => answer.text.toLowerCase().includes(name)),
        name,
      ).toBe(true);
    }
  });

  it('"me duele" stops the stretch and points to a professional, in Spanish', async () => {
    const va = startConversation({ locale });
    const [, , , hurt] = await sayAll(va, ['abre estiramientos para la ciática', 'sí', 'siguiente', 'me duele']);
    expect(hurt?.text).toMatch(/médico|fisioterapeuta/);
    expect(hurt?.text).toContain(ES.hurtsPain[0]!);
  });

  it.each(['no controlo la orina', 'tengo entumecimiento en la ingle', 'se me debilita la pierna cada vez más'])(
    'the red flag "%s" sends the user to emergency care, and the session ends',
    async (phrase) => {
      const va = startConversation({ locale });
      const [, , flag] = await sayAll(va, ['abre estiramientos para la ciática', 'sí', phrase]);
      expect(flag?.text).toContain(ES.emergency[0]!);
      expect(flag?.text).toMatch(/urgencias|emergencias/);
      expect(flag?.open).toBe(false);
    },
  );

  it('the weekly summary is in Spanish, with a Spanish card', async () => {
    const va = startConversation({ locale });
    await sayAll(va, ['abre estiramientos para la ciática', 'sí', 'siguiente', 'siguiente']);
    const summary = await say(va, 'cómo me fue esta semana');
    expect(summary.text).not.toMatch(ENGLISH);
    expect(summary.text).toMatch(/semana/);
    const card = summary.response.response.card as { title?: string; content?: string } | undefined;
    expect(card?.title).toBe(ES.summary.cardTitle('this'));
    expect(card?.content).not.toMatch(ENGLISH);
  });

  it('"pausa", "continúa", "repite", "atrás", "más fácil" and "cuántos quedan" are understood mid-routine', async () => {
    const va = startConversation({ locale });
    const answers = await sayAll(va, [
      'abre estiramientos para la ciática',
      'sí',
      'siguiente',
      'pausa',
      'continúa',
      'repite',
      'cuántos quedan',
      'más fácil',
      'atrás',
    ]);
    const [, , , paused, resumed, , left] = answers;
    expect(paused?.text).toContain(ES.paused);
    expect(resumed?.text.length).toBeGreaterThan(0);
    expect(left?.text).toMatch(/quedan|queda|último/i);
    for (const answer of answers) expect(answer.text).not.toContain(ES.notUnderstood);
  });
});
