// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { citeFact, citeFacts, citeSource, readingNote } from '../../../lib/citation';
import { HTML_ELEMENTS } from '../../../lib/citation/markup';
import { pack } from '../../../lib/facts/pack';
import type { Fact, FactPack, Source } from '../../../lib/facts/types';
import { CITATION_FORMATS } from '../../../lib/settings/schema';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

const hostile: Source = {
  id: 'hostile',
  title:
    'Report <img src=x onerror="alert(1)"> on "quotes" & <script>alert(2)</script> [x](javascript:alert(3))',
  publisher: "Evil <b onmouseover=alert(4)>Corp</b> & 'Sons'",
  date: '2024-05-06',
  url: 'javascript:alert(5)',
  type: 'ngo',
};
const broken: Source = {
  ...hostile,
  id: 'broken',
  type: 'news',
  url: 'https://ok.example/a"onclick="x',
};
const hostileFact: Fact = {
  id: 'hostile-fact',
  category: 'numbers',
  text: {
    en: 'Plain <script>alert(6)</script> and <a href="javascript:alert(7)">a bad link</a> and <em>fine</em>.',
    es: 'Texto <iframe src="https://evil.example"></iframe>.',
  },
  asOf: '2024-05-06',
  sources: ['hostile', 'broken'],
};
const hostilePack: FactPack = { ...pack, sources: [hostile, broken], facts: [hostileFact] };
const hostilePage = {
  title: '<img src=x onerror=alert(8)> Breaking\n# Heading',
  url: 'javascript:alert(9)',
  published: '<svg onload=alert(10)>',
};

const outputs = CITATION_FORMATS.flatMap((format) =>
  (['en', 'es'] as const).flatMap((lang) => [
    {
      name: `citeFact ${format} ${lang}`,
      out: citeFact(hostilePack, hostileFact, format, lang, { page: hostilePage }),
    },
    {
      name: `citeFacts ${format} ${lang}`,
      out: citeFacts(hostilePack, [hostileFact], format, lang, { page: hostilePage }),
    },
    { name: `citeSource ${format} ${lang}`, out: citeSource(hostile, format, lang) },
  ]),
).concat(
  (['en', 'es'] as const).map((lang) => ({
    name: `readingNote ${lang}`,
    out: readingNote(hostilePack, [hostileFact], hostilePage, lang),
  })),
);

describe.each(outputs)(
  '$name with hostile titles, publishers, URLs and page data',
  ({ name, out }) => {
    const body = parse(out.html);

    it('produces no elements but the citation vocabulary', () => {
      const tags = new Set([...body.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()));
      for (const tag of tags) {
        expect(HTML_ELEMENTS).toContain(tag);
      }
    });

    it('has no event-handler attributes and no attribute but href on links', () => {
      for (const el of body.querySelectorAll('*')) {
        const names = el.getAttributeNames();
        expect(names).toEqual(el.tagName === 'A' ? ['href'] : []);
      }
    });

    it('links only to https addresses, and never to the javascript: ones', () => {
      for (const a of body.querySelectorAll('a'))
        expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(body.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
    });

    it('keeps the hostile strings as visible text', () => {
      // Quoted titles turn inner double quotes into single ones, hence no quotes in the pattern.
      expect(body.textContent).toContain('<img src=x onerror=');
    });

    it('keeps a quote-breaking https URL whole inside its href', () => {
      const hrefs = [...body.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      // Only the `broken` source has an https address; citeSource shows the javascript: one alone.
      expect(hrefs.length > 0).toBe(!name.startsWith('citeSource'));
      for (const href of hrefs) expect(href).toBe('https://ok.example/a"onclick="x');
    });
  },
);

describe('Markdown payloads with hostile strings', () => {
  const markdown = [
    citeFact(hostilePack, hostileFact, 'markdown', 'en', { page: hostilePage }).text,
    citeFacts(hostilePack, [hostileFact], 'markdown', 'en').text,
    readingNote(hostilePack, [hostileFact], hostilePage, 'en').text,
  ];

  it.each(markdown)('escape raw HTML and link syntax (%#)', (text) => {
    expect(text).not.toMatch(/(^|[^\\])<(img|script|b|svg|iframe)/);
    expect(text).not.toMatch(/[^\\]\]\(javascript:/);
    expect(text).toContain('\\<img src=x');
  });

  it('keeps a page title with a newline on its heading line', () => {
    const note = readingNote(hostilePack, [hostileFact], hostilePage, 'en').text;
    expect(note.split('\n')[0]).toBe(
      '## Reading note: \\<img src=x onerror=alert(8)\\> Breaking \\# Heading',
    );
  });

  it('percent-encodes characters that would end a link destination', () => {
    const source: Source = { ...broken, url: 'https://ok.example/a(b)<c>' };
    expect(citeSource(source, 'markdown', 'en').text).toContain(
      '(https://ok.example/a%28b%29%3Cc%3E)',
    );
  });
});
