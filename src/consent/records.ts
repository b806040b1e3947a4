import type { ConsentRecordRequest } from '../api/schemas.js';

/**
 * Posts a proof-of-consent record. It carries no IP address or browser details, and a failure is
 * silent: the resident's choice already applies, the record is evidence only.
 */
export function sendConsentRecord(api: string, tenant: string, record: ConsentRecordRequest): void {
  fetch(`${api.replace(/\/+$/, '')}/v1/tenants/${encodeURIComponent(tenant)}/consent-records`, {
    method: 'POST',
    keepalive: true,
    credentials: 'omit',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(record),
  }).catch(() => undefined);
}
