import { describe, expect, it } from 'vitest';
import packJson from '../../../lib/facts/remain-in-mexico.json';
import { formatIssue, validatePack } from '../../../lib/facts/validate';

/** A deliberately loose view of the JSON, so that tests can break it in any way. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const today = new Date('2026-11-28T12:00:00Z');

function mutated(change: (pack: Json) => void): Json {
  const copy = structuredClone(packJson) as Json;
  change(copy);
  return copy;
}
const byId = (items: Json[], id: string): Json => {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`fixture has no item ${id}`);
  return item;
};
const fact = (pack: Json, id: string) => byId(pack.facts, id);
const source = (pack: Json, id: string) => byId(pack.sources, id);

function issuesOf(pack: unknown, day = today): string[] {
  const result = validatePack(pack, { today: day });
  return result.ok ? [] : result.issues.map(formatIssue);
}

const HRF_SHEET = 'hrf-fact-sheet-unlawful-ineffective';

// [what is broken, how, the exact line the validator must report]
const mutations: [string, (pack: Json) => void, string][] = [
  [
    'a fact without Spanish text',
    (p) => delete fact(p, 'in-absentia-trac-2021').text.es,
    'facts[id=in-absentia-trac-2021].text.es: missing Spanish text',
  ],
  [
    'a fact whose English text is blank',
    (p) => (fact(p, 'reinstated-2025').text.en = '   '),
    'facts[id=reinstated-2025].text.en: missing English text',
  ],
  [
    'a timeline event without Spanish text',
    (p) => (byId(p.timeline, 't-2021-06-terminated').text.es = ''),
    'timeline[id=t-2021-06-terminated].text.es: missing Spanish text',
  ],
  [
    'a case holding without English text',
    (p) => delete byId(p.cases, 'case-biden-v-texas').holding.en,
    'cases[id=case-biden-v-texas].holding.en: missing English text',
  ],
  [
    'two facts with the same id',
    (p) => (fact(p, 'reinstated-2025').id = 'what-mpp-is'),
    'facts[id=what-mpp-is].id: duplicate id in facts',
  ],
  [
    'a timeline event reusing a fact id',
    (p) => (byId(p.timeline, 't-2019-01-guidance').id = 'what-mpp-is'),
    'timeline[id=what-mpp-is].id: id already used in facts (ids are shared)',
  ],
  [
    'a case reusing a source id',
    (p) => (byId(p.cases, 'case-biden-v-texas').id = 'axios-2022-end'),
    'cases[id=axios-2022-end].id: id already used in sources (ids are shared)',
  ],
  [
    'an id that is not kebab-case',
    (p) => (fact(p, 'names-rmx').id = 'Names_RMX'),
    'facts[id=Names_RMX].id: id "Names_RMX" is not kebab-case',
  ],
  [
    'a fact citing a source that does not exist',
    (p) => fact(p, 'names-rmx').sources.push('hrf-imaginary-report'),
    'facts[id=names-rmx].sources[1]: unknown source "hrf-imaginary-report"',
  ],
  [
    'a timeline event citing a source that does not exist',
    (p) => (byId(p.timeline, 't-2022-06-biden-v-texas').sources = ['scotus-2023']),
    'timeline[id=t-2022-06-biden-v-texas].sources[0]: unknown source "scotus-2023"',
  ],
  [
    'a confusable citing a source that does not exist',
    (p) => (byId(p.confusables, 'conf-title-42').sources = ['cdc-order']),
    'confusables[id=conf-title-42].sources[0]: unknown source "cdc-order"',
  ],
  [
    'the status citing a source that does not exist',
    (p) => p.status.sources.push('white-house-2026'),
    'status.sources[5]: unknown source "white-house-2026"',
  ],
  [
    'a fact with no source at all',
    (p) => (fact(p, 'names-rmx').sources = []),
    'facts[id=names-rmx].sources: needs at least 1 source id',
  ],
  [
    'a quote taken from a source the fact does not cite',
    (p) => (fact(p, 'in-absentia-trac-2021').quote.source = 'axios-2022-end'),
    'facts[id=in-absentia-trac-2021].quote.source: quote source "axios-2022-end" is not among the fact\'s sources',
  ],
  [
    'a source served over http',
    (p) =>
      (source(p, 'trac-2021-kocher-repost').url =
        'http://trac.syr.edu/tracatwork/detail/A4480.html'),
    'sources[id=trac-2021-kocher-repost].url: "http://trac.syr.edu/tracatwork/detail/A4480.html" is not an https:// URL',
  ],
  [
    'a source with a javascript: URL',
    (p) => (source(p, 'axios-2022-end').url = 'javascript:alert(1)'),
    'sources[id=axios-2022-end].url: "javascript:alert(1)" is not an https:// URL',
  ],
  [
    'a source without a URL',
    (p) => delete source(p, HRF_SHEET).url,
    `sources[id=${HRF_SHEET}].url: missing required field "url"`,
  ],
  [
    'a misspelled optional field',
    (p) => (fact(p, 'what-mpp-is').conflictWith = []),
    'facts[id=what-mpp-is].conflictWith: unknown field "conflictWith" (check its spelling)',
  ],
  [
    'an impossible date',
    (p) => (fact(p, 'what-mpp-is').asOf = '2021-02-30'),
    'facts[id=what-mpp-is].asOf: "2021-02-30" is not a real date (YYYY-MM-DD)',
  ],
  [
    'a date written the American way',
    (p) => (byId(p.timeline, 't-2021-12-restart').date = '12/06/2021'),
    'timeline[id=t-2021-12-restart].date: "12/06/2021" is not a real date (YYYY-MM-DD)',
  ],
  [
    'a source dated tomorrow',
    (p) => (source(p, 'dhs-2025-reinstates-mpp').date = '2026-11-29'),
    'sources[id=dhs-2025-reinstates-mpp].date: "2026-11-29" is in the future (today is 2026-11-28)',
  ],
  [
    'a review date in the future',
    (p) => (p.reviewed = '2027-01-01'),
    'reviewed: "2027-01-01" is in the future (today is 2026-11-28)',
  ],
  [
    'a quote longer than 25 words',
    (p) =>
      (fact(p, 'reinstated-2025').quote.text +=
        ' DHS said this in its release about the policy today.'),
    'facts[id=reinstated-2025].quote.text: quote has 33 words (max 25)',
  ],
  [
    'an English figure that is not in the English text',
    (p) => (fact(p, 'returned-dhs-68000').figure.value.en = '68000'),
    'facts[id=returned-dhs-68000].figure.value.en: figure "68000" does not appear in text.en (write it exactly as there)',
  ],
  [
    'a Spanish figure written with an ordinary space',
    (p) => (fact(p, 'returned-dhs-68000').figure.value.es = '68 000'),
    'facts[id=returned-dhs-68000].figure.value.es: figure "68 000" does not appear in text.es (write it exactly as there)',
  ],
  [
    'Spanish text with a comma between digit groups',
    (p) => (fact(p, 'names-rmx').text.es += ' Unas 68,000 personas.'),
    'facts[id=names-rmx].text.es: Spanish number format: "68,000" uses "." or "," between digit groups',
  ],
  [
    'a script tag in fact text',
    (p) => (fact(p, 'names-rmx').text.en += '<script>alert(1)</script>'),
    'facts[id=names-rmx].text.en: rich text: <script> is not allowed (only <em>, <strong> and <a href="https://…">); </script> is not allowed',
  ],
  [
    'an event handler on allowed markup',
    (p) => (fact(p, 'names-rmx').text.en = '<em onmouseover="alert(1)">RMX</em>'),
    'facts[id=names-rmx].text.en: rich text: <em> takes no attributes; </em> does not close the innermost open tag',
  ],
  [
    'a link that is not https',
    (p) => (fact(p, 'names-rmx').text.es = '<a href="http://hrf.org">RMX</a>'),
    'facts[id=names-rmx].text.es: rich text: <a> needs exactly one attribute, href="https://…"; </a> does not close the innermost open tag',
  ],
  [
    'an unclosed emphasis',
    (p) => (fact(p, 'names-rmx').text.en = 'The <strong>RMX abbreviation'),
    'facts[id=names-rmx].text.en: rich text: <strong> is never closed',
  ],
  [
    'a link to a page that is not one of the sources',
    (p) => (fact(p, 'names-rmx').text.en = 'See <a href="https://example.org/rmx">RMX</a>.'),
    'facts[id=names-rmx].text.en: link https://example.org/rmx is not the URL of a source in this pack',
  ],
  [
    'markup in a plain-text field',
    (p) => (byId(p.timeline, 't-2021-06-terminated').text.en = 'Mayorkas <em>ends</em> it.'),
    'timeline[id=t-2021-06-terminated].text.en: markup is only allowed in fact text',
  ],
  [
    'a conflict with a fact that does not exist',
    (p) => (fact(p, 'in-absentia-trac-2021').conflictsWith = ['in-absentia-eoir']),
    'facts[id=in-absentia-trac-2021].conflictsWith[0]: unknown fact "in-absentia-eoir"',
  ],
  [
    'a conflict listed on one side only',
    (p) => (fact(p, 'names-rmx').conflictsWith = ['names-versions']),
    'facts[id=names-rmx].conflictsWith[0]: "names-versions" does not list "names-rmx" back',
  ],
  [
    'a fact conflicting with itself',
    (p) => (fact(p, 'names-rmx').conflictsWith = ['names-rmx']),
    'facts[id=names-rmx].conflictsWith[0]: a fact cannot conflict with itself',
  ],
  [
    'an unknown category',
    (p) => (fact(p, 'names-rmx').category = 'gossip'),
    'facts[id=names-rmx].category: unknown category "gossip"',
  ],
  [
    'an unknown source type',
    (p) => (source(p, 'axios-2022-end').type = 'blog'),
    'sources[id=axios-2022-end].type: unknown source type "blog"',
  ],
  [
    'an unknown policy state on an event',
    (p) => (byId(p.timeline, 't-2025-01-reinstated').status = 'paused'),
    'timeline[id=t-2025-01-reinstated].status: unknown policy state "paused"',
  ],
  [
    'a headline status that contradicts the timeline',
    (p) => (p.status.state = 'wound-down'),
    'status.state: "wound-down" disagrees with the timeline, which gives "reinstated" on 2025-01-31',
  ],
  [
    'fewer than 30 facts',
    (p) => (p.facts = p.facts.slice(0, 29)),
    'facts: at least 30 facts required (found 29)',
  ],
  [
    'fewer than 15 timeline events',
    (p) => (p.timeline = p.timeline.slice(0, 14)),
    'timeline: at least 15 events required (found 14)',
  ],
  ['a missing status', (p) => (p.status = null), 'status: expected an object, received null'],
  [
    'a pack that lists only one language',
    (p) => (p.languages = ['en']),
    'languages: languages must list "en" and "es"',
  ],
];

describe('validatePack on mutated copies of the pack', () => {
  it('accepts the unmodified pack (so every failure below comes from its mutation)', () => {
    expect(issuesOf(structuredClone(packJson))).toEqual([]);
  });

  it.each(mutations)('reports %s by id and field', (_name, change, expected) => {
    expect(issuesOf(mutated(change))).toContain(expected);
  });

  it('reports every problem at once, not only the first', () => {
    const broken = mutated((p) => {
      delete fact(p, 'names-rmx').text.es;
      source(p, 'axios-2022-end').url = 'http://www.axios.com/';
    });
    expect(issuesOf(broken)).toEqual([
      'sources[id=axios-2022-end].url: "http://www.axios.com/" is not an https:// URL',
      'facts[id=names-rmx].text.es: missing Spanish text',
    ]);
  });

  it('measures "the future" from the given day, not from the clock', () => {
    expect(issuesOf(structuredClone(packJson), new Date('2026-11-27T12:00:00Z'))).toContain(
      'reviewed: "2026-11-28" is in the future (today is 2026-11-27)',
    );
  });

  it('names the whole pack when the input is not an object', () => {
    expect(issuesOf('not a pack')).toEqual(['pack: expected an object, received "not a pack"']);
  });

  it('returns the typed pack when valid', () => {
    const result = validatePack(structuredClone(packJson), { today });
    expect(result.ok && result.pack.facts.length).toBe(packJson.facts.length);
  });
});
