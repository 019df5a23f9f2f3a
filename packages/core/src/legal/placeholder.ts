/**
 * A value a town has not filled in yet. Left out is the plain way to say so; two markers
 * older generated projects and quick drafts use are recognised too: an address under a
 * reserved example domain (RFC 2606: `.example`, `example.org` …), which can never reach
 * anyone, and the generator's former "bitte eintragen" sentences. Residents never see such a
 * value; `openItems` lists it instead.
 */
const PLACEHOLDER = /(?:@|\.|\/|^)example(?:\.(?:org|com|net|de))?(?:$|[/:>\s])|bitte eintragen/i;

export function isPlaceholder(value: string | undefined | null): boolean {
  if (value === undefined || value === null) return true;
  const trimmed = value.trim();
  return trimmed === '' || PLACEHOLDER.test(trimmed);
}

/** The value when the town has filled it in, else `undefined`. */
export function known(value: string | undefined | null): string | undefined {
  return isPlaceholder(value) ? undefined : (value as string).trim();
}
