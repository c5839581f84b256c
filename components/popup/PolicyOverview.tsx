/** What the policy is: title, summary, status with its date, and the headline figures. */
import { formatDay } from '../../lib/citation/dates';
import type { Fact, FactPack, PolicyState } from '../../lib/facts/types';
import type { UiMessageKey, UiTranslator } from '../../lib/i18n';
import { FactCard, SourceLine } from './FactCard';

const STATE_KEYS: Record<PolicyState, UiMessageKey> = {
  announced: 'popup_state_announced',
  'in-effect': 'popup_state_inEffect',
  enjoined: 'popup_state_enjoined',
  suspended: 'popup_state_suspended',
  terminated: 'popup_state_terminated',
  'court-ordered-restart': 'popup_state_courtOrderedRestart',
  'wound-down': 'popup_state_woundDown',
  reinstated: 'popup_state_reinstated',
};

export function PolicyOverview(props: { pack: FactPack; headline: Fact[]; t: UiTranslator }) {
  const { pack, t } = props;
  const lang = t.lang;
  const { status } = pack;
  return (
    <section class="section" aria-labelledby="policy-heading">
      <h2 id="policy-heading">{pack.title[lang]}</h2>
      <p data-testid="summary">{pack.summary[lang]}</p>
      <div class="status" data-testid="policy-status">
        <p>
          <strong>{t('popup_statusLabel', t(STATE_KEYS[status.state]))}</strong>{' '}
          <span class="meta">{t('popup_statusAsOf', formatDay(status.asOf, lang))}</span>
        </p>
        <p>{status.text[lang]}</p>
        <SourceLine pack={pack} item={status} t={t} />
      </div>
      <h3>{t('popup_figuresHeading')}</h3>
      <ul class="figures" data-testid="figures">
        {props.headline.map((fact) => (
          <li key={fact.id}>
            <FactCard pack={pack} fact={fact} t={t} idPrefix="figure" showFigure />
          </li>
        ))}
      </ul>
    </section>
  );
}
