import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import * as s from '../../../src/api/schemas.js';
import { HARBOR, TENANT, count, harness, parsed, problem } from './helpers.js';

function choice() {
  return {
    consentId: randomUUID(),
    revision: '2017-12-08',
    categories: { necessary: true, functional: true, analytics: false, marketing: false },
    signals: { gpc: true, dnt: false },
    source: 'banner',
    timestamp: '2026-03-10T11:59:58.000Z',
  };
}

describe('consent records', () => {
  it('stores the choice with its time and tenant, and no IP address or user agent', async () => {
    const h = await harness();
    const request = choice();
    const record = parsed(
      s.ConsentRecord,
      await h.call('POST', `${HARBOR}/consent-records`, {
        json: request,
        headers: { 'user-agent': 'TestBrowser/1.0', 'x-forwarded-for': '198.51.100.77' },
        client: '198.51.100.77',
      }),
      201,
    );
    assert.equal(record.recordedAt, h.clock.time.toISOString());
    const row = (await h.rows('SELECT * FROM consent_records WHERE id = ?', [record.id]))[0] as Record<string, unknown>;
    assert.deepEqual(row, {
      id: record.id,
      tenant_id: 'harbor-district',
      consent_id: request.consentId,
      revision: '2017-12-08',
      categories_json: JSON.stringify(request.categories),
      gpc: 1,
      dnt: 0,
      source: 'banner',
      client_timestamp: request.timestamp,
      recorded_at: record.recordedAt,
    });
    const everything = JSON.stringify(await h.rows('SELECT * FROM consent_records'));
    assert.ok(!everything.includes('198.51.100.77') && !everything.includes('TestBrowser'));
  });

  it('refuses a record whose necessary category is off', async () => {
    const h = await harness();
    const request = { ...choice(), categories: { ...choice().categories, necessary: false } };
    const body = problem(await h.call('POST', `${TENANT}/consent-records`, { json: request }), 422, 'validation');
    assert.deepEqual(
      body.errors?.map((error) => error.field),
      ['categories.necessary'],
    );
    assert.equal(await count(h, 'consent_records'), 0);
  });
});
