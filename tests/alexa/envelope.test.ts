import { describe, expect, it } from 'vitest';
import { applicationIdOf, isDispatchable, unreadableRequestResponse } from '../../lambda/alexa/envelope';
import { EN } from '../../lambda/speech/catalogues/en';
import { intent, launch, SKILL_ID } from '../support/envelopes';

describe('envelopes', () => {
  it('a real request is dispatchable; a broken one is not', () => {
    expect(isDispatchable(launch())).toBe(true);
    expect(isDispatchable(intent('AMAZON.NextIntent'))).toBe(true);
    for (const broken of [null, 'x', {}, { version: '1.0' }, { version: '1.0', request: { type: 'IntentRequest' } }]) {
      expect(isDispatchable(broken), JSON.stringify(broken)).toBe(false);
    }
  });

  it('finds the skill id in the context, or in the session of an older envelope', () => {
    expect(applicationIdOf(launch())).toBe(SKILL_ID);
    expect(applicationIdOf({ session: { application: { applicationId: 'amzn1.ask.skill.x' } } })).toBe('amzn1.ask.skill.x');
    expect(applicationIdOf({ context: { System: { application: { applicationId: 42 } } } })).toBeUndefined();
  });

  it('an unreadable request gets a spoken apology, a reprompt and an open session', () => {
    const response = unreadableRequestResponse(EN).response;
    expect(response.outputSpeech).toEqual({ type: 'SSML', ssml: `<speak>${EN.notUnderstood} ${EN.tryAgain}</speak>` });
    expect(response.reprompt?.outputSpeech).toEqual({ type: 'SSML', ssml: `<speak>${EN.tryAgain}</speak>` });
    expect(response.shouldEndSession).toBe(false);
  });
});
