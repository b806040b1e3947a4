import { expect } from '@open-wc/testing';
import '../helpers/lit-warnings.js';
import { applyTheme } from '../../src/frame/theme.js';

describe('applyTheme', () => {
  afterEach(() => document.documentElement.removeAttribute('style'));

  it('applies colours, lengths and font names that pass the check', () => {
    applyTheme({
      'color-primary': '#7a1f5c',
      'color-text': 'rgb(20, 20, 20)',
      radius: '8px',
      'font-size': '1.125rem',
      'font-family': 'Georgia, "Times New Roman", serif',
    });
    const style = document.documentElement.style;
    expect(style.getPropertyValue('--civic-color-primary')).to.equal('#7a1f5c');
    expect(style.getPropertyValue('--civic-color-text')).to.equal('rgb(20, 20, 20)');
    expect(style.getPropertyValue('--civic-radius')).to.equal('8px');
    expect(style.getPropertyValue('--civic-font-size')).to.equal('1.125rem');
    expect(style.getPropertyValue('--civic-font-family')).to.equal('Georgia, "Times New Roman", serif');
  });

  it('drops anything else', () => {
    applyTheme({
      'color-primary': 'red; background: url(https://evil.example/x)',
      'color-error': 'url(https://evil.example/x)',
      radius: 'calc(100vw)',
      'font-size': '1em',
      'font-family': 'x; background-image: url(a)',
      'color-unknown': '#ffffff',
      '--civic-color-text': '#000000',
    });
    expect(document.documentElement.getAttribute('style') ?? '').to.equal('');
  });
});
