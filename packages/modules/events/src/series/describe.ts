import type { Localized } from '../api/localized.js';
import type { Repeat, Weekday } from './repeat.js';

type Words = {
  weekday: Record<Weekday, string>;
  nth: Record<string, string>;
  list: (items: string[]) => string;
  daily: (n: number) => string;
  weekly: (n: number, days: string) => string;
  monthDay: (n: number, day: number) => string;
  monthWeekday: (n: number, nth: string, day: string) => string;
  until: (date: string) => string;
  count: (n: number) => string;
};

const germanDate = (date: string) => {
  const [y, m, d] = date.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
};

const WORDS: { de: Words; en: Words } = {
  de: {
    weekday: {
      MO: 'Montag',
      TU: 'Dienstag',
      WE: 'Mittwoch',
      TH: 'Donnerstag',
      FR: 'Freitag',
      SA: 'Samstag',
      SU: 'Sonntag',
    },
    nth: { '1': '1.', '2': '2.', '3': '3.', '4': '4.', '-1': 'letzten' },
    list: (items) =>
      items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`,
    daily: (n) => (n === 1 ? 'Täglich' : `Alle ${n} Tage`),
    weekly: (n, days) => (n === 1 ? `Jeden ${days}` : `Alle ${n} Wochen am ${days}`),
    monthDay: (n, day) => (n === 1 ? `Monatlich am ${day}.` : `Alle ${n} Monate am ${day}.`),
    monthWeekday: (n, nth, day) =>
      n === 1 ? `Jeden ${nth} ${day} im Monat` : `Alle ${n} Monate am ${nth} ${day}`,
    until: (date) => `bis ${germanDate(date)}`,
    count: (n) => `${n}-mal`,
  },
  en: {
    weekday: {
      MO: 'Monday',
      TU: 'Tuesday',
      WE: 'Wednesday',
      TH: 'Thursday',
      FR: 'Friday',
      SA: 'Saturday',
      SU: 'Sunday',
    },
    nth: { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' },
    list: (items) =>
      items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`,
    daily: (n) => (n === 1 ? 'Daily' : `Every ${n} days`),
    weekly: (n, days) => (n === 1 ? `Every ${days}` : `Every ${n} weeks on ${days}`),
    monthDay: (n, day) => (n === 1 ? `Monthly on day ${day}` : `Every ${n} months on day ${day}`),
    monthWeekday: (n, nth, day) =>
      n === 1 ? `Every ${nth} ${day} of the month` : `Every ${n} months on the ${nth} ${day}`,
    until: (date) => `until ${date}`,
    count: (n) => `${n} times`,
  },
};

function describeIn(words: Words, repeat: Repeat): string {
  let text: string;
  if (repeat.frequency === 'daily') text = words.daily(repeat.interval);
  else if (repeat.frequency === 'weekly') {
    text = words.weekly(repeat.interval, words.list(repeat.weekdays.map((d) => words.weekday[d])));
  } else if (repeat.monthDay !== undefined) text = words.monthDay(repeat.interval, repeat.monthDay);
  else {
    text = words.monthWeekday(
      repeat.interval,
      words.nth[String(repeat.week)] ?? '',
      words.weekday[repeat.weekday as Weekday],
    );
  }
  if (repeat.until) text += `, ${words.until(repeat.until)}`;
  if (repeat.count) text += `, ${words.count(repeat.count)}`;
  return text;
}

/** How a series repeats, in words residents read: "Jeden 2. Samstag im Monat, bis 31.12.2027". */
export function describeRepeat(repeat: Repeat): Localized {
  return { de: describeIn(WORDS.de, repeat), en: describeIn(WORDS.en, repeat) };
}
