import { expect } from '@open-wc/testing';
import Cookies from 'js-cookie';
import {
  clearChoice,
  cookieName,
  parseChoice,
  readChoice,
  writeChoice,
  type StoredChoice,
} from '../../src/consent/store.js';
import { readCookies, removeCookie } from '../../src/consent/cookies.js';
import '../helpers/lit-warnings.js';

const valid = {
  v: 1,
  rev: '2017-12-08',
  id: '4b0e6d6a-3f1e-4c55-9a43-0d2f0f1b2c3d',
  ts: '2026-01-02T03:04:05.000Z',
  cat: { necessary: true, functional: false, analytics: true, marketing: false },
  src: 'banner',
};
const raw = (changes: Record<string, unknown>) => JSON.stringify({ ...valid, ...changes });

describe('consent cookie parsing', () => {
  it('reads a well-formed choice', () => {
    expect(parseChoice(JSON.stringify(valid))).to.deep.equal(valid);
  });

  it('drops fields it does not know, so nothing extra travels on', () => {
    const choice = parseChoice(raw({ cat: { ...valid.cat, extra: true }, evil: '<script>' }));
    expect(choice?.cat).to.deep.equal(valid.cat);
    expect(choice).not.to.have.property('evil');
  });

  const bad: Array<[string, string | undefined]> = [
    ['no cookie', undefined],
    ['not JSON', '{"v":1,'],
    ['JSON null', 'null'],
    ['a JSON array', '[1,2]'],
    ['a future schema version', raw({ v: 2 })],
    ['an old or missing schema version', raw({ v: undefined })],
    ['necessary switched off', raw({ cat: { ...valid.cat, necessary: false } })],
    ['a category that is not a boolean', raw({ cat: { ...valid.cat, analytics: 'yes' } })],
    ['a missing category', raw({ cat: { necessary: true, functional: true, analytics: true } })],
    ['an unknown source', raw({ src: 'attacker' })],
    ['a malformed id', raw({ id: '../../etc' })],
    ['a timestamp that is not a date', raw({ ts: 'yesterday' })],
    ['a revision with markup', raw({ rev: '<b>1</b>' })],
    ['an oversized cookie', raw({ rev: '1', pad: 'x'.repeat(600) })],
  ];
  for (const [name, value] of bad) {
    it(`treats ${name} as no choice, without throwing`, () => {
      expect(parseChoice(value)).to.equal(undefined);
    });
  }
});

describe('consent cookie reading and writing', () => {
  afterEach(() => {
    for (const name of Object.keys(Cookies.get())) Cookies.remove(name, { path: '/' });
  });

  it('reads a choice stored by earlier versions, which wrote it with js-cookie', () => {
    Cookies.set(cookieName, JSON.stringify(valid), { path: '/', sameSite: 'Lax' });
    expect(readChoice()).to.deep.equal(valid);
  });

  it('writes a choice that js-cookie and the page read back, and clears it', () => {
    writeChoice(valid as StoredChoice, { expiryDays: 30 });
    expect(JSON.parse(Cookies.get(cookieName)!)).to.deep.equal(valid);
    expect(readCookies()[cookieName]).to.equal(JSON.stringify(valid));
    clearChoice({ expiryDays: 30 });
    expect(Cookies.get(cookieName)).to.equal(undefined);
  });

  it('lists cookies by name and deletes one', () => {
    Cookies.set('_ga_TEST', 'GA1.1.1', { path: '/' });
    expect(readCookies()).to.include({ _ga_TEST: 'GA1.1.1' });
    removeCookie('_ga_TEST');
    expect(readCookies()).not.to.have.property('_ga_TEST');
  });
});
