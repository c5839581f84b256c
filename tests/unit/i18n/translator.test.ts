import { describe, expect, it } from 'vitest';
import { createTranslator, formatMessage, resolveUiLang } from '../../../lib/i18n';
import { createOptionsTranslator } from '../../../lib/i18n/options-catalogs';

describe('formatMessage', () => {
  it.each([
    [
      'a named placeholder',
      { message: 'Hello, $WHO$!', placeholders: { who: { content: '$1' } } },
      ['Ana'],
      'Hello, Ana!',
    ],
    [
      'a placeholder named in another case',
      { message: 'On $Site$', placeholders: { SITE: { content: '$1' } } },
      ['elpais.com'],
      'On elpais.com',
    ],
    [
      'two placeholders in another order',
      { message: '$B$ then $A$', placeholders: { a: { content: '$1' }, b: { content: '$2' } } },
      ['one', 'two'],
      'two then one',
    ],
    [
      'a positional substitution used directly',
      { message: 'You clicked $1 times' },
      [3],
      'You clicked 3 times',
    ],
    [
      'a literal placeholder content',
      { message: 'Made by $ME$', placeholders: { me: { content: 'Factmark' } } },
      [],
      'Made by Factmark',
    ],
    ['an escaped dollar sign', { message: 'Costs $$5' }, [], 'Costs $5'],
    ['a missing substitution', { message: 'Count: $1' }, [], 'Count: '],
    ['a substitution that itself contains $1', { message: '$1 and $2' }, ['$2', 'x'], '$2 and x'],
    ['an unknown placeholder name, left visible', { message: 'Hi $NOPE$' }, [], 'Hi $NOPE$'],
  ])('handles %s', (_case, entry, subs, expected) => {
    expect(formatMessage(entry, subs)).toBe(expected);
  });
});

describe('createTranslator', () => {
  it('looks messages up in the explicit language, whatever the browser language', () => {
    expect(createTranslator('es')('popover_notThis')).toBe('No es este MPP');
    expect(createTranslator('en')('popover_notThis')).toBe('Not this MPP');
    expect(createTranslator('es').lang).toBe('es');
  });

  it('substitutes named placeholders from the catalogs', () => {
    expect(createTranslator('en')('popup_siteSwitch', 'nytimes.com')).toBe(
      'Show context on nytimes.com',
    );
  });

  it.each([
    ['en', 1, 'Context available: 1 mention'],
    ['en', 3, 'Context available: 3 mentions'],
    ['en', 0, 'Context available: 0 mentions'],
    ['en', 1500, 'Context available: 1,500 mentions'],
    ['es', 1, 'Contexto disponible: 1 mención'],
    ['es', 2, 'Contexto disponible: 2 menciones'],
    // Spanish has a CLDR "many" category for millions; we fall back to the "other" form.
    ['es', 1_000_000, 'Contexto disponible: 1.000.000 menciones'],
  ] as const)('picks the %s plural form for %d', (lang, count, expected) => {
    expect(createTranslator(lang).plural('popover_announce', count)).toBe(expected);
  });

  it('keeps the options messages out of the shared translator, and in the options one', () => {
    const shared = createTranslator('en') as (key: string) => string;
    expect(shared('options_pageTitle')).toBe('options_pageTitle');
    expect(createOptionsTranslator('es')('options_pageTitle')).toBe('Configuración de Factmark');
    expect(createOptionsTranslator('es')('close')).toBe('Cerrar');
  });
});

describe('resolveUiLang', () => {
  it.each([
    ['a fixed preference over any candidate', 'es', ['en-US'], 'es'],
    ['a fixed English preference on a Spanish page', 'en', ['es'], 'en'],
    ['the page language first in auto', 'auto', ['es-MX', 'en-US'], 'es'],
    ['the browser language when the page language is unsupported', 'auto', ['fr', 'es-419'], 'es'],
    ['underscored tags as the browser reports them', 'auto', ['es_ES'], 'es'],
    ['case and spaces in tags', 'auto', [' EN-gb '], 'en'],
    ['empty candidates skipped', 'auto', ['', null, undefined, 'es'], 'es'],
    ['English when nothing is supported', 'auto', ['fr', 'de'], 'en'],
    ['English with no candidates', 'auto', [], 'en'],
  ] as const)('uses %s', (_case, preference, candidates, expected) => {
    expect(resolveUiLang(preference, candidates)).toBe(expected);
  });
});
