import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';

// Modules are self-contained: anything outside a module may import only its index.ts.
const deepModuleImport = {
  group: ['**/modules/*/*', '!**/modules/*/index.ts', '!**/modules/*/index.js'],
  message:
    "Import another module only through its index.ts (DEVELOPERS.md: a module's index is its only public face).",
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.hexamall/**', 'packages/sdk/src/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Vue single-file components (apps/): TypeScript in <script setup lang="ts">, which type-checks undefined names.
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
    rules: {
      'no-undef': 'off',
      'vue/multi-word-component-names': 'off',
      // Layout is Prettier's job.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/html-indent': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['packages/server/src/**/*.ts'],
    ignores: ['packages/server/src/modules/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepModuleImport] }] },
  },
  {
    // Inside a module: its own files are fine, other modules only through their index.
    files: ['packages/server/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // A regex, not a gitignore group: the group '../../*/*' also matched '../../../platform/index.ts'
              // ('..' counted as a folder), refusing every platform import from services/ and routes/.
              regex:
                '^(\\.\\./\\.\\./(?!\\.\\./|platform/|testing/)|(\\.\\./)+modules/)[^/]+/(?!index\\.[jt]s$).+',
              message: 'Import another module only through its index.ts.',
            },
          ],
        },
      ],
    },
  },
);
