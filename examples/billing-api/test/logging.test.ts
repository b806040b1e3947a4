import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { harness } from './helpers.js';

// Decoded, %0D%0A would end the line here and start a forged one.
const FORGING = '/v1/tenants/x%0D%0APOST%20/v1/tenants/san-clemente/payments%20201%201ms';

describe('logs', () => {
  it('writes the request path still percent-encoded, so it cannot forge a line', async () => {
    const lines: string[] = [];
    const h = await harness({ log: (line) => lines.push(line) });
    await h.call('GET', FORGING);
    assert.deepEqual(lines.length, 1);
    assert.match(
      lines[0]!,
      /^GET \/v1\/tenants\/x%0D%0APOST%20\/v1\/tenants\/san-clemente\/payments%20201%201ms 404 \d+ms$/,
    );
  });

  it('writes the failed request’s path percent-encoded too', async () => {
    const h = await harness();
    await h.storage.close();
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => errors.push(line);
    try {
      await h.call('GET', '/v1/payments/SC-1%0D%0AGET%20%2Fv1%2Fprofile%20200%201ms', {
        headers: { 'x-receipt-token': 'token' },
      });
    } finally {
      console.error = original;
    }
    assert.equal(errors.length, 1);
    // The error's name differs by database (TypeError from SQLite, Error from PostgreSQL).
    assert.match(errors[0]!, /^GET \/v1\/payments\/SC-1%0D%0AGET%20%2Fv1%2Fprofile%20200%201ms failed: \w*Error$/);
  });
});
