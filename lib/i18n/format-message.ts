/**
 * One message in the browser's `messages.json` format (`browser.i18n`), which our catalogs in
 * `locales/<lang>/*.json` use so the very same files become the extension's `_locales`.
 */
export interface MessageEntry {
  message: string;
  /** For translators only; never shown. */
  description?: string;
  /** Named placeholders: `$COUNT$` in `message` is replaced by `content` (usually `$1`). */
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** A value substituted for `$1`…`$9`. Numbers are inserted as given: format them first if needed. */
export type Substitution = string | number;

const NAMED = /\$([A-Za-z0-9_@]+)\$/g;
const POSITIONAL = /\$(\$|[1-9])/g;

/**
 * Formats a message the way `browser.i18n.getMessage` does, without the browser: we need an
 * explicit language (the popover follows the page's language, not the browser's), which the
 * browser API cannot give.
 *
 * Named placeholders (`$COUNT$`, case-insensitive) are replaced by their `content` first, then
 * `$1`…`$9` by the substitutions and `$$` by a literal `$`. A missing substitution becomes ''.
 * Substituted text is never re-scanned, so a value containing `$1` is inserted as is.
 */
export function formatMessage(entry: MessageEntry, substitutions: readonly Substitution[] = []) {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const withNamed = entry.message.replace(
    NAMED,
    (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
  );
  return withNamed.replace(POSITIONAL, (_whole, digit: string) =>
    digit === '$' ? '$' : String(substitutions[Number(digit) - 1] ?? ''),
  );
}
