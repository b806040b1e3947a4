/** A privacy notice as structured JSON: text only, never HTML. */
export interface PrivacyNotice {
  title: string;
  /** The notice's language, such as "en", so a Spanish page reads an English notice in English. */
  lang?: string;
  /** YYYY-MM-DD, shown as the notice's "Last Updated" date. */
  lastUpdated: string;
  sections: NoticeSection[];
}

export interface NoticeSection {
  /** Anchor of the section: a lower-case letter, then letters, digits and hyphens. */
  id: string;
  heading: string;
  blocks: NoticeBlock[];
}

/** Id of the section the element writes itself; a notice section may not take it. */
export const signalsId = 'privacy-signals';

export type NoticeBlock =
  { type: 'paragraph'; text: string } | { type: 'subheading'; text: string } | { type: 'list'; items: string[] };

function check(ok: unknown, field: string): void {
  if (!ok) throw new TypeError(`${field} is missing or not valid`);
}

const isText = (value: unknown) => typeof value === 'string' && value.trim() !== '' && value.length <= 5000;
const isList = (value: unknown, max: number) => Array.isArray(value) && value.length > 0 && value.length <= max;

/** Checks notice JSON field by field; throws a TypeError naming the first bad field. */
export function parsePrivacyNotice(json: unknown): PrivacyNotice {
  const notice = json as PrivacyNotice;
  check(notice && isText(notice.title), 'title');
  check(notice.lang === undefined || /^[a-z]{2,3}(-[a-zA-Z\d]{2,8})*$/.test(notice.lang), 'lang');
  check(/^\d{4}-\d\d-\d\d$/.test(notice.lastUpdated), 'lastUpdated');
  check(isList(notice.sections, 50), 'sections');
  const ids = new Set([signalsId]);
  notice.sections.forEach(({ id, heading, blocks }, s) => {
    check(/^[a-z][\w-]{0,63}$/.test(id) && !ids.has(id), `sections[${s}].id`);
    ids.add(id);
    check(isText(heading), `sections[${s}].heading`);
    check(isList(blocks, 200), `sections[${s}].blocks`);
    blocks.forEach((block, b) => {
      const ok =
        block.type === 'list'
          ? isList(block.items, 100) && block.items.every(isText)
          : /^(paragraph|subheading)$/.test(block.type) && isText(block.text);
      check(ok, `sections[${s}].blocks[${b}]`);
    });
  });
  return notice;
}

/** Fetches and checks a notice; rejects with a TypeError when it cannot be loaded or fails the format. */
export async function fetchPrivacyNotice(url: string, signal: AbortSignal): Promise<PrivacyNotice> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new TypeError(`${url}: HTTP ${response.status}`);
  return parsePrivacyNotice(await response.json());
}
