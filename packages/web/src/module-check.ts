import type { WebModule } from './module.js';

/**
 * What differs between a web part's screens and the patterns its manifest declares, for a
 * module's tests (TypeScript checks it too; `defineWebModule` does not, to stay small on the
 * home screen). Empty when they agree or when the manifest declares no screens.
 */
export function screenMismatch(module: WebModule): string[] {
  const declared = module.manifest.screens;
  if (!declared) return [];
  const problems: string[] = [];
  const sides = [
    ['resident', declared.resident, module.routes],
    ['staff', declared.staff ?? [], module.admin?.routes ?? []],
  ] as const;
  for (const [side, patterns, routes] of sides) {
    const given = routes.map((route) => route.path);
    for (const p of patterns)
      if (!given.includes(p)) problems.push(`${side} screen "${p}" is declared but has no screen`);
    for (const p of given)
      if (!patterns.includes(p)) problems.push(`${side} screen "${p}" is not declared`);
  }
  return problems;
}
