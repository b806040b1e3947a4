import type { CardBrand } from './validators/card-brands.js';
import type { PaymentMethodType } from './protocol.js';

/** The part of the public tenant config the frame needs. */
export interface FrameTenant {
  id: string;
  allowedOrigins: string[];
  paymentMethods: PaymentMethodType[];
  cardBrands: CardBrand[];
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Reads the tenant from the frame's own origin; rejects with a billing error code. */
export async function loadTenant(id: string): Promise<FrameTenant> {
  let response: Response;
  try {
    response = await fetch(`/v1/tenants/${encodeURIComponent(id)}`, {
      credentials: 'omit',
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    throw 'network';
  }
  if (response.status === 404) throw 'unknown_tenant';
  if (!response.ok) throw 'server_error';
  const data = (await response.json().catch(() => undefined)) as Partial<FrameTenant> | undefined;
  if (!data || !isStrings(data.allowedOrigins) || !isStrings(data.paymentMethods) || !isStrings(data.cardBrands)) {
    throw 'invalid_response';
  }
  return {
    id,
    allowedOrigins: data.allowedOrigins,
    paymentMethods: data.paymentMethods as PaymentMethodType[],
    cardBrands: data.cardBrands as CardBrand[],
  };
}
