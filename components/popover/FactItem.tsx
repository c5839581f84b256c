import { sourcesFor } from '@/lib/facts/accessors';
import type { Fact, FactPack, Lang } from '@/lib/facts/types';
import { formatDay } from '@/lib/citation/dates';
import type { UiTranslator } from '@/lib/i18n';
import { parseRichText } from '@/lib/rich-text';
import { RichText } from './RichText';
import { SourceLinks } from './SourceLinks';

export interface FactItemProps {
  pack: FactPack;
  fact: Fact;
  lang: Lang;
  t: UiTranslator;
  /** The citation format's display name, for the copy button's accessible name. */
  formatName: string;
  onCopy: (facts: Fact[]) => void;
  /** Facts reporting the same measure differently, shown under this one with their own sources. */
  conflicts?: readonly Fact[];
}

/** One fact: its figure, our statement, the as-of date, the sources and a Copy button. */
export function FactItem({
  pack,
  fact,
  lang,
  t,
  formatName,
  onCopy,
  conflicts = [],
}: FactItemProps) {
  return (
    <li class="fm-fact" data-testid="fact" data-fact-id={fact.id}>
      {fact.figure && (
        <p class="fm-figure">
          <span class="fm-figure-value">{fact.figure.value[lang]}</span>{' '}
          <span class="fm-figure-label">{fact.figure.label[lang]}</span>
        </p>
      )}
      <p class="fm-fact-text">
        <RichText nodes={parseRichText(fact.text[lang])} />
      </p>
      <div class="fm-fact-meta">
        <span class="fm-muted">{t('popover_asOf', formatDay(fact.asOf, lang))}</span>
        <SourceLinks sources={sourcesFor(pack, fact)} lang={lang} t={t} />
        <button
          type="button"
          class="fm-button fm-button-small"
          data-testid="copy"
          aria-label={t('popover_copyFactLabel', formatName)}
          onClick={() => onCopy([fact])}
        >
          {t('popover_copy')}
        </button>
      </div>
      {conflicts.length > 0 && (
        <div class="fm-conflicts">
          <p class="fm-conflict-label">{t('popover_otherCount')}</p>
          <ul class="fm-facts">
            {conflicts.map((other) => (
              <FactItem
                key={other.id}
                pack={pack}
                fact={other}
                lang={lang}
                t={t}
                formatName={formatName}
                onCopy={onCopy}
              />
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
