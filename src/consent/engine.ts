import { CivicConsentChangeEvent } from '../core/page-events.js';
import { globalConfig } from '../core/global-config.js';
import {
  allCategories,
  knownCategory,
  optionalCategories,
  type ConsentCategories,
  type ConsentCategory,
  type OptionalCategory,
} from './categories.js';
import { sendConsentMode } from './consent-mode.js';
import { deleteCookies } from './cookie-cleanup.js';
import type { AuditReport } from './audit.js';
import { createGating, type Gating } from './gating.js';
import { sendConsentRecord } from './records.js';
import { defaultSettings, definedOnly, type ConsentSettings } from './settings.js';
import { readSignals } from './signals.js';
import { clearChoice, newConsentId, readChoice, schemaVersion, writeChoice, type ConsentSource } from './store.js';

/** What the resident has chosen, or, before a choice, what applies meanwhile. */
export interface ConsentState {
  categories: ConsentCategories;
  /** A choice exists for the current notice revision; the banner stays hidden. */
  decided: boolean;
  /** A choice exists, but for an older revision of the notice: ask again and say why. */
  revisionChanged: boolean;
  /** The privacy signal the site is honouring, if the browser sends one. */
  signal?: 'gpc' | 'dnt';
  /** Where the choice in force was made. */
  source?: ConsentSource;
}

export interface ConsentChange extends ConsentState {
  previous: ConsentCategories;
  /** A withdrawn category's scripts already ran; they stop only when the page reloads. */
  reloadRecommended: boolean;
}

type PreferencesOpener = (opener?: HTMLElement) => void;

/** The consent API a page uses: `CivicPay.consent`, or `consent` from `civicpay/consent`. */
export interface Consent {
  /** The categories in effect now. */
  get(): ConsentCategories;
  /** Whether `category` is granted now. */
  has(category: ConsentCategory): boolean;
  /** The categories, whether a choice exists for this revision, and the privacy signal honoured. */
  state(): ConsentState;
  /** Grants every optional category; `source` says where the choice was made (default `api`). */
  acceptAll(source?: ConsentSource): void;
  /** Refuses every optional category. */
  rejectAll(source?: ConsentSource): void;
  /** Changes some categories and keeps the rest of the choice in force. */
  set(categories: Partial<Record<OptionalCategory, boolean>>, source?: ConsentSource): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  onChange(listener: (change: ConsentChange) => void): () => void;
  /** Opens the preferences dialog; focus returns to `opener` (default: the focused element). */
  showPreferences(opener?: HTMLElement): void;
  /** Forgets the choice: deletes the cookie, and the banner asks again. */
  reset(): void;
  /** The page's settings: they win over the tenant's and the defaults. */
  configure(options: Partial<ConsentSettings>): void;
  /** The settings in force: defaults, then the tenant's, then the page's. */
  settings(): ConsentSettings;
  /**
   * Lists every gated element (its categories, whether it ran, why not) and every script, iframe
   * and pixel that is not gated and loads from another site or writes cookies. Its code loads on
   * first use; `?civicpay-audit` in the page's address shows the same at the top of the page.
   */
  audit(): Promise<AuditReport>;
}

/** A consent engine: the public API, `dispose()`, and what civicpay's own elements use. */
export interface ConsentEngine extends Consent {
  /** Stops watching the page: its listeners and observer are removed. */
  dispose(): void;
  /**
   * @internal
   * Tenant defaults from the billing API; whatever the page configured itself wins over them. A
   * failed load leaves the page's settings in force.
   */
  applyTenantSettings(load: Promise<Partial<ConsentSettings>>): Promise<void>;
  /** @internal Pending tenant settings: the banner waits for them, so a returning resident never sees it flash. */
  pendingSettings(): Promise<void> | undefined;
  /**
   * @internal
   * Calls `viewer` after anything that may change what the consent elements show, a setting (say,
   * honouring Do Not Track) as well as a choice. Returns the unsubscribe function.
   */
  onView(viewer: () => void): () => void;
  /** @internal Lets a preferences element answer `showPreferences()`; the newest one connected wins. */
  registerPreferences(open: (opener?: HTMLElement) => void): () => void;
  /** @internal Back to a fresh page view's settings; the stored choice stays. */
  restoreDefaultSettings(): void;
}

/**
 * A consent engine for one page. It starts on first use: it reads the cookie, runs the gated
 * elements already granted, watches for more and answers `data-civic-consent-open` clicks.
 * Reading (`get`, `has`, `state`) never deletes a cookie nor tells anyone of a change; a choice
 * made in another tab is taken up when this one is shown again.
 */
