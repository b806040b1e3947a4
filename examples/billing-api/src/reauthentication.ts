import type { Context } from 'hono';
import type * as s from '../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from './context.js';
import { limitFor } from './limits.js';
import { ProblemError } from './middleware/problem.js';
import { addressJson } from './storage/rows.js';
import { verifyPassword } from './security/passwords.js';

/** By default a sign-in this recent counts as proof enough for a sensitive change. */
export const FRESH_SIGN_IN_SECONDS = 5 * 60;

/**
 * Where an account's notices and bills go are what a thief changes first: changing the email or
 * the mailing address needs the current password, unless the session signed in within the last
 * `deps.freshSignInSeconds` (five minutes by default; 0 asks every time). Wrong passwords here count like failed sign-ins from this address.
 */
export async function requireFreshProof(
  deps: AppDeps,
  c: Context<AppEnv>,
  before: s.Profile,
  update: s.ProfileUpdate,
): Promise<void> {
  const emailChanges = update.email !== undefined && update.email !== before.email;
  const addressChanges =
    update.mailingAddress !== undefined && addressJson(update.mailingAddress) !== addressJson(before.mailingAddress);
  if (!emailChanges && !addressChanges) return;
  const now = deps.now().getTime();
  if (now - Date.parse(c.get('sessionCreatedAt')) < deps.freshSignInSeconds * 1000) return;
  if (update.currentPassword === undefined) {
    throw new ProblemError(403, 'reauthentication_required', {
      detail: 'Send currentPassword to change the email or the mailing address.',
    });
  }
  const customerId = c.get('customerId');
  const attempts = limitFor(deps.limits.signInPerUserAddress, `customer:${customerId}\n${deps.clientAddress(c)}`);
  const wait = await deps.storage.takeAttempt([attempts], now);
  if (wait > 0) throw new ProblemError(429, 'rate_limited', { retryAfterSeconds: wait });
  if (!(await verifyPassword(update.currentPassword, await deps.storage.passwordHash(customerId)))) {
    throw new ProblemError(403, 'reauthentication_required', { detail: 'The current password is not right.' });
  }
  await deps.storage.resetAttempts(attempts);
}
