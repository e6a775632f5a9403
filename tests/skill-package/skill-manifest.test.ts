import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_INTENTS, CUSTOM_INTENTS } from '../../lambda/alexa/intents';
import { LOCALES } from '../../tools/interaction-model/build-model';
import { ICON_DIR, ICON_SOURCE, ICONS, iconPng } from '../../tools/generate-icons';
import { NAME_FREE_INTERACTION } from '../../tools/interaction-model/name-free';
import { skillManifestSchema } from '../../tools/interaction-model/skill-manifest-schema';
import { intent, newUserId } from '../support/envelopes';
import { createMemoryHandler, spokenText } from '../support/skill';

const manifest: unknown = JSON.parse(readFileSync('interaction-model/skill.json', 'utf8'));
type LocaleModel = { interactionModel: { languageModel: { intents: { name: string }[] } } };
const modelOf = (locale: string): LocaleModel =>
  JSON.parse(readFileSync(`interaction-model/interactionModels/custom/${locale}.json`, 'utf8')) as LocaleModel;
const handled = new Set<string>([...Object.values(CUSTOM_INTENTS), ...Object.values(BUILTIN_INTENTS)]);

describe('the skill manifest', () => {
  it('validates against the manifest schema written from the ASK reference', () => {
    const parsed = skillManifestSchema.safeParse(manifest);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('publishes every locale the skill has a model for, each with the medical disclaimer', () => {
    const parsed = skillManifestSchema.parse(manifest);
    expect(Object.keys(parsed.manifest.publishingInformation.locales).sort()).toEqual([...LOCALES].sort());
    expect(parsed.manifest.publishingInformation.category).toBe('HEALTH_AND_FITNESS');
  });

  it('subscribes to SKILL_DISABLED, so a user who disables the skill can have their data deleted', () => {
    const events = skillManifestSchema.parse(manifest).manifest.events.subscriptions.map((s) => s.eventName);
    expect(events).toContain('SKILL_DISABLED');
  });

  it('the schema rejects what certification would: a missing disclaimer, a cure claim, four example phrases', () => {
    const broken = structuredClone(manifest) as {
      manifest: { publishingInformation: { locales: Record<string, { description: string; examplePhrases: string[] }> } };
    };
    const enUs = broken.manifest.publishingInformation.locales['en-US'];
    if (!enUs) throw new Error('no en-US');
    enUs.description = 'This skill cures sciatica.';
    enUs.examplePhrases = ['Alexa, open a', 'Alexa, open b', 'Alexa, open c', 'Alexa, open d'];
    const messages = skillManifestSchema.safeParse(broken).error?.issues.map((i) => i.message) ?? [];
    expect(messages).toEqual(expect.arrayContaining(['must carry the medical disclaimer', 'must make no claim to cure or treat']));
    expect(messages.some((m) => /at most 3/i.test(m) || /<=3/.test(m))).toBe(true);
  });

  it("checks each description in its locale's language: a Spanish one needs the Spanish disclaimer and makes no Spanish claim", () => {
    const broken = structuredClone(manifest) as {
      manifest: { publishingInformation: { locales: Record<string, { description: string }> } };
    };
    const esUs = broken.manifest.publishingInformation.locales['es-US'];
    const esEs = broken.manifest.publishingInformation.locales['es-ES'];
    if (!esUs || !esEs) throw new Error('no Spanish locales');
    expect(esUs.description).toContain('Esta skill no sustituye el consejo médico profesional.');
    esUs.description = 'This skill is not a substitute for professional medical advice.';
    esEs.description = `${esEs.description} Estos estiramientos curan la ciática.`;
    const issues = skillManifestSchema.safeParse(broken).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(issues).toEqual(
      expect.arrayContaining([
        'manifest.publishingInformation.locales.es-US.description: must carry the medical disclaimer',
        'manifest.publishingInformation.locales.es-ES.description: must make no claim to cure or treat',
      ]),
    );
  });
});

describe('intents and handlers agree', () => {
  it.each([...LOCALES])('every intent in the %s model has a handler, and every handled intent is in the model', (locale) => {
    const names = modelOf(locale).interactionModel.languageModel.intents.map((i) => i.name);
    expect(names.filter((name) => !handled.has(name))).toEqual([]);
    expect([...handled].filter((name) => !names.includes(name))).toEqual([]);
  });

  it.each([...handled].filter((name) => name !== BUILTIN_INTENTS.fallback))('%s reaches a handler that understands it', async (name) => {
    const handler = createMemoryHandler();
    const response = await handler(intent(name, {}, { userId: newUserId() }));
    expect(spokenText(response)).not.toContain("Sorry, I didn't catch that.");
    expect(spokenText(response)).not.toContain('something went wrong');
  });
});

describe('name-free launch phrases, ready for when the skill is live', () => {
  it('has at most five skill launch phrases, none with slots, and intent phrases only for real intents', () => {
    const launches = NAME_FREE_INTERACTION.ingressPoints.filter((p) => p.type === 'LAUNCH');
    expect(launches.length).toBeGreaterThan(0);
    expect(launches.length).toBeLessThanOrEqual(5);
    expect(launches.flatMap((p) => p.sampleUtterances.values)).toContain('start my sciatica stretches');
    for (const point of NAME_FREE_INTERACTION.ingressPoints) {
      for (const value of point.sampleUtterances.values) expect(value).not.toMatch(/[{}]/);
      if (point.type === 'INTENT') expect(handled.has(point.name)).toBe(true);
    }
  });
});

describe('the icons the manifest names', () => {
  const icons = Object.entries(ICONS).map(([name, size]) => ({ name, size, file: readFileSync(`${ICON_DIR}/${name}`) }));

  it.each(icons)('$name is a square PNG of $size pixels, as the Alexa app asks', ({ file, size }) => {
    expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // IHDR is always the first chunk: width and height follow its length and type.
    expect(file.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect({ width: file.readUInt32BE(16), height: file.readUInt32BE(20) }).toEqual({ width: size, height: size });
  });

  it.each(icons)('$name is the committed SVG as rendered now, byte for byte', ({ file, size }) => {
    expect(file.equals(iconPng(size)), `out of date with ${ICON_SOURCE}: run npm run icons`).toBe(true);
  });

  it('are the files every locale of the manifest names', () => {
    const locales = skillManifestSchema.parse(manifest).manifest.publishingInformation.locales;
    for (const info of Object.values(locales)) {
      expect(info.smallIconUri).toBe('file://assets/images/small-icon.png');
      expect(info.largeIconUri).toBe('file://assets/images/large-icon.png');
    }
  });
});
