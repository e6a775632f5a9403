import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_INTENTS, CUSTOM_INTENTS, SLOTS, SLOT_TYPES } from '../lambda/alexa/intents';
import { symptomValues } from '../lambda/alexa/vocabulary';
import {
  buildInteractionModel,
  INTENT_SLOTS,
  INVOCATION_NAME,
  LOCALES,
  renderModel,
  type InteractionModel,
} from '../tools/interaction-model/build-model';
import { checkCollisions, normalizeSample, SAMPLE_UTTERANCES } from '../tools/interaction-model/utterances';
import { content } from './support/content';
import { modelFileFor } from './support/virtual-alexa';

const model: InteractionModel = buildInteractionModel(content, 'en-US');
const { intents, types } = model.interactionModel.languageModel;
const customNames = Object.values(CUSTOM_INTENTS);
const builtinNames = Object.values(BUILTIN_INTENTS);
const valuesOf = (typeName: string) => types.find((t) => t.name === typeName)?.values ?? [];

describe('committed interaction models', () => {
  it.each(LOCALES)('%s matches the content and utterances', (locale) => {
    const path = `interaction-model/interactionModels/custom/${locale}.json`;
    const committed = readFileSync(modelFileFor(locale), 'utf8');
    expect(committed, `${path} is out of date: run npm run model`).toBe(renderModel(buildInteractionModel(content, locale)));
  });

  it('gives every English locale the same model', () => {
    const [first, ...others] = LOCALES.map((locale) => renderModel(buildInteractionModel(content, locale)));
    for (const other of others) expect(other).toBe(first);
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

  it('never repeats a phrase, within a value or across values of a type', () => {
    for (const type of types) {
      const phrases = type.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]);
      expect(
        phrases.filter((p, i) => phrases.indexOf(p) !== i),
        type.name,
      ).toEqual([]);
    }
  });
});

/**
 * Words that mark a red flag. None may appear in a `pain` or `numbness`
 * phrase, in ItHurts's own words around the slot, or in another intent.
 */
const RED_FLAG_WORDS =
  /\b(both|groin|genitals?|crotch|saddle|privates|private parts|inner thighs?|between my legs|down there|down below|back passage|bladder|bowels?|pee|peed|wee|weed|urinate|incontinen\w*|wet myself|soiled|pooed|fever\w*|temperature|fell|fall|fallen(?! asleep)|tripped|slipped|accident|weight|injur\w*|weak\w*|giving way|gave way|buckl\w*|lift my foot)\b/;

describe('red flags', () => {
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

describe('sample utterances', () => {
  it('includes every intent the skill handles, and the fallback', () => {
    const names = intents.map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining([...customNames, ...builtinNames]));
    expect(names).toContain('AMAZON.FallbackIntent');
  });

  it('gives each custom intent at least 40 ways to say it, and each handled built-in its own', () => {
    for (const name of customNames) expect(SAMPLE_UTTERANCES[name].length, name).toBeGreaterThanOrEqual(40);
    const sampleless: string[] = [BUILTIN_INTENTS.fallback, BUILTIN_INTENTS.navigateHome];
    for (const name of builtinNames) {
      if (sampleless.includes(name)) expect(SAMPLE_UTTERANCES[name], name).toEqual([]);
      else expect(SAMPLE_UTTERANCES[name].length, name).toBeGreaterThanOrEqual(20);
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

  it('fails the build naming the samples that collide', () => {
    expect(() => checkCollisions({ A: ['go on', 'next'], B: ['Go  on'] })).toThrow(/"go on" is in A and B/);
    expect(() => checkCollisions({ A: ['next', 'NEXT'] })).toThrow(/"NEXT" is in A twice/);
    // virtual-alexa lets a number slot match nothing, so "{score} today" also claims "today".
    expect(() => checkCollisions({ PainScoreIntent: ['{score} today'], B: ['today'] })).toThrow(/"today" is in PainScoreIntent and B/);
    expect(checkCollisions({ A: ['next'], B: ['back'] })).toEqual({ A: ['next'], B: ['back'] });
  });

  it('never holds the invocation name, so no sample is a launch phrase', () => {
    const naming = intents.flatMap((intent) =>
      intent.samples.filter((sample) => sample.includes(INVOCATION_NAME)).map((sample) => `${intent.name}: ${sample}`),
    );
    expect(naming).toEqual([]);
  });

  it("stays within Alexa's limits and small enough for fast tests", () => {
    const samples = intents.flatMap((intent) => intent.samples);
    for (const locale of LOCALES) expect(readFileSync(modelFileFor(locale), 'utf8').length, locale).toBeLessThan(1_000_000);
    expect(intents.length).toBeLessThanOrEqual(250);
    expect(samples.filter((sample) => sample.length > 200)).toEqual([]);
    expect(samples.length).toBeLessThan(25_000);
    const slotPhrases = types.flatMap((type) => type.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]));
    expect(slotPhrases.filter((phrase) => phrase.length > 140)).toEqual([]);
  });

  it('uses lower-case words and only the slots each intent declares', () => {
    const problems: string[] = [];
    for (const intent of intents) {
      const declared = new Set((intent.slots ?? []).map((s) => s.name));
      for (const sample of intent.samples) {
        const words = sample.replace(/\{[^}]*\}/g, 'slot');
        if (!/^[a-z']+( [a-z']+)*$/.test(words)) problems.push(`${intent.name}: "${sample}" is not plain lower-case words`);
        for (const [, slot] of sample.matchAll(/\{([^}]*)\}/g)) {
          if (!declared.has(slot ?? '')) problems.push(`${intent.name}: "${sample}" names an undeclared slot {${slot}}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('declares slots only with the shared slot names and types', () => {
    expect(INTENT_SLOTS[CUSTOM_INTENTS.startRoutine]).toEqual([{ name: SLOTS.routine, type: SLOT_TYPES.routine }]);
    expect(INTENT_SLOTS[CUSTOM_INTENTS.startStretch]).toEqual([{ name: SLOTS.stretch, type: SLOT_TYPES.stretch }]);
    expect(INTENT_SLOTS[CUSTOM_INTENTS.itHurts]).toEqual([{ name: SLOTS.symptom, type: SLOT_TYPES.symptom }]);
  });
});
