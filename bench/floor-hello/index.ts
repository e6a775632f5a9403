/**
 * Floor (a): the smallest ASK SDK skill that answers the same requests as
 * Sciatica Stretches. A launch handler and a catch-all intent handler, built
 * with `.create()` and wrapped in an async handler, with the same SDK
 * versions and esbuild settings as the skill. It keeps no state.
 */
import { SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { anyIntent, launch } from './handlers';

const skill = SkillBuilders.custom().addRequestHandlers(launch, anyIntent).create();

/** The Lambda entry point: event in, response envelope out. */
export const handler = async (event: unknown, context?: Context): Promise<ResponseEnvelope> =>
  skill.invoke(event as RequestEnvelope, context);
