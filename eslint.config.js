// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Raw-HTML sinks. Only lib/sanitize.ts (the DOMPurify choke point) may use them. */
const rawHtmlSinks = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'Raw HTML only through lib/sanitize.ts (DOMPurify).',
  },
  {
    selector: "MemberExpression[property.name='outerHTML']",
    message: 'Raw HTML only through lib/sanitize.ts (DOMPurify).',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Raw HTML only through lib/sanitize.ts (DOMPurify).',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Raw HTML only through lib/sanitize.ts (DOMPurify).',
  },
  {
    selector: "Property[key.name='dangerouslySetInnerHTML']",
    message: 'Raw HTML only through lib/sanitize.ts (DOMPurify).',
  },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'document.write is forbidden.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.probe/**',
      '.wxt/**',
      'node_modules/**',
      'tests/fixtures/corpus/**',
      'bench/results/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      'no-restricted-syntax': ['error', ...rawHtmlSinks],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The one module allowed to produce DOM from an HTML string.
    files: ['lib/sanitize.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
