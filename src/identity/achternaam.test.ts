import { describe, expect, it } from 'vitest';
import { canoniekeAchternaam } from './achternaam.js';

describe('canoniekeAchternaam', () => {
  it.each([
    ['Jansen', 'jansen'],
    ['JANSEN', 'jansen'],
    ['van der Berg', 'berg'],
    ['Van Der Berg', 'berg'],
    ['van  der   Berg', 'berg'],
    ['de Vries', 'vries'],
    ["'t Hart", 'hart'],
    ['\u2019t Hart', 'hart'],
    ["d'Artagnan", 'artagnan'],
    ["D'Artagnan", 'artagnan'],
    ['d\u2019Artagnan', 'artagnan'],
    ["d' Artagnan", 'artagnan'],
    ["l'Estrange", 'estrange'],
    ['van de Velde-de Wit', 'veldedewit'],
    ['Müller', 'muller'],
    ['Hélène', 'helene'],
    ['Straße', 'strasse'],
    ['Ødegård', 'odegard'],
    ['Łukaszewicz', 'lukaszewicz'],
    ['Đorđević', 'dordevic'],
    ['Þórsson', 'thorsson'],
    ['Æbelø', 'aebelo'],
    ['Cœur', 'coeur'],
    ['Yılmaz', 'yilmaz'],
    ['\u0133sselmuiden', 'ijsselmuiden'],
    ['van\u00a0Dijk', 'dijk'],
    ['O\u2019Brien', 'obrien'],
  ])('%j -> %s', (invoer, canoniek) => {
    expect(canoniekeAchternaam(invoer)).toBe(canoniek);
  });

  it.each([
    ['Van', 'van'],
    ['de', 'de'],
    ['van der', 'der'],
    ['van de', 'de'],
    ["'t", 't'],
    ["d'", 'd'],
    ['Ter Horst', 'horst'],
    ['Terhorst', 'terhorst'],
    ['Vandijk', 'vandijk'],
    ['Dijk van', 'dijkvan'],
  ])('keeps the last word: %j -> %j', (invoer, canoniek) => {
    expect(canoniekeAchternaam(invoer)).toBe(canoniek);
  });

  it.each(['', '   ', '---', '李', '\u00b4'])('leaves no letters of %j', (invoer) => {
    expect(canoniekeAchternaam(invoer)).toBe('');
  });
});
