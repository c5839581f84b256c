/** Search over the whole fact pack; every hit copies with its citation. */
import { formatDay } from '../../lib/citation/dates';
import type { FactPack } from '../../lib/facts/types';
import type { UiTranslator } from '../../lib/i18n';
import { caseHeading } from '../../lib/popup/pack-views';
import type { CopyNotice } from '../../lib/popup/popup-model';
import type { SearchHit, SearchResult } from '../../lib/popup/search';
import { factPlainText } from '../../lib/rich-text';
import { CopyButton, SourceLine } from './FactCard';

function hitText(
  hit: SearchHit,
  t: UiTranslator,
): { heading?: string; text: string; date: string } {
  const lang = t.lang;
  if (hit.kind === 'fact') {
    return { text: factPlainText(hit.item.text[lang]), date: hit.item.asOf };
  }
  if (hit.kind === 'event') return { text: hit.item.text[lang], date: hit.item.date };
  return { heading: caseHeading(hit.item), text: hit.item.holding[lang], date: hit.item.date };
}

export function SearchSection(props: {
  pack: FactPack;
  t: UiTranslator;
  query: string;
  results: SearchResult;
  notice: CopyNotice | null;
  onQuery: (query: string) => void;
  onCopy: (hit: SearchHit) => void;
}) {
  const { t, results, notice } = props;
  const searching = props.query.trim() !== '';
  return (
    <section class="section" aria-labelledby="search-heading">
      <h2 id="search-heading">{t('popup_searchHeading')}</h2>
      <label for="search" class="label">
        {t('popup_searchLabel')}
      </label>
      <input
        id="search"
        type="search"
        class="search"
        data-testid="search"
        autocomplete="off"
        placeholder={t('popup_searchPlaceholder')}
        value={props.query}
        aria-describedby="search-count"
        onInput={(event) => props.onQuery(event.currentTarget.value)}
      />
      <p id="search-count" class="meta" role="status">
        {searching ? t.plural('popup_searchResults', results.total) : ''}
        {searching && results.total > results.hits.length
          ? ` ${t('popup_searchMore', results.hits.length)}`
          : ''}
      </p>
      {results.hits.length > 0 && (
        <ul class="facts" data-testid="search-results">
          {results.hits.map((hit) => {
            const { heading, text, date } = hitText(hit, t);
            const key = `search:${hit.kind}:${hit.id}`;
            const textId = `hit-${hit.kind}-${hit.id}`;
            return (
              <li key={key}>
                <article class="fact" data-testid="search-result" data-kind={hit.kind}>
                  <p class="meta">
                    <span class="kind">{t(`popup_kind_${hit.kind}`)}</span> ·{' '}
                    {formatDay(date, t.lang)}
                  </p>
                  <p class="fact__text" id={textId}>
                    {heading && <strong>{heading}: </strong>}
                    {text}
                  </p>
                  <SourceLine pack={props.pack} item={hit.item} t={t} />
                  <div class="fact__foot">
                    <span />
                    <CopyButton
                      label={t('copy')}
                      copiedLabel={t('copied')}
                      copied={Boolean(notice?.ok && notice.key === key)}
                      describedBy={textId}
                      onCopy={() => props.onCopy(hit)}
                    />
                  </div>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
