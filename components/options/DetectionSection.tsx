import { ACRONYM_STRICTNESS, NAME_GROUPS } from '../../lib/settings/schema';
import { CheckboxField, RadioGroup, Section } from './controls';
import type { SectionProps } from './types';

/** Which names are detected, and how sure "MPP" must be. */
export function DetectionSection({ t, settings, onChange }: SectionProps) {
  const { names, acronymStrictness } = settings;
  return (
    <Section id="detection" heading={t('options_detection_heading')}>
      <fieldset class="group" data-testid="setting-names">
        <legend>{t('options_names_legend')}</legend>
        {NAME_GROUPS.map((group) => (
          <CheckboxField
            key={group}
            id={`setting-names-${group}`}
            label={t(`options_names_${group}`)}
            checked={names[group]}
            onChange={(on) => onChange('names', { ...names, [group]: on })}
          />
        ))}
      </fieldset>
      <RadioGroup
        id="setting-acronymStrictness"
        legend={t('options_strictness_legend')}
        value={acronymStrictness}
        disabled={!names.acronym}
        choices={ACRONYM_STRICTNESS.map((level) => ({
          value: level,
          label: t(`options_strictness_${level}`),
          hint: t(`options_strictness_${level}_hint`),
        }))}
        onChange={(level) => onChange('acronymStrictness', level)}
      />
    </Section>
  );
}
