import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layers } from '../../eslint.layers.mjs';

/** The layer rules alone, on TypeScript syntax, without type information: they read imports and calls only. */
const linter = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...layers],
});

/** The rule ids a line of code breaks when it sits in `file`. */
async function broken(file: string, code: string): Promise<string[]> {
  const [result] = await linter.lintText(`${code}\n`, { filePath: file });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the layering rule', () => {
  it.each([
    ['lambda/domain/x.ts', "import { SkillBuilders } from 'ask-sdk-core';"],
    ['lambda/domain/x.ts', "import { readFileSync } from 'node:fs';"],
    ['lambda/domain/x.ts', "import { EN } from '../speech/catalogues/en';"],
    ['lambda/domain/x.ts', "import { consoleLog } from '../log';"],
    ['lambda/speech/catalogues/x.ts', "import { userKeyOf } from '../../storage/user-key';"],
    ['lambda/speech/x.ts', "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';"],
    ['lambda/screen/x.ts', "import { runTurn } from '../conversation/turn';"],
    ['lambda/storage/x.ts', "import { runTurn } from '../conversation/turn';"],
    ['lambda/storage/x.ts', "import { EN } from '../speech/catalogues/en';"],
    ['lambda/conversation/x.ts', "import { respond } from '../alexa/respond';"],
    ['lambda/conversation/x.ts', "import type { HandlerInput } from 'ask-sdk-core';"],
    ['lambda/alexa/x.ts', "import { composeSkill } from '../compose-skill';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await broken(file, code)).toEqual(['no-restricted-imports']);
  });

  it.each([
    ['lambda/domain/x.ts', 'export const now = Date.now();', 'no-restricted-properties'],
    ['lambda/speech/x.ts', 'export const pick = Math.random();', 'no-restricted-properties'],
    ['lambda/domain/x.ts', 'export const today = new Date();', 'no-restricted-syntax'],
  ])('%s takes time and randomness as inputs: %s', async (file, code, rule) => {
    expect(await broken(file, code)).toEqual([rule]);
  });

  it.each([
    ['lambda/speech/x.ts', "import { IDLE } from '../domain/routine-state';"],
    ['lambda/conversation/x.ts', "import { userKeyOf } from '../storage/user-key';"],
    ['lambda/conversation/x.ts', "import { EN } from '../speech/catalogues/en';"],
    ['lambda/alexa/x.ts', "import { runTurn } from '../conversation/turn';"],
    ['lambda/storage/x.ts', "import { createHash } from 'node:crypto';"],
    ['lambda/domain/x.ts', "export const at = new Date('2026-11-30T00:00:00Z');"],
  ])('%s may: %s', async (file, code) => {
    expect(await broken(file, code)).toEqual([]);
  });
});
