/**
 * Every setting, declared once: storage key, schema, default and version. `sync:` settings follow
 * the reader across browsers where sync is on; they are what export, import and reset cover.
 *
 * No setting has changed shape yet, so all are at version 1 with no migrations. To change one,
 * see "Changing a setting's shape" in README.md.
 */
import * as v from 'valibot';
import { defineSetting, type Setting } from './define-setting';
import {
  ACRONYM_STRICTNESS,
  CITATION_FORMATS,
  LANGUAGE_PREFERENCES,
  MARK_STYLES,
  namesSchema,
  THEMES,
  triggerSchema,
} from './schema';
import { DEFAULT_SITE_RULES, siteRulesSchema } from './site-rules';

export const settingItems = {
  /** Global on/off. */
  enabled: defineSetting('sync:enabled', { schema: v.boolean(), fallback: true, version: 1 }),
  /** Where Factmark runs (see `site-rules.ts`). */
  siteRules: defineSetting('sync:siteRules', {
    schema: siteRulesSchema,
    fallback: DEFAULT_SITE_RULES,
    version: 1,
  }),
  /** Which name groups are detected. */
  names: defineSetting('sync:names', {
    schema: namesSchema,
    fallback: { common: true, official: true, acronym: true, spanish: true },
    version: 1,
  }),
  /** How sure the detector must be that "MPP" means this policy. */
  acronymStrictness: defineSetting('sync:acronymStrictness', {
    schema: v.picklist(ACRONYM_STRICTNESS),
    fallback: 'balanced',
    version: 1,
  }),
  /** How mentions are drawn on the page. */
  markStyle: defineSetting('sync:markStyle', {
    schema: v.picklist(MARK_STYLES),
    fallback: 'underline-dotted',
    version: 1,
  }),
  /** What opens the popover. */
  trigger: defineSetting('sync:trigger', {
    schema: triggerSchema,
    fallback: { mode: 'hover', hoverDelayMs: 300 },
    version: 1,
  }),
  /** The screen-reader "Context available: N mentions" announcement. */
  announce: defineSetting('sync:announce', { schema: v.boolean(), fallback: true, version: 1 }),
  /** The format of copied citations. */
  citationFormat: defineSetting('sync:citationFormat', {
    schema: v.picklist(CITATION_FORMATS),
    fallback: 'plain',
    version: 1,
  }),
  /** Interface language preference (see `resolveUiLang`). */
  language: defineSetting('sync:language', {
    schema: v.picklist(LANGUAGE_PREFERENCES),
    fallback: 'auto',
    version: 1,
  }),
  /** Light, dark, or follow the system. */
  theme: defineSetting('sync:theme', {
    schema: v.picklist(THEMES),
    fallback: 'auto',
    version: 1,
  }),
};

/** The name of a synced setting. */
export type SettingName = keyof typeof settingItems;

/** The value type of a setting. */
export type SettingValue<K extends SettingName> =
  (typeof settingItems)[K] extends Setting<infer T> ? T : never;

/** Every synced setting's value. */
export type Settings = { [K in SettingName]: SettingValue<K> };

/** The setting names, in declaration order. */
export const SETTING_NAMES = Object.keys(settingItems) as SettingName[];
