// Vue's template types for every civicpay tag, from the JSX types generated at build time. Vue
// passes `@civic-payment-succeeded` as the prop `onCivicPaymentSucceeded`, and gives `class`,
// `style`, `key` and `ref` types of its own.
import type { DefineComponent } from 'vue';
import type { CustomElements } from './jsx.js';

type Camel<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : Name;
type VueName<Key> = Key extends `on${infer Event}` ? `on${Capitalize<Camel<Event>>}` : Key;
type ReactOnly = 'children' | 'class' | 'className' | 'classList' | 'key' | 'ref' | 'style';
type VueProps<Props> = { [Key in keyof Props as Key extends ReactOnly ? never : VueName<Key>]: Props[Key] };

export type CivicVueComponents = { [Tag in keyof CustomElements]: DefineComponent<VueProps<CustomElements[Tag]>> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends CivicVueComponents {}
}
