import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_INTENTS, CUSTOM_INTENTS, SLOTS, SLOT_TYPES } from '../lambda/alexa/intents';
import { SYMPTOM_VALUES } from '../lambda/alexa/vocabulary';
import {
  buildInteractionModel,
  INTENT_SLOTS,
  INVOCATION_NAME,
  LOCALES,
  renderModel,
  type InteractionModel,
} from '../tools/interaction-model/build-model';
import { checkCollisions, normalizeSample, SAMPLE_UTTERANCES, type IntentName } from '../tools/interaction-model/utterances';
import { content } from './support/content';
import { createVirtualAlexa, modelFileFor } from './support/virtual-alexa';

const model: InteractionModel = buildInteractionModel(content, 'en-US');
const { intents, types } = model.interactionModel.languageModel;
const customNames = Object.values(CUSTOM_INTENTS);
const builtinNames = Object.values(BUILTIN_INTENTS);
const valuesOf = (typeName: string) => types.find((t) => t.name === typeName)?.values ?? [];

/** Alexa's launch words: a sample must never start a phrase that opens the skill by name. */
const LAUNCH_WORDS = /\b(ask|open|launch|talk to|tell|start|begin|run|load|play)\b/;

interface Recorded {
  request: {
    type: string;
    intent?: {
      name: string;
      slots?: Record<string, { value?: string; resolutions?: { resolutionsPerAuthority: { values: { value: { id: string } }[] }[] } }>;
    };
  };
}

const OK_RESPONSE = {
  version: '1.0',
  response: { outputSpeech: { type: 'SSML', ssml: '<speak>ok</speak>' }, shouldEndSession: false },
};

/** A virtual Alexa whose skill only records what it was sent. */
function recordingAlexa(locale = 'en-US') {
  const requests: Recorded[] = [];
  const va = createVirtualAlexa(async (event) => {
    requests.push(event as Recorded);
    return OK_RESPONSE;
  }, locale);
  /** Sends `utterance` and reports the intent it reached and the resolved slot ids. */
  const hear = async (utterance: string) => {
    await va.utter(utterance);
    const request = requests.at(-1)?.request;
    const slots = Object.fromEntries(
      Object.entries(request?.intent?.slots ?? {}).flatMap(([name, slot]) => {
        const id = slot.resolutions?.resolutionsPerAuthority[0]?.values[0]?.value.id;
        return id === undefined ? [] : [[name, id]];
      }),
    );
    return { type: request?.type, intent: request?.intent?.name, slots };
  };
  return { va, hear };
}

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
    expect(ids(SLOT_TYPES.symptom)).toEqual(Object.keys(SYMPTOM_VALUES));
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

  it('sends in-session phrases with launch words to the skill as intents, and only "<launch word> sciatica stretches" launches', async () => {
    const { hear } = recordingAlexa();
    const withLaunchWords = intents.flatMap((intent) => intent.samples.filter((s) => !s.includes('{') && LAUNCH_WORDS.test(s)));
    expect(withLaunchWords.length).toBeGreaterThan(0);
    expect((await hear('open sciatica stretches')).type).toBe('LaunchRequest');
    for (const sample of withLaunchWords.slice(0, 40)) expect((await hear(sample)).type, sample).toBe('IntentRequest');
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
    for (const [locale, info] of Object.entries(locales)) {
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
    const { hear } = recordingAlexa();
    const wrong: string[] = [];
    for (const intent of intents) {
      const declared = intent.slots?.[0];
      let turn = 0;
      for (const sample of intent.samples) {
        const slot = declared && sample.includes(`{${declared.name}}`) ? declared : undefined;
        // A number has no resolutions to check: it is said as a number word and only the intent is compared.
        const values =
          slot?.type === SLOT_TYPES.score
            ? [{ id: undefined, phrase: 'six' }]
            : valuesOf(slot?.type ?? '').map((v) => ({ id: v.id, phrase: v.name.value }));
        const { id, phrase } = values[turn++ % Math.max(values.length, 1)] ?? { id: undefined, phrase: '' };
        const said = slot ? sample.replace(`{${slot.name}}`, phrase) : sample;
        const heard = await hear(said);
        const expected = slot && id !== undefined ? { [slot.name]: id } : {};
        if (heard.intent !== intent.name || JSON.stringify(heard.slots) !== JSON.stringify(expected)) {
          wrong.push(`"${said}" reached ${heard.intent} ${JSON.stringify(heard.slots)}, not ${intent.name} ${JSON.stringify(expected)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('resolves every synonym of every slot value to its id', async () => {
    const { hear } = recordingAlexa();
    const carriers: Partial<Record<IntentName, string>> = {
      [CUSTOM_INTENTS.startRoutine]: `start the {${SLOTS.routine}} routine`,
      [CUSTOM_INTENTS.startStretch]: `do the {${SLOTS.stretch}}`,
      [CUSTOM_INTENTS.itHurts]: `i have {${SLOTS.symptom}}`,
    };
    const wrong: string[] = [];
    for (const [intent, carrier] of Object.entries(carriers)) {
      const slot = INTENT_SLOTS[intent as IntentName]?.[0];
      if (!slot) throw new Error(`${intent} has no slot`);
      for (const value of valuesOf(slot.type)) {
        for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
          const said = carrier.replace(`{${slot.name}}`, phrase);
          const heard = await hear(said);
          if (heard.intent !== intent || heard.slots[slot.name] !== value.id)
            wrong.push(`"${said}" -> ${heard.intent} ${JSON.stringify(heard.slots)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
