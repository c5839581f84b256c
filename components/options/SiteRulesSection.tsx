import { useEffect, useRef, useState } from 'preact/hooks';
import { normalizeHostname } from '../../lib/settings/hostname';
import { activeList, addSite, removeSite, SITE_MODES } from '../../lib/settings/site-rules';
import { RadioGroup, Section } from './controls';
import type { SectionProps } from './types';

const ADD_ID = 'setting-siteRules-add-input';

/** The site mode and the editable list it uses. */
export function SiteRulesSection({ t, settings, onChange }: SectionProps) {
  const rules = settings.siteRules;
  const list = activeList(rules);
  const sites = rules[list];
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // After a removal, focus the next Remove button (or the add field) instead of losing it.
  const focusIndex = useRef<number | null>(null);
  useEffect(() => {
    if (focusIndex.current === null) return;
    const buttons = listRef.current?.querySelectorAll('button') ?? [];
    const next = buttons[Math.min(focusIndex.current, buttons.length - 1)] ?? inputRef.current;
    next?.focus();
    focusIndex.current = null;
  }, [sites.join(' ')]);

  const add = (event: Event) => {
    event.preventDefault();
    const host = normalizeHostname(input);
    if (host === null) return setError(t('options_sites_invalid', input.trim()));
    if (sites.includes(host)) return setError(t('options_sites_duplicate', host));
    setError('');
    setInput('');
    onChange('siteRules', addSite(rules, list, host));
  };
  const remove = (site: string, index: number) => {
    focusIndex.current = index;
    onChange('siteRules', removeSite(rules, list, site));
  };

  return (
    <Section id="sites" heading={t('options_sites_heading')}>
      <RadioGroup
        id="setting-siteRules-mode"
        legend={t('options_sites_modeLegend')}
        value={rules.mode}
        choices={SITE_MODES.map((mode) => ({
          value: mode,
          label: t(mode === 'only' ? 'options_sites_mode_only' : 'options_sites_mode_allExcept'),
        }))}
        onChange={(mode) => onChange('siteRules', { ...rules, mode })}
      />
      <h3 id="site-list-heading">
        {t(list === 'only' ? 'options_sites_list_only' : 'options_sites_list_allExcept')}
      </h3>
      {sites.length === 0 ? (
        <p class="empty">{t('options_sites_empty')}</p>
      ) : (
        <ul
          class="site-list"
          ref={listRef}
          aria-labelledby="site-list-heading"
          data-testid="setting-siteRules-list"
        >
          {sites.map((site, index) => (
            <li key={site}>
              <span class="site">{site}</span>
              <button
                type="button"
                class="button button--quiet"
                aria-label={t('options_sites_removeLabel', site)}
                onClick={() => remove(site, index)}
              >
                {t('options_sites_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="field" onSubmit={add} noValidate>
        <label for={ADD_ID}>{t('options_sites_addLabel')}</label>
        <div class="row">
          <input
            ref={inputRef}
            id={ADD_ID}
            data-testid={ADD_ID}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={input}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={`${ADD_ID}-hint ${ADD_ID}-error`}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
          <button type="submit" class="button" data-testid="setting-siteRules-add">
            {t('options_sites_addButton')}
          </button>
        </div>
        <p id={`${ADD_ID}-hint`} class="hint">
          {t('options_sites_addHint')}
        </p>
        <p id={`${ADD_ID}-error`} class="error" aria-live="polite">
          {error}
        </p>
      </form>
    </Section>
  );
}
