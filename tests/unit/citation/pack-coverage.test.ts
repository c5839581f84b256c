// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { citeFact, citeFacts } from '../../../lib/citation';
import { formatDay } from '../../../lib/citation/dates';
import { sourcesFor } from '../../../lib/facts/accessors';
import { pack } from '../../../lib/facts/pack';
import { factPlainText } from '../../../lib/rich-text';
import { CITATION_FORMATS } from '../../../lib/settings/schema';

const accessed = new Date(2026, 2, 5);
const cases = pack.facts.flatMap((fact) =>
  CITATION_FORMATS.flatMap((format) =>
    (['en', 'es'] as const).map((lang) => ({ id: fact.id, fact, format, lang })),
  ),
);
const year = (iso: string) => iso.slice(0, 4);

describe.each(cases)('$id as $format in $lang', ({ fact, format, lang }) => {
  const out = citeFact(pack, fact, format, lang, { accessed });
  const body = new DOMParser().parseFromString(out.html, 'text/html').body;
  const sources = sourcesFor(pack, fact);

  it('states the as-of date in both payloads', () => {
    const asOf = formatDay(fact.asOf, lang);
    expect(out.text).toContain(asOf);
    expect(body.textContent).toContain(asOf);
  });

  it("names every source's publisher, year and URL, and links each URL in the HTML", () => {
    expect(sources).toHaveLength(fact.sources.length);
    const hrefs = [...body.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    for (const source of sources) {
      expect(out.text).toContain(source.publisher);
      expect(out.text).toContain(source.url);
      expect(body.textContent).toContain(source.publisher);
      expect(body.textContent).toContain(year(source.date));
      expect(hrefs).toContain(source.url);
    }
  });

  it("writes each source's full date the way the style does", () => {
    const style = format === 'apa' ? 'apa' : format === 'mla' ? 'mla' : 'long';
    for (const source of sources) expect(out.text).toContain(formatDay(source.date, lang, style));
  });

  it('starts with the fact in the requested language', () => {
    const text = format === 'markdown' ? out.text.replaceAll('*', '') : out.text;
    expect(text.startsWith(factPlainText(fact.text[lang]))).toBe(true);
  });
});

describe('citeFacts over the whole pack', () => {
  it.each(CITATION_FORMATS)(
    'lists every fact and each cited source exactly once (%s)',
    (format) => {
      const { text, html } = citeFacts(pack, pack.facts, format, 'en', { accessed });
      const body = new DOMParser().parseFromString(html, 'text/html').body;
      const cited = new Set(pack.facts.flatMap((fact) => fact.sources));
      const [facts, references] = [...body.querySelectorAll('ul, ol')];
      expect(facts?.tagName).toBe('UL');
      expect(facts?.children).toHaveLength(pack.facts.length);
      expect(references?.tagName).toBe('OL');
      expect(references?.children).toHaveLength(cited.size);
      for (const id of cited) {
        const url = pack.sources.find((s) => s.id === id)!.url;
        expect(text).toContain(url);
      }
    },
  );
});
