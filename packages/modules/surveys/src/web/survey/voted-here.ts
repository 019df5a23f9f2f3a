/** Where this device remembers the surveys it voted in (on the device only, never sent). */
const KEY = 'city-app:surveys:voted';
const KEEP = 200;

function read(): string[] {
  try {
    const stored = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id) => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Whether this device voted in the survey, as far as it remembers. */
export const votedHere = (surveyId: string) => read().includes(surveyId);

/** Remembers a vote, so the survey shows no form again on this device. */
export function rememberVote(surveyId: string): void {
  const ids = [surveyId, ...read().filter((id) => id !== surveyId)].slice(0, KEEP);
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Storage full or off: the server still refuses a second vote.
  }
}
