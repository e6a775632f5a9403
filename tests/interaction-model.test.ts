import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../lambda/bundled-content';
import { BUILTIN_INTENTS, CUSTOM_INTENTS, SLOTS, SLOT_TYPES } from '../lambda/alexa/intents';
import { symptomValues } from '../lambda/alexa/symptom-vocabulary';
import { symptomValuesEs } from '../lambda/alexa/symptom-vocabulary-es';
import { languageOf, LANGUAGES, type Language } from '../lambda/domain/language';
import {
  buildInteractionModel,
  INTENT_SLOTS,
  INVOCATION_NAME,
  INVOCATION_NAMES,
  LOCALES,
  renderModel,
  type InteractionModel,
} from '../tools/interaction-model/build-model';
import { checkCollisions, normalizeSample, SAMPLE_UTTERANCES } from '../tools/interaction-model/utterances';
import { SAMPLE_UTTERANCES_ES } from '../tools/interaction-model/utterances-es';
import { content } from './support/content';
import { modelFileFor } from './support/virtual-alexa';

const contents = { en: content, es: bundledContent('es') } as const;
const models: Readonly<Record<Language, InteractionModel>> = {
  en: buildInteractionModel(contents.en, 'en-US'),
  es: buildInteractionModel(contents.es, 'es-US'),
};
const model = models.en;
const { intents, types } = model.interactionModel.languageModel;
const customNames = Object.values(CUSTOM_INTENTS);
const builtinNames = Object.values(BUILTIN_INTENTS);
const valuesOf = (typeName: string) => types.find((t) => t.name === typeName)?.values ?? [];
const localesOf = (language: Language) => LOCALES.filter((locale) => languageOf(locale) === language);

describe('committed interaction models', () => {
  it.each(LOCALES)('%s matches the content and utterances', (locale) => {
    const path = `interaction-model/interactionModels/custom/${locale}.json`;
    const committed = readFileSync(modelFileFor(locale), 'utf8');
    const built = buildInteractionModel(contents[languageOf(locale)], locale);
    expect(committed, `${path} is out of date: run npm run model`).toBe(renderModel(built));
  });

  it.each(LANGUAGES)('gives every locale of "%s" the same model', (language) => {
    const [first, ...others] = localesOf(language).map((locale) => renderModel(buildInteractionModel(contents[language], locale)));
    expect(first).toBeDefined();
    for (const other of others) expect(other).toBe(first);
  });

  it('invokes the Spanish models by their Spanish name and the English ones by the English', () => {
    expect(models.es.interactionModel.languageModel.invocationName).toBe('estiramientos para la ciática');
    expect(models.en.interactionModel.languageModel.invocationName).toBe(INVOCATION_NAME);
    expect(INVOCATION_NAMES.en).toBe(INVOCATION_NAME);
  });

  it('renders the model as JSON that parses back to it, one sample a line', () => {
    const text = renderModel(model);
    expect(JSON.parse(text)).toEqual(model);
    const lines = new Set(text.split('\n'));
    const unlined = intents
      .flatMap((intent) => intent.samples)
      .filter((sample) => !lines.has(JSON.stringify(sample)) && !lines.has(`${JSON.stringify(sample)},`));
    expect(unlined).toEqual([]);
  });

  it('refuses a locale the skill is not published in', () => {
    expect(() => buildInteractionModel(content, 'de-DE')).toThrow(/de-DE/);
  });
});

describe('slot types', () => {
  it('has a value for every routine and stretch id, and every symptom kind', () => {
    const ids = (typeName: string) => valuesOf(typeName).map((v) => v.id);
    expect(ids(SLOT_TYPES.routine)).toEqual(content.routines.map((r) => r.id));
    expect(ids(SLOT_TYPES.stretch)).toEqual(content.stretches.map((s) => s.id));
    expect(ids(SLOT_TYPES.symptom)).toEqual(Object.keys(symptomValues()));
  });

  it('names routines by their first alias and keeps the display name as a synonym', () => {
    const bedtime = valuesOf(SLOT_TYPES.routine).find((v) => v.id === 'bedtime');
    expect(bedtime?.name.value).toBe('bedtime');
    expect(bedtime?.name.synonyms).toContain('bedtime routine');
  });
});

