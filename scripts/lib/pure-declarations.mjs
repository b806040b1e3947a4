// A rollup plugin for modules that only declare values, such as the API's zod schemas: each
// top-level `const` initializer is wrapped in an arrow function called at once and marked pure,
// so rollup drops a declaration no chunk uses. Rollup cannot see by itself that building a zod
// schema has no side effects, so the browser bundles carried every request schema only the server
// checks. A used declaration keeps its wrapper, a few bytes that compress well.
import { resolve } from 'node:path';
import MagicString from 'magic-string';

/** `modules`: paths from the project's root. */
export function pureDeclarations(modules) {
  const ids = new Set(modules.map((path) => resolve(path)));
  return {
    name: 'pure-declarations',
    transform(code, id) {
      if (!ids.has(id)) return null;
      const source = new MagicString(code);
      for (let statement of this.parse(code).body) {
        if (statement.type === 'ExportNamedDeclaration' && statement.declaration) statement = statement.declaration;
        if (statement.type !== 'VariableDeclaration' || statement.kind !== 'const') continue;
        for (const { init } of statement.declarations) {
          if (!init || init.type === 'ArrowFunctionExpression' || init.type === 'Literal') continue;
          source.appendLeft(init.start, '/* @__PURE__ */ (() => (').prependRight(init.end, '))()');
        }
      }
      return { code: source.toString(), map: source.generateMap({ hires: true }) };
    },
  };
}
