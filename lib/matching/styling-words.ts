/**
 * The small closed word lists behind `styling.ts`, in English and Spanish. They describe grammar
 * (what can stand before a verb, what turns a phrase into a noun), not the policy, so they live in
 * code rather than in the fact pack. The patterns are `latinRegExp`s: cheap on Latin text.
 *
 * Between words they accept any run of white space (`\s*`, `\s+`), never a bounded one: a page
 * shows any run as one space, and indented HTML puts a line break and a dozen spaces between
 * "remain in Mexico" and "program". (A bound such as `\s{0,3}` also cost Chromium about 0.5 ms
 * to compile per use, for the word list after it.) `styling.ts` looks 80 characters either side.
 */
import { latinRegExp } from './latin-regexp';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * Words after which a phrase like "remain in Mexico" is a verb: "forced to remain", "they will
 * remain", "que permanece", "deben esperar". Capitals after them are not enough to make a name.
 */
export const VERB_GUARDS = words(`
  to must will would can could should may might shall cannot can't won't wouldn't couldn't
  shouldn't didn't don't doesn't did do does not who they we i you he she and or still instead
  also only just let let's help helped make made please nor
  a para que se no debe deben debía debían deberá deberán puede pueden podrá podrán podría
  podrían tiene tienen tenían tendrán decidió decidieron quiere quieren quería querían prefiere
  prefieren prefirieron van iba iban optó optaron pidió pidieron lograron intentan quien quienes
  y o e ni
`);

/** Possessive determiners: "your stay in Mexico", "their return to Mexico" are never the policy. */
export const POSSESSIVE_DETERMINERS = words(
  `your my our their his her tu tus su sus mi mis nuestro nuestra`,
);

/**
 * Words that make the phrase after them a noun (a verb cannot follow them): "the end of remain in
 * Mexico", "Biden ends Remain in Mexico", "bajo Quédate en México". Lower-case phrases after them
 * are weak evidence of a name; capitals after them in a headline are a name.
 */
export const NOUN_MARKERS = words(`
  the an of under against about on over for with from into through via like during since after
  before than vs versus without back down
  end ends ending ended reinstate reinstates reinstated reinstating restart restarts restarted
  restarting restore restores restored restoring revive revives revived reviving resume resumes
  resumed scrap scraps scrapped scrapping rescind rescinds rescinded terminate terminates
  terminated terminating reimplement reimplements reimplemented implement implements implemented
  implementing expand expands expanded enforce enforces enforced uphold upholds upheld block blocks
  blocked halt halts halted suspend suspends suspended challenge challenges challenged defend
  defends defended kill kills killed resurrect resurrects resurrected revamp revamps revamped
  unwind unwinds ban bans banned
  de el del contra sobre bajo tras durante reactivar reanudar restablecer reinstaurar revivir cancelar
  terminar suspender eliminar reactiva reanuda restablece cancela termina suspende elimina reactivó
  reanudó restableció canceló terminó suspendió eliminó
`);

/** Articles: in a headline, "the Remain in Mexico…" says nothing a capital did not. */
export const ARTICLES = words(`the an el la los las un una`);

/**
 * First words of phrase names that are also ordinary nouns ("a long stay in Mexico", "the Return
 * to Mexico tour"): neither a determiner before them nor a capital is evidence of the name.
 */
export const NOUN_HEADS = words(`stay return`);

/** Spanish words after which an infinitive ("permanecer", "esperar") is a verb: "la obligación de permanecer". */
export const INFINITIVE_GUARDS = words(`de del al`);

/** Before the phrase: "so-called", "known as", "conocido como"… (then an optional opening quote). */
export const KNOWN_AS_BEFORE = latinRegExp(
  String.raw`(?<![\p{L}\p{N}])(?:so[\s-]called|known\s+(?:\p{L}+\s+)?as|also\s+called|called|dubbed|named|nicknamed|termed|labell?ed|referred\s+to\s+as|a\.?k\.?a\.?|conocid[oa]s?\s+(?:\p{L}+\s+)?como|llamad[oa]s?|denominad[oa]s?|apodad[oa]s?|bautizad[oa]s?|alias)\s*[,:]?\s*["\u201c\u201e\u00ab\u2039\u2018']?\s*$`,
  'iu',
);

/** After the phrase: an optional closing quote, an optional "(MPP)", a modifier, then a policy noun. */
export const POLICY_NOUN_AFTER = latinRegExp(
  String.raw`^["\u201d\u2019'\u00bb\u203a]?\s*(?:\([^()]{1,40}\)\s*)?(?:(?:immigration|asylum|border|migration|migrant|deportation|enforcement)\s+)?(?:programs?|programmes?|polic(?:y|ies)|plans?|rules?|protocols?|initiatives?|schemes?|agreements?|deals?|regimes?|cases?|courts?|hearings?|returnees|enrollees|camps?|enrollment|participants|era|orders?|memos?|lawsuits?|litigation|ruling|[123]\.0)(?![\p{L}\p{N}])`,
  'iu',
);

/** Before the phrase: a policy noun, mostly Spanish word order ("el programa Quédate en México"). */
export const POLICY_NOUN_BEFORE = latinRegExp(
  String.raw`(?<![\p{L}\p{N}])(?:programa|pol[ií]tica|protocolo|esquema|iniciativa|acuerdo|estrategia|medida|plan|program|programme|policy)\s*:?\s*["\u201c\u201e\u00ab\u2039\u2018']?\s*$`,
  'iu',
);

/**
 * After a sentence-initial phrase: a verb or an apposition that shows the phrase is the subject
 * ("Remain in Mexico was reinstated", "Quédate en México fue…", "Remain in Mexico: what to know").
 */
export const SUBJECT_AFTER = latinRegExp(
  String.raw`^["\u201d\u2019'\u00bb]?\s*(?:\([^()]{1,40}\)\s*)?(?:[:|\u2014\u2013]|,\s*(?:which|officially|formally|known|also|or|oficialmente|conocid[oa]|tambi[eé]n)(?![\p{L}\p{N}])|(?:is|was|has|had|will|would|could|can|may|might|must|should|did|does|required|requires|forced|forces|sent|sends|returned|returns|remains|remained|ended|ends|began|begins|started|starts|applies|applied|became|becomes|proved|continues|continued|allowed|allows|made|makes|put|puts|left|leaves|led|leads|violated|violates|officially|formally|never|still|itself|es|fue|era|ha|hab[ií]a|ser[aá]|ser[ií]a|obliga|oblig[oó]|obligaba|exige|exig[ií]a|requiere|requer[ií]a|comenz[oó]|inici[oó]|termin[oó]|entr[oó]|estuvo|est[aá]|sigue|sigui[oó]|permite|permiti[oó]|se)(?![\p{L}\p{N}]))`,
  'iu',
);

/** Quote marks that open a quotation. */
export const OPENING_QUOTES = new Set(['"', '\u201c', '\u201e', '\u00ab', '\u2039', '\u2018', "'"]);

/** After the phrase: an optional punctuation mark, then a closing quote (American "Mexico,”"). */
export const CLOSING_QUOTE_AFTER = latinRegExp(
  String.raw`^(?:[,.;:!?]?["\u201d\u00bb\u203a]|[,.;:!?]?['\u2019](?![\p{L}\p{N}])|\s+\u00bb)`,
  'u',
);

/** The phrase is a place, not the policy: "Mexico City". */
export const PLACE_AFTER = latinRegExp(String.raw`^\s+(?:City|D\.\s?F\.)(?![\p{L}\p{N}])`, 'iu');