describe('Spanish slot types', () => {
  const { types: typesEs } = models.es.interactionModel.languageModel;
  const valuesEs = (typeName: string) => typesEs.find((t) => t.name === typeName)?.values ?? [];
  const ids = (typeName: string) => valuesEs(typeName).map((v) => v.id);

  it('has the same ids as the English: content ids, symptom kinds, equipment items, plan answers and days', () => {
    expect(ids(SLOT_TYPES.routine)).toEqual(contents.es.routines.map((r) => r.id));
    expect(ids(SLOT_TYPES.stretch)).toEqual(contents.es.stretches.map((s) => s.id));
    expect(ids(SLOT_TYPES.symptom)).toEqual(Object.keys(symptomValuesEs()));
    for (const type of [SLOT_TYPES.week, SLOT_TYPES.equipment, SLOT_TYPES.answer, SLOT_TYPES.days]) {
      expect(ids(type), type).toEqual(valuesOf(type).map((v) => v.id));
    }
  });

  it('names every value in Spanish: routines by their first alias, stretches without punctuation, equipment by its Spanish name', () => {
    const quick = valuesEs(SLOT_TYPES.routine).find((v) => v.id === 'quick-relief');
    expect(quick?.name.value).toBe('alivio rápido');
    expect(quick?.name.synonyms).toContain('rutina de alivio rápido');
    const stretchNames = valuesEs(SLOT_TYPES.stretch).map((v) => v.name.value);
    expect(stretchNames).toContain('gato vaca');
    expect(stretchNames).toContain('isquiotibiales boca arriba con banda');
    expect(stretchNames.filter((name) => /[,.-]/.test(name))).toEqual([]);
    const band = valuesEs(SLOT_TYPES.equipment).find((v) => v.id === 'band');
    expect(band?.name.value).toBe('banda');
    expect(band?.name.synonyms).toEqual(expect.arrayContaining(['banda elástica', 'cinta', 'correa']));
  });
});

/**
 * Words that mark a red flag. None may appear in a `pain` or `numbness`
 * phrase, in ItHurts's own words around the slot, or in another intent.
 */
const RED_FLAG_WORDS =
  /\b(both|groin|genitals?|crotch|saddle|privates|private parts|inner thighs?|between my legs|down there|down below|back passage|bladder|bowels?|pee|peed|wee|weed|urinate|incontinen\w*|wet myself|soiled|pooed|fever\w*|temperature|fell|fall|fallen(?! asleep)|tripped|slipped|accident|weight|injur\w*|weak\w*|giving way|gave way|buckl\w*|lift my foot)\b/;

describe('red flags in English', () => {
  it('never puts a red-flag phrase where it would resolve to plain pain or numbness', () => {
    const values = valuesOf(SLOT_TYPES.symptom);
    const mild = values.filter((v) => v.id === 'pain' || v.id === 'numbness');
    const flagged = mild.flatMap((v) =>
      [v.name.value, ...(v.name.synonyms ?? [])].filter((p) => RED_FLAG_WORDS.test(p)).map((p) => `${v.id}: ${p}`),
    );
    expect(flagged).toEqual([]);
  });

  it('keeps red-flag words out of every sample but the symptom slot itself', () => {
    const flagged = intents.flatMap((intent) =>
      intent.samples.filter((sample) => RED_FLAG_WORDS.test(sample.replace(/\{[^}]*\}/g, ''))).map((sample) => `${intent.name}: ${sample}`),
    );
    expect(flagged).toEqual([]);
  });
});

/**
 * Spanish words that mark a red flag: both legs, the saddle area, bladder and
 * bowel, fever, falls and accidents, injury, weight loss and weakness. None
 * may appear in a `pain` or `numbness` phrase, in ItHurts's own words around
 * the slot, or in another intent. Spanish letters count as letters at a
 * word's edge.
 */
