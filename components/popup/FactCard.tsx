/**
 * One fact in the popup: optional figure, the statement (plain text: fact rich text is reduced to
 * its words here, so the popup never builds markup from strings), its as-of day and sources, and
 * an optional Copy button whose accessible description is the fact itself.
 */
import type { ComponentChildren } from 'preact';
import { sourcesFor } from '../../lib/facts/accessors';
import type { Fact, FactPack, Lang } from '../../lib/facts/types';
import { formatDay } from '../../lib/citation/dates';
import type { UiTranslator } from '../../lib/i18n';
import { factPlainText } from '../../lib/rich-text';

export function SourceLine(props: {
  pack: FactPack;
  item: { sources: readonly string[] };
  t: UiTranslator;
}) {
  const { t } = props;
  const sources = sourcesFor(props.pack, props.item);
  if (sources.length === 0) return null;
  return (
    <p class="sources">
      {sources.length > 1 ? t('popup_sources') : t('popup_source')}:{' '}
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 && '; '}
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.publisher}
          </a>
          , {formatDay(source.date, t.lang)}
        </span>
      ))}
    </p>
  );
}

export function CopyButton(props: {
  label: string;
  describedBy?: string;
  copied: boolean;
  copiedLabel: string;
  onCopy: () => void;
  testId?: string;
}) {
  return (
    <button
      type="button"
      class={`button button--small${props.copied ? ' is-done' : ''}`}
      data-testid={props.testId ?? 'copy'}
      aria-describedby={props.describedBy}
      onClick={props.onCopy}
    >
      {props.copied ? `✓ ${props.copiedLabel}` : props.label}
    </button>
  );
}

export function FactCard(props: {
  pack: FactPack;
  fact: Fact;
  t: UiTranslator;
  /** Prefix for element ids, unique per list. */
  idPrefix: string;
  showFigure?: boolean;
  copied?: boolean;
  onCopy?: () => void;
  children?: ComponentChildren;
}) {
  const { fact, t } = props;
  const lang: Lang = t.lang;
  const textId = `${props.idPrefix}-${fact.id}`;
  return (
    <article class="fact" data-fact-id={fact.id}>
      {props.showFigure && fact.figure && (
        <p class="figure">
          <span class="figure__value">{fact.figure.value[lang]}</span>{' '}
          <span class="figure__label">{fact.figure.label[lang]}</span>
        </p>
      )}
      {!props.showFigure && (
        <p class="fact__text" id={textId}>
          {factPlainText(fact.text[lang])}
        </p>
      )}
      <SourceLine pack={props.pack} item={fact} t={t} />
      <div class="fact__foot">
        <p class="meta">{t('popup_asOf', formatDay(fact.asOf, lang))}</p>
        {props.onCopy && (
          <CopyButton
            label={t('copy')}
            copiedLabel={t('copied')}
            copied={Boolean(props.copied)}
            describedBy={props.showFigure ? undefined : textId}
            onCopy={props.onCopy}
          />
        )}
      </div>
      {props.children}
    </article>
  );
}
