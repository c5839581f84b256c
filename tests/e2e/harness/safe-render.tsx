/**
 * Test harness for tests/e2e/safe-rendering.spec.ts, bundled by the spec with esbuild and loaded
 * into a plain Chromium page: it renders a hostile fact pack through every path our UI uses for fact
 * text (the popover's RichText, the sanitizer, the HTML that Copy puts on the clipboard), into the
 * live document, where a payload that survived would run.
 */
import { render } from 'preact';
import { RichText } from '@/components/popover/RichText';
import { citeFact, citeFacts, citeSource, readingNote } from '@/lib/citation';
import packJson from '@/lib/facts/remain-in-mexico.json';
import type { Fact, FactPack, Source } from '@/lib/facts/types';
import { parseRichText } from '@/lib/rich-text';
import { sanitizeFactFragment } from '@/lib/sanitize';
import { CITATION_FORMATS } from '@/lib/settings/schema';

declare global {
  interface Window {
    /** Payloads that ran push their name here. */
    pwned: string[];
    renderHostile(payloads: string[]): void;
  }
}

const section = (id: string) => {
  const element = document.createElement('section');
  element.id = id;
  document.body.append(element);
  return element;
};

window.renderHostile = (payloads) => {
  const joined = payloads.join(' ');
  const source: Source = {
    id: 'hostile',
    title: `Report ${joined}`,
    publisher: `Publisher ${payloads[0]}`,
    date: '2024-05-06',
    url: 'javascript:window.pwned.push("source-url")',
    type: 'ngo',
  };
  const fact: Fact = {
    id: 'hostile-fact',
    category: 'numbers',
    text: { en: `Fact ${joined}`, es: `Dato ${joined}` },
    asOf: '2024-05-06',
    sources: ['hostile'],
    quote: { text: `Quote ${joined}`, by: `Speaker ${payloads[1]}`, source: 'hostile', lang: 'en' },
  };
  const pack = { ...(packJson as unknown as FactPack), sources: [source], facts: [fact] };
  const page = { title: `Page ${joined}`, url: 'javascript:window.pwned.push("page-url")' };

  // 1. The popover's path: the restricted rich-text parser, rendered by Preact.
  render(
    <>
      {payloads.map((payload, i) => (
        <p key={i}>
          <RichText nodes={parseRichText(`Fact ${payload}`)} />
        </p>
      ))}
    </>,
    section('rich'),
  );
  // 2. The sanitizer module (DOMPurify), appended to the live document.
  const sanitized = section('sanitized');
  for (const payload of payloads) sanitized.append(sanitizeFactFragment(`Fact ${payload}`));
  // 3. The HTML Copy puts on the clipboard, inserted the way a rich-text editor pastes it:
  // createContextualFragment, whose scripts run when inserted (unlike DOMParser's).
  const pasted = section('pasted');
  const range = document.createRange();
  range.selectNodeContents(pasted);
  const outputs = CITATION_FORMATS.flatMap((format) =>
    (['en', 'es'] as const).flatMap((lang) => [
      citeFact(pack, fact, format, lang, { page }),
      citeFacts(pack, [fact], format, lang, { page }),
      citeSource(source, format, lang),
    ]),
  ).concat([readingNote(pack, [fact], page, 'en')]);
  for (const { html } of outputs) pasted.append(range.createContextualFragment(html));
};
