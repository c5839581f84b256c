/**
 * Ranks the facts of a pack by relevance to one sentence of an article, so the popover opens on
 * the facts that fit what the reader is reading: a sentence about a judge brings court facts
 * first, one about kidnappings brings violence facts first, a neutral one gets the editorial
 * default (the pack's own fact order). Pure and deterministic.
 */
import { stem, stemsMatch, words } from './fold';
import type { Fact, FactCategory, FactPack, Lang } from './types';

// Words too common to tell facts apart, including the policy's own name: the sentence being
// ranked contains a mention of the policy, so its name says nothing about which fact fits.
const STOPWORDS = new Set(
  (
    'a al an and are as at be been but by can could de del did do el en es esa ese esta este fue ' +
    'for from ha han has have he her his how in into is it its la las le les lo los mas more ' +
    'no not of on or our para pero por que se sin sobre she su sus than that the their them ' +
    'there these they this those to un una under unos unas was we were what when which who ' +
    'will with would y ya mexico remain migrant protection protocols mpp policy program ' +
    'programa politica quedate protocolos proteccion migrantes'
  ).split(' '),
);

/** Words that point to a category, in both languages (stemmed like everything else). */
const CATEGORY_CUES: Record<FactCategory, string> = {
  'law-and-courts':
    'court courts judge judges justices ruling ruled lawsuit sued appeals injunction ' +
    'unconstitutional unlawful illegal tribunal tribunales juez jueza jueces corte fallo ' +
    'demanda sentencia apelacion amparo magistrados ilegal',
  violence:
    'kidnapped kidnapping abducted murdered killed rape raped assault tortured violence ' +
    'violent attacks cartel cartels extortion ransom dangerous secuestro secuestrados ' +
    'asesinato asesinado tortura violencia ataques cartel carteles extorsion rescate peligro',
  'due-process':
    'lawyer lawyers attorney attorneys counsel hearing hearings absentia represented ' +
    'representation deported deportation removal abogado abogados audiencia audiencias ' +
    'ausencia representacion deportacion deportados',
  numbers:
    'how many number numbers thousands percent data statistics figures total cifra cifras ' +
    'datos miles porcentaje estadisticas cuantos cuantas',
  'cost-and-resources':
    'cost costs resources money budget taxpayers spending expensive recursos costo costos ' +
    'dinero presupuesto gasto',
  'timeline-status':
    'reinstate reinstated restart restarted resume resumed revive ended terminated suspended ' +
    'executive order announced restablecer restablece reanudar reanuda reactivar reactiva ' +
    'suspendio termino orden ejecutiva anuncio',
  names:
    'called known name named nickname officially dubbed llamado llamada conocido conocida ' +
    'nombre denominado oficialmente',
};

const CUE_BONUS = 2;
const KEYWORD_WEIGHT = 3;
const TEXT_WEIGHT = 1;

function stemsOf(text: string): string[] {
  return [
    ...new Set(
      words(text)
        .filter((w) => !STOPWORDS.has(w))
        .map(stem),
    ),
  ];
}

interface FactTerms {
  fact: Fact;
  keywords: string[];
  text: Record<Lang, string[]>;
}

const termsCache = new WeakMap<FactPack, FactTerms[]>();

function termsFor(pack: FactPack): FactTerms[] {
  let terms = termsCache.get(pack);
  if (!terms) {
    terms = pack.facts.map((fact) => ({
      fact,
      keywords: stemsOf((fact.keywords ?? []).join(' ')),
      text: { en: stemsOf(fact.text.en), es: stemsOf(fact.text.es) },
    }));
    termsCache.set(pack, terms);
  }
  return terms;
}

const cueStems = Object.fromEntries(
  Object.entries(CATEGORY_CUES).map(([category, cues]) => [category, stemsOf(cues)]),
) as Record<FactCategory, string[]>;

const has = (stems: string[], s: string) => stems.some((t) => stemsMatch(t, s));

/** Options for {@link rankFacts}. */
export interface RankOptions {
  /** How many facts to return (default 3). */
  limit?: number;
}

/**
 * The `limit` facts of `pack` most relevant to `sentence` (written in `lang`), best first.
 *
 * A sentence word that matches a fact's keywords (either language) counts three times, one that
 * matches the fact's text in `lang` once, each weighted by how rare the word is among the facts.
 * Words that point to a category ("judge", "secuestro") add a bonus to that category's facts.
 * Text matches count only alongside a keyword or category match, or when two or more words match.
 * Ties, including the all-zero scores of a neutral sentence, keep the pack's editorial order.
 */
export function rankFacts(
  pack: FactPack,
  sentence: string,
  lang: Lang,
  { limit = 3 }: RankOptions = {},
): Fact[] {
  const terms = termsFor(pack);
  const sentenceStems = stemsOf(sentence);
  const weightOf = (s: string) => {
    const df = terms.filter((t) => has(t.keywords, s) || has(t.text[lang], s)).length;
    return Math.log(1 + terms.length / (1 + df));
  };
  const weights = new Map(sentenceStems.map((s) => [s, weightOf(s)]));
  const cueCounts = new Map(
    (Object.keys(cueStems) as FactCategory[]).map((category) => [
      category,
      sentenceStems.filter((s) => has(cueStems[category], s)).length,
    ]),
  );

  const scored = terms.map(({ fact, keywords, text }, index) => {
    let evidence = CUE_BONUS * (cueCounts.get(fact.category) ?? 0);
    let textScore = 0;
    let textMatches = 0;
    for (const [s, weight] of weights) {
      if (has(keywords, s)) evidence += KEYWORD_WEIGHT * weight;
      else if (has(text[lang], s)) {
        textScore += TEXT_WEIGHT * weight;
        textMatches += 1;
      }
    }
    // One everyday word shared with a fact's text ("continues") is noise, not relevance.
    const score = evidence > 0 || textMatches >= 2 ? evidence + textScore : 0;
    return { fact, score, index };
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.slice(0, Math.max(0, limit)).map(({ fact }) => fact);
}
