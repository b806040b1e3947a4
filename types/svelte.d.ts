// Svelte's element types for every civicpay tag, from the JSX types generated at build time.
// Svelte 5 listens to `oncivic-payment-succeeded={…}` on a custom element as React 19 does; it
// gives `class`, `style` and `children` types of its own.
import type { HTMLAttributes } from 'svelte/elements';
import type { CustomElements } from './jsx.js';

type ReactOnly = 'children' | 'class' | 'className' | 'classList' | 'key' | 'ref' | 'style';

export type CivicSvelteElements = {
  [Tag in keyof CustomElements]: Omit<CustomElements[Tag], ReactOnly> &
    Omit<HTMLAttributes<HTMLElement>, Exclude<keyof CustomElements[Tag], ReactOnly>>;
};

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends CivicSvelteElements {}
}
