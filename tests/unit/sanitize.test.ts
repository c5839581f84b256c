// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pack } from '../../lib/facts/pack';
import { parseRichText, type RichNode } from '../../lib/rich-text';
import { factPlainText, sanitizeFactFragment, sanitizeFactHtml } from '../../lib/sanitize';

const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  EM: [],
  STRONG: [],
  A: ['href', 'rel', 'target'],
};

/** Every element of `html` parsed the way a browser would (not through the sanitizer). */
function elementsOf(html: string): Element[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return [...doc.body.querySelectorAll('*')];
}

/** Fails unless `html` holds only the allowed elements, attributes and https links. */
function expectOnlyAllowedMarkup(html: string): void {
  for (const element of elementsOf(html)) {
    expect(Object.keys(ALLOWED_ATTRIBUTES)).toContain(element.tagName);
    const names = element.getAttributeNames();
    expect(names.filter((n) => !ALLOWED_ATTRIBUTES[element.tagName]!.includes(n))).toEqual([]);
    if (element.tagName === 'A') {
      expect(new URL(element.getAttribute('href')!).protocol).toBe('https:');
      expect(element.getAttribute('rel')).toBe('noopener noreferrer');
      expect(element.getAttribute('target')).toBe('_blank');
    }
  }
  expect(html).not.toMatch(/javascript:|vbscript:|data:|<script|<style|\son\w+\s*=/i);
}

// Classic and obfuscated XSS vectors, from script tags to mutation-XSS and DOM clobbering.
const VECTORS: [string, string][] = [
  ['script tag', '<script>alert(1)</script>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['svg onload', '<svg onload=alert(1)><circle r="1"/></svg>'],
  ['script inside svg', '<svg><script>alert(1)</script></svg>'],
  ['math/style mutation XSS', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['noscript mutation XSS', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
  ['javascript: link', '<a href="javascript:alert(1)">x</a>'],
  ['mixed-case javascript: link', '<a href="JaVaScRiPt:alert(1)">x</a>'],
  ['tab inside javascript:', '<a href="java&#x09;script:alert(1)">x</a>'],
  [
    'entity-encoded javascript:',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  ],
  ['named-entity colon', '<a href="javascript&colon;alert(1)">x</a>'],
  ['leading space before javascript:', '<a href=" javascript:alert(1)">x</a>'],
  ['data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['vbscript: link', '<a href="vbscript:msgbox(1)">x</a>'],
  ['plain http link', '<a href="http://example.org/">x</a>'],
  ['protocol-relative link', '<a href="//evil.example/">x</a>'],
  ['event handler on a safe link', '<a href="https://ok.example/" onmouseover="alert(1)">x</a>'],
  ['event handler and style on em', '<em onclick="alert(1)" style="color:red">x</em>'],
  ['style element', '<style>@import "https://evil.example/x.css";</style>ok'],
  ['iframe', '<iframe src="https://evil.example/"></iframe>'],
  [
    'form with input and button',
    '<form action="https://evil.example/"><input name="q"><button>go</button></form>',
  ],
  [
    'DOM clobbering with id and name',
    '<a id="location" name="cookie" href="https://ok.example/">x</a>',
  ],
  ['DOM clobbering with img name', '<img name="getElementById"><form id="document"></form>'],
  ['object with javascript: data', '<object data="javascript:alert(1)"></object>'],
  ['embed with svg data URL', '<embed src="data:image/svg+xml,<svg onload=alert(1)>">'],
  ['base element', '<base href="https://evil.example/">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['template content', '<template><img src=x onerror=alert(1)></template>'],
  ['svg xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
  ['link inside math', '<math><a href="javascript:alert(1)">x</a></math>'],
  ['nested links', '<a href="https://ok.example/"><a href="javascript:alert(1)">inner</a></a>'],
  ['attribute breakout', '"><img src=x onerror=alert(1)>'],
  ['comment-hidden payload', '<!--<img src=x onerror=alert(1)>-->'],
  ['split script tags', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
  [
    'data and aria attributes',
    '<div data-x="1" aria-label="x" onfocus="alert(1)" tabindex="0">text</div>',
  ],
  [
    'opener-enabling rel and target',
    '<a href="https://ok.example/" target="_self" rel="opener">x</a>',
  ],
];

describe('sanitizeFactHtml against XSS vectors', () => {
  it.each(VECTORS)('leaves nothing dangerous from: %s', (_name, vector) => {
    const output = sanitizeFactHtml(vector);
    expectOnlyAllowedMarkup(output);
    // Mutation XSS: sanitizing the output again, after a browser re-parse, changes nothing.
    expect(sanitizeFactHtml(output)).toBe(output);
  });

  it.each(VECTORS)('the fragment variant is just as strict: %s', (_name, vector) => {
    const container = document.createElement('div');
    container.append(sanitizeFactFragment(vector));
    for (const element of container.querySelectorAll('*')) {
      expect(['EM', 'STRONG', 'A']).toContain(element.tagName);
    }
    expect(
      container.querySelector('[onerror], [onload], [onclick], [style], [id], [name]'),
    ).toBeNull();
  });
});

describe('sanitizeFactHtml on fact text', () => {
  it.each([
    [
      'keeps emphasis',
      'In <em>Biden v. Texas</em> the <strong>Court</strong> ruled.',
      'In <em>Biden v. Texas</em> the <strong>Court</strong> ruled.',
    ],
    [
      'keeps an https link and makes it open safely',
      'See <a href="https://www.dhs.gov/keywords/border-security">DHS</a>.',
      'See <a href="https://www.dhs.gov/keywords/border-security" rel="noopener noreferrer" target="_blank">DHS</a>.',
    ],
    [
      'unwraps a link whose href is refused',
      '<a href="javascript:alert(1)">DHS</a> said',
      'DHS said',
    ],
    ['keeps the text of a disallowed harmless element', 'a <b>bold</b> claim', 'a bold claim'],
    ['drops script content entirely', '<script>alert(1)</script>ok', 'ok'],
    ['escapes text that looks like markup once parsed', '1 &lt; 2', '1 &lt; 2'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeFactHtml(input)).toBe(expected);
  });
});

/** The DOM that DOMPurify keeps, in the shape of the rich-text parser's output. */
function toRichNodes(parent: Node): RichNode[] {
  const nodes: RichNode[] = [];
  for (const child of parent.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      const last = nodes.at(-1);
      if (last?.type === 'text') last.text += child.textContent;
      else nodes.push({ type: 'text', text: child.textContent ?? '' });
    } else if (child instanceof Element && child.tagName === 'A') {
      nodes.push({ type: 'link', href: child.getAttribute('href')!, children: toRichNodes(child) });
    } else if (child instanceof Element) {
      nodes.push({ type: child.tagName === 'EM' ? 'em' : 'strong', children: toRichNodes(child) });
    }
  }
  return nodes;
}

describe('DOMPurify and the DOM-free rich-text parser agree', () => {
  const texts = pack.facts.flatMap((f) => [f.text.en, f.text.es]);
  texts.push(
    'A <strong>bold <em>and</em> emphatic</strong> <a href="https://www.axios.com/x?a=1&amp;b=2">link</a>.',
    'Fredrikson & Byron said 1 &lt; 2.',
  );

  it.each(texts.map((t) => [t.slice(0, 60), t]))('on "%s…"', (_label, text) => {
    expect(toRichNodes(sanitizeFactFragment(text))).toEqual(parseRichText(text));
  });

  it('factPlainText (re-exported here) gives the fragment’s text content', () => {
    for (const text of texts)
      expect(factPlainText(text)).toBe(sanitizeFactFragment(text).textContent);
  });
});
