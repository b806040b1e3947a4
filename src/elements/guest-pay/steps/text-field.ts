import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';

export type TextFieldName = 'number' | 'zip' | 'amount' | 'email';

export interface TextFieldProps {
  field: TextFieldName;
  label: string;
  hint?: string;
  value: string;
  error: string | undefined;
  inputmode: string;
  autocomplete: string;
  type?: string;
  readonly?: boolean;
  touched: boolean;
  /** The bill was not found: the field is marked invalid and described by the flow's message. */
  lookupFailed?: boolean;
  onInput: (value: string) => void;
  onBlur: () => void;
}

/**
 * A labelled input with its hint, and its error once the resident has touched it. The error is
 * not a live region: a failed submit focuses the field, which reads it once as its description.
 */
export function textField(props: TextFieldProps) {
  const { field, lookupFailed = false } = props;
  const showError = props.touched && props.error !== undefined;
  const describedBy = [props.hint ? `${field}-hint` : '', `${field}-error`, lookupFailed ? 'flow-message' : ''].filter(
    Boolean,
  );
  return html`<div class="field">
    <label for=${`${field}-input`}>${props.label}</label>
    ${props.hint ? html`<span class="hint" id=${`${field}-hint`}>${props.hint}</span>` : nothing}
    <input
      id=${`${field}-input`}
      name=${field}
      type=${props.type ?? 'text'}
      inputmode=${props.inputmode}
      autocomplete=${props.autocomplete}
      spellcheck="false"
      ?readonly=${props.readonly ?? false}
      .value=${live(props.value)}
      aria-invalid=${showError || lookupFailed ? 'true' : 'false'}
      aria-describedby=${describedBy.join(' ')}
      @input=${(event: InputEvent) => props.onInput((event.target as HTMLInputElement).value)}
      @blur=${props.onBlur}
    />
    <p class="field-error" id=${`${field}-error`}>${showError ? props.error : ''}</p>
  </div>`;
}
