import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import * as s from '../../../src/api/schemas.js';
import { createApp } from '../src/app.js';
import type { Storage, TenantRecord } from '../src/storage/storage.js';
import { TestClock } from './helpers.js';
import { openTestStorage } from './test-storage.js';

const NOT_AN_ORIGIN = 'not an origin: scheme://host[:port] as a browser sends it, with no path or trailing slash';

describe('tenant configuration', () => {
  let seeded: Storage;
  before(async () => {
    seeded = await openTestStorage(new TestClock().now);
  });
  after(() => seeded.close());

  /** The seeded storage, as if its san-clemente tenant allowed `origin` besides its own. */
  function storageAllowing(origin: string): Storage {
    const configs = seeded.tenantConfigs().map((record): TenantRecord => {
      if (record.id !== 'san-clemente') return record;
      const config = record.config as { allowedOrigins: string[] };
      return { id: record.id, config: { ...config, allowedOrigins: [...config.allowedOrigins, origin] } };
    });
    return Object.assign(Object.create(seeded) as Storage, { tenantConfigs: () => configs });
  }

  it('refuses to start with an allowed origin that is more than scheme, host and port', () => {
    for (const origin of [
      'https://city.example/',
      'https://city.example/pay',
      'https://city.example; script-src *',
      'https://city.example;sandbox',
      'https://city.example,https://evil.example',
      'https://city.example:443',
      'http://localhost:08000',
      'https://City.example',
      'http://127.000.0.1',
      'https://[0:0::1]',
      'ftp://city.example',
    ]) {
      assert.throws(
        () => createApp({ storage: storageAllowing(origin) }),
        {
          message: `Tenant "san-clemente" configuration is invalid: allowedOrigins.2 ${JSON.stringify(origin)}: ${NOT_AN_ORIGIN}`,
        },
        origin,
      );
    }
  });

  it('starts with origins a browser would send as they are', () => {
    for (const origin of [
      'https://city.example',
      'http://localhost:8100',
      'http://[::1]:8000',
      'https://xn--bcher-kva.example',
    ]) {
      assert.doesNotThrow(() => createApp({ storage: storageAllowing(origin) }), origin);
    }
  });

  it('refuses extra origins the same way', () => {
    assert.throws(() => createApp({ storage: seeded, extraOrigins: ['http://localhost:8100/'] }), {
      message: `The list of extra origins (EXTRA_ORIGINS) is invalid: 0 "http://localhost:8100/": ${NOT_AN_ORIGIN}`,
    });
  });

  it('has the browser refuse, through the shared schema, origins that could change the frame’s CSP', () => {
    for (const origin of ['https://a.example;sandbox', 'https://a.example,https://b.example', "https://a.example'"]) {
      assert.equal(z.safeParse(s.Origin, origin).success, false, origin);
    }
  });
});
