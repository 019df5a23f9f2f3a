import type { Bilingual, Translate } from '@city-app/core';
import type { StaffSurvey, SurveyInput } from '../../../api/survey-input.js';

type Both = Bilingual;

/** The editor's state: texts as typed, times as `datetime-local` values in the browser's zone. */
export interface Draft {
  title: Both;
  intro: Both;
  opensAt: string;
  closesAt: string;
  results: 'live' | 'after-close';
  binding: boolean;
  comments: boolean;
  questions: { kind: 'single' | 'multiple'; text: Both; freeText: boolean; options: Both[] }[];
}

const empty = (): Both => ({ de: '', en: '' });
const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a `datetime-local` value in the browser's zone (staff work in the town's). */
export function localInput(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const emptyQuestion = (): Draft['questions'][number] => ({
  kind: 'single',
  text: empty(),
  freeText: false,
  options: [empty(), empty()],
});

export function draftOf(survey: StaffSurvey | null, now = new Date()): Draft {
  if (!survey) {
    const start = new Date(now.getTime() + 86_400_000);
    start.setHours(9, 0, 0, 0);
    return {
      title: empty(),
      intro: empty(),
      opensAt: localInput(start.toISOString()),
      closesAt: localInput(new Date(start.getTime() + 14 * 86_400_000).toISOString()),
      results: 'after-close',
      binding: false,
      comments: false,
      questions: [emptyQuestion()],
    };
  }
  return {
    title: survey.title,
    intro: survey.intro,
    opensAt: localInput(survey.opensAt),
    closesAt: localInput(survey.closesAt),
    results: survey.results,
    binding: survey.binding,
    comments: survey.comments,
    questions: survey.questions.map((q) => ({
      kind: q.kind,
      text: q.text,
      freeText: q.freeText,
      options: q.options.map((o) => o.text),
    })),
  };
}

/** Every field path of a draft, as the server names them in a refusal. */
export function fieldsOf(draft: Draft): string[] {
  const both = (path: string) => [`${path}.de`, `${path}.en`];
  return [
    ...both('title'),
    ...both('intro'),
    'opensAt',
    'closesAt',
    ...draft.questions.flatMap((q, i) => [
      ...both(`questions.${i}.text`),
      ...q.options.flatMap((_, j) => both(`questions.${i}.options.${j}.text`)),
    ]),
    'questions',
  ];
}

/** What is missing or wrong before asking the server, by field path. */
export function checkDraft(draft: Draft, t: Translate): Record<string, string> {
  const found: Record<string, string> = {};
  const required = (path: string, value: Both) => {
    for (const lang of ['de', 'en'] as const) {
      if (!value[lang].trim()) found[`${path}.${lang}`] = t('surveys.staff.form.required');
    }
  };
  required('title', draft.title);
  draft.questions.forEach((q, i) => {
    required(`questions.${i}.text`, q.text);
    q.options.forEach((o, j) => {
      required(`questions.${i}.options.${j}.text`, o);
    });
  });
  const opens = Date.parse(draft.opensAt);
  const closes = Date.parse(draft.closesAt);
  if (Number.isNaN(opens)) found.opensAt = t('surveys.staff.form.dateMissing');
  if (Number.isNaN(closes)) found.closesAt = t('surveys.staff.form.dateMissing');
  else if (closes <= opens) found.closesAt = t('surveys.staff.form.closesBeforeOpens');
  return found;
}

export function inputOf(draft: Draft): SurveyInput {
  const trim = (b: Both) => ({ de: b.de.trim(), en: b.en.trim() });
  return {
    title: trim(draft.title),
    intro: trim(draft.intro),
    opensAt: new Date(draft.opensAt).toISOString(),
    closesAt: new Date(draft.closesAt).toISOString(),
    results: draft.results,
    binding: draft.binding,
    comments: draft.comments,
    questions: draft.questions.map((q) => ({
      kind: q.kind,
      text: trim(q.text),
      freeText: q.freeText,
      options: q.options.map((o) => ({ text: trim(o) })),
    })),
  };
}

/** The id of a field's control: `title.de` is `surveys-f-title-de`. */
export const controlId = (path: string) => `surveys-f-${path.replaceAll('.', '-')}`;
