import { describe, expect, it } from 'vitest';
import { foldText, stem, stemsMatch, words } from '../../../lib/facts/fold';

describe('foldText', () => {
  it.each([
    ['Ciudad Juárez', 'ciudad juarez'],
    ['QUÉDATE EN MÉXICO', 'quedate en mexico'],
    ['27,898 removal orders', '27898 removal orders'],
    ['27\u00a0898 órdenes', '27898 ordenes'],
    ['1.5% and 1.5\u00a0%', '1.5% and 1.5\u00a0%'],
    ['Mexico’s president', "mexico's president"],
  ])('folds %j to %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe('words', () => {
  it('splits on anything that is not a letter or digit', () => {
    expect(words('Judges—and “lawyers”—ruled: 5-4.')).toEqual([
      'judges',
      'and',
      'lawyers',
      'ruled',
      '5',
      '4',
    ]);
  });
});

describe('stem', () => {
  it.each([
    [['kidnapped', 'kidnapping', 'kidnappings', 'kidnap'], 'kidnap'],
    [['judge', 'judges', 'judged'], 'judg'],
    [['secuestro', 'secuestros', 'secuestrados', 'secuestrada'], 'secuestr'],
    [['deportation', 'deportacion', 'deportations'], 'deport'],
    [['tribunal', 'tribunales'], 'tribunal'],
    [['2019'], '2019'],
  ])('gives %j the stem %s', (forms, expected) => {
    for (const form of forms) expect(stem(form)).toBe(expected);
  });

  it('keeps at least three letters', () => {
    expect(stem('uses')).toBe('use');
    expect(stem('as')).toBe('as');
  });
});

describe('stemsMatch', () => {
  it.each([
    ['violenc', 'violenci', true],
    ['deport', 'deportad', true],
    ['court', 'court', true],
    ['cost', 'costum', false],
    ['judg', 'juez', false],
  ])('%s ~ %s is %s', (a, b, expected) => {
    expect(stemsMatch(a, b)).toBe(expected);
  });
});
