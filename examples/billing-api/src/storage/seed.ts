import type * as s from '../../../../src/api/schemas.js';
import { hashPassword } from '../security/passwords.js';
import { addDays, isoDate } from '../clock.js';
import type { Queryer } from './driver.js';

const DEMO_ORIGINS = ['http://localhost:8000', 'http://127.0.0.1:8000'];

const seedTenants: s.Tenant[] = [
  {
    id: 'san-clemente',
    name: 'City of San Clemente',
    locales: ['en', 'es'],
    paymentMethods: ['card', 'bank'],
    cardBrands: ['visa', 'mastercard', 'amex', 'discover'],
    amount: {
      minCents: 100,
      maxCents: 1_000_000,
      partialPayment: 'allowed',
      overpayment: { rule: 'up-to', maxCreditCents: 50_000 },
    },
    convenienceFees: { card: { fixedCents: 0, basisPoints: 295 }, bank: { fixedCents: 0, basisPoints: 0 } },
    // The revision names the notice text; lastUpdated is the date printed on it (seeds/).
    privacyNotice: { revision: '2017-12-08', lastUpdated: '2017-12-08', url: 'http://localhost:8000/privacy.html' },
    support: { phone: '(949) 361-8322', email: 'utilitybilling@example.org', hours: 'Mon–Fri 8:00–17:00' },
    allowedOrigins: DEMO_ORIGINS,
    consent: { honorDoNotTrack: true, recordConsent: true },
    theme: { colorPrimary: '#00558c', colorPrimaryContrast: '#ffffff', radius: '4px' },
  },
  {
    id: 'harbor-district',
    name: 'Harbor District',
    locales: ['en'],
    paymentMethods: ['card'],
    cardBrands: ['visa', 'mastercard'],
    amount: { minCents: 100, maxCents: 500_000, partialPayment: 'full-only' },
    convenienceFees: { card: { fixedCents: 50, basisPoints: 250 }, bank: { fixedCents: 0, basisPoints: 0 } },
    privacyNotice: {
      revision: '2024-03-15',
      lastUpdated: '2024-03-15',
      url: 'http://localhost:8000/harbor/privacy.html',
    },
    support: { phone: '(949) 555-0142', email: 'harbor-billing@example.org' },
    allowedOrigins: DEMO_ORIGINS,
    consent: { honorDoNotTrack: false, recordConsent: true },
    theme: { colorPrimary: '#00706b', colorPrimaryContrast: '#ffffff', radius: '8px' },
    // Shows the challenge step in the demo and gives the browser tests a tenant that asks for it.
    challenge: 'after-failures',
  },
];

const demoResident = { username: 'resident', password: 'civicpay-demo-1', displayName: 'Alex Rivera' };

interface SeedAccount {
  id: string;
  tenantId: string;
  ownedByResident: boolean;
  accountNumber: string;
  holderDisplayName: string;
  serviceAddress: s.Address;
  amountDueCents: number;
  pastDueCents: number;
  dueInDays: number;
  monthlyBillCents: number;
}

function sanClementeAddress(line1: string, line2: string | null = null): s.Address {
  return { line1, line2, city: 'San Clemente', state: 'CA', zip: '92672' };
}

const seedAccounts: SeedAccount[] = [
  {
    id: 'acct-sc-0300',
    tenantId: 'san-clemente',
    ownedByResident: false,
    accountNumber: '482910375',
    holderDisplayName: 'Jordan M.',
    serviceAddress: sanClementeAddress('145 Avenida Del Mar'),
    amountDueCents: 8417,
    pastDueCents: 0,
    dueInDays: 10,
    monthlyBillCents: 8417,
  },
  {
    id: 'acct-sc-0301',
    tenantId: 'san-clemente',
    ownedByResident: true,
    accountNumber: '731046852',
    holderDisplayName: 'Alex R.',
    serviceAddress: sanClementeAddress('218 Calle Serena'),
    amountDueCents: 6240,
    pastDueCents: 0,
    dueInDays: 12,
    monthlyBillCents: 6240,
  },
  {
    id: 'acct-sc-0302',
    tenantId: 'san-clemente',
    ownedByResident: true,
    accountNumber: '907153428',
    holderDisplayName: 'Alex R.',
    serviceAddress: sanClementeAddress('3300 Calle Grande Vista', 'Unit 4'),
    amountDueCents: 14590,
    pastDueCents: 4825,
    dueInDays: 5,
    monthlyBillCents: 9765,
  },
  {
    id: 'acct-hd-0500',
    tenantId: 'harbor-district',
    ownedByResident: false,
    accountNumber: '618273049',
    holderDisplayName: 'Dana P.',
    serviceAddress: sanClementeAddress('34 Harbor Drive'),
    amountDueCents: 12000,
    pastDueCents: 0,
    dueInDays: 20,
    monthlyBillCents: 12000,
  },
];

