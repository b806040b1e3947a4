import { html } from 'lit';

export type SummaryRow = [term: string, detail: string, emphasis?: 'total'];

/** A description list of labelled values: the bill, the review and the receipt. */
export function summaryList(rows: SummaryRow[], part: string) {
  return html`<dl class="summary" part=${part}>
    ${rows.map(
      ([term, detail, emphasis]) =>
        html`<div class=${emphasis ?? 'row'}>
          <dt>${term}</dt>
          <dd>${detail}</dd>
        </div>`,
    )}
  </dl>`;
}
