// `npm run build` writes custom-elements.json with this configuration, and from it the editor
// data and JSX types in dist/types/; types/ adapts the JSX types to Vue and Svelte
// (docs/frameworks.md says how each is used).
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { readFileSync } from 'node:fs';

const outdir = 'dist/types';
// The generated types import each element's class from the package's main entry.
const globalTypePath = 'civicpay';

export default {
  globs: ['src/elements/**/*.ts', 'src/core/civic-element.ts'],
  litelement: true,
  plugins: [
    {
      // What the analyser reads wrongly from our sources.
      name: 'analyser-corrections',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            // It takes the first argument of any `new …Event(value)` for an event name ('receipt',
            // 'code'); the events we fire are the documented ones.
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
            // Base classes are no tag a page can use; the generators would type and import them.
            if (!declaration.tagName) delete declaration.customElement;
            // It also reads `this.renderRoot.adoptedStyleSheets = …` as a field of the element.
            if (declaration.members) {
              declaration.members = declaration.members.filter((member) => member.name !== 'adoptedStyleSheets');
            }
          }
        }
      },
    },
    {
      // Each civic-* event is an Event subclass, named in the global event map; the generated
      // types name it as `import('civicpay').Class`, so a listener receives the real event.
      name: 'event-classes',
      packageLinkPhase({ customElementsManifest }) {
        const classes = eventClasses();
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const event of declaration.events ?? []) {
              if (classes.has(event.name)) event.type = { text: `import('civicpay').${classes.get(event.name)}` };
            }
          }
        }
      },
    },
    customElementVsCodePlugin({
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({ outdir, webTypesFileName: 'web-types.json', hideLogs: true }),
    jsxTypesPlugin({ outdir, fileName: 'jsx.d.ts', globalTypePath, stronglyTypedEvents: true }),
  ],
};

/** 'civic-payment-succeeded' → 'CivicPaymentSucceededEvent', from the declared global event map. */
function eventClasses() {
  const source = readFileSync('src/core/events.ts', 'utf8');
  const map = source.slice(source.indexOf('interface GlobalEventHandlersEventMap'));
  return new Map([...map.matchAll(/'(civic-[a-z-]+)': (\w+Event);/g)].map(([, name, type]) => [name, type]));
}
