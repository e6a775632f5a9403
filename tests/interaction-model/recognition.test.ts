import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_INTENTS, CUSTOM_INTENTS, SLOTS, SLOT_TYPES } from '../../lambda/alexa/intents';
import { languageOf } from '../../lambda/domain/language';
import { buildInteractionModel, LOCALES, type InteractionModel } from '../../tools/interaction-model/build-model';
import type { IntentName } from '../../tools/interaction-model/utterances';
import { content } from '../support/content';
import { misheardSamples, misheardSynonyms } from '../support/model-recognition';
import { recordingAlexa } from '../support/recording-alexa';

/**
 * What utterances reach through virtual-alexa with the committed model: the
 * slow half of the model's tests, so it runs in the integration project.
 */
const model: InteractionModel = buildInteractionModel(content, 'en-US');
const { intents, types } = model.interactionModel.languageModel;
const valuesOf = (typeName: string) => types.find((t) => t.name === typeName)?.values ?? [];

/** Alexa's launch words: in a session they are words like any other. */
const LAUNCH_WORDS = /\b(ask|open|launch|talk to|tell|start|begin|run|load|play)\b/;

describe('red flags by voice', () => {
  it('recognises every red-flag phrase as its seriousness, alone and after "my" or "i"', async () => {
    const { hear } = recordingAlexa();
    const wrong: string[] = [];
    for (const value of valuesOf(SLOT_TYPES.symptom).filter((v) => v.id === 'emergency' || v.id === 'urgent')) {
      for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
        const alone = await hear(phrase);
        if (alone.intent !== CUSTOM_INTENTS.itHurts || alone.slots['symptom'] !== value.id)
          wrong.push(`"${phrase}" -> ${alone.intent} ${JSON.stringify(alone.slots)}`);
        // "my" or "i" does not fit every phrase ("my can't pee"); what matters is that none reaches a milder answer.
        for (const said of [`my ${phrase}`, `i ${phrase}`]) {
          const heard = await hear(said).catch(() => undefined);
          if (heard?.intent === CUSTOM_INTENTS.itHurts && heard.slots['symptom'] !== value.id)
            wrong.push(`"${said}" -> ${JSON.stringify(heard.slots)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('launch words', () => {
  it('sends in-session phrases with launch words to the skill as intents, and only "<launch word> sciatica stretches" launches', async () => {
    const { hear } = recordingAlexa();
    const withLaunchWords = intents.flatMap((intent) => intent.samples.filter((s) => !s.includes('{') && LAUNCH_WORDS.test(s)));
    expect(withLaunchWords.length).toBeGreaterThan(0);
    expect((await hear('open sciatica stretches')).type).toBe('LaunchRequest');
    for (const sample of withLaunchWords.slice(0, 40)) expect((await hear(sample)).type, sample).toBe('IntentRequest');
  });
});

describe('what people say reaches the right intent (virtual-alexa)', () => {
  it.each([
    ['start my bedtime routine', CUSTOM_INTENTS.startRoutine, { routine: 'bedtime' }],
    ["let's do the seated ones", CUSTOM_INTENTS.startRoutine, { routine: 'seated' }],
    ['floor', CUSTOM_INTENTS.startRoutine, { routine: 'floor' }],
    ['something gentle', CUSTOM_INTENTS.startRoutine, { routine: 'quick-relief' }],
    ['do the pigeon', CUSTOM_INTENTS.startStretch, { stretch: 'pigeon' }],
    ['take me through the cat cow', CUSTOM_INTENTS.startStretch, { stretch: 'cat-cow' }],
    ['skip this one', CUSTOM_INTENTS.skip, {}],
    ['skip', CUSTOM_INTENTS.skip, {}],
    ['that hurts', CUSTOM_INTENTS.itHurts, {}],
    ['my leg is numb', CUSTOM_INTENTS.itHurts, { symptom: 'numbness' }],
    ['i have pins and needles', CUSTOM_INTENTS.itHurts, { symptom: 'numbness' }],
    ['my leg is getting weaker', CUSTOM_INTENTS.itHurts, { symptom: 'emergency' }],
    ["i can't control my bladder", CUSTOM_INTENTS.itHurts, { symptom: 'emergency' }],
    // "had an accident" alone is the incontinence euphemism; with a cause or a place it is an injury.
    ["i've had an accident", CUSTOM_INTENTS.itHurts, { symptom: 'emergency' }],
    ['i hurt my back in a car accident', CUSTOM_INTENTS.itHurts, { symptom: 'urgent' }],
    ["i've had an accident at work", CUSTOM_INTENTS.itHurts, { symptom: 'urgent' }],
    ["i'm running a fever and my back aches", CUSTOM_INTENTS.itHurts, { symptom: 'urgent' }],
    ['hamstring stretch with the band', CUSTOM_INTENTS.startStretch, { stretch: 'lying-hamstring-band' }],
    ['make it easier', CUSTOM_INTENTS.easier, {}],
    ['give me more detail', CUSTOM_INTENTS.moreDetail, {}],
    ['tell me more', CUSTOM_INTENTS.moreDetail, {}],
    ['tell me about this stretch', CUSTOM_INTENTS.moreDetail, {}],
    ['can you tell me how many are left', CUSTOM_INTENTS.howManyLeft, {}],
    ["could you tell me which side i'm on", CUSTOM_INTENTS.whereAmI, {}],
    ['tell me what this is for', CUSTOM_INTENTS.whatIsThisFor, {}],
    ['how many are left', CUSTOM_INTENTS.howManyLeft, {}],
    ['what is this for', CUSTOM_INTENTS.whatIsThisFor, {}],
    ['what are my options', CUSTOM_INTENTS.listRoutines, {}],
    ['tell me how i did this week', CUSTOM_INTENTS.weeklySummary, { week: 'this' }],
    ['ask me about my pain before and after', CUSTOM_INTENTS.painCheckinsOn, {}],
    ['stop asking about my pain', CUSTOM_INTENTS.painCheckinsOff, {}],
    ['make the bedtime routine my default', CUSTOM_INTENTS.setDefault, { routine: 'bedtime' }],
    ['next', BUILTIN_INTENTS.next, {}],
    ['keep going', BUILTIN_INTENTS.next, {}],
    ['go back', BUILTIN_INTENTS.previous, {}],
    ['say that again', BUILTIN_INTENTS.repeat, {}],
    ['hold on', BUILTIN_INTENTS.pause, {}],
    ['carry on', BUILTIN_INTENTS.resume, {}],
    ['start again from the beginning', BUILTIN_INTENTS.startOver, {}],
  ] as const)('"%s" -> %s %o', async (utterance, intent, slots) => {
    const { hear } = recordingAlexa();
    const heard = await hear(utterance);
    expect(heard.intent).toBe(intent);
    expect(heard.slots).toEqual(slots);
  });

  it('throws on an utterance no sample covers, rather than guessing', async () => {
    const { hear } = recordingAlexa();
    await expect(hear('purple elephants dancing')).rejects.toThrow(/Unable to match/);
  });

  it('sends a one-shot "ask sciatica stretches to ..." as an intent in a new session', async () => {
    const { va, hear } = recordingAlexa();
    const heard = await hear('ask sciatica stretches to do the pigeon');
    expect(heard).toMatchObject({ type: 'IntentRequest', intent: CUSTOM_INTENTS.startStretch, slots: { stretch: 'pigeon' } });
    expect(va.context().session()).toBeDefined();
  });

  it('routes each skill.json example phrase to its intent', async () => {
    const manifest = JSON.parse(readFileSync('interaction-model/skill.json', 'utf8')) as {
      manifest: { publishingInformation: { locales: Record<string, { examplePhrases: string[]; description: string }> } };
    };
    const locales = manifest.manifest.publishingInformation.locales;
    expect(Object.keys(locales).sort()).toEqual([...LOCALES].sort());
    // The Spanish locales' phrases are Spanish: recognition-es.test.ts checks them.
    for (const [locale, info] of Object.entries(locales).filter(([name]) => languageOf(name) === 'en')) {
      expect(info.description).toContain('This skill is not a substitute for professional medical advice.');
      const { hear } = recordingAlexa(locale);
      const heard = [];
      for (const phrase of info.examplePhrases) heard.push(await hear(phrase.replace(/^Alexa, /, '')));
      expect(heard.map((h) => [h.type, h.intent, h.slots])).toEqual([
        ['LaunchRequest', undefined, {}],
        ['IntentRequest', CUSTOM_INTENTS.startRoutine, { routine: 'bedtime' }],
        ['IntentRequest', CUSTOM_INTENTS.startStretch, { stretch: 'pigeon' }],
      ]);
    }
  });

  it('resolves every sample, filled with a slot value, to its own intent and id', async () => {
    // Catches a sample that another intent's sample (or virtual-alexa's own
    // built-in phrases) shadows, which the duplicate check cannot see. Each
    // sample is said once, its slot filled with the next value in turn, so
    // every value is used and the test stays fast with thousands of samples.
    const wrong = await misheardSamples(model, 'en-US', { score: { id: '6', phrase: 'six' }, time: { id: '19:00', phrase: 'seven pm' } });
    expect(wrong).toEqual([]);
    // Some 25,000 utterances through virtual-alexa: about 20 s on a quiet two-core machine, more on a busy one.
  }, 120_000);

  it('resolves every synonym of every slot value to its id', async () => {
    const carriers: Partial<Record<IntentName, string>> = {
      [CUSTOM_INTENTS.startRoutine]: `start the {${SLOTS.routine}} routine`,
      [CUSTOM_INTENTS.startStretch]: `do the {${SLOTS.stretch}}`,
      [CUSTOM_INTENTS.itHurts]: `i have {${SLOTS.symptom}}`,
    };
    const wrong = await misheardSynonyms(model, 'en-US', carriers);
    expect(wrong).toEqual([]);
  });
});
