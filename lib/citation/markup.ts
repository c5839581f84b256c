/**
 * A tiny document model for citations, rendered three ways: plain text, Markdown and HTML.
 *
 * Citation code describes *what* it writes (a title in italics, a link, a list) once; this module
 * alone decides how each target spells it and does all escaping, so no caller ever concatenates
 * markup. It builds HTML strings for the clipboard without a DOM or DOMPurify (it ships in the
 * content script): every text and attribute is escaped here and only https URLs become links.
 */
import { isHttpsUrl } from '../facts/checks';
import { parseRichText, type RichNode } from '../rich-text';

/** Inline content. Strings are text (escaped on output, never markup). */
export type Inline =
  | string
  | { style: 'i' | 'em' | 'strong'; children: Inline[] }
  | { href: string; children: Inline[] }
  /** Reference numbers, written "[1, 2]" in every target. */
  | { refs: number[] };

export type Block =
  | { type: 'p'; lines: Inline[][] }
  | { type: 'quote'; content: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'heading'; level: 2 | 3; content: Inline[] };

/**
 * Every element `blocksHtml` and `inlineHtml` can write: the whole vocabulary of our clipboard
 * HTML (tests check that hostile input never adds to it).
 */
export const HTML_ELEMENTS = [
  'p',
  'br',
  'i',
  'em',
  'strong',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'h2',
  'h3',
] as const;

/** Plain text is what the reader reads; Markdown keeps emphasis and links in its own syntax. */
export type TextMode = 'plain' | 'markdown';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

// Characters that could start Markdown syntax (emphasis, links, raw HTML, headings, code).
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#]/g, '\\$&');
// Characters that would end or break a Markdown link destination.
const markdownUrl = (url: string) =>
  url.replace(
    /[\s()<>]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );

/** Fact text (the restricted rich-text form) as inline content: emphasis and links kept. */
export function richInlines(text: string): Inline[] {
  const convert = (node: RichNode): Inline => {
    if (node.type === 'text') return node.text;
    const children = node.children.map(convert);
    return node.type === 'link' ? { href: node.href, children } : { style: node.type, children };
  };
  return parseRichText(text).map(convert);
}

/**
 * A link labelled `label` when `url` is https; otherwise the label and the address as text, so a
 * bad address is still shown but never becomes a link.
 */
export function labelledLink(label: string, url: string): Inline[] {
  if (isHttpsUrl(url)) return [{ href: url, children: [label || url] }];
  return label && label !== url ? [`${label} (${url})`] : [url];
}

/** Inline content as text in `mode`. */
export function inlineText(nodes: readonly Inline[], mode: TextMode): string {
  const md = mode === 'markdown';
  return nodes
    .map((node) => {
      if (typeof node === 'string') return md ? escapeMarkdown(node) : node;
      if ('refs' in node) return `[${node.refs.join(', ')}]`;
      const inner = inlineText(node.children, mode);
      if ('href' in node) {
        return md && isHttpsUrl(node.href) ? `[${inner}](${markdownUrl(node.href)})` : inner;
      }
      if (!md || inner.trim() === '') return inner;
      return node.style === 'strong' ? `**${inner}**` : `*${inner}*`;
    })
    .join('');
}

/** Inline content as an HTML fragment: every string escaped, only https links. */
export function inlineHtml(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escapeHtml(node);
      if ('refs' in node) return `[${node.refs.join(', ')}]`;
      const inner = inlineHtml(node.children);
      if ('href' in node) {
        return isHttpsUrl(node.href) ? `<a href="${escapeHtml(node.href)}">${inner}</a>` : inner;
      }
      return `<${node.style}>${inner}</${node.style}>`;
    })
    .join('');
}

/** Blocks as text in `mode`, separated by blank lines. */
export function blocksText(blocks: readonly Block[], mode: TextMode): string {
  const md = mode === 'markdown';
  const line = (nodes: readonly Inline[]) => inlineText(nodes, mode);
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'p':
          return block.lines.map(line).join('\n');
        case 'quote':
          return md ? `> ${line(block.content)}` : line(block.content);
        case 'heading':
          return md ? `${'#'.repeat(block.level)} ${line(block.content)}` : line(block.content);
        case 'list':
          return block.items
            .map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${line(item)}`)
            .join('\n');
      }
    })
    .join('\n\n');
}

/** Blocks as an HTML fragment. */
export function blocksHtml(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'p':
          return `<p>${block.lines.map(inlineHtml).join('<br>')}</p>`;
        case 'quote':
          return `<blockquote>${inlineHtml(block.content)}</blockquote>`;
        case 'heading':
          return `<h${block.level}>${inlineHtml(block.content)}</h${block.level}>`;
        case 'list': {
          const tag = block.ordered ? 'ol' : 'ul';
          return `<${tag}>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</${tag}>`;
        }
      }
    })
    .join('');
}
