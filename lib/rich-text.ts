/**
 * The restricted rich-text form of fact texts, parsed without a DOM.
 *
 * Fact text may contain only `<em>`, `<strong>` and `<a href="https://…">`. This module turns such
 * a string into a small tree that a UI renders as elements and text nodes (never as HTML), so the
 * content script can show fact text without DOMPurify in its bundle. Anything outside the allow-list
 * stays literal text: a mistake shows up as visible `<tags>`, never as markup. The build-time
 * validator uses {@link richTextProblems} so that such mistakes never ship. `lib/sanitize.ts`
 * (DOMPurify) remains the only place where an HTML string becomes DOM.
 */

/** A node of parsed fact text. */
export type RichNode =
  | { type: 'text'; text: string }
  | { type: 'em' | 'strong'; children: RichNode[] }
  | { type: 'link'; href: string; children: RichNode[] };

type Element = Exclude<RichNode, { type: 'text' }>;

// One tag at a time: optional slash, a name, then anything up to '>'.
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)([^<>]*)>/g;
// The one attribute form accepted on <a>: a double-quoted https URL without quotes or spaces.
const HREF_ATTR = /^\s+href="(https:\/\/[^"\s<>]+)"\s*$/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** Decodes the five entities a fact author may need; other `&` sequences stay as typed. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? '');
}

interface ParseResult {
  nodes: RichNode[];
  problems: string[];
}

function parse(input: string): ParseResult {
  const root: RichNode[] = [];
  const stack: { node: Element; tag: string }[] = [];
  const problems: string[] = [];
  const current = (): RichNode[] => stack.at(-1)?.node.children ?? root;
  const pushText = (raw: string) => {
    if (raw === '') return;
    const text = decodeEntities(raw);
    const siblings = current();
    const last = siblings.at(-1);
    if (last?.type === 'text') last.text += text;
    else siblings.push({ type: 'text', text });
  };

  let cursor = 0;
  for (const match of input.matchAll(TAG)) {
    const [raw, slash, rawName = '', attrs = ''] = match;
    const name = rawName.toLowerCase();
    pushText(input.slice(cursor, match.index));
    cursor = match.index + raw.length;
    const problem = slash ? closeTag(name, stack) : openTag(name, attrs, stack, current);
    if (problem) {
      problems.push(problem);
      pushText(raw);
    }
  }
  pushText(input.slice(cursor));
  if (/<[A-Za-z/!?]/.test(input.replace(TAG, ''))) {
    problems.push('contains "<" that does not start an allowed tag');
  }
  for (const open of stack) problems.push(`<${open.tag}> is never closed`);
  return { nodes: root, problems };
}

function openTag(
  name: string,
  attrs: string,
  stack: { node: Element; tag: string }[],
  current: () => RichNode[],
): string | null {
  let node: Element;
  if (name === 'em' || name === 'strong') {
    if (attrs.trim() !== '') return `<${name}> takes no attributes`;
    node = { type: name, children: [] };
  } else if (name === 'a') {
    const href = HREF_ATTR.exec(attrs)?.[1];
    if (!href) return '<a> needs exactly one attribute, href="https://…"';
    if (stack.some((open) => open.tag === 'a')) return '<a> cannot be nested in another <a>';
    node = { type: 'link', href: decodeEntities(href), children: [] };
  } else {
    return `<${name}> is not allowed (only <em>, <strong> and <a href="https://…">)`;
  }
  current().push(node);
  stack.push({ node, tag: name });
  return null;
}

function closeTag(name: string, stack: { node: Element; tag: string }[]): string | null {
  if (!['em', 'strong', 'a'].includes(name)) return `</${name}> is not allowed`;
  if (stack.at(-1)?.tag !== name) return `</${name}> does not close the innermost open tag`;
  stack.pop();
  return null;
}

/** Parses fact text into nodes. Never throws; markup outside the allow-list becomes literal text. */
export function parseRichText(text: string): RichNode[] {
  return parse(text).nodes;
}

/** Describes every way `text` departs from the allow-list; empty when it is valid rich text. */
export function richTextProblems(text: string): string[] {
  return parse(text).problems;
}

/** The https URLs linked from `text`, in order (for checking them against the pack's sources). */
export function richTextLinks(text: string): string[] {
  const links: string[] = [];
  const walk = (nodes: RichNode[]) => {
    for (const node of nodes) {
      if (node.type === 'link') links.push(node.href);
      if (node.type !== 'text') walk(node.children);
    }
  };
  walk(parseRichText(text));
  return links;
}

/** The text a reader sees, without markup: what "copy this fact" puts on the clipboard. */
export function factPlainText(text: string): string {
  const flatten = (nodes: RichNode[]): string =>
    nodes.map((node) => (node.type === 'text' ? node.text : flatten(node.children))).join('');
  return flatten(parseRichText(text));
}