const RED_FLAG_WORDS_ES = new RegExp(
  `(?<![\\p{L}])(${[
    'dos',
    'ambas',
    'ambos',
    'ingle',
    'entrepierna',
    'íntimas?',
    'genital(es)?',
    'vagina',
    'pene',
    'ano',
    'perin[ée]o?',
    'interna',
    'interior',
    'entre las piernas',
    'ahí abajo',
    'orin\\p{L}*',
    'pis',
    'pipí',
    'vejiga',
    'intestinos?',
    'esfínter(es)?',
    'heces',
    'incontinencia',
    'fiebre',
    'calentura',
    'temperatura',
    'escalofríos',
    'caí\\p{L}*',
    'caerme',
    'resbal\\p{L}*',
    'tropec\\p{L}*',
    'tropez\\p{L}*',
    'accidente',
    'choque',
    'golpe\\p{L}*',
    'lesi\\p{L}*',
    'peso',
    'kilos',
    'adelga\\p{L}*',
    'débil(es)?',
    'debili\\p{L}*',
    'fuerza',
    'no me responden?',
    'me fallan?',
    'se me doblan?',
    'arrastr\\p{L}*',
  ].join('|')})(?![\\p{L}])`,
  'iu',
);

describe('red flags in Spanish', () => {
  const { intents: intentsEs, types: typesEs } = models.es.interactionModel.languageModel;

  it('never puts a red-flag phrase where it would resolve to plain pain or numbness', () => {
    const mild = (typesEs.find((t) => t.name === SLOT_TYPES.symptom)?.values ?? []).filter((v) => v.id === 'pain' || v.id === 'numbness');
    const flagged = mild.flatMap((v) =>
      [v.name.value, ...(v.name.synonyms ?? [])].filter((p) => RED_FLAG_WORDS_ES.test(p)).map((p) => `${v.id}: ${p}`),
    );
    expect(flagged).toEqual([]);
  });

  it('keeps red-flag words out of every sample but the symptom slot itself', () => {
    const flagged = intentsEs.flatMap((intent) =>
      intent.samples
        .filter((sample) => RED_FLAG_WORDS_ES.test(sample.replace(/\{[^}]*\}/g, '')))
        .map((sample) => `${intent.name}: ${sample}`),
    );
    expect(flagged).toEqual([]);
  });

  it('catches the red flags the brief names, and the words it must not', () => {
    for (const flag of [
      'entumecimiento en la ingle',
      'no controlo la orina',
      'se me debilita la pierna',
      'me caí',
      'tengo fiebre',
      'ambas piernas',
    ])
      expect(RED_FLAG_WORDS_ES.test(flag), flag).toBe(true);
    for (const mild of ['me duele la pierna', 'todos los días', 'cuántos quedan', 'piano', 'se me duerme el pie'])
      expect(RED_FLAG_WORDS_ES.test(mild), mild).toBe(false);
  });
});

/** Each language's samples and what its words may be made of. */
const LANGUAGE_SAMPLES = [
  { language: 'en', samples: SAMPLE_UTTERANCES, words: /^[a-z']+( [a-z']+)*$/ },
  { language: 'es', samples: SAMPLE_UTTERANCES_ES, words: /^[a-záéíóúüñ']+( [a-záéíóúüñ']+)*$/ },
] as const;

