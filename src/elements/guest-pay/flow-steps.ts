/** The steps of the payment flow, in order. Paying happens on the review step. */
export const allSteps = ['find', 'amount', 'method', 'review', 'receipt'] as const;
export type Step = (typeof allSteps)[number];

/** Where the resident is in the flow. Immutable: every move returns a new flow. */
export interface Flow {
  readonly steps: readonly Step[];
  readonly index: number;
}

/** A signed-in resident pays a chosen account: there is no bill to find. */
export function startFlow(skipFind = false): Flow {
  return { steps: skipFind ? allSteps.slice(1) : allSteps, index: 0 };
}

export function currentStep(flow: Flow): Step {
  return flow.steps[flow.index]!;
}

export function advance(flow: Flow): Flow {
  return { ...flow, index: Math.min(flow.index + 1, flow.steps.length - 1) };
}

/** Back one step; never out of the receipt (the payment is made) nor before the first step. */
export function canGoBack(flow: Flow): boolean {
  return flow.index > 0 && currentStep(flow) !== 'receipt';
}

export function goBack(flow: Flow): Flow {
  return canGoBack(flow) ? { ...flow, index: flow.index - 1 } : flow;
}

/** Returns to an earlier step after an error there (an expired lookup, a declined card). */
export function returnTo(flow: Flow, step: Step): Flow {
  const index = flow.steps.indexOf(step);
  return index >= 0 && index <= flow.index ? { ...flow, index } : flow;
}

/** Jumps to the receipt, as when a payment started before a reload turns out approved. */
export function finish(flow: Flow): Flow {
  return { ...flow, index: flow.steps.length - 1 };
}

/** Shows `step` directly, as when a found bill opens the amount step. */
export function showStep(flow: Flow, step: Step): Flow {
  const index = flow.steps.indexOf(step);
  return index >= 0 ? { ...flow, index } : flow;
}
