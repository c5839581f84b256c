import type { OptionsTranslator } from '../../lib/i18n/options-catalogs';
import type { ShortcutState } from '../../lib/options/options-model';
import { Section } from './controls';

/** The `open-context` shortcut, and how to change it in this browser. */
export function ShortcutSection(props: {
  t: OptionsTranslator;
  shortcut: ShortcutState;
  browserName: 'chrome' | 'firefox';
  onOpenSettings?: () => void;
}) {
  const { t, shortcut } = props;
  const current =
    shortcut === undefined
      ? ''
      : shortcut === null
        ? t('options_shortcut_unknown')
        : shortcut === ''
          ? t('options_shortcut_none')
          : t('options_shortcut_current', shortcut);
  return (
    <Section id="shortcut" heading={t('options_shortcut_heading')}>
      <p>{t('options_shortcut_what')}</p>
      <p class="shortcut" data-testid="shortcut-current">
        {current}
      </p>
      <p class="hint">
        {t(
          props.browserName === 'firefox'
            ? 'options_shortcut_howFirefox'
            : 'options_shortcut_howChrome',
        )}
      </p>
      {props.onOpenSettings && (
        <button type="button" class="button" onClick={props.onOpenSettings}>
          {t('options_shortcut_open')}
        </button>
      )}
    </Section>
  );
}
