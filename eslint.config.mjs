import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'examples/*/dist/',
      'node_modules/',
      'custom-elements.json',
      'examples/billing-api/data/',
      '.test-output/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: [
      'src/**/*.ts',
      'test/**/*.ts',
      'test/**/fixtures/**/*.js',
      'examples/affiliate-site/**/*.js',
      'examples/react/src/**/*.tsx',
      'examples/vue/src/**/*.ts',
      'benchmarks/pages/**/*.js',
    ],
    languageOptions: { globals: globals.browser },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'examples/billing-api/**/*.ts',
      'test/node/**/*.ts',
      'test/e2e/**/*.mjs',
      'benchmarks/**/*.mjs',
      'conformance/**/*.mjs',
      '*.mjs',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Playwright runs these callbacks in the page.
    files: ['test/e2e/**/*.mjs', 'benchmarks/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never render strings as HTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Never render strings as HTML.' },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Never render strings as HTML.',
        },
        { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: 'Never render strings as HTML.' },
      ],
    },
  },
);
