/** A privacy notice as structured JSON: text only, never HTML. */
export interface PrivacyNotice {
  title: string;
  /** YYYY-MM-DD, shown as the notice's "Last Updated" date. */
  lastUpdated: string;
  /** Language of the notice's text, when it differs from the page's. */
  lang?: string;
  sections: NoticeSection[];
}

export interface NoticeSection {
  /** Anchor of the section: lower-case letters, digits and hyphens. */
  id: string;
  heading: string;
  blocks: NoticeBlock[];
}

export type NoticeBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'list'; items: string[] };

export class NoticeFormatError extends Error {}

const maxText = 5000;

function fail(path: string, problem: string): never {
  throw new NoticeFormatError(`${path} ${problem}`);
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || !value.trim() || value.length > maxText) fail(path, 'must be text of 1 to 5000 characters');
  return value;
}

function array(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value) || !value.length || value.length > max) fail(path, `must be a list of 1 to ${max} items`);
  return value;
}

function block(value: unknown, path: string): NoticeBlock {
  const { type, text: body, items } = (value ?? {}) as Record<string, unknown>;
  if (type === 'paragraph' || type === 'subheading') return { type, text: text(body, `${path}.text`) };
  if (type === 'list') return { type, items: array(items, `${path}.items`, 100).map((item, i) => text(item, `${path}.items[${i}]`)) };
  return fail(`${path}.type`, 'must be "paragraph", "subheading" or "list"');
}

/** Checks notice JSON field by field; throws a NoticeFormatError naming the first bad field. */
export function parsePrivacyNotice(json: unknown): PrivacyNotice {
  const { title, lastUpdated, lang, sections } = (json ?? {}) as Record<string, unknown>;
  const ids = new Set<string>();
  const notice: PrivacyNotice = {
    title: text(title, 'title'),
    lastUpdated: /^\d{4}-\d{2}-\d{2}$/.test(String(lastUpdated)) ? String(lastUpdated) : fail('lastUpdated', 'must be a YYYY-MM-DD date'),
    sections: array(sections, 'sections', 50).map((section, s) => {
      const path = `sections[${s}]`;
      const { id, heading, blocks } = (section ?? {}) as Record<string, unknown>;
      if (typeof id !== 'string' || !/^[a-z][a-z0-9-]{0,63}$/.test(id) || ids.has(id)) {
        fail(`${path}.id`, 'must be a unique id of lower-case letters, digits and hyphens');
      }
      ids.add(id);
      return {
        id,
        heading: text(heading, `${path}.heading`),
        blocks: array(blocks, `${path}.blocks`, 200).map((b, i) => block(b, `${path}.blocks[${i}]`)),
      };
    }),
  };
  if (lang !== undefined) notice.lang = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(String(lang)) ? String(lang) : fail('lang', 'must be a language tag');
  return notice;
}

/** Fetches and checks a notice; rejects with NoticeFormatError for bad JSON, TypeError otherwise. */
export async function fetchPrivacyNotice(url: string, signal: AbortSignal): Promise<PrivacyNotice> {
  const response = await fetch(url, { signal, credentials: 'same-origin' });
  if (!response.ok) throw new TypeError(`HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    fail('the file', 'is not JSON');
  }
  return parsePrivacyNotice(json);
}
