/**
 * The valibot schema of a fact pack: the shape of `types.ts` plus every rule that concerns a single
 * item (dates, https URLs, both languages, quote length, figures in their text, rich text, Spanish
 * number format). Rules that relate items to each other (unique ids, references) live in
 * `cross-refs.ts`. Used at build time and in tests only: the extension bundle never imports it.
 */
import * as v from 'valibot';
import { richTextProblems } from '../rich-text';
import {
  MAX_QUOTE_WORDS,
  hasMarkup,
  isHttpsUrl,
  isRealIsoDate,
  quoteWordCount,
  spanishNumberProblems,
  toIsoDate,
} from './checks';
import type { FactPack, Lang } from './types';

const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Spanish' };

/** Message for every issue raised by an object schema (wrong type, missing or unknown field). */
function objectMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.expected === 'never') return `unknown field ${issue.received} (check its spelling)`;
  if (issue.input === undefined) return `missing required field ${issue.expected}`;
  return `expected an object, received ${issue.received}`;
}

function strict<const E extends v.ObjectEntries>(entries: E) {
  return v.strictObject(entries, objectMessage);
}

const nonEmpty = (what: string) =>
  v.pipe(
    v.string(`${what} must be a string`),
    v.check((s) => s.trim() !== '', `${what} must not be empty`),
  );

const id = v.pipe(
  v.string('id must be a string'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, (issue) => `id ${issue.received} is not kebab-case`),
);

const ids = (minimum: number) =>
  v.pipe(
    v.array(id, 'expected a list of ids'),
    v.minLength(minimum, `needs at least ${minimum} source id`),
  );

/** One language of a text. Missing or blank reads "missing Spanish text". */
function langText(lang: Lang, rich: boolean) {
  const missing = `missing ${LANG_NAMES[lang]} text`;
  return v.pipe(
    v.optional(v.string(`${LANG_NAMES[lang]} text must be a string`), ''),
    v.check((s) => s.trim() !== '', missing),
    rich
      ? v.check(
          (s) => richTextProblems(s).length === 0,
          (issue) => `rich text: ${richTextProblems(issue.input as string).join('; ')}`,
        )
      : v.check((s) => !hasMarkup(s), 'markup is only allowed in fact text'),
    v.check(
      (s) => lang !== 'es' || spanishNumberProblems(s).length === 0,
      (issue) =>
        `Spanish number format: ${spanishNumberProblems(issue.input as string).join('; ')}`,
    ),
  );
}

const localized = (rich = false) =>
  v.strictObject({ en: langText('en', rich), es: langText('es', rich) }, objectMessage);

/** An ISO calendar day that exists and is not after `today`. */
function isoDate(today: string) {
  return v.pipe(
    v.string('date must be a string'),
    v.check(isRealIsoDate, (issue) => `${issue.received} is not a real date (YYYY-MM-DD)`),
    v.check(
      (d) => d <= today,
      (issue) => `${issue.received} is in the future (today is ${today})`,
    ),
  );
}

const httpsUrl = v.pipe(
  v.string('url must be a string'),
  v.check(isHttpsUrl, (issue) => `${issue.received} is not an https:// URL`),
);

const lang = v.picklist(['en', 'es'], 'language must be "en" or "es"');
const category = v.picklist(
  [
    'due-process',
    'violence',
    'law-and-courts',
    'numbers',
    'cost-and-resources',
    'timeline-status',
    'names',
  ],
  (issue) => `unknown category ${issue.received}`,
);
const policyState = v.picklist(
  [
    'announced',
    'in-effect',
    'enjoined',
    'suspended',
    'terminated',
    'court-ordered-restart',
    'wound-down',
    'reinstated',
  ],
  (issue) => `unknown policy state ${issue.received}`,
);

const quote = strict({
  text: v.pipe(
    nonEmpty('quote'),
    v.check(
      (s) => quoteWordCount(s) <= MAX_QUOTE_WORDS,
      (issue) =>
        `quote has ${quoteWordCount(issue.input as string)} words (max ${MAX_QUOTE_WORDS})`,
    ),
  ),
  by: nonEmpty('quote attribution'),
  source: id,
  lang,
});

const figure = strict({ value: localized(), label: localized() });

function factObject(today: string) {
  return strict({
    id,
    category,
    figure: v.optional(figure),
    text: localized(true),
    asOf: isoDate(today),
    sources: ids(1),
    quote: v.optional(quote),
    conflictsWith: v.optional(v.array(id, 'expected a list of fact ids')),
    keywords: v.optional(v.array(nonEmpty('keyword'), 'expected a list of keywords')),
  });
}
type FactShape = v.InferOutput<ReturnType<typeof factObject>>;

/** A valibot path item for `key` of the object `input`. */
function at(input: Record<string, unknown>, key: string): v.ObjectPathItem {
  return { type: 'object', origin: 'value', input, key, value: input[key] };
}

