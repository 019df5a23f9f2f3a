/** Lengths one may book: multiples of the granularity between the shortest and longest. */
export function durationChoices(rules: {
  granularityMinutes: number;
  minDurationMinutes: number;
  maxDurationMinutes: number;
}): number[] {
  const step = Math.max(5, rules.granularityMinutes);
  const min = Math.max(step, Math.ceil(rules.minDurationMinutes / step) * step);
  const max = Math.max(min, rules.maxDurationMinutes);
  const choices: number[] = [];
  for (let minutes = min; minutes <= max && choices.length < 24; minutes += step)
    choices.push(minutes);
  return choices;
}
