/**
 * The shared cores a module may build on. Their tables belong to no module: the kernel sets
 * each one up once, before the modules that declare it, however many modules do.
 */
export const CAPABILITIES = {
  /** `@city-app/booking`: resources, availability, reservations, waitlist. */
  booking: { de: 'Buchungskern', en: 'booking core' },
  /** `@city-app/notify`: topics, installations, the push outbox. */
  notify: { de: 'Benachrichtigungen', en: 'notifications' },
} as const;

export type Capability = keyof typeof CAPABILITIES;

export const CAPABILITY_IDS = Object.keys(CAPABILITIES) as Capability[];

export function isCapability(value: unknown): value is Capability {
  return typeof value === 'string' && Object.hasOwn(CAPABILITIES, value);
}

/** What is wrong with a module's `uses` (not a list, unknown or doubled entries); [] when fine. */
export function capabilityProblems(uses: unknown): string[] {
  if (uses === undefined) return [];
  if (!Array.isArray(uses))
    return [`uses must be a list of capabilities (${CAPABILITY_IDS.join(', ')}).`];
  const problems: string[] = [];
  const seen = new Set<unknown>();
  for (const capability of uses) {
    if (!isCapability(capability)) {
      problems.push(
        `uses: "${String(capability)}" is not a capability (${CAPABILITY_IDS.join(', ')}).`,
      );
    } else if (seen.has(capability)) {
      problems.push(`uses: "${capability}" is declared twice.`);
    }
    seen.add(capability);
  }
  return problems;
}
