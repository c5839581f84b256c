import { describe, expect, it } from 'vitest';
import { pack } from '../../../lib/facts/pack';
import { rankFacts } from '../../../lib/facts/rank';
import type { FactCategory, Lang } from '../../../lib/facts/types';

const categoryOfTop = (sentence: string, lang: Lang) =>
  rankFacts(pack, sentence, lang, { limit: 1 })[0]?.category;

describe('rankFacts brings the category a sentence is about to the top', () => {
  it.each<[string, Lang, FactCategory]>([
    [
      'A federal judge in Texas ordered the administration to restart the program.',
      'en',
      'law-and-courts',
    ],
    ['The Supreme Court ruled on the policy last June.', 'en', 'law-and-courts'],
    [
      'Un juez federal de Texas ordenó al gobierno reanudar el programa Quédate en México.',
      'es',
      'law-and-courts',
    ],
    ['El tribunal de apelaciones confirmó el fallo.', 'es', 'law-and-courts'],
    [
      'Asylum seekers sent back under Remain in Mexico were kidnapped and tortured by cartels.',
      'en',
      'violence',
    ],
    ['Families were abducted as soon as they crossed back.', 'en', 'violence'],
    [
      'Muchos migrantes devueltos con Quédate en México fueron secuestrados en Matamoros.',
      'es',
      'violence',
    ],
    ['Few of them ever found a lawyer, and many missed their hearings.', 'en', 'due-process'],
    ['Casi nadie tenía abogado en las audiencias.', 'es', 'due-process'],
    ['How many people were sent back to Mexico under the program?', 'en', 'numbers'],
    ['¿Cuántas personas fueron devueltas a México?', 'es', 'numbers'],
    [
      'The program cost taxpayers millions and pulled resources from other priorities.',
      'en',
      'cost-and-resources',
    ],
    ['El programa costó millones y desvió recursos.', 'es', 'cost-and-resources'],
    ['Trump says he will reinstate Remain in Mexico on his first day.', 'en', 'timeline-status'],
    ['El gobierno anunció que restablece el programa.', 'es', 'timeline-status'],
    [
      'The policy, officially known as the Migrant Protection Protocols, is back in the news.',
      'en',
      'names',
    ],
    ['El programa, conocido como Quédate en México, vuelve a ser noticia.', 'es', 'names'],
  ])('"%s" (%s) → %s first', (sentence, lang, category) => {
    expect(categoryOfTop(sentence, lang)).toBe(category);
  });
});

describe('rankFacts finds the specific fact a sentence is about', () => {
  it.each<[string, Lang, string]>([
    [
      'In Biden v. Texas the Supreme Court let the administration end the policy.',
      'en',
      'biden-v-texas-2022',
    ],
    ['A Cuban man was shot in Ciudad Juarez while waiting under MPP.', 'en', 'case-juarez-2021'],
    ['Un cubano fue asesinado en Ciudad Juárez.', 'es', 'case-juarez-2021'],
    ['Most cases ended with deportation orders issued in absentia.', 'en', 'in-absentia-trac-2021'],
    ['Title 42 expulsions continued at the border.', 'en', 'hrf-title-42-attacks'],
    ['Sheinbaum dijo que México no ha aceptado el programa.', 'es', 'reinstated-2025'],
    ['The 2019 deal came after tariff threats.', 'en', 'expansion-2019'],
    ['Human Rights First calls it RMX.', 'en', 'names-rmx'],
  ])('"%s" (%s) → %s first', (sentence, lang, id) => {
    expect(rankFacts(pack, sentence, lang, { limit: 1 })[0]?.id).toBe(id);
  });
});

describe('rankFacts defaults and limits', () => {
  const defaultOrder = pack.facts.slice(0, 3).map((f) => f.id);

  it.each<[string, Lang]>([
    ['The story continues below.', 'en'],
    ['Read more about it here.', 'en'],
    ['La historia continúa abajo.', 'es'],
    ['', 'en'],
  ])('gives the editorial default order for a neutral sentence: "%s"', (sentence, lang) => {
    expect(rankFacts(pack, sentence, lang).map((f) => f.id)).toEqual(defaultOrder);
  });

  it('folds case and accents: "JUAREZ" and "Juárez" rank alike', () => {
    const ids = (s: string) => rankFacts(pack, s, 'en', { limit: 5 }).map((f) => f.id);
    expect(ids('Killed in CIUDAD JUAREZ')).toEqual(ids('killed in Ciudad Juárez'));
  });

  it('is deterministic', () => {
    const sentence = 'Judges, cartels and lawyers all figure in the story.';
    expect(rankFacts(pack, sentence, 'en', { limit: 10 })).toEqual(
      rankFacts(pack, sentence, 'en', { limit: 10 }),
    );
  });

  it.each([0, 1, 5, 500])('returns at most `limit` facts (limit %i)', (limit) => {
    expect(rankFacts(pack, 'kidnapping', 'en', { limit })).toHaveLength(
      Math.min(limit, pack.facts.length),
    );
  });

  it('returns three facts by default', () => {
    expect(rankFacts(pack, 'kidnapping', 'en')).toHaveLength(3);
  });
});
