// `npm run build` writes custom-elements.json with this configuration.
export default {
  globs: ['src/elements/**/*.ts', 'src/core/civic-element.ts'],
  litelement: true,
  plugins: [
    {
      // The analyser also takes the first argument of any `new …Event(value)` for an event name
      // ('receipt', 'code'); the events we fire are the documented ones.
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
          }
        }
      },
    },
  ],
};
