import { describe, expect, it } from 'vitest';
import { errorName } from '../lambda/log';

describe('naming an error for the log', () => {
  it('gives the class name only, never the message', () => {
    const error = new RangeError('my leg is numb and my groin is numb');
    expect(errorName(error)).toBe('RangeError');
    expect(errorName(Object.assign(new Error('x'), { name: 'ConditionalCheckFailedException' }))).toBe('ConditionalCheckFailedException');
  });

  it('refuses anything that is not an Error with a plain class name', () => {
    expect(errorName('boom')).toBe('unknown');
    expect(errorName({ name: 'Error' })).toBe('unknown');
    expect(errorName(Object.assign(new Error('x'), { name: 'my leg hurts' }))).toBe('unknown');
  });
});
