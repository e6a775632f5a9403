import { describe, expect, it } from 'vitest';
import { nameIndex, normalizeSpoken, parseSpokenNumber } from '../../lambda/alexa/slots';

describe('spoken slot values', () => {
  it('normalises case, punctuation and spaces, keeping apostrophes', () => {
    expect(normalizeSpoken('  The  Pigeon!! ')).toBe('the pigeon');
    expect(normalizeSpoken("Can't-pee")).toBe("can't pee");
  });

  it('keeps Spanish letters, so an accented value is still one word', () => {
    expect(normalizeSpoken('¿Alivio RÁPIDO?')).toBe('alivio rápido');
    expect(normalizeSpoken('No puedo orinar, pequeña ñ ü')).toBe('no puedo orinar pequeña ñ ü');
  });

  it('finds an id by its id, its name or any alias', () => {
    const lookup = nameIndex([{ id: 'lying-figure-four', name: 'Lying figure four', aliases: ['figure four in bed'] }]);
    expect(lookup('lying-figure-four')).toBe('lying-figure-four');
    expect(lookup('Lying Figure Four')).toBe('lying-figure-four');
    expect(lookup('figure four in bed')).toBe('lying-figure-four');
    expect(lookup('figure eight')).toBeUndefined();
  });

  it('reads a score from digits or words, zero from "oh" and "none", and nothing else', () => {
    expect(parseSpokenNumber('4')).toBe(4);
    expect(parseSpokenNumber('seven')).toBe(7);
    expect(parseSpokenNumber('oh')).toBe(0);
    expect(parseSpokenNumber('none')).toBe(0);
    expect(parseSpokenNumber('a lot')).toBeNull();
    expect(parseSpokenNumber(undefined)).toBeNull();
    expect(parseSpokenNumber('1234')).toBeNull();
  });
});
