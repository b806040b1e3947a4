// Turns rollup's chunks in dist/chunks/ into what a city's page loads: dist/civicpay.min.js is the
// loader runtime with the manifest written in, followed by the boot chunk and everything it
// imports; every other chunk stays in dist/chunks/, named by its content hash and listed in the
// manifest with its sha384, its imports, and, per element, the strings it shows in each language.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const chunkDir = 'dist/chunks';
const idOf = (fileName) => fileName.replace(/\.js$/, '');
const sourceMapComment = /\n?\/\/# sourceMappingURL=\S+\s*$/;

export function sha384(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

export function assembleLoader() {
  const graph = JSON.parse(readFileSync(`${chunkDir}/graph.json`, 'utf8'));
  rmSync(`${chunkDir}/graph.json`);
  const byId = new Map(graph.map((chunk) => [idOf(chunk.fileName), chunk]));
  const importsOf = (id) => byId.get(id).imports.map(idOf);
  const boot = idOf(graph.find((chunk) => chunk.isEntry && chunk.name === 'boot').fileName);
  const inLoader = dependenciesFirst(boot, importsOf);

  const chunks = {};
  for (const id of byId.keys()) {
    if (!inLoader.includes(id))
      chunks[id] = [
        sha384(readFileSync(`${chunkDir}/${id}.js`)),
        importsOf(id).filter((each) => !inLoader.includes(each)),
      ];
  }
  const tags = {};
  for (const chunk of graph.filter((each) => each.isEntry && each.name.startsWith('civic-'))) {
    const id = idOf(chunk.fileName);
    const inLocale = (locale) =>
      chunk.catalogs.map((catalog) =>
        [...byId.keys()].find((each) => each.startsWith(`strings-${locale}-${catalog}-`)),
      );
    tags[chunk.name] = [id, { en: inLocale('en'), es: inLocale('es') }];
  }
  const index = writeIndex({ chunks, tags });
  // What the loader file itself must know: the index, and the banner's strings. Other code the
  // banner's modules import on demand (the consent check) is found through the index.
  const bannerStrings = inLoader.flatMap((id) =>
    byId
      .get(id)
      .dynamicImports.map(idOf)
      .filter((each) => each.startsWith('strings-')),
  );
  const manifest = {
    boot,
    index: index.id,
    names: Object.keys(tags),
    chunks: Object.fromEntries([[index.id, [index.integrity, []]], ...bannerStrings.map((id) => [id, chunks[id]])]),
  };

  const runtime = readFileSync('dist/build/runtime.js', 'utf8').replace(sourceMapComment, '');
  if (!runtime.includes('CIVICPAY_CHUNKS')) throw new Error('The loader runtime lost its CIVICPAY_CHUNKS placeholder');
  const loaderChunks = inLoader.map((id) => readFileSync(`${chunkDir}/${id}.js`, 'utf8').replace(sourceMapComment, ''));
  writeFileSync(
    'dist/civicpay.min.js',
    [runtime.replace('CIVICPAY_CHUNKS', JSON.stringify(manifest)), ...loaderChunks].join('\n'),
  );
  for (const id of inLoader) {
    rmSync(`${chunkDir}/${id}.js`);
    rmSync(`${chunkDir}/${id}.js.map`, { force: true });
  }
  rmSync('dist/build', { recursive: true, force: true });
  return { ...manifest, chunks: { ...chunks, [index.id]: manifest.chunks[index.id] }, tags };
}

/** dist/chunks/index-<hash>.js: the hash and imports of every chunk, and what each element needs. */
function writeIndex(rest) {
  const json = JSON.stringify(rest);
  const id = `index-${createHash('sha256').update(json).digest('base64url').slice(0, 8)}`;
  const source = `civicpayDefine(${JSON.stringify(id)},["exports"],function(e){e.manifest=${json}});`;
  writeFileSync(`${chunkDir}/${id}.js`, source);
  return { id, integrity: sha384(source) };
}

/** `id` and everything it imports, each after its own imports. */
function dependenciesFirst(id, importsOf, seen = new Set()) {
  if (seen.has(id)) return [];
  seen.add(id);
  return [...importsOf(id).flatMap((each) => dependenciesFirst(each, importsOf, seen)), id];
}
