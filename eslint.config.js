// ESLint flat config. The layering table of DESIGN §2 is encoded here as no-restricted-imports
// blocks, one per environment folder: a violating import fails `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const ANALYTICS_RULE = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'analytics/ must not import electron (DESIGN §2).' },
    { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'antd', 'antd/*'], message: 'analytics/ must not import React or UI libraries (DESIGN §2).' },
    { regex: '(^|/)renderer(/|$)', message: 'analytics/ must not import renderer code (DESIGN §2).' },
    { regex: '(^|/)electron/', message: 'analytics/ must not import the electron shell (DESIGN §2).' },
  ],
};

const ELECTRON_RULE = {
  patterns: [
    { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'antd', 'antd/*'], message: 'electron/ must not import React (DESIGN §2).' },
    { regex: '(^|/)renderer/(?!dist)', message: 'electron/ must not import renderer source (DESIGN §2).' },
  ],
};

const RENDERER_RULE = {
  paths: nodeBuiltins.map((name) => ({ name, message: 'renderer/ must not import Node built-ins (DESIGN §2).' })),
  patterns: [
    { group: ['electron', 'electron/*'], message: 'renderer/ must not import electron; use window.workstation (DESIGN §2).' },
    { group: ['@duckdb/*'], message: 'renderer/ must not import DuckDB; call the engine through the contract (DESIGN §2).' },
    { regex: '(^|/)analytics/(?!contract(\\.ts)?$)', message: 'renderer/ may import only types from analytics/contract (DESIGN §2).' },
    { regex: '(^|/)analytics/contract(\\.ts)?$', allowTypeImports: true, message: 'renderer/ may import only types (import type) from analytics/contract (DESIGN §2).' },
    { regex: '(^|/)electron/', message: 'renderer/ must not import the electron shell (DESIGN §2).' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/**', '**/dist/**', 'out/**', 'sample-data/exports/**', 'tmp/**', '.prof/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['analytics/**/*.{ts,mjs,js}', 'sample-data/**/*.{ts,mjs,js}'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-restricted-imports': ['error', ANALYTICS_RULE] },
  },
  {
    files: ['electron/**/*.{ts,mjs,js}'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-restricted-imports': ['error', ELECTRON_RULE] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: { '@typescript-eslint/no-restricted-imports': ['error', RENDERER_RULE] },
  },
  {
    // End-to-end tests drive the built UI from outside (Node + Chromium): Node built-ins are allowed
    // there, but they still reach the engine only through the CLI and HTTP, never by import.
    files: ['renderer/e2e/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', '@duckdb/*'], message: 'e2e tests use the app from outside (CLI, HTTP, browser).' },
          { regex: '(^|/)(analytics|electron)/', message: 'e2e tests use the app from outside (CLI, HTTP, browser).' },
        ],
      }],
    },
  },
  {
    files: ['*.config.{js,ts}', '.ci/**/*.{js,mjs}', 'build/**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
);
