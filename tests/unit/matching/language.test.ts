import { describe, expect, it } from 'vitest';
import { mentionLang, tagLang, textLang } from '@/lib/matching/language';
import { detect } from './helpers';

describe('textLang', () => {
  it.each([
    ['El programa de los Estados Unidos que obliga a esperar en la frontera.', 'es'],
    ['The program that forced asylum seekers to wait in Mexico was ended.', 'en'],
    ['BIDEN ENDS REMAIN IN MEXICO', undefined],
    ['MPP 3.0', undefined],
  ] as const)('%s → %s', (text, lang) => {
    expect(textLang(text)).toBe(lang);
  });
});

describe('tagLang', () => {
  it.each([
    ['es-MX', 'es'],
    ['EN-us', 'en'],
    ['es_419', 'es'],
    ['fr', undefined],
    ['', undefined],
    [undefined, undefined],
  ] as const)('%s → %s', (tag, lang) => {
    expect(tagLang(tag)).toBe(lang);
  });
});

describe('mentionLang: text, then block lang, then page lang, then the name', () => {
  it.each([
    {
      guess: 'es',
      block: 'en',
      page: 'en',
      name: 'en',
      lang: 'es',
      why: 'clear Spanish text wins',
    },
    { guess: undefined, block: 'es', page: 'en', name: 'en', lang: 'es', why: 'block lang next' },
    { guess: undefined, block: 'fr', page: 'es-MX', name: 'en', lang: 'es', why: 'then page lang' },
    {
      guess: undefined,
      block: undefined,
      page: undefined,
      name: 'es',
      lang: 'es',
      why: 'else the name',
    },
  ] as const)('$why', ({ guess, block, page, name, lang }) => {
    expect(mentionLang(guess, block, page, name)).toBe(lang);
  });
});

describe('mention languages on real phrasings', () => {
  it('an English name in a Spanish article gets a Spanish popover', () => {
    const [mention] = detect(
      [
        'La Opinión dijo que el programa Remain in México obliga a los solicitantes de asilo a esperar.',
      ],
      { lang: 'en-US' },
    );
    expect(mention?.lang).toBe('es');
  });

  it('a Spanish name quoted in an English article gets an English popover', () => {
    const [mention] = detect([
      'Mexican media call the program “Quédate en México,” and the name stuck in the border towns.',
    ]);
    expect(mention?.lang).toBe('en');
  });

  it('a short headline falls back to the page language', () => {
    const [mention] = detect(['TRUMP REACTIVA QUÉDATE EN MÉXICO'], { lang: 'es-MX' });
    expect(mention?.lang).toBe('es');
  });
});
