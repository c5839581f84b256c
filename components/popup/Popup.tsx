/**
 * The whole popup, rendered from the model's signals: the site switch up top, then what this
 * page says (or why it cannot be read), the policy, search, and the quieter controls and notes.
 */
import { formatDay } from '../../lib/citation/dates';
import type { UiMessageKey, UiTranslator } from '../../lib/i18n';
import type { UnavailableReason } from '../../lib/popup/page-access';
import type { PopupModel } from '../../lib/popup/popup-model';
import { FactsUsedSection, MentionsSection } from './PageSection';
import { PolicyOverview } from './PolicyOverview';
import { SearchSection } from './SearchSection';

const REASON_KEYS: Record<UnavailableReason, UiMessageKey> = {
  'browser-page': 'popup_unavailable_browserPage',
  'web-store': 'popup_unavailable_webStore',
  pdf: 'popup_unavailable_pdf',
  file: 'popup_unavailable_file',
  'no-tab': 'popup_unavailable_noTab',
  'no-response': 'popup_unavailable_noResponse',
};

function Switch(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class="switch">
      <input
        type="checkbox"
        role="switch"
        id={props.id}
        data-testid={props.id}
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}

function Unavailable({ t, reason }: { t: UiTranslator; reason: UnavailableReason }) {
  return (
    <section class="section unavailable" data-testid="unavailable" data-reason={reason}>
      <h2>{t('popup_unavailableHeading')}</h2>
      <p>{t(REASON_KEYS[reason])}</p>
    </section>
  );
}

export function Popup({ model }: { model: PopupModel }) {
  const t = model.t.value;
  const phase = model.phase.value;
  const listing = model.listing.value;
  const site = model.site.value;
  const notice = model.notice.value;
  const { pack } = model;
  return (
    <>
      <header class="top">
        <h1 class="brand">{t('popup_pageTitle')}</h1>
        <button type="button" class="link" data-testid="open-options" onClick={model.openOptions}>
          {t('openSettings')}
        </button>
      </header>
      <main aria-busy={phase === 'loading'}>
        {phase === 'ready' && listing && (
          <>
            {site ? (
              <Switch
                id="site-toggle"
                label={t('popup_siteSwitch', site)}
                checked={model.siteEnabled.value}
                onChange={() => void model.toggleSite()}
              />
            ) : (
              <p class="note">{t('popup_noSite')}</p>
            )}
            <MentionsSection
              listing={listing}
              site={site}
              t={t}
              onJump={(id) => void model.jump(id)}
            />
            <FactsUsedSection
              pack={pack}
              facts={model.used.value}
              t={t}
              notice={notice}
              onCopy={(fact) => void model.copyFact(fact)}
              onCopyNote={() => void model.copyReadingNote()}
            />
          </>
        )}
        {phase === 'unavailable' && model.reason.value && (
          <Unavailable t={t} reason={model.reason.value} />
        )}
        <PolicyOverview pack={pack} headline={model.headline} t={t} />
        <SearchSection
          pack={pack}
          t={t}
          query={model.query.value}
          results={model.results.value}
          notice={notice}
          onQuery={model.setQuery}
          onCopy={(hit) => void model.copyHit(hit)}
        />
        <section class="section" aria-labelledby="controls-heading">
          <h2 id="controls-heading" class="visually-hidden">
            {t('popup_controlsHeading')}
          </h2>
          <Switch
            id="pause-toggle"
            label={t('popup_pauseSwitch')}
            checked={!model.settings.enabled.value}
            onChange={(paused) => void model.setPaused(paused)}
          />
        </section>
      </main>
      <footer class="foot">
        <p data-testid="pack-version">
          {t('popup_packLine', pack.version, formatDay(pack.reviewed, t.lang))}
        </p>
        <p data-testid="privacy">{t('popup_privacy')}</p>
      </footer>
      <div class="toast" role="status" aria-live="polite" data-testid="copy-status">
        {notice?.text ?? ''}
      </div>
    </>
  );
}
