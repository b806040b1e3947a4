import type { Locale } from '../core/locale.js';

/**
 * What the build writes into dist/civicpay.min.js about the chunks in dist/chunks/: the sha384 of
 * the few a banner needs and of the index, a chunk that holds the same for every other chunk
 * and is loaded with the first element that needs one. So every byte that runs chains from the
 * one hash on the page, and a page with only the banner carries no hashes it does not use.
 */
export interface ChunkManifest {
  /** The chunk that starts civicpay; it and everything it imports are inside civicpay.min.js. */
  boot: string;
  /** The chunk with the rest of the manifest. */
  index: string;
  /** The elements the loader brings on demand. */
  names: string[];
  /** Chunk id (its file name in dist/chunks/ without `.js`) → [sha384, imports]; grows when the index loads. */
  chunks: Record<string, [integrity: string, imports: string[]]>;
  /** Tag → [chunk that defines it, its strings per language]; from the index. */
  tags: Record<string, [entry: string, strings: Record<Locale, string[]>]>;
}

/** Why a chunk did not load: what the `civic-error` event and the console name. */
export type ChunkFailure = 'timeout' | 'offline' | 'not-found' | 'http-error' | 'integrity' | 'blocked-by-csp';

/** How `load()` rejects: the file (its path in dist/) and why. */
export interface ChunkLoadError extends Error {
  file: string;
  reason: ChunkFailure;
}

export function isChunkLoadError(error: unknown): error is ChunkLoadError {
  return error instanceof Error && 'file' in error && 'reason' in error;
}

/** The global the loader file installs; chunks call it to register their code. */
export interface ChunkRuntime {
  (id: string, imports: string[], factory: (...imports: unknown[]) => void): void;
  manifest: ChunkManifest;
  /** The `<script>` element of civicpay.min.js. */
  script: HTMLScriptElement;
  /** Loads the index once; then `manifest.tags` and every chunk are known. */
  index(): Promise<void>;
  /** Fetches these chunks and everything they import, all at once; integrity checked by the browser. */
  load(ids: readonly string[]): Promise<void>;
  /** Whether a chunk's code has arrived. */
  loaded(id: string): boolean;
  /** Runs a loaded chunk (once) and returns its exports. */
  run(id: string): Record<string, unknown>;
}

declare global {
  interface Window {
    civicpayDefine?: ChunkRuntime;
  }
}
