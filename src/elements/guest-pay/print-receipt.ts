/**
 * Prints only `element`: a document-level print sheet hides the rest of the host page while
 * the element is marked. A constructed stylesheet, so it works under `style-src 'self'`.
 */
let printSheet: CSSStyleSheet | undefined;

export function printOnly(element: HTMLElement): void {
  printSheet ??= createPrintSheet();
  const sheet = printSheet;
  element.setAttribute('data-civic-printing', '');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const restore = () => {
    element.removeAttribute('data-civic-printing');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
  window.addEventListener('afterprint', restore, { once: true });
  window.print();
}

function createPrintSheet(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@media print {
  body * { visibility: hidden !important; }
  [data-civic-printing], [data-civic-printing] * { visibility: visible !important; }
  [data-civic-printing] { position: absolute !important; inset: 0 auto auto 0 !important; width: 100% !important; }
}`);
  return sheet;
}
