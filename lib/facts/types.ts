/**
 * The shape of a Factmark fact pack (`lib/facts/remain-in-mexico.json`).
 *
 * The pack is reviewed journalism: every statement is ours, dated and sourced. These types are the
 * contract between the pack, its validator (`schema.ts`), the detector (`lib/matching/`) and the UI.
 * The valibot schema in `schema.ts` checks the same shape at build time and in tests.
 */

/** Languages the pack and the UI are written in. */
export type Lang = 'en' | 'es';

/** A text in every pack language. */
export interface Localized {
  en: string;
  es: string;
}

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export type SourceType = 'government' | 'court' | 'international' | 'research' | 'ngo' | 'news';

/** A document a fact rests on. Primary sources (DHS, courts, TRAC/EOIR data, UNHCR) are preferred. */
export interface Source {
  /** Stable id, kebab-case, e.g. `dhs-2025-reinstates-mpp`. */
  id: string;
  title: string;
  /** Who published it (DHS, TRAC, Human Rights First, Reuters…). */
  publisher: string;
  /** Publication date as shown (or inferred, see `note`). */
  date: IsoDate;
  /** https only. Never invented: every URL comes from the research notes. */
  url: string;
  type: SourceType;
  /** True when `url` is a repost or mirror of the original publisher's document. */
  mirror?: boolean;
  /** Review note, e.g. "date inferred from the URL". */
  note?: string;
}

/** A short quote from a source, at most 25 words, always attributed. */
export interface Quote {
  text: string;
  /** Who is speaking, e.g. "DHS", "the Ninth Circuit", "TRAC". */
  by: string;
  source: string;
  /** Language of the quote itself (quotes are not translated). */
  lang: Lang;
}

export type FactCategory =
  | 'due-process'
  | 'violence'
  | 'law-and-courts'
  | 'numbers'
  | 'cost-and-resources'
  | 'timeline-status'
  | 'names';

/** A headline figure shown large next to a fact ("27,898", "1.5%"). */
export interface Figure {
  /** Display value exactly as it appears in the fact text of each language. */
  value: Localized;
  /** What the figure counts, short ("MPP cases ended in absentia"). */
  label: Localized;
}

export interface Fact {
  /** Stable id, kebab-case; citations and "Not this fact" memory refer to it. */
  id: string;
  category: FactCategory;
  figure?: Figure;
  /**
   * The statement in our own words. May use the restricted rich-text form (see `RichText`), which
   * is rendered only through `lib/sanitize.ts`.
   */
  text: Localized;
  /** The date the statement is true as of (data cut-off or publication date). */
  asOf: IsoDate;
  /** Source ids, most authoritative first. At least one. */
  sources: string[];
  quote?: Quote;
  /**
   * Ids of facts that report the same measure differently (e.g. in absentia share). The UI shows
   * them together so a reader sees both figures with their sources and dates.
   */
  conflictsWith?: string[];
  /** Words that make this fact relevant to a sentence (used by the ranking, both languages). */
  keywords?: string[];
}

export interface TimelineEvent {
  id: string;
  date: IsoDate;
  text: Localized;
  sources: string[];
  /** The policy's state from this date on, when the event changed it. */
  status?: PolicyState;
}

/** What the policy was doing at a moment, used to say "when this article was published…". */
export type PolicyState =
  | 'announced'
  | 'in-effect'
  | 'enjoined'
  | 'suspended'
  | 'terminated'
  | 'court-ordered-restart'
  | 'wound-down'
  | 'reinstated';

export interface CourtCase {
  id: string;
  name: string;
  court: string;
  date: IsoDate;
  /** Docket or reporter citation, e.g. "951 F.3d 1073". */
  citation?: string;
  /** What the court held, in one sentence. */
  holding: Localized;
  sources: string[];
  /** Surface forms to recognise on pages, e.g. "Biden v. Texas". */
  aliases?: string[];
}

export interface Confusable {
  id: string;
  name: Localized;
  /** One line on how it differs from MPP. */
  difference: Localized;
  sources: string[];
}

export interface PolicyStatus {
  asOf: IsoDate;
  state: PolicyState;
  text: Localized;
  /** What is known and what is not, dated by `asOf`. */
  known: Localized[];
  unknown: Localized[];
  sources: string[];
}

/**
 * How a name is used by the detector.
 * - `unambiguous`: a match is a mention wherever it appears ("Migrant Protection Protocols").
 * - `phrase`: also an ordinary phrase ("forced to remain in Mexico"); a match is a mention only
 *   when the text styles it as a name (capitals, quotes, hyphens, "program"/"policy" after it…).
 * - `ambiguous`: a short form with other meanings ("MPP"); marked only when context says so.
 */
export type NameUse = 'unambiguous' | 'phrase' | 'ambiguous';

/** Groups the options page lets readers switch on and off. */
export type NameGroup = 'common' | 'official' | 'acronym' | 'spanish';

export interface PolicyName {
  id: string;
  /** The canonical spelling, shown in the UI ("Remain in Mexico"). */
  label: string;
  group: NameGroup;
  use: NameUse;
  lang: Lang;
  /**
   * Surface forms. Each is a plain phrase; the matcher makes it tolerant of case (where `use`
   * allows), accents, quotes, hyphens and runs of white space between words, and of possessives.
   */
  forms: string[];
  /** "MPP here means the Migrant Protection Protocols, known as Remain in Mexico." */
  meaning: Localized;
  /** Why the name exists, where it is used (e.g. "DHS's own 2018 variant"). */
  note?: Localized;
  sources?: string[];
}

/** Words that make an ambiguous name likely to mean this policy. */
export interface ContextCue {
  id: string;
  lang: Lang;
  /**
   * Plain phrases, matched on word boundaries, case- and accent-insensitively, except all-capital
   * acronyms ("ICE", "DHS"), which match only as written so "ice" is not a cue.
   */
  terms: string[];
  /** 1 = weak (e.g. "Mexico"), 2 = clear ("asylum seekers"), 3 = decisive ("immigration court"). */
  weight: 1 | 2 | 3;
}

/** Another meaning of an ambiguous name, and the words that reveal it. */
export interface OtherSense {
  id: string;
  /** e.g. "Ontario's Members of Provincial Parliament". */
  sense: Localized;
  /** Words that reveal the sense ("Queen's Park", "inverter"…), matched like `ContextCue.terms`. */
  terms: string[];
  /** Forms of the ambiguous name that only this sense uses ("MPPs", "MPPT"), matched as written. */
  forms?: string[];
}

export interface Detection {
  cues: ContextCue[];
  otherSenses: OtherSense[];
}

export interface FactPack {
  id: string;
  /** Semantic version of the content. */
  version: string;
  /** Date of the last full editorial review. */
  reviewed: IsoDate;
  languages: Lang[];
  title: Localized;
  /** Two or three sentences. */
  summary: Localized;
  status: PolicyStatus;
  names: PolicyName[];
  detection: Detection;
  sources: Source[];
  facts: Fact[];
  timeline: TimelineEvent[];
  cases: CourtCase[];
  confusables: Confusable[];
}
