import { CITATION_FORMATS, LANGUAGE_PREFERENCES, THEMES } from '../../lib/settings/schema';
import { RadioGroup, Section, SelectField } from './controls';
import type { SectionProps } from './types';

/** The citation format used when copying facts. */
export function CitationSection({ t, settings, onChange }: SectionProps) {
  return (
    <Section id="citation" heading={t('options_citation_heading')}>
      <SelectField
        id="setting-citationFormat"
        label={t('options_citation_label')}
        hint={t('options_citation_hint')}
        value={settings.citationFormat}
        choices={CITATION_FORMATS.map((format) => ({
          value: format,
          label: t(`citation_format_${format}`),
        }))}
        onChange={(format) => onChange('citationFormat', format)}
      />
    </Section>
  );
}

/** Interface language and theme. Language names are written in their own language. */
export function DisplaySection({ t, settings, onChange }: SectionProps) {
  return (
    <Section id="display" heading={t('options_display_heading')}>
      <SelectField
        id="setting-language"
        label={t('options_language_label')}
        hint={t('options_language_hint')}
        value={settings.language}
        choices={LANGUAGE_PREFERENCES.map((lang) => ({
          value: lang,
          label: lang === 'auto' ? t('options_language_auto') : t(`langName_${lang}`),
          lang: lang === 'auto' ? undefined : lang,
        }))}
        onChange={(language) => onChange('language', language)}
      />
      <RadioGroup
        id="setting-theme"
        legend={t('options_theme_legend')}
        value={settings.theme}
        choices={THEMES.map((theme) => ({ value: theme, label: t(`options_theme_${theme}`) }))}
        onChange={(theme) => onChange('theme', theme)}
      />
    </Section>
  );
}