/**
 * A figure must appear word for word in the fact text of the same language. Written as a raw check
 * so that it runs even when other fields of the fact have problems, and so that the issue lands on
 * `figure.value.<lang>`.
 */
const figureInText = v.rawCheck<FactShape>(({ dataset, addIssue }) => {
  const fact = dataset.value as Partial<Record<'figure' | 'text', Record<string, unknown>>>;
  const value = fact.figure?.value as Record<string, unknown> | undefined;
  if (!fact.figure || !value || !fact.text) return;
  for (const l of ['en', 'es'] as const) {
    const figureValue = value[l];
    const text = fact.text[l];
    // A missing text is reported on its own field; repeating it here would only add noise.
    if (typeof figureValue !== 'string' || typeof text !== 'string' || text.trim() === '') continue;
    if (text.includes(figureValue)) continue;
    addIssue({
      message: `figure "${figureValue}" does not appear in text.${l} (write it exactly as there)`,
      path: [
        at(dataset.value as Record<string, unknown>, 'figure'),
        at(fact.figure, 'value'),
        at(value, l),
      ],
    });
  }
});

function factSchema(today: string) {
  return v.pipe(factObject(today), figureInText);
}

/** Builds the pack schema; `today` bounds every date ("not in the future"). */
export function createPackSchema({ today }: { today: Date }) {
  const day = toIsoDate(today);
  const date = isoDate(day);
  return strict({
    id,
    version: v.pipe(
      v.string('version must be a string'),
      v.regex(/^\d+\.\d+\.\d+$/, (issue) => `version ${issue.received} is not x.y.z`),
    ),
    reviewed: date,
    languages: v.pipe(
      v.array(lang, 'expected a list of languages'),
      v.check((l) => l.includes('en') && l.includes('es'), 'languages must list "en" and "es"'),
    ),
    title: localized(),
    summary: localized(),
    status: strict({
      asOf: date,
      state: policyState,
      text: localized(),
      known: v.pipe(v.array(localized()), v.minLength(1, 'needs at least one known item')),
      unknown: v.array(localized()),
      sources: ids(1),
    }),
    names: v.array(
      strict({
        id,
        label: nonEmpty('label'),
        group: v.picklist(['common', 'official', 'acronym', 'spanish'], 'unknown name group'),
        use: v.picklist(['unambiguous', 'phrase', 'ambiguous'], 'unknown name use'),
        lang,
        forms: v.pipe(v.array(nonEmpty('form')), v.minLength(1, 'needs at least one form')),
        meaning: localized(),
        note: v.optional(localized()),
        sources: v.optional(ids(0)),
      }),
    ),
    detection: strict({
      cues: v.array(
        strict({
          id,
          lang,
          terms: v.pipe(v.array(nonEmpty('term')), v.minLength(1, 'needs at least one term')),
          weight: v.picklist([1, 2, 3], 'weight must be 1, 2 or 3'),
        }),
      ),
      otherSenses: v.array(
        strict({
          id,
          sense: localized(),
          terms: v.pipe(v.array(nonEmpty('term')), v.minLength(1, 'needs at least one term')),
          forms: v.optional(v.array(nonEmpty('form'))),
        }),
      ),
    }),
    sources: v.array(
      strict({
        id,
        title: nonEmpty('title'),
        publisher: nonEmpty('publisher'),
        date,
        url: httpsUrl,
        type: v.picklist(
          ['government', 'court', 'international', 'research', 'ngo', 'news'],
          (issue) => `unknown source type ${issue.received}`,
        ),
        mirror: v.optional(v.boolean('mirror must be true or false')),
        note: v.optional(nonEmpty('note')),
      }),
    ),
    facts: v.pipe(
      v.array(factSchema(day)),
      v.minLength(
        30,
        (issue) => `at least 30 facts required (found ${(issue.input as []).length})`,
      ),
    ),
    timeline: v.pipe(
      v.array(
        strict({ id, date, text: localized(), sources: ids(1), status: v.optional(policyState) }),
      ),
      v.minLength(
        15,
        (issue) => `at least 15 events required (found ${(issue.input as []).length})`,
      ),
    ),
    cases: v.array(
      strict({
        id,
        name: nonEmpty('name'),
        court: nonEmpty('court'),
        date,
        citation: v.optional(nonEmpty('citation')),
        holding: localized(),
        sources: ids(1),
        aliases: v.optional(v.array(nonEmpty('alias'))),
      }),
    ),
    // A confusable may have no source: it only says what another, unrelated policy is not (e.g.
    // the "Mexico City policy"), and every statement about MPP in it is sourced elsewhere.
    confusables: v.array(
      strict({ id, name: localized(), difference: localized(), sources: ids(0) }),
    ),
  });
}

/** The pack type the schema produces. */
export type ParsedPack = v.InferOutput<ReturnType<typeof createPackSchema>>;

/** Compile-time proof that the schema's output is a `FactPack` (fails `tsc` if they drift). */
type AssertAssignable<T extends U, U> = T;
export type SchemaMatchesTypes = AssertAssignable<ParsedPack, FactPack>;
