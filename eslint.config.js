import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Raw IPC is allowed only in the two files that wire the Electron transport.
const IPC_TRANSPORT_FILES = ['src/main/shell/electron-ipc.ts', 'src/preload/index.ts'];

export default tseslint.config(
  { ignores: ['out', 'dist', 'node_modules', 'test-results', 'playwright-report', 'docs', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // This rule warns that TanStack Virtual cannot be memoized by the React Compiler. The app
      // does not use the compiler, and the virtualised lists are the ones the spec asks for.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', 'electron', 'node:*'],
              message: 'The renderer reaches main only through the bridge.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: IPC_TRANSPORT_FILES,
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Identifier[name='ipcMain']",
          message:
            'Use the bridge router; raw ipcMain lives in src/main/shell/electron-ipc.ts only.',
        },
        {
          selector: "Identifier[name='ipcRenderer']",
          message: 'Use the bridge client; raw ipcRenderer lives in src/preload/index.ts only.',
        },
      ],
    },
  },
);
