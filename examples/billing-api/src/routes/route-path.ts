import type { Route } from '../../../../src/api/routes.js';

/** `/v1/accounts/{id}` → `/v1/accounts/:id`, at the type level too, so Hono types the params. */
type HonoPath<P extends string> = P extends `${infer Head}{${infer Name}}${infer Tail}`
  ? `${Head}:${Name}${HonoPath<Tail>}`
  : P;
type MethodOf<R extends Route> = R extends `${infer Method} ${string}` ? Method : never;
type PathOf<R extends Route> = R extends `${string} ${infer Path}` ? Path : never;

/** A route of the shared table as Hono's `app.on` takes it: `app.on(...honoRoute(routes.getAccount), handler)`. */
export function honoRoute<R extends Route>(route: R): [MethodOf<R>, HonoPath<PathOf<R>>] {
  const [method, path] = route.split(' ') as [MethodOf<R>, PathOf<R>];
  return [method, path.replace(/\{(\w+)\}/g, ':$1') as HonoPath<PathOf<R>>];
}
