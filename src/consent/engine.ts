import { CivicConsentChangeEvent } from '../core/events.js';
import { globalConfig } from '../core/global-config.js';
import { allCategories, knownCategory, optionalCategories, type ConsentCategories, type ConsentCategory, type OptionalCategory } from './categories.js';
import { sendConsentMode } from './consent-mode.js';
import { deleteCookies } from './cookie-cleanup.js';
import { activateGated, hasActivated, watchGated } from './gating.js';
import { sendConsentRecord } from './records.js';
import { checkCookieCategories, defaultSettings, definedOnly, type ConsentSettings } from './settings.js';
import { readSignals } from './signals.js';
import { clearChoice, newConsentId, readChoice, schemaVersion, writeChoice, type ConsentSource } from './store.js';
import { warnOnce } from './warn.js';

/** What the resident has chosen, or, before a choice, what applies meanwhile. */
export interface ConsentState {
  categories: ConsentCategories;
  /** A choice exists for the current notice revision; the banner stays hidden. */
  decided: boolean;
  /** A choice exists, but for an older revision of the notice: ask again and say why. */
  revisionChanged: boolean;
  /** The privacy signal the site is honouring, if the browser sends one. */
  signal?: 'gpc' | 'dnt';
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
let started = false;
let consentModeDefaultsSent = false;
let current: ConsentState;
const changeListeners = new Set<(change: ConsentChange) => void>();
const preferenceOpeners: PreferencesOpener[] = [];

function settings(): ConsentSettings {
  return { ...defaultSettings, ...tenantSettings, ...pageSettings };
}

function computeState(): ConsentState {
  const { revision, honorDoNotTrack } = settings();
  const stored = readChoice();
  const signals = readSignals();
  const decided = stored?.rev === revision;
  return {
    // Before a choice, every optional category is off: with or without a signal.
    categories: decided ? stored.cat : allCategories(false),
    decided,
    revisionChanged: !!stored && !decided,
    signal: signals.gpc ? 'gpc' : honorDoNotTrack && signals.dnt ? 'dnt' : undefined,
    source: decided ? stored.src : undefined,
  };
}

const granted = (category: ConsentCategory) => current.categories[category];

function start(): void {
  if (started) return;
  started = true;
  current = computeState();
  syncConsentMode();
  activateGated(granted);
  watchGated(granted);
  document.addEventListener('click', openPreferencesFromLinks);
}

/** Any element with `data-civic-consent-open`, anywhere on the page, opens the preferences. */
function openPreferencesFromLinks(event: MouseEvent): void {
  const opener = event
    .composedPath()
    .find((node): node is HTMLElement => node instanceof HTMLElement && node.hasAttribute('data-civic-consent-open'));
  if (!opener) return;
  event.preventDefault();
  consent.showPreferences(opener);
}

function syncConsentMode(): void {
  if (!settings().consentMode) return;
  sendConsentMode(consentModeDefaultsSent ? 'update' : 'default', current.categories);
  consentModeDefaultsSent = true;
}

function sameState(a: ConsentState, b: ConsentState): boolean {
  return (
    a.decided === b.decided &&
    a.revisionChanged === b.revisionChanged &&
    optionalCategories.every((name) => a.categories[name] === b.categories[name])
  );
}

/** Re-reads the stored choice and applies whatever changed: gates, cookies, adapters, listeners. */
function refresh(): void {
  start();
  const previous = current;
  current = computeState();
  if (sameState(previous, current)) return;
  let reloadRecommended = false;
  for (const name of optionalCategories) {
    if (!previous.categories[name] || current.categories[name]) continue;
    deleteCookies(settings().cookies[name] ?? []);
    reloadRecommended ||= hasActivated(name);
  }
  activateGated(granted);
  syncConsentMode();
  const change: ConsentChange = { ...current, previous: previous.categories, reloadRecommended };
  changeListeners.forEach((listener) => listener(change));
  document.dispatchEvent(new CivicConsentChangeEvent(current.categories, previous.categories, reloadRecommended));
}

function choose(choice: Partial<Record<string, boolean>>, source: ConsentSource): void {
  refresh();
  const active = settings();
  const categories = { ...(current.decided ? current.categories : allCategories(false)) };
  for (const [name, value] of Object.entries(choice)) {
    const category = knownCategory(name, 'consent.set()');
    if (category && category !== 'necessary' && typeof value === 'boolean') categories[category as OptionalCategory] = value;
  }
  const stored = {
    v: schemaVersion,
    rev: active.revision,
    id: readChoice()?.id ?? newConsentId(),
    ts: new Date().toISOString(),
    cat: categories,
    src: source,
  };
  writeChoice(stored, { domain: active.cookieDomain, expiryDays: active.expiryDays });
  const api = active.api ?? globalConfig().api;
  const tenant = active.tenant ?? globalConfig().tenant;
  if (active.recordConsent && api && tenant) {
    sendConsentRecord(api, tenant, {
      consentId: stored.id,
      revision: stored.rev,
      categories,
      signals: readSignals(),
      source,
      timestamp: stored.ts,
    });
  }
  refresh();
}

/** The consent API: `CivicPay.consent` on script-tag pages, `import { consent } from 'civicpay/consent'`. */
export const consent = {
  /** The categories in effect now. */
  get(): ConsentCategories {
    refresh();
    return { ...current.categories };
  },
  has(category: ConsentCategory): boolean {
    refresh();
    return knownCategory(category, 'consent.has()') ? current.categories[category] : false;
  },
  /** The categories plus whether a choice exists, whether the notice changed, and the signal honoured. */
  state(): ConsentState {
    refresh();
    return { ...current, categories: { ...current.categories } };
  },
  acceptAll(source: ConsentSource = 'api'): void {
    choose(allCategories(true), source);
  },
  rejectAll(source: ConsentSource = 'api'): void {
    choose(allCategories(false), source);
  },
  /** Changes some categories, keeping the rest of the current choice. */
  set(categories: Partial<Record<OptionalCategory, boolean>>, source: ConsentSource = 'api'): void {
    choose(categories, source);
  },
  /** Calls `listener` after every change; returns the unsubscribe function. */
  onChange(listener: (change: ConsentChange) => void): () => void {
    changeListeners.add(listener);
    return () => changeListeners.delete(listener);
  },
  /** Opens the preferences dialog of the banner (or of a `<civic-consent-preferences>`) on the page. */
  showPreferences(opener?: HTMLElement): void {
    start();
    const open = preferenceOpeners.at(-1);
    if (open) open(opener);
    else warnOnce('no-preferences', 'civicpay: add <civic-consent-banner> or <civic-consent-preferences> to the page to show cookie settings.');
  },
  /** Forgets the choice: the cookie is deleted and the banner asks again. */
  reset(): void {
    const active = settings();
    clearChoice({ domain: active.cookieDomain, expiryDays: active.expiryDays });
    refresh();
  },
  configure(options: Partial<ConsentSettings>): void {
    checkCookieCategories(options.cookies);
    pageSettings = { ...pageSettings, ...definedOnly(options) };
    refresh();
  },
  /** The settings in effect: defaults, then the tenant's, then the page's. */
  settings(): Readonly<ConsentSettings> {
    return settings();
  },
};

/** Tenant defaults from the billing API; anything the page configured itself wins over them. */
export function applyTenantSettings(options: Partial<ConsentSettings>): void {
  tenantSettings = definedOnly(options);
  refresh();
}

/** Lets a preferences element answer `consent.showPreferences()`; the newest one connected wins. */
export function registerPreferences(open: PreferencesOpener): () => void {
  preferenceOpeners.push(open);
  return () => {
    const index = preferenceOpeners.indexOf(open);
    if (index >= 0) preferenceOpeners.splice(index, 1);
  };
}

/** Back to a fresh page view's settings; the stored choice is left alone. For tests. */
export function restoreDefaultSettings(): void {
  pageSettings = {};
  tenantSettings = {};
  refresh();
}
