/** The attribute on the mount element that says which screen and language it holds already. */
export const PRERENDERED_ATTRIBUTE = 'data-city-prerendered';

/** Value of {@link PRERENDERED_ATTRIBUTE}: the path and the language rendered. */
export function prerenderedKey(pathname: string, locale: string): string {
  return `${pathname} ${locale}`;
}
