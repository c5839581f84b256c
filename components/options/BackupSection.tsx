import { useEffect, useRef, useState } from 'preact/hooks';
import type { OptionsTranslator } from '../../lib/i18n/options-catalogs';
import { MAX_SETTINGS_FILE_CHARS } from '../../lib/settings/transfer';
import { Section } from './controls';

/** Export, import, reset (after confirmation) and the "Not this MPP" memory. */
export function BackupSection(props: {
  t: OptionsTranslator;
  importError: string;
  dismissedSites: number;
  onExport: () => void;
  onImport: (text: string) => void;
  onReset: () => void;
  onForgetDismissed: () => void;
}) {
  const { t } = props;
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // Focus the safe choice when asking, and return focus to the reset button afterwards.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) resetRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Read one character past the limit at most, so a huge file is refused without loading it.
    const text = await file.slice(0, MAX_SETTINGS_FILE_CHARS + 1).text();
    input.value = '';
    props.onImport(text);
  };

  return (
    <Section id="backup" heading={t('options_backup_heading')}>
      <div class="field">
        <button type="button" class="button" data-testid="export-settings" onClick={props.onExport}>
          {t('options_export_button')}
        </button>
        <p class="hint">{t('options_export_hint')}</p>
      </div>
      <div class="field">
        <label for="import-settings">{t('options_import_label')}</label>
        <input
          type="file"
          id="import-settings"
          data-testid="import-settings"
          accept=".json,application/json"
          aria-describedby="import-error"
          onChange={(event) => void importFile(event.currentTarget)}
        />
        <div id="import-error" class="error" role="alert" data-testid="import-error">
          {props.importError}
        </div>
      </div>
      <div class="field">
        <p>
          {props.dismissedSites > 0
            ? t.plural('options_dismissed_count', props.dismissedSites)
            : t('options_dismissed_none')}
        </p>
        <button
          type="button"
          class="button"
          data-testid="forget-dismissed"
          disabled={props.dismissedSites === 0}
          onClick={props.onForgetDismissed}
        >
          {t('options_dismissed_forget')}
        </button>
      </div>
      <div class="field">
        {confirming ? (
          <div
            class="confirm"
            role="group"
            aria-labelledby="reset-question"
            onKeyDown={(event) => event.key === 'Escape' && setConfirming(false)}
          >
            <p id="reset-question">{t('options_reset_question')}</p>
            <div class="row">
              <button
                type="button"
                class="button button--danger"
                data-testid="reset-confirm"
                onClick={() => {
                  setConfirming(false);
                  props.onReset();
                }}
              >
                {t('options_reset_confirm')}
              </button>
              <button
                type="button"
                class="button"
                ref={cancelRef}
                onClick={() => setConfirming(false)}
              >
                {t('options_reset_cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            class="button"
            ref={resetRef}
            data-testid="reset-settings"
            onClick={() => setConfirming(true)}
          >
            {t('options_reset_button')}
          </button>
        )}
      </div>
    </Section>
  );
}
