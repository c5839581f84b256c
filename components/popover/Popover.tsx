import type { Fact, FactPack, Lang, PolicyState } from '@/lib/facts/types';
import { formatDay } from '@/lib/citation/dates';
import type { UiMessageKey, UiTranslator } from '@/lib/i18n';
import type { PopoverModel } from '@/lib/popover/popover-model';
import { FactItem } from './FactItem';
import { MoreDetails } from './MoreDetails';

const STATE_KEYS: Record<PolicyState, UiMessageKey> = {
  announced: 'popover_state_announced',
  'in-effect': 'popover_state_inEffect',
  enjoined: 'popover_state_enjoined',
  suspended: 'popover_state_suspended',
  terminated: 'popover_state_terminated',
  'court-ordered-restart': 'popover_state_courtOrderedRestart',
  'wound-down': 'popover_state_woundDown',
  reinstated: 'popover_state_reinstated',
};

/** What the popover shows about copying, in its polite status line. */
export type CopyStatus = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; text: string };

export interface PopoverProps {
  pack: FactPack;
  model: PopoverModel;
  /** The words as they appear on the page. */
  matched: string;
  lang: Lang;
  t: UiTranslator;
  formatName: string;
  expanded: boolean;
  copy: CopyStatus;
  onCopy: (facts: Fact[]) => void;
  onCopyKeyFacts: () => void;
  onToggleMore: () => void;
  onNotThis: () => void;
  onClose: () => void;
}

/** The first sentence of a text (the pack's summary is two or three). */
const firstSentence = (text: string) => text.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? text;

/** The popover's content: meaning, summary, status (then and now), key facts, more, actions. */
export function Popover(props: PopoverProps) {
  const { pack, model, lang, t, formatName, copy } = props;
  const day = (iso: string) => formatDay(iso, lang);
  const ambiguous = model.name?.use === 'ambiguous';
  return (
    <div class="fm-body">
      <header class="fm-header">
        <p class="fm-kicker">Factmark</p>
        <h2 id="fm-title" class="fm-title">
          {model.name?.label ?? props.matched}
        </h2>
        <button
          type="button"
          class="fm-icon-button"
          aria-label={t('popover_close')}
          title={t('popover_close')}
          onClick={props.onClose}
          data-testid="popover-close"
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {model.name && <p class="fm-meaning">{model.name.meaning[lang]}</p>}
      <p class="fm-summary">{firstSentence(pack.summary[lang])}</p>
      <p class="fm-status" data-testid="popover-status">
        {t('popover_status', day(model.status.asOf), t(STATE_KEYS[model.status.state]))}
      </p>
      {model.then && (
        <p class="fm-then" data-testid="popover-then">
          {model.then.afterStatusDate
            ? t('popover_thenAfter', day(model.then.published), day(pack.status.asOf))
            : t(
                'popover_then',
                day(model.then.published),
                t(STATE_KEYS[model.then.state]),
                day(model.then.since),
              )}
        </p>
      )}
      <section aria-labelledby="fm-key-facts">
        <h3 id="fm-key-facts">{t('popover_keyFacts')}</h3>
        <ul class="fm-facts">
          {model.keyFacts.map(({ fact, conflicts }) => (
            <FactItem
              key={fact.id}
              pack={pack}
              fact={fact}
              conflicts={conflicts}
              lang={lang}
              t={t}
              formatName={formatName}
              onCopy={props.onCopy}
            />
          ))}
        </ul>
      </section>
      <div class="fm-actions">
        <button
          type="button"
          class="fm-button"
          data-testid="copy-key-facts"
          onClick={props.onCopyKeyFacts}
        >
          {t('popover_copyKeyFacts')}
        </button>
        <button
          type="button"
          class="fm-button fm-button-quiet"
          aria-expanded={props.expanded}
          aria-controls="fm-more"
          data-testid="popover-more-toggle"
          onClick={props.onToggleMore}
        >
          {props.expanded ? t('popover_less') : t('popover_more')}
        </button>
      </div>
      <p class="fm-copy-status" role="status" data-testid="copy-status">
        {copy.kind === 'copied' && t('popover_copied')}
        {copy.kind === 'failed' && t('popover_copyFailed')}
      </p>
      {copy.kind === 'failed' && (
        <textarea
          class="fm-manual-copy"
          readOnly
          rows={4}
          value={copy.text}
          aria-label={t('popover_copyFailed')}
        />
      )}
      <div id="fm-more">
        {props.expanded && (
          <MoreDetails
            pack={pack}
            lang={lang}
            t={t}
            formatName={formatName}
            onCopy={props.onCopy}
          />
        )}
      </div>
      <footer class="fm-footer">
        <button
          type="button"
          class="fm-link-button"
          data-testid="not-this"
          onClick={props.onNotThis}
        >
          {ambiguous ? t('popover_notThis') : t('popover_notThisGeneric')}
        </button>
        <span class="fm-muted">{t('popover_factsIn', pack.version, day(pack.reviewed))}</span>
      </footer>
    </div>
  );
}
