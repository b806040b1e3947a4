import { isSafeUrl } from '../core/safe-url.js';

type Rule = (value: string) => string;
interface ConsentPolicy {
  createScript: Rule;
  createScriptURL: Rule;
}
type TrustedTypesWindow = { trustedTypes?: { createPolicy(name: string, rules: ConsentPolicy): ConsentPolicy } };

// One policy per page: Trusted Types policy names belong to the page, not to an engine.
let policy: ConsentPolicy | undefined;
let policyRefused = false;
/** The one value the policy passes, set only while `trusted` asks for it. */
let approved: string | undefined;

const pass: Rule = (value) => {
  if (value !== approved) throw new TypeError('civicpay-consent: not a gated script');
  approved = undefined;
  return value;
};
const passUrl: Rule = (url) => pass(isSafeUrl(url) ? url : `refused ${url}`);

/**
 * Under `require-trusted-types-for 'script'` a script's src must be a TrustedScriptURL and its
 * text a TrustedScript. The `civicpay-consent` policy passes only the value `trusted` is setting
 * at that moment, read from a gated element of the page's own markup (and for a URL, one
 * isSafeUrl accepts): anyone else holding the policy (a script that wrapped
 * `trustedTypes.createPolicy`) gets an error, never a pass-through. Without Trusted Types the
 * value comes back as it is. Throws when the page's `trusted-types` list leaves the policy out.
 * Typed as a string, which is what the DOM's setters accept in place of a trusted value.
 */
export function trusted(kind: keyof ConsentPolicy, value: string): string {
  try {
    policy ??= (window as TrustedTypesWindow).trustedTypes?.createPolicy('civicpay-consent', {
      createScript: pass,
      createScriptURL: passUrl,
    });
  } catch {
    policyRefused = true;
  }
  approved = value;
  try {
    return policy ? policy[kind](value) : value;
  } finally {
    approved = undefined;
  }
}

/** The CSP directive that stopped a value `trusted` returned from reaching the page. */
export function trustedTypesDirective(): string {
  return policyRefused ? 'trusted-types' : 'require-trusted-types-for';
}