const seedInvoice = {
  id: 'inv-sc-10045',
  tenantId: 'san-clemente',
  invoiceNumber: 'AR-10045',
  billingZip: '92672',
  payeeDisplayName: 'Seaside Surf School',
  billingAddress: sanClementeAddress('910 Avenida Pico'),
  amountDueCents: 25_000,
  dueInDays: 30,
};

let demoHash: Promise<string> | undefined;

/** One hash of the demo password per process: at 128 MiB of scrypt each, tests seed many databases. */
function demoPasswordHash(): Promise<string> {
  demoHash ??= hashPassword(demoResident.password);
  return demoHash;
}

/** Fills a new database with the documented demo data; dates are relative to `now`. */
export async function seedDemoData(tx: Queryer, now: Date): Promise<void> {
  for (const tenant of seedTenants) {
    await tx.all('INSERT INTO tenants (id, config_json) VALUES (?, ?)', [tenant.id, JSON.stringify(tenant)]);
  }
  const [resident] = await tx.all<{ id: number }>(
    `INSERT INTO customers (tenant_id, username, password_hash, display_name, email, phone_home,
      phone_mobile, phone_fax, mailing_address_json, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?) RETURNING id`,
    [
      'san-clemente',
      demoResident.username,
      await demoPasswordHash(),
      demoResident.displayName,
      'alex.rivera@example.com',
      '(949) 555-0187',
      '(949) 555-0123',
      JSON.stringify(sanClementeAddress('218 Calle Serena')),
      now.toISOString(),
    ],
  );

  for (const account of seedAccounts) {
    await tx.all(
      `INSERT INTO accounts (id, tenant_id, customer_id, account_number, holder_display_name,
        service_address_json, balance_cents, amount_due_cents, past_due_cents, due_date, status)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active')`,
      [
        account.id,
        account.tenantId,
        account.ownedByResident ? resident!.id : null,
        account.accountNumber,
        account.holderDisplayName,
        JSON.stringify(account.serviceAddress),
        account.amountDueCents,
        account.amountDueCents,
        account.pastDueCents,
        isoDate(addDays(now, account.dueInDays)),
      ],
    );
    for (const row of activityHistory(account, now)) {
      await tx.all(
        'INSERT INTO account_activity (account_id, type, date, description, amount_cents) VALUES (?, ?, ?, ?, ?)',
        [account.id, row.type, row.date, row.description, row.amountCents],
      );
    }
  }
  await tx.all(
    `INSERT INTO invoices (id, tenant_id, invoice_number, billing_zip, payee_display_name,
      billing_address_json, amount_due_cents, due_date)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      seedInvoice.id,
      seedInvoice.tenantId,
      seedInvoice.invoiceNumber,
      seedInvoice.billingZip,
      seedInvoice.payeeDisplayName,
      JSON.stringify(seedInvoice.billingAddress),
      seedInvoice.amountDueCents,
      isoDate(addDays(now, seedInvoice.dueInDays)),
    ],
  );
}

interface ActivityRow {
  type: s.ActivityItem['type'];
  date: string;
  description: string;
  amountCents: number;
}

/**
 * Fourteen monthly bills, thirteen payments (the latest bill is still open; a past-due amount is
 * what the previous payment left short) and three adjustments: 30 rows, three pages.
 */
function activityHistory(account: SeedAccount, now: Date): ActivityRow[] {
  const rows: ActivityRow[] = [];
  for (let month = 0; month < 14; month++) {
    const billDate = addDays(now, account.dueInDays - 21 - month * 30);
    const billCents =
      month === 0
        ? account.amountDueCents - account.pastDueCents
        : account.monthlyBillCents + ((month * 137) % 900) - 450;
    rows.push({
      type: 'bill',
      date: isoDate(billDate),
      description: 'Water and sewer service',
      amountCents: billCents,
    });
    if (month === 0) continue;
    const paidCents = month === 1 ? billCents - account.pastDueCents : billCents;
    rows.push({
      type: 'payment',
      date: isoDate(addDays(billDate, 18)),
      description: 'Payment, thank you',
      amountCents: -paidCents,
    });
  }
  rows.push({
    type: 'adjustment',
    date: isoDate(addDays(now, -95)),
    description: 'Leak adjustment credit',
    amountCents: -1500,
  });
  rows.push({
    type: 'adjustment',
    date: isoDate(addDays(now, -185)),
    description: 'Meter read correction',
    amountCents: -320,
  });
  rows.push({ type: 'adjustment', date: isoDate(addDays(now, -260)), description: 'Late fee', amountCents: 1000 });
  return rows;
}
