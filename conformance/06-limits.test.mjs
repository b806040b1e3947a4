// Repeated failures are stopped with 429 rate_limited and a Retry-After the client can honour.
// Each test uses a name or number of its own, so it locks out no real user.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, settings, strangerName, TENANT } from './lib/api.mjs';

const MAX_ATTEMPTS = 25;

async function untilLimited(attempt) {
  for (let n = 1; n <= MAX_ATTEMPTS; n += 1) {
    const reply = await attempt();
    if (reply.status === 429) return { reply, attempts: n };
  }
  assert.fail(`no 429 within ${MAX_ATTEMPTS} attempts`);
}

function assertRetryAfter(reply) {
  assert.equal(reply.body.code, 'rate_limited');
  const header = reply.headers.get('retry-after');
  assert.match(header ?? '', /^[1-9]\d*$/, `Retry-After in whole seconds, not ${header}`);
  if (reply.body.retryAfterSeconds !== undefined) assert.equal(reply.body.retryAfterSeconds, Number(header));
}

describe('limits', { skip: settings.skipLimits && 'skipped with --skip-limits' }, () => {
  it('failed sign-ins for one user name end in 429 with Retry-After', async () => {
    const username = strangerName();
    const { reply } = await untilLimited(() =>
      call('POST', `${TENANT}/sessions`, { json: { username, password: 'wrong-password' } }),
    );
    assertRetryAfter(reply);
  });

  it('failed lookups of one account number end in 429 with Retry-After', async () => {
    const accountNumber = `9${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
    const json = { kind: 'account', accountNumber, zip: '00001' };
    const { reply } = await untilLimited(() => call('POST', `${TENANT}/lookups`, { json }));
    assertRetryAfter(reply);
  });
});
