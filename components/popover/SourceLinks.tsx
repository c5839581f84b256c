import type { Lang, Source } from '@/lib/facts/types';
import { formatDay } from '@/lib/citation/dates';
import type { UiTranslator } from '@/lib/i18n';
import type { UiMessageKey } from '@/lib/i18n';

const TYPE_KEYS: Record<Source['type'], UiMessageKey> = {
  government: 'popover_sourceType_government',
  court: 'popover_sourceType_court',
  international: 'popover_sourceType_international',
  research: 'popover_sourceType_research',
  ngo: 'popover_sourceType_ngo',
  news: 'popover_sourceType_news',
};

/** A fact's sources: publisher, date and kind, each linking to the document in a new tab. */
export function SourceLinks({
  sources,
  lang,
  t,
}: {
  sources: readonly Source[];
  lang: Lang;
  t: UiTranslator;
}) {
  return (
    <ul class="fm-sources" aria-label={t('popover_sources')}>
      {sources.map((source) => (
        <li key={source.id}>
          <a
            href={source.url}
            target="_blank"
            rel="noopener noreferrer"
            title={source.title}
            data-testid="source-link"
          >
            {source.publisher}
            <span class="sr-only"> — {source.title}</span>
          </a>{' '}
          <span class="fm-muted">
            {formatDay(source.date, lang)} · {t(TYPE_KEYS[source.type])}
            {source.mirror ? ` · ${t('popover_mirror')}` : ''}
          </span>
          <span class="sr-only"> ({t('popover_opensNewTab')})</span>
        </li>
      ))}
    </ul>
  );
}
