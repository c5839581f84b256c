/**
 * The language a mention's popover speaks: the reader's setting, else (on `auto`) the mention's
 * paragraph, the mention's own language, then the page's. The popup uses the same answer for a
 * listed mention, so its "facts used" are exactly the facts the popovers show.
 */
import type { Lang } from '../facts/types';
import { resolveUiLang } from '../i18n/resolve-ui-lang';
import type { PageMention } from '../dom/scanner';
import type { Settings } from '../settings';

export function popoverLang(
  mention: Pick<PageMention, 'block' | 'lang'>,
  language: Settings['language'],
  pageLang: string | undefined,
): Lang {
  const paragraphLang = mention.block.closest('[lang]')?.getAttribute('lang');
  return resolveUiLang(language, [paragraphLang, mention.lang, pageLang]);
}
