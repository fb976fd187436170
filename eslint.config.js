import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/schema/**',
      '**/generated/**',
      '**/node_modules/**',
      'apps/docs/.vitepress/cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Dependencies only point down (DESIGN.md "Layers"): no deep imports into another package.
      'no-restricted-imports': ['error', { patterns: ['@edustandaard/*/src/*', '../../*/src/*'] }],
    },
  },
);
