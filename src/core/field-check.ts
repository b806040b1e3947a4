/**
 * What every field rule returns, in the widgets and in the payment frame: the value in the form
 * the billing API takes, or the key of what is wrong, which the element turns into its message.
 */
export type FieldCheck<T, E extends string> = { ok: true; value: T } | { ok: false; error: E };

export const valid = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const invalid = <E extends string>(error: E): { ok: false; error: E } => ({ ok: false, error });
