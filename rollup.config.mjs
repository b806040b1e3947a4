import { existsSync, readdirSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { pureDeclarations } from './scripts/lib/pure-declarations.mjs';

const dependencies = [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^ky$/];
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

function minified(format) {
  return [
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
    // Leaves out of the browser bundles the request schemas that only the server checks.
    pureDeclarations(['src/api/schemas.ts']),
    // A third pass finds what the first two's inlining exposes. `module` stays off for the
    // classic scripts: it would drop their "use strict" and run the chunks in sloppy mode.
    terser({ ecma: 2022, module: format === 'es', compress: { passes: 3 }, format: { comments: false } }),
  ];
}

/** Self-contained, minified bundles: the payment frame, and the loader runtime. */
function standalone(input, file, format = 'iife') {
  return { input, output: { file, format, sourcemap: true }, plugins: minified(format) };
}

/**
 * The script tag's code split into chunks: `boot` (consent engine, banner, preferences, loader),
 * one entry per other element, and each catalog's strings per language. AMD modules registered
 * through `civicpayDefine`, since a classic script's `integrity` is what every browser checks;
 * scripts/build.mjs puts boot and its imports into dist/civicpay.min.js behind the runtime.
 */
const lazyTags = defineEntries
  .map((path) => path.slice('src/define/'.length, -'.ts'.length))
  .filter((name) => !['all', 'consent-banner', 'consent-preferences'].includes(name));
const scriptTag = {
  input: {
    boot: 'src/embed/civicpay.ts',
    ...Object.fromEntries(lazyTags.map((name) => [`civic-${name}`, `src/define/${name}.ts`])),
  },
  output: {
    dir: 'dist/chunks',
    format: 'amd',
    amd: { autoId: true, define: 'civicpayDefine' },
    // Six hash characters (36 bits) tell a few dozen files apart; every chunk name is written
    // again in the index and in each chunk that imports it, where random characters do not
    // compress.
    entryFileNames: '[name]-[hash:6].js',
    chunkFileNames: (chunk) => `${stringsChunkName(chunk.facadeModuleId) ?? '[name]'}-[hash:6].js`,
    manualChunks: widgetsShared,
    minifyInternalExports: true,
    compact: true,
    // Each chunk's map is written beside it, without the comment that points to it: the comment
    // names the file again (about 30 B gzip per chunk), and a resident's browser never needs it.
    sourcemap: 'hidden',
  },
  plugins: [...minified('amd'), chunkGraph()],
};

/**
 * Two shared chunks: `consent`, everything the banner needs (inside civicpay.min.js), and
 * `widgets`, Lit's element classes, zod, ky, the API client and the shared core that the widgets
 * use and the banner does not. Every widget page needs nearly all of `widgets`, and one file
 * compresses better and costs one manifest entry instead of several.
 */
function widgetsShared(id, { getModuleInfo }) {
  bootModules ??= reachable(getModuleInfo, resolvePath('src/embed/civicpay.ts'));
  // Everything the banner needs is named too: rollup would otherwise pull a module that both
  // need into the widgets' chunk, and that chunk into civicpay.min.js.
  if (bootModules.has(id)) return 'consent';
  litWidgetModules ??= new Set(
    litWidgets.flatMap((name) => [...reachable(getModuleInfo, resolvePath(`src/define/${name}.ts`))]),
  );
  const shared = /[/\\](node_modules|src[/\\](core|api))[/\\]/.test(id) && !stringsChunkName(id);
  return shared && litWidgetModules.has(id) ? 'widgets' : undefined;
}
// The privacy and link notices are built like the banner, without Lit's element classes.
const litWidgets = lazyTags.filter((name) => !['privacy-notice', 'link-notice'].includes(name));
let litWidgetModules;
let bootModules;

function reachable(getModuleInfo, entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const imported of getModuleInfo(entry)?.importedIds ?? []) reachable(getModuleInfo, imported, seen);
  return seen;
}

/** `strings-es-pay` for src/core/i18n/es/pay.ts. */
function stringsChunkName(moduleId) {
  const match = moduleId?.match(/[/\\]i18n[/\\](en|es)[/\\]([\w-]+)\.ts$/);
  return match ? `strings-${match[1]}-${match[2]}` : undefined;
}

/**
 * Writes dist/chunks/graph.json for scripts/build.mjs: each chunk's imports, and for each
 * element the catalogs its modules use, whose strings the loader fetches with its code.
 */
function chunkGraph() {
  return {
    name: 'chunk-graph',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .map(({ fileName, name, isEntry, imports, dynamicImports, facadeModuleId }) => ({
          fileName,
          name,
          isEntry,
          imports,
          dynamicImports,
          catalogs: isEntry ? catalogsUsedBy(this.getModuleInfo, facadeModuleId) : [],
        }));
      this.emitFile({ type: 'asset', fileName: 'graph.json', source: JSON.stringify(chunks, null, 2) });
    },
  };
}

function catalogsUsedBy(getModuleInfo, entry) {
  return [...reachable(getModuleInfo, entry)]
    .map((id) => id.match(/[/\\]src[/\\]core[/\\]i18n[/\\]([\w-]+)\.ts$/)?.[1])
    .filter((name) => name && name !== 'catalog');
}

export default [
  library,
  scriptTag,
  standalone('src/loader/runtime.ts', 'dist/build/runtime.js'),
  standalone('src/frame/payment-fields.ts', 'dist/frame/payment-fields.js', 'es'),
];