export function createConsent(options: Partial<ConsentSettings> = {}): ConsentEngine {
  let pageSettings = definedOnly(options);
  let tenantSettings: Partial<ConsentSettings> = {};
  let current: ConsentState | undefined;
  let consentModeStarted = false;
  let settling: Promise<void> | undefined;
  let stopWatching: (() => void) | undefined;
  /** Made at start, not before: it listens to the document, which a server render has none of. */
  let gating: Gating;
  const listeners = new Set<(change: ConsentChange) => void>();
  const viewers = new Set<() => void>();
  let preferenceOpeners: PreferencesOpener[] = [];

  const settings = (): ConsentSettings => ({ ...defaultSettings, ...tenantSettings, ...pageSettings });
  const notifyViewers = () => viewers.forEach((viewer) => viewer());
  const granted = (category: ConsentCategory) => !!current?.categories[category];

  /** The consent check, its code loaded on first use; `show` puts it on the page, too. */
  const runAudit = (show?: boolean) => import('./audit.js').then((module) => module.runAudit(gating, granted, show));

  /** The privacy signal honoured: read each time, as the browser may start or stop sending it. */
  function signal(): ConsentState['signal'] {
    const { gpc, dnt } = readSignals();
    return gpc ? 'gpc' : settings().honorDoNotTrack && dnt ? 'dnt' : undefined;
  }

  function readState(): ConsentState {
    const stored = readChoice();
    const decided = stored?.rev === settings().revision;
    return {
      // Before a choice every optional category is off, signal or not; the signal changes the wording.
      categories: decided ? stored.cat : allCategories(false),
      decided,
      revisionChanged: !!stored && !decided,
      source: stored?.src,
    };
  }

  const openFromPage = (event: Event) => {
    const opener = event
      .composedPath()
      .find((node) => node instanceof HTMLElement && node.hasAttribute('data-civic-consent-open'));
    if (!opener) return;
    event.preventDefault();
    engine.showPreferences(opener as HTMLElement);
  };

  const takeUpOtherTabs = () => {
    if (current && document.visibilityState === 'visible') refresh();
  };

  function start(): ConsentState {
    if (!current) {
      current = readState();
      gating ??= createGating();
      stopWatching = gating.watch(granted);
      if (/[?&]civicpay-audit\b/.test(location.search)) void runAudit(true);
      document.addEventListener('click', openFromPage);
      document.addEventListener('visibilitychange', takeUpOtherTabs);
      apply();
    }
    return current;
  }

  function apply(): void {
    gating.activate(granted);
    if (!settings().consentMode) return;
    sendConsentMode(consentModeStarted ? 'update' : 'default', current!.categories);
    consentModeStarted = true;
  }

  /** Re-reads the stored choice and applies what changed: gates, cookies, Consent Mode, listeners. */
  function refresh(): ConsentState {
    const previous = start();
    const next = (current = readState());
    const changed = optionalCategories.filter((name) => previous.categories[name] !== next.categories[name]);
    if (!changed.length && previous.decided === next.decided && previous.revisionChanged === next.revisionChanged)
      return next;
    const withdrawn = changed.filter((name) => previous.categories[name]);
    withdrawn.forEach((name) => deleteCookies(settings().cookies[name] ?? []));
    const reloadRecommended = withdrawn.some(gating.hasActivated);
    apply();
    const change = { ...next, signal: signal(), previous: previous.categories, reloadRecommended };
    listeners.forEach((listener) => listener(change));
    notifyViewers();
    document.dispatchEvent(new CivicConsentChangeEvent(next.categories, previous.categories, reloadRecommended));
    return next;
  }

  function choose(choice: Partial<Record<string, boolean>>, src: ConsentSource): void {
    const active = settings();
    const cat = { ...refresh().categories };
    for (const [name, value] of Object.entries(choice)) {
      if (knownCategory(name, 'consent.set()') && name !== 'necessary' && typeof value === 'boolean') cat[name] = value;
    }
    const stored = {
      v: schemaVersion,
      rev: active.revision,
      id: readChoice()?.id ?? newConsentId(),
      ts: new Date().toISOString(),
      cat,
      src,
    };
    writeChoice(stored, active);
    const api = active.api ?? globalConfig().api;
    const tenant = active.tenant ?? globalConfig().tenant;
    if (active.recordConsent && api && tenant) {
      sendConsentRecord(api, tenant, {
        consentId: stored.id,
        revision: stored.rev,
        categories: cat,
        signals: readSignals(),
        source: src,
        timestamp: stored.ts,
      });
    }
    refresh();
  }

  const engine: ConsentEngine = {
    get: () => ({ ...start().categories }),
    has: (category) => knownCategory(category, 'consent.has()') && start().categories[category],
    state: () => {
      const state = start();
      return { ...state, categories: { ...state.categories }, signal: signal() };
    },
    acceptAll: (source = 'api') => choose(allCategories(true), source),
    rejectAll: (source = 'api') => choose(allCategories(false), source),
    set: (categories, source = 'api') => choose(categories, source),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    showPreferences(opener) {
      start();
      // Without a banner or preferences element on the page there is nothing to open.
      preferenceOpeners.at(-1)?.(opener);
    },
    reset() {
      clearChoice(settings());
      refresh();
    },
    configure(options) {
      Object.keys(options.cookies ?? {}).forEach((name) => knownCategory(name, 'cookies'));
      pageSettings = { ...pageSettings, ...definedOnly(options) };
      refresh();
      notifyViewers();
      // Consent Mode switched on after start: its defaults must still go out before any tag.
      if (options.consentMode && !consentModeStarted) apply();
    },
    settings,
    audit() {
      start();
      return runAudit();
    },
    applyTenantSettings(load) {
      settling = load
        .then((options) => void (tenantSettings = options))
        .catch(() => undefined)
        .finally(() => {
          settling = undefined;
          refresh();
          notifyViewers();
        });
      return settling;
    },
    pendingSettings: () => settling,
    onView(viewer) {
      viewers.add(viewer);
      return () => viewers.delete(viewer);
    },
    registerPreferences(open) {
      preferenceOpeners.push(open);
      return () => (preferenceOpeners = preferenceOpeners.filter((registered) => registered !== open));
    },
    restoreDefaultSettings() {
      pageSettings = {};
      tenantSettings = {};
      refresh();
    },
    dispose() {
      stopWatching?.();
      document.removeEventListener('click', openFromPage);
      document.removeEventListener('visibilitychange', takeUpOtherTabs);
      listeners.clear();
      viewers.clear();
      preferenceOpeners = [];
      current = undefined;
    },
  };
  return engine;
}

/** The page's one engine: `CivicPay.consent`, and what the consent elements use. */
export const consent = createConsent();
