import type { OptionsMessageKey } from '../../lib/i18n/options-catalogs';
import { MARK_STYLES, TRIGGER_MODES, type MarkStyle } from '../../lib/settings/schema';
import { RadioGroup, Section } from './controls';
import { HoverDelayField } from './HoverDelayField';
import type { SectionProps } from './types';

const MARK_STYLE_LABELS: Record<MarkStyle, OptionsMessageKey> = {
  'underline-dotted': 'options_markStyle_underlineDotted',
  'underline-solid': 'options_markStyle_underlineSolid',
  tint: 'options_markStyle_tint',
  hidden: 'options_markStyle_hidden',
};

/** How mentions look, and what opens their context card. */
export function MarksSection({ t, settings, onChange }: SectionProps) {
  const { markStyle, trigger } = settings;
  return (
    <Section id="marks" heading={t('options_marks_heading')}>
      <RadioGroup
        id="setting-markStyle"
        legend={t('options_markStyle_legend')}
        value={markStyle}
        choices={MARK_STYLES.map((style) => ({
          value: style,
          label: t(MARK_STYLE_LABELS[style]),
          hint: style === 'hidden' ? t('options_markStyle_hidden_hint') : undefined,
          sample: (
            <span class={`mark-sample mark-sample--${style}`}>{t('options_markStyle_sample')}</span>
          ),
        }))}
        onChange={(style) => onChange('markStyle', style)}
      />
      <RadioGroup
        id="setting-trigger-mode"
        legend={t('options_trigger_legend')}
        value={trigger.mode}
        choices={TRIGGER_MODES.map((mode) => ({
          value: mode,
          label: t(`options_trigger_${mode}`),
        }))}
        onChange={(mode) => onChange('trigger', { ...trigger, mode })}
      >
        <HoverDelayField
          t={t}
          value={trigger.hoverDelayMs}
          disabled={trigger.mode !== 'hover'}
          onCommit={(hoverDelayMs) => onChange('trigger', { ...trigger, hoverDelayMs })}
        />
      </RadioGroup>
    </Section>
  );
}
