// Runs in each visited page before the page's own scripts (Playwright serializes it).

/**
 * Looks once per animation frame for the element at `path` (a selector in the document, then one
 * inside each previous match's shadow root) until it is `visible` (laid out, neither hidden nor
 * fully transparent, so a fade-in counts from its first non-transparent frame) or `enabled`
 * (present, not disabled and not hidden). The frame that shows it is painted before the next one
 * starts: that start, in ms after navigation, resolves `window.benchmarkShown`.
 */
export function watchInPage({ path, until }) {
  const find = () => {
    let element = document.querySelector(path[0]);
    for (const selector of path.slice(1)) element = element?.shadowRoot?.querySelector(selector) ?? null;
    return element;
  };
  const visible = (element) =>
    element.getBoundingClientRect().height > 0 &&
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const ready = (element) => (until === 'enabled' ? element.matches(':enabled') && visible(element) : visible(element));

  window.benchmarkShown = new Promise((resolve) => {
    const look = () => {
      const element = find();
      if (element && ready(element)) requestAnimationFrame(() => resolve(performance.now()));
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}
