import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { PACK_ALIAS, assertPackFile, resolvePackPath } from './lib/facts/check-pack-file';
import { detectorDataPlugin } from './lib/facts/detector-data-plugin';
import { buildLocaleFiles } from './lib/i18n/build-locales';
import { catalogNotesPlugin } from './lib/i18n/catalog-notes-plugin';

/** The Content Security Policy of our own pages (popup, options): our files only. */
const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

// The fact pack to validate and bundle; FACTMARK_PACK swaps it (docs/facts.md).
const packPath = resolvePackPath();

// https://wxt.dev/api/config.html
export default defineConfig({
  // Every dependency is imported explicitly (from '#imports' for WXT APIs), so a reader sees where
  // each name comes from and components/ is not silently made global.
  imports: false,
  manifest: ({ browser, command, manifestVersion }) => ({
    name: '__MSG_extName__',
    short_name: 'Factmark',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    homepage_url: 'https://github.com/factmark/factmark',
    // activeTab (no install warning) lets the popup read the URL of the tab it was opened on, so
    // it can say why a browser page, store or PDF cannot be read instead of only "no answer".
    permissions: ['storage', 'activeTab'],
    // The popover's UI bundle, imported by the content script on the first popover (it keeps the
    // script that runs on every page small). Only our http(s) content script may load it; in
    // Chrome its URL changes per session, so pages cannot probe for the extension with it.
    web_accessible_resources: [
      {
        resources: ['popover-ui.js'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    action: { default_title: '__MSG_extActionTitle__' },
    // Extension pages run only our own bundled scripts: no eval, no remote code, no plugins, no
    // <base> tricks. (Dev mode keeps WXT's default, which its reload server needs.)
    ...(command === 'build' && {
      content_security_policy:
        manifestVersion === 3
          ? { extension_pages: EXTENSION_PAGES_CSP }
          : (EXTENSION_PAGES_CSP as unknown as { extension_pages: string }),
    }),
    // The options page shows this shortcut and explains how to change it.
    commands: {
      'open-context': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandOpenContext__',
      },
    },
    // Firefox-only key. The function form keeps it out of the Chrome manifest (a static object leaks
    // into every browser's manifest in WXT 0.20).
    // light-dark() in our pages needs Chrome 123; highlights, :has() and checkVisibility() are older.
    ...(browser !== 'firefox' && { minimum_chrome_version: '123' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'factmark@factmark.org',
          // The CSS Custom Highlight API (our marks) arrived in Firefox 140.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    // A pack with any issue stops the build before anything is bundled.
    'build:before': () => assertPackFile(packPath),
    // locales/<lang>/*.json (split by area) → _locales/<lang>/messages.json for __MSG_*__.
    'build:publicAssets': (wxt, files) => {
      files.push(...buildLocaleFiles(resolve(wxt.config.root, 'locales')));
    },
  },
  // The Firefox sources zip is for add-on reviewers: leave out test pages, screenshots and caches.
  zip: {
    excludeSources: [
      'tests/fixtures/**',
      'docs/screenshots/**',
      'bench/**',
      'test-results/**',
      'reports/**',
    ],
  },
  // WXT 0.20 has no Preact module: any Vite plugin goes here. The detector data plugin gives the
  // content script the pack's names and cues without their texts.
  vite: () => ({ plugins: [preact(), detectorDataPlugin(packPath), catalogNotesPlugin()] }),
  // lib/facts/pack.ts imports the pack through this alias, so the bundle holds the validated file.
  alias: { [PACK_ALIAS]: packPath },
});
