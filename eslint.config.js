import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

// The layers, and what each may not import. Dependencies point one way:
// app → features → grading, scenario, storage, ui.
// Flat config replaces (does not merge) a rule set by two blocks, so every zone carries the owner rules.
const zone = (group, message) => ({ group, message });
// One owner per outside system: the LLM, IndexedDB and the NLP library each have one home.
const llmZone = zone(['openai', 'openai/*'], 'only src/grading/llm/llm-client.ts talks to the LLM.');
const dexieZone = zone(
  ['dexie', 'dexie/*', 'dexie-react-hooks'],
  'only src/storage/ touches IndexedDB: read live data with its hooks (storage/use-*.ts).',
);
const winkZone = zone(
  ['wink-nlp', 'wink-nlp/*', 'wink-eng-lite-web-model'],
  'only the embedded grader (src/grading/embedded/) uses the NLP library: call the grader instead.',
);
const owners = { llm: llmZone, dexie: dexieZone, wink: winkZone };
/** The rule for a zone list, plus every outside system's owner rule except those the files own. */
const restrictOwning = (owned, ...patterns) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [...patterns, ...Object.entries(owners).flatMap(([k, z]) => (owned.includes(k) ? [] : [z]))] },
  ],
});
const restrict = (...patterns) => restrictOwning([], ...patterns);
const gradingZones = [
  zone(
    ['**/features/**', '**/app/**', '**/ui/**', '**/storage/**', '**/scenario/**'],
    'grading/ is the grading domain: it knows nothing of the UI, storage or scenarios.',
  ),
  zone(['react', 'react-dom', 'react/*'], 'grading/ has no React, so it runs in a worker and in Node.'),
];

// What features read only through storage's hooks.
const featureZones = [
  zone(['**/storage/database'], 'features never open the database: storage/ offers hooks and functions for it.'),
  {
    group: ['**/storage/settings'],
    importNames: ['loadSettings', 'saveSettings', 'updateSettings', 'onSettingsChange'],
    message: 'components read and write settings with useSettings() (storage/use-settings.ts).',
  },
];

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-cli',
    'coverage',
    'playwright-report',
    'test-results',
    'public/mockServiceWorker.js',
    'reports',
    '.stryker-tmp',
  ]),
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/**'], rules: restrict() },
  { files: ['src/grading/**'], rules: restrict(...gradingZones) },
  { files: ['src/grading/embedded/**'], rules: restrictOwning(['wink'], ...gradingZones) },
  {
    // Inside the embedded grader: text → lexicon → rules → detectors → scoring. A rule file imports
    // only the text layer, the lexicon, the rule type and the rubric's types; a phrase list two concerns
    // share belongs in the lexicon.
    files: ['src/grading/embedded/rules/*.ts'],
    ignores: ['src/grading/embedded/rules/*.test.ts', 'src/grading/embedded/rules/index.ts'],
    rules: restrictOwning(
      ['wink'],
      ...gradingZones,
      zone(
        ['../detectors/*', '../*grader*', '../suggest', '../carry-over', '../reply-facts'],
        'rules know only the text layer and the lexicon.',
      ),
      zone(
        ['./*', '!./rule', '!./exceptions'],
        "a rule file never imports another concern's rules: move a shared list to lexicon/.",
      ),
    ),
  },
  {
    files: ['src/grading/embedded/lexicon/*.ts', 'src/grading/embedded/text.ts'],
    rules: restrictOwning(
      ['wink'],
      ...gradingZones,
      zone(
        ['./rules/*', './detectors/*', './*grader*', './suggest', './carry-over'],
        'the text layer and the lexicon sit below rules and detectors.',
      ),
    ),
  },
  {
    // The one owner of the LLM connection.
    files: ['src/grading/llm/llm-client.ts'],
    rules: restrictOwning(['llm'], ...gradingZones),
  },
  {
    files: ['src/scenario/**'],
    rules: restrict(
      zone(
        ['**/features/**', '**/app/**', '**/ui/**', '**/storage/**', '!**/storage/history.schema'],
        'scenario/ is domain code: no UI and no storage (only the history records it makes, storage/history.schema).',
      ),
      zone(['react', 'react-dom', 'react/*'], 'scenario/ has no React.'),
    ),
  },
  {
    files: ['src/storage/**'],
    rules: restrictOwning(
      ['dexie'],
      zone(['**/features/**', '**/app/**', '**/ui/**'], 'storage/ owns IndexedDB and knows nothing of the UI.'),
    ),
  },
  {
    // React only in the hooks that hand stored data to components (use-*.ts).
    files: ['src/storage/**'],
    ignores: ['src/storage/use-*.ts'],
    rules: restrictOwning(
      ['dexie'],
      zone(['**/features/**', '**/app/**', '**/ui/**'], 'storage/ owns IndexedDB and knows nothing of the UI.'),
      zone(
        ['react', 'react-dom', 'react/*', 'dexie-react-hooks'],
        'storage/ has React only in its hooks (use-*.ts), which give components live data.',
      ),
    ),
  },
  {
    files: ['src/ui/**'],
    rules: restrict(
      zone(
        ['**/features/**', '**/app/**', '**/grading/**', '**/scenario/**', '**/storage/**'],
        'ui/ holds primitives with no domain knowledge.',
      ),
    ),
  },
  ...features.flatMap((feature) => {
    const boundaries = [
      zone(['**/app/**'], 'features never import the app shell; the app composes features.'),
      zone(
        features
          .filter((f) => f !== feature)
          .flatMap((f) => [`**/features/${f}`, `**/features/${f}/**`, `../${f}`, `../${f}/**`]),
        'a feature never imports another feature; compose them in src/app/routes.',
      ),
    ];
    return [
      { files: [`src/features/${feature}/**`], rules: restrict(...boundaries, ...featureZones) },
      // Tests may set up stored settings directly.
      { files: [`src/features/${feature}/**/*.test.{ts,tsx}`], rules: restrict(...boundaries) },
    ];
  }),
]);
