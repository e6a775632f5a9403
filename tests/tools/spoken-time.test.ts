import { describe, expect, it } from 'vitest';
import { timeAsAlexaSendsIt } from '../../tools/simulator/spoken-time';

describe('times typed in the simulator arrive as Alexa sends AMAZON.TIME', () => {
  it.each([
    ['seven pm', '19:00'],
    ['7 pm', '19:00'],
    ['7:30 am', '07:30'],
    ['seven thirty in the evening', '19:30'],
    ['eight in the morning', '08:00'],
    ['twelve pm', '12:00'],
    ['twelve am', '00:00'],
    ['noon', '12:00'],
    ['midnight', '00:00'],
    ['in the evening', 'EV'],
    ['19:00', '19:00'],
    ['banana', 'banana'],
    ['siete de la tarde', '19:00'],
    ['las siete de la tarde', '19:00'],
    ['a las ocho y media de la mañana', '08:30'],
    ['las nueve de la noche', '21:00'],
    ['las diez y cuarto', '10:15'],
    ['mediodía', '12:00'],
    ['las 7:30 de la tarde', '19:30'],
    ['ocho', '08:00'],
    ['a las 13:00', '13:00'],
  ])('"%s" as %s', (typed, sent) => {
    expect(timeAsAlexaSendsIt(typed)).toBe(sent);
  });
});