describe.each(LANGUAGE_SAMPLES)('sample utterances in "$language"', ({ language, samples: samplesByIntent, words }) => {
  const { intents } = models[language].interactionModel.languageModel;

  it('includes every intent the skill handles, and the fallback', () => {
    const names = intents.map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining([...customNames, ...builtinNames]));
    expect(names).toContain('AMAZON.FallbackIntent');
  });

  it('gives each custom intent at least 40 ways to say it, and each handled built-in its own', () => {
    for (const name of customNames) expect(samplesByIntent[name].length, name).toBeGreaterThanOrEqual(40);
    const sampleless: string[] = [BUILTIN_INTENTS.fallback, BUILTIN_INTENTS.navigateHome];
    for (const name of builtinNames) {
      if (sampleless.includes(name)) expect(samplesByIntent[name], name).toEqual([]);
      else expect(samplesByIntent[name].length, name).toBeGreaterThanOrEqual(20);
    }
  });

  it('never puts one utterance in two intents, or twice in one, after normalising case and spaces', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const intent of intents) {
      const own = new Set<string>();
      for (const sample of intent.samples) {
        const normal = normalizeSample(sample);
        const previous = owner.get(normal);
        if (previous && previous !== intent.name) clashes.push(`"${sample}" is in ${previous} and ${intent.name}`);
        if (own.has(normal)) clashes.push(`"${sample}" is in ${intent.name} twice`);
        own.add(normal);
        owner.set(normal, intent.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('never holds the invocation name, so no sample is a launch phrase', () => {
    const naming = intents.flatMap((intent) =>
      intent.samples.filter((sample) => sample.includes(INVOCATION_NAMES[language])).map((sample) => `${intent.name}: ${sample}`),
    );
    expect(naming).toEqual([]);
  });

  it("stays within Alexa's limits and small enough for fast tests", () => {
    const samples = intents.flatMap((intent) => intent.samples);
    for (const locale of localesOf(language)) expect(readFileSync(modelFileFor(locale), 'utf8').length, locale).toBeLessThan(1_000_000);
    expect(intents.length).toBeLessThanOrEqual(250);
    expect(samples.filter((sample) => sample.length > 200)).toEqual([]);
    expect(samples.length).toBeLessThan(25_000);
    const { types } = models[language].interactionModel.languageModel;
    const slotPhrases = types.flatMap((type) => type.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]));
    expect(slotPhrases.filter((phrase) => phrase.length > 140)).toEqual([]);
  });

  it('uses lower-case words and only the slots each intent declares', () => {
    const problems: string[] = [];
    for (const intent of intents) {
      const declared = new Set((intent.slots ?? []).map((s) => s.name));
      for (const sample of intent.samples) {
        if (!words.test(sample.replace(/\{[^}]*\}/g, 'slot'))) problems.push(`${intent.name}: "${sample}" is not plain lower-case words`);
        for (const [, slot] of sample.matchAll(/\{([^}]*)\}/g)) {
          if (!declared.has(slot ?? '')) problems.push(`${intent.name}: "${sample}" names an undeclared slot {${slot}}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('never repeats a slot phrase, within a value or across values of a type', () => {
    for (const type of models[language].interactionModel.languageModel.types) {
      const phrases = type.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]);
      expect(
        phrases.filter((p, i) => phrases.indexOf(p) !== i),
        type.name,
      ).toEqual([]);
    }
  });
});

describe('the collision check', () => {
  it('fails the build naming the samples that collide', () => {
    expect(() => checkCollisions({ A: ['go on', 'next'], B: ['Go  on'] })).toThrow(/"go on" is in A and B/);
    expect(() => checkCollisions({ A: ['next', 'NEXT'] })).toThrow(/"NEXT" is in A twice/);
    // virtual-alexa lets a number slot match nothing, so "{score} today" also claims "today".
    expect(() => checkCollisions({ PainScoreIntent: ['{score} today'], B: ['today'] })).toThrow(/"today" is in PainScoreIntent and B/);
    expect(checkCollisions({ A: ['next'], B: ['back'] })).toEqual({ A: ['next'], B: ['back'] });
  });

  it('declares slots only with the shared slot names and types', () => {
    expect(INTENT_SLOTS[CUSTOM_INTENTS.startRoutine]).toEqual([{ name: SLOTS.routine, type: SLOT_TYPES.routine }]);
    expect(INTENT_SLOTS[CUSTOM_INTENTS.startStretch]).toEqual([{ name: SLOTS.stretch, type: SLOT_TYPES.stretch }]);
    expect(INTENT_SLOTS[CUSTOM_INTENTS.itHurts]).toEqual([{ name: SLOTS.symptom, type: SLOT_TYPES.symptom }]);
  });
});
