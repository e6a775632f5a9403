import type { SkillHandler } from './alexa/skill';
import { composeSkill } from './compose-skill';

/** The Lambda entry point: composed once per cold start, reused by every invocation. */
export const handler: SkillHandler = composeSkill(process.env);
