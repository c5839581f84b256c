import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { PACK_ALIAS, assertPackFile, resolvePackPath } from './lib/facts/check-pack-file';

// The fact pack to validate and bundle; FACTMARK_PACK swaps it (docs/facts.md).
const packPath = resolvePackPath();

// https://wxt.dev/api/config.html
export default defineConfig({
  // Every dependency is imported explicitly (from '#imports' for WXT APIs), so a reader sees where
  // each name comes from and components/ is not silently made global.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Factmark',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    homepage_url: 'https://github.com/factmark/factmark',
    permissions: ['storage'],
    action: { default_title: '__MSG_extActionTitle__' },
    // Firefox-only key. The function form keeps it out of the Chrome manifest (a static object leaks
    // into every browser's manifest in WXT 0.20).
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'factmark@factmark.org',
          strict_min_version: '128.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  // WXT 0.20 has no Preact module: any Vite plugin goes here.
  vite: () => ({ plugins: [preact()] }),
  // lib/facts/pack.ts imports the pack through this alias, so the bundle holds the validated file.
  alias: { [PACK_ALIAS]: packPath },
  // A pack with any issue stops the build before anything is bundled.
  hooks: { 'build:before': () => assertPackFile(packPath) },
});
