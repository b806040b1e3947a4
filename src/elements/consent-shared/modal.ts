import { deepActiveElement } from '../../core/focus.js';

/**
 * Opens a native modal `<dialog>` and gives focus back to `opener` when it closes, however it closes;
 * to `fallback()` when the choice made in the dialog has removed the opener.
 */
export function openModal(
  dialog: HTMLDialogElement,
  opener = deepActiveElement(),
  fallback?: () => HTMLElement | undefined,
): void {
  if (dialog.open) return;
  dialog.showModal();
  dialog.addEventListener('close', () => (opener?.isConnected ? opener : fallback?.())?.focus(), { once: true });
}

/**
 * A keydown handler for the dialog that keeps Tab and Shift+Tab inside it, wrapping at either end,
 * so focus never escapes to the browser's toolbar.
 */
export function keepTabInside(event: KeyboardEvent): void {
  const dialog = event.currentTarget as HTMLDialogElement;
  const focusable = [...dialog.querySelectorAll<HTMLButtonElement>('button,input,a[href]')].filter(
    (element) => !element.disabled,
  );
  const edge = focusable.at(event.shiftKey ? 0 : -1);
  if (event.key === 'Tab' && (dialog.getRootNode() as ShadowRoot).activeElement === edge) {
    event.preventDefault();
    focusable.at(event.shiftKey ? -1 : 0)?.focus();
  }
}
