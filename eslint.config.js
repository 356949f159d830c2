import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', '.baogao', 'evals/reports', 'dist', 'reports', 'scratch', 'screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'Read env only through core/config.ts loadConfig(env).' }],
    },
  },
  { files: ['channels/cli/**', 'scripts/**', 'test/**', '**/*.test.ts'], rules: { 'no-restricted-syntax': 'off' } },
);
