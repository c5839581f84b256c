/**
 * Settings: typed, validated, versioned storage items and their helpers. See README.md.
 *
 * `bindStorageItem` is deliberately not re-exported: it imports @preact/signals, a module with
 * side effects that bundlers keep even when unused, and this barrel is what the content script
 * imports. UI code imports it from './bind-storage-item'.
 */
export {
  defineSetting,
  writeSettings,
  type Setting,
  type SettingDeclaration,
} from './define-setting';
export {
  dismissedNames,
  dismissedOn,
  forgetDismissed,
  setDismissed,
  withDismissal,
  type DismissedNames,
} from './dismissed';
export { hostMatches, normalizeHostname } from './hostname';
export {
  SETTING_NAMES,
  settingItems,
  type SettingName,
  type Settings,
  type SettingValue,
} from './items';
export * from './schema';
export { getSettings, resetSettings, setSetting, watchSettings } from './settings';
export {
  activeList,
  addSite,
  DEFAULT_SITE_RULES,
  isSiteEnabled,
  removeSite,
  SITE_MODES,
  toggleSite,
  type SiteListName,
  type SiteMode,
  type SiteRules,
} from './site-rules';
export {
  exportSettings,
  importSettings,
  parseSettingsFile,
  type ImportProblem,
  type ImportResult,
} from './transfer';
