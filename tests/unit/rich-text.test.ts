import { describe, expect, it } from 'vitest';
import {
  factPlainText,
  parseRichText,
  richTextLinks,
  richTextProblems,
  type RichNode,
} from '../../lib/rich-text';

const text = (t: string): RichNode => ({ type: 'text', text: t });

describe('parseRichText', () => {
  it.each<[string, string, RichNode[]]>([
    ['plain text', 'The Ninth Circuit ruled.', [text('The Ninth Circuit ruled.')]],
    [
      'emphasis and strong, nested',
      'In <em>Biden v. <strong>Texas</strong></em>.',
      [
        text('In '),
        {
          type: 'em',
          children: [text('Biden v. '), { type: 'strong', children: [text('Texas')] }],
        },
        text('.'),
      ],
    ],
    [
      'an https link',
      'See <a href="https://www.dhs.gov/keywords/border-security">DHS</a>',
      [
        text('See '),
        {
          type: 'link',
          href: 'https://www.dhs.gov/keywords/border-security',
          children: [text('DHS')],
        },
      ],
    ],
    [
      'the five entities',
      '1 &lt; 2 &amp;&amp; 3 &gt; 2 &quot;ok&quot; &#39;',
      [text('1 < 2 && 3 > 2 "ok" \'')],
    ],
    ['a bare ampersand', 'Fredrikson & Byron', [text('Fredrikson & Byron')]],
    ['an unknown entity, kept as typed', 'a &nbsp; b', [text('a &nbsp; b')]],
    [
      'a disallowed tag, kept literally',
      'a <script>x()</script>',
      [text('a <script>x()</script>')],
    ],
    [
      'an attribute on <em>, kept literally',
      '<em class="x">y</em>',
      [text('<em class="x">y</em>')],
    ],
    [
      'an http link, kept literally',
      '<a href="http://x.org">y</a>',
      [text('<a href="http://x.org">y</a>')],
    ],
    ['a stray closing tag, kept literally', 'a</em> b', [text('a</em> b')]],
    ['an unclosed tag, closed at the end', '<em>open', [{ type: 'em', children: [text('open')] }]],
  ])('%s', (_name, input, expected) => {
    expect(parseRichText(input)).toEqual(expected);
  });
});

describe('richTextProblems', () => {
  it.each<[string, string[]]>([
    ['In <em>Biden v. Texas</em>, <strong>5-4</strong>.', []],
    ['<a href="https://x.org/a?b=1&amp;c=2">ok</a>', []],
    ['Fredrikson & Byron', []],
    ['1 < 2', []],
    [
      '<b>x</b>',
      ['<b> is not allowed (only <em>, <strong> and <a href="https://…">)', '</b> is not allowed'],
    ],
    ['<em>x', ['<em> is never closed']],
    [
      '<em><strong>x</em></strong>',
      ['</em> does not close the innermost open tag', '<em> is never closed'],
    ],
    [
      '<a href="https://a.org"><a href="https://b.org">x</a></a>',
      ['<a> cannot be nested in another <a>', '</a> does not close the innermost open tag'],
    ],
    [
      '<a href="https://a.org" onclick="x()">x</a>',
      [
        '<a> needs exactly one attribute, href="https://…"',
        '</a> does not close the innermost open tag',
      ],
    ],
    ['<img src=x onerror=alert(1)', ['contains "<" that does not start an allowed tag']],
    ['<!-- hidden -->', ['contains "<" that does not start an allowed tag']],
  ])('%j → %j', (input, expected) => {
    expect(richTextProblems(input)).toEqual(expected);
  });
});

describe('richTextLinks and factPlainText', () => {
  const sample =
    'See <a href="https://a.org/">A</a> and <em><a href="https://b.org/?x=1&amp;y=2">B</a></em>.';

  it('lists the links in order, with entities decoded', () => {
    expect(richTextLinks(sample)).toEqual(['https://a.org/', 'https://b.org/?x=1&y=2']);
  });

  it('gives the reader’s text without markup', () => {
    expect(factPlainText(sample)).toBe('See A and B.');
    expect(factPlainText('27\u00a0898 órdenes &amp; más')).toBe('27\u00a0898 órdenes & más');
  });
});
