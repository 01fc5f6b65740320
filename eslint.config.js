// Lint rules, including the one-way import direction from DEVELOPERS.md:
// db/ knows nothing of Electron or React; renderer/ imports only types from the shared contract;
// nothing outside main/ touches Electron.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import formatjs from 'eslint-plugin-formatjs';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Renderer files whose every user-visible string comes from the i18n catalogue (renderer/src/i18n/messages):
// a literal in their JSX text or in a text prop fails the lint. The list grows file by file until it is
// `renderer/src/**`; tests/unit/i18n-catalogue.test.ts checks the catalogues themselves.
const translatedFiles = [
  'renderer/src/i18n/**',
  'renderer/src/components/AppHeader.tsx',
  'renderer/src/components/NavRail.tsx',
  'renderer/src/views/PlanView.tsx',
  'renderer/src/views/NotesView.tsx',
  'renderer/src/components/marks.tsx',
  'renderer/src/components/inspector/**',
  'renderer/src/components/LockedFields.tsx',
  'renderer/src/components/DeleteDepartmentDialog.tsx',
  'renderer/src/views/TreeView.tsx',
  'renderer/src/views/XMatrixView.tsx',
  'renderer/src/views/MergeView.tsx',
  'renderer/src/catchball/**',
  'renderer/src/review/**',
  'renderer/src/views/ReviewView.tsx',
  'renderer/src/views/DepartmentsView.tsx',
  'renderer/src/components/FindField.tsx',
  'renderer/src/next-year/**',
  'renderer/src/views/GapsView.tsx',
  'renderer/src/views/CascadeView.tsx',
  'renderer/src/gaps/**',
  'renderer/src/import-wizard/**',
  'renderer/src/App.tsx',
  'renderer/src/main.tsx',
  'renderer/src/components/CommandPalette.tsx',
  'renderer/src/components/ConfirmDialog.tsx',
  'renderer/src/components/ErrorBanner.tsx',
  'renderer/src/components/NoticeBar.tsx',
  'renderer/src/components/ShortcutsHelp.tsx',
  'renderer/src/components/icons.tsx',
  'renderer/src/components/outline/**',
  'renderer/src/forms/**',
  'renderer/src/views/ReportView.tsx',
  'renderer/src/report/**',
  'renderer/src/xmatrix/**',
  'renderer/src/picture/**',
  'renderer/src/tree/AlignmentTree.tsx',
  'renderer/src/tree/LinkPopover.tsx',
  'renderer/src/tree/NodeCard.tsx',
  'renderer/src/tree/TreeDefs.tsx',
  'renderer/src/tree/TreeEdges.tsx',
  'renderer/src/tree/TreeGapBar.tsx',
  'renderer/src/tree/TreeLegend.tsx',
  'renderer/src/tree/TreeNode.tsx',
  'renderer/src/tree/TreeToolbar.tsx',
  'renderer/src/tree/tree-icons.tsx',
  'renderer/src/tree/tree-picture.tsx',
];

const electronAndUi = [
  { name: 'electron', message: 'Only main/ may use Electron.' },
  { name: 'react', message: 'React belongs to renderer/ only.' },
  { name: 'react-dom', message: 'React belongs to renderer/ only.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['contract/**', 'core/**', 'db/**', 'services/**', 'server/**', 'cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronAndUi,
          patterns: [
            {
              // The renderer's CSP is the one piece of renderer/ web mode must send as a header.
              group: ['**/main/**', '**/renderer/**', '!**/renderer/csp.ts'],
              message: 'Lower layers must not import main/ or renderer/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['contract/**', 'core/**', 'db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronAndUi,
          patterns: [
            {
              group: ['**/main/**', '**/renderer/**', '**/services/**', '**/server/**', '**/cli/**'],
              message: 'contract/, core/ and db/ are the bottom layers: they import nothing above them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    // Build-time files run in Node, not in the page.
    ignores: ['renderer/vite.config.ts', 'renderer/csp.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Where the page runs is the platform object's to say (renderer/src/platform/platform.ts).
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'hoshinShell', message: 'Ask usePlatform().shell (platform/platform.ts).' },
        { object: 'window', property: 'hoshin', message: 'Ask usePlatform() (platform/platform.ts).' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the app through HoshinApi only.' }],
          patterns: [
            {
              // The zod-free operation metadata, the app's one today(), the KPI arithmetic and the team server
              // address rules (checked by the page's dialog and again by main) are the parts of the contract the
              // renderer uses at run time.
              group: [
                '**/contract/**',
                '!**/contract/operation-meta.ts',
                '!**/contract/today.ts',
                '!**/contract/kpi-values.ts',
                '!**/contract/team-connection.ts',
              ],
              allowTypeImports: true,
              message: 'renderer/ imports only types from the shared contract.',
            },
            {
              group: [
                '**/db/**',
                '**/services/**',
                '**/server/**',
                '**/cli/**',
                '**/main/**',
                '**/core/**',
                'node:*',
                'better-sqlite3',
                'drizzle-orm*',
              ],
              message: 'renderer/ talks to the app only through HoshinApi.',
            },
          ],
        },
      ],
    },
  },
  {
    files: translatedFiles,
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': [
        'error',
        { props: { include: [['*', '{label,placeholder,title,hint,alt,heading,subtitle}']] } },
      ],
    },
  },
  {
    files: ['main/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'main/ must not import the renderer.' }] },
      ],
    },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The platform object and the transport are where the page finds out where it runs.
    files: ['renderer/src/platform/platform.ts', 'renderer/src/api/index.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  prettier,
);
