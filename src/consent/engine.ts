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
import { createGating } from './gating.js';
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

let pageSettings: Partial<ConsentSettings> = {};
let tenantSettings: Partial<ConsentSettings> = {};
let current: ConsentState | undefined;
let consentModeStarted = false;
const gating = createGating();
const listeners = new Set<(change: ConsentChange) => void>();
const viewers = new Set<() => void>();
let preferenceOpeners: PreferencesOpener[] = [];

function settings(): ConsentSettings {
  return { ...defaultSettings, ...tenantSettings, ...pageSettings };
}

function notifyViewers(): void {
  viewers.forEach((viewer) => viewer());
}

function readState(): ConsentState {
  const { revision, honorDoNotTrack } = settings();
  const stored = readChoice();
  const { gpc, dnt } = readSignals();
  const decided = stored?.rev === revision;
  return {
    // Before a choice every optional category is off, signal or not; the signal changes the wording.
    categories: decided ? stored.cat : allCategories(false),
    decided,
    revisionChanged: !!stored && !decided,
    signal: gpc ? 'gpc' : honorDoNotTrack && dnt ? 'dnt' : undefined,
    source: stored?.src,
  };
}

const granted = (category: ConsentCategory) => !!current?.categories[category];

/** The consent check, its code loaded on first use; `show` puts it on the page, too. */
const runAudit = (show?: boolean) => import('./audit.js').then((module) => module.runAudit(gating, granted, show));

/** Starts on first use: reads the cookie, gates the page, answers `data-civic-consent-open` clicks. */
function start(): ConsentState {
  if (!current) {
    current = readState();
    gating.watch(granted);
    if (/[?&]civicpay-audit\b/.test(location.search)) void runAudit(true);
    document.addEventListener('click', (event) => {
      const opener = event
        .composedPath()
        .find((node) => node instanceof HTMLElement && node.hasAttribute('data-civic-consent-open'));
      if (!opener) return;
      event.preventDefault();
      consent.showPreferences(opener as HTMLElement);
    });
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
  listeners.forEach((listener) => listener({ ...next, previous: previous.categories, reloadRecommended }));
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

/** The consent API: `CivicPay.consent` on script-tag pages, `import { consent } from 'civicpay/consent'`. */
export const consent = {
  /** The categories in effect now. */
  get(): ConsentCategories {
    return { ...refresh().categories };
  },
  has(category: ConsentCategory): boolean {
    return knownCategory(category, 'consent.has()') && refresh().categories[category];
  },
  /** The categories, whether a choice exists for this revision, and the privacy signal honoured. */
  state(): ConsentState {
    return refresh();
  },
  acceptAll(source: ConsentSource = 'api'): void {
    choose(allCategories(true), source);
  },
  rejectAll(source: ConsentSource = 'api'): void {
    choose(allCategories(false), source);
  },
  /** Changes some categories and keeps the rest of the choice in force. */
  set(categories: Partial<Record<OptionalCategory, boolean>>, source: ConsentSource = 'api'): void {
    choose(categories, source);
  },
  /** Calls `listener` after every change; returns the unsubscribe function. */
  onChange(listener: (change: ConsentChange) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Opens the preferences dialog; focus returns to `opener` (default: the focused element). */
  showPreferences(opener?: HTMLElement): void {
    start();
    // Without a banner or preferences element on the page there is nothing to open.
    preferenceOpeners.at(-1)?.(opener);
  },
  /** Forgets the choice: deletes the cookie, and the banner asks again. */
  reset(): void {
    clearChoice(settings());
    refresh();
  },
  configure(options: Partial<ConsentSettings>): void {
    Object.keys(options.cookies ?? {}).forEach((name) => knownCategory(name, 'cookies'));
    pageSettings = { ...pageSettings, ...definedOnly(options) };
    refresh();
    notifyViewers();
    // Consent Mode switched on after start: its defaults must still go out before any tag.
    if (options.consentMode && !consentModeStarted) apply();
  },
  /** The settings in force: defaults, then the tenant's, then the page's. */
  settings,
  /**
   * Lists every gated element (its categories, whether it ran, why not) and every script, iframe
   * and pixel that is not gated and loads from another site or writes cookies. Its code loads on
   * first use; `?civicpay-audit` in the page's address shows the same at the top of the page.
   */
  audit(): Promise<AuditReport> {
    start();
    return runAudit();
  },
};

let settling: Promise<void> | undefined;

/**
 * Tenant defaults from the billing API; whatever the page configured itself wins over them. A
 * failed load leaves the page's settings in force.
 */
export function applyTenantSettings(load: Promise<Partial<ConsentSettings>>): Promise<void> {
  settling = load
    .then((options) => void (tenantSettings = options))
    .catch(() => undefined)
    .finally(() => {
      settling = undefined;
      refresh();
      notifyViewers();
    });
  return settling;
}

/** Pending tenant settings: the banner waits for them, so a returning resident never sees it flash. */
export function pendingSettings(): Promise<void> | undefined {
  return settling;
}

/**
 * For the consent elements: calls `viewer` after anything that may change what they show, a
 * setting (say, honouring Do Not Track) as well as a choice. Returns the unsubscribe function.
 */
export function onConsentView(viewer: () => void): () => void {
  viewers.add(viewer);
  return () => viewers.delete(viewer);
}

/** Lets a preferences element answer `consent.showPreferences()`; the newest one connected wins. */
export function registerPreferences(open: PreferencesOpener): () => void {
  preferenceOpeners.push(open);
  return () => (preferenceOpeners = preferenceOpeners.filter((registered) => registered !== open));
}

/** Back to a fresh page view's settings; the stored choice stays. For tests. */
export function restoreDefaultSettings(): void {
  pageSettings = {};
  tenantSettings = {};
  refresh();
}
