// The payment frame runs on the billing API's origin; the guest-pay issue fills it in.
export {};
