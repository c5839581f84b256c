import { CheckboxField, Section } from './controls';
import type { SectionProps } from './types';

/** The global switch and the screen-reader announcement. */
export function GeneralSection({ t, settings, onChange }: SectionProps) {
  return (
    <Section id="general" heading={t('options_general_heading')}>
      <CheckboxField
        id="setting-enabled"
        label={t('options_enabled_label')}
        hint={t('options_enabled_hint')}
        checked={settings.enabled}
        onChange={(enabled) => onChange('enabled', enabled)}
      />
      <CheckboxField
        id="setting-announce"
        label={t('options_announce_label')}
        hint={t('options_announce_hint')}
        checked={settings.announce}
        onChange={(announce) => onChange('announce', announce)}
      />
    </Section>
  );
}
