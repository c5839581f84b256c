import { useEffect, useState } from 'preact/hooks';
import { HOVER_DELAY_MS } from '../../lib/settings/schema';
import type { OptionsTranslator } from '../../lib/i18n/options-catalogs';

/**
 * The hover delay in milliseconds. It saves when the value is committed (Enter, blur, the
 * spinner), not on every keystroke: typing "1000" must not save 1, 10 and 100 on the way.
 */
export function HoverDelayField(props: {
  t: OptionsTranslator;
  value: number;
  disabled: boolean;
  onCommit: (value: number) => void;
}) {
  const { t, value } = props;
  const [text, setText] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(String(value));
    setInvalid(false);
  }, [value]);

  const commit = () => {
    const ms = Number(text);
    const ok =
      text.trim() !== '' &&
      Number.isInteger(ms) &&
      ms >= HOVER_DELAY_MS.min &&
      ms <= HOVER_DELAY_MS.max;
    setInvalid(!ok);
    if (ok && ms !== value) props.onCommit(ms);
  };

  const id = 'setting-trigger-hoverDelayMs';
  return (
    <div class="field field--nested">
      <label for={id}>{t('options_trigger_delayLabel')}</label>
      <input
        type="number"
        id={id}
        data-testid={id}
        class="number"
        min={HOVER_DELAY_MS.min}
        max={HOVER_DELAY_MS.max}
        step={50}
        value={text}
        disabled={props.disabled}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={`${id}-hint ${id}-error`}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={commit}
      />
      <p id={`${id}-hint`} class="hint">
        {t('options_trigger_delayHint')}
      </p>
      <p id={`${id}-error`} class="error" aria-live="polite">
        {invalid ? t('options_trigger_delayInvalid') : ''}
      </p>
    </div>
  );
}
