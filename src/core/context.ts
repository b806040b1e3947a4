import { createContext } from '@lit/context';
import type { Locale } from './locale.js';

/** What a `<civic-provider>` hands to the elements inside it. */
export interface ProvidedConfig {
  api?: string;
  tenant?: string;
  locale?: Locale;
}

export const providedConfigContext = createContext<ProvidedConfig | undefined>(Symbol('civic-provided-config'));
