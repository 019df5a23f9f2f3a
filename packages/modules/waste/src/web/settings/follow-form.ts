import type { FollowState } from '../../api/follow.js';

/** One waste type's row of the form. */
export interface TypeChoice {
  typeId: string;
  evening: boolean;
  eveningTime: string;
  morning: boolean;
  morningTime: string;
}

export interface ReminderDefaults {
  eveningReminder: string;
  morningReminder: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The form's rows for the town's types: what the server keeps for this installation where it
 * keeps something, else nothing ticked and the town's suggested times.
 */
export function choicesFrom(
  typeIds: readonly string[],
  saved: FollowState | null,
  defaults: ReminderDefaults,
): TypeChoice[] {
  return typeIds.map((typeId) => {
    const kept = saved?.types.find((t) => t.typeId === typeId);
    return {
      typeId,
      evening: !!kept?.evening,
      eveningTime: kept?.evening ?? defaults.eveningReminder,
      morning: !!kept?.morning,
      morningTime: kept?.morning ?? defaults.morningReminder,
    };
  });
}

/** Field ids of ticked reminders whose time is not HH:MM. */
export function badTimes(choices: readonly TypeChoice[]): string[] {
  return choices.flatMap((c) => [
    ...(c.evening && !TIME.test(c.eveningTime) ? [timeFieldId(c.typeId, 'evening')] : []),
    ...(c.morning && !TIME.test(c.morningTime) ? [timeFieldId(c.typeId, 'morning')] : []),
  ]);
}

export const timeFieldId = (typeId: string, when: 'evening' | 'morning') =>
  `waste-${when}-${typeId}`;

/** The body of `PUT /api/waste/follows/:installationId`: the ticked types only. */
export function followBody(
  locationId: number,
  choices: readonly TypeChoice[],
  language: 'de' | 'en',
) {
  return {
    locationId,
    types: choices
      .filter((c) => c.evening || c.morning)
      .map((c) => ({
        typeId: c.typeId,
        evening: c.evening ? c.eveningTime : null,
        morning: c.morning ? c.morningTime : null,
      })),
    language,
  };
}
