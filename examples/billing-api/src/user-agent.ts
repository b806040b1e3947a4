import { USER_AGENT_MAX_LENGTH } from '../../../src/api/schemas.js';

// eslint-disable-next-line no-control-regex -- the characters the shared schema refuses
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * What a session keeps of the User-Agent header for the resident's sessions list: the client
 * writes it, so it is cut to a length and stripped of characters that could reorder or hide text.
 */
export function userAgentOf(header: string | undefined): string | null {
  const kept = (header ?? '').replace(UNSAFE_CHARACTERS, '').trim().slice(0, USER_AGENT_MAX_LENGTH).trim();
  return kept === '' ? null : kept;
}
