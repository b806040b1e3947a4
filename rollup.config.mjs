import { existsSync, readdirSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';

const dependencies = [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^ky$/, /^js-cookie$/];
const defineEntries = readdirSync('src/define')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => `src/define/${file}`);

/** ES modules and declarations for npm; dependencies stay imports. */
const library = {
  input: ['src/index.ts', 'src/consent/index.ts', 'src/api/index.ts', ...defineEntries].filter((path) =>
    existsSync(path),
  ),
  external: dependencies,
  output: {
    dir: 'dist/lib',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
  plugins: [typescript({ tsconfig: './tsconfig.build.json' })],
};

/** Self-contained, minified bundles for a `<script>` tag or the payment frame. */
function standalone(input, file, format = 'iife') {
  return {
    input,
    output: { file, format, sourcemap: true },
    plugins: [
      resolve({ browser: true, exportConditions: ['production'] }),
      minifyTemplates({ include: ['src/**/*.ts'], failOnError: true }),
      typescript({
        tsconfig: './tsconfig.build.json',
        declaration: false,
        declarationMap: false,
        outDir: undefined,
        declarationDir: undefined,
        rootDir: undefined,
      }),
      terser({ ecma: 2022, module: format === 'es', format: { comments: false } }),
    ],
  };
}

export default [
  library,
  standalone('src/embed/civicpay.ts', 'dist/civicpay.min.js'),
  standalone('src/embed/consent.ts', 'dist/civicpay-consent.min.js'),
  standalone('src/frame/payment-fields.ts', 'dist/frame/payment-fields.js', 'es'),
];
