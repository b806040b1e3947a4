// The first lines of dist/civicpay.min.js, before the chunks it carries: a registry that those
// chunks and the ones in dist/chunks/ register with, and that loads a chunk as a classic
// <script> with the sha384 from the manifest the build writes in place of CIVICPAY_CHUNKS, so
// the browser refuses any chunk whose bytes differ from the ones built.
import type { ChunkFailure, ChunkLoadError, ChunkManifest, ChunkRuntime } from './chunk-runtime.js';

declare const CIVICPAY_CHUNKS: ChunkManifest;

interface ScriptUrlPolicy {
  createScriptURL(id: string): unknown;
}
type TrustedTypesWindow = { trustedTypes?: { createPolicy(name: string, rules: ScriptUrlPolicy): ScriptUrlPolicy } };
type Factory = (...imports: unknown[]) => void;
type Exports = Record<string, unknown>;

const CHUNK_TIMEOUT_MS = 20_000;

install(document.currentScript as HTMLScriptElement);

function install(script: HTMLScriptElement): void {
  const first = window.civicpayDefine;
  if (first) {
    console.warn(
      `civicpay: the page includes civicpay twice (${first.script.src} and ${script.src}); the second copy does nothing.`,
    );
    return;
  }
  const manifest = CIVICPAY_CHUNKS;
  const base = new URL('chunks/', script.src);
  const factories = new Map<string, [imports: string[], factory: Factory]>();
  const modules = new Map<string, Exports>();
  const fetches = new Map<string, Promise<void>>();
  const chunkScripts = new Map<string, HTMLScriptElement>();
  const blockedByCsp = new Set<string>();
  document.addEventListener('securitypolicyviolation', (event) => blockedByCsp.add(event.blockedURI));

  const chunkUrl = (id: string) => new URL(`${id}.js`, base).href;
  const policy = scriptUrlPolicy((id) => {
    if (!manifest.chunks[id]?.[0]) throw new TypeError(`civicpay-loader: ${id} is not a civicpay chunk`);
    return chunkUrl(id);
  });

  const define: ChunkRuntime = Object.assign(
    (id: string, imports: string[], factory: Factory) => {
      const from = document.currentScript;
      if (factories.has(id) || (from !== script && from !== chunkScripts.get(id))) {
        console.warn(`civicpay: ignored code registered as ${id} by a script civicpay did not load for it.`);
        return;
      }
      factories.set(id, [imports, factory]);
      if (id === manifest.boot) run(id);
    },
    { manifest, script, index, load, loaded: (id: string) => factories.has(id), run },
  );
  window.civicpayDefine = define;

  let indexLoad: Promise<void> | undefined;
  function index(): Promise<void> {
    indexLoad ??= fetchChunk(manifest.index).then(() => {
      const rest = run(manifest.index).manifest as Pick<ChunkManifest, 'chunks' | 'tags'>;
      Object.assign(manifest.chunks, rest.chunks);
      manifest.tags = rest.tags;
    });
    indexLoad.catch(() => (indexLoad = undefined));
    return indexLoad;
  }

  async function load(ids: readonly string[]): Promise<void> {
    if (!ids.every((id) => manifest.chunks[id])) await index();
    const wanted = new Set<string>();
    const add = (id: string) => {
      if (wanted.has(id)) return;
      wanted.add(id);
      manifest.chunks[id]?.[1].forEach(add);
    };
    ids.forEach(add);
    await Promise.all([...wanted].map(fetchChunk));
  }

  function fetchChunk(id: string): Promise<void> {
    if (factories.has(id)) return Promise.resolve();
    let pending = fetches.get(id);
    if (!pending) {
      pending = insertScript(id);
      fetches.set(id, pending);
      pending.catch(() => fetches.delete(id));
    }
    return pending;
  }

  function insertScript(id: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const url = chunkUrl(id);
      const element = document.createElement('script');
      const fail = (reason: ChunkFailure) => {
        clearTimeout(timer);
        element.remove();
        chunkScripts.delete(id);
        const error = new Error(`civicpay: chunks/${id}.js did not load (${reason}).`) as ChunkLoadError;
        reject(Object.assign(error, { name: 'ChunkLoadError', file: `chunks/${id}.js`, reason }));
      };
      const timer = setTimeout(() => fail('timeout'), CHUNK_TIMEOUT_MS);
      element.onload = () => {
        clearTimeout(timer);
        if (factories.has(id)) resolve();
        else fail('integrity');
      };
      element.onerror = () => void diagnose(url).then(fail);
      element.crossOrigin = 'anonymous';
      element.integrity = manifest.chunks[id][0];
      try {
        (element as { src: unknown }).src = policy ? policy.createScriptURL(id) : url;
      } catch {
        // Trusted Types are required and the page's trusted-types list leaves out civicpay-loader.
        return fail('blocked-by-csp');
      }
      chunkScripts.set(id, element);
      document.head.append(element);
    });
  }

  /** A script's error event does not say why; asking again without integrity tells most causes. */
  async function diagnose(url: string): Promise<ChunkFailure> {
    if (blockedByCsp.has(url)) return 'blocked-by-csp';
    if (!navigator.onLine) return 'offline';
    try {
      const response = await fetch(url, { cache: 'no-store', credentials: 'omit' });
      if (response.ok) return 'integrity';
      return response.status === 404 ? 'not-found' : 'http-error';
    } catch {
      return blockedByCsp.has(url) ? 'blocked-by-csp' : 'offline';
    }
  }

  function run(id: string): Exports {
    let exports = modules.get(id);
    if (exports) return exports;
    const registered = factories.get(id);
    if (!registered) throw new Error(`civicpay: chunk ${id} is not loaded.`);
    exports = {};
    modules.set(id, exports);
    const [imports, factory] = registered;
    factory(
      ...imports.map((name) =>
        name === 'exports' ? exports : name === 'require' ? requireChunks : run(stripDot(name)),
      ),
    );
    return exports;
  }

  /** What rollup's AMD output calls for a dynamic import(). */
  function requireChunks(
    names: string[],
    done: (...exports: Exports[]) => void,
    failed: (error: unknown) => void,
  ): void {
    const ids = names.map(stripDot);
    load(ids).then(() => done(...ids.map(run)), failed);
  }
}

/**
 * Under `require-trusted-types-for 'script'` a script's src must be a TrustedScriptURL; the
 * `civicpay-loader` policy passes only the URLs of chunks the manifest lists.
 */
function scriptUrlPolicy(toUrl: (id: string) => string): ScriptUrlPolicy | undefined {
  try {
    return (window as TrustedTypesWindow).trustedTypes?.createPolicy('civicpay-loader', { createScriptURL: toUrl });
  } catch {
    return undefined;
  }
}

function stripDot(name: string): string {
  return name.replace(/^\.\//, '');
}
