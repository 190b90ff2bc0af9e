export type RoutesManifest = { staticRoutes: { page: string }[]; dynamicRoutes: { page: string; regex: string }[] };
export function matcherFor(manifest: RoutesManifest): (url: string | undefined) => string;
export function routeOf(url: string | undefined): string;
