// The surveys module's staff form, as the surveys journeys fill it with the keyboard.
import type { Page } from 'playwright-core';
import { typeInto } from './journey.js';

type BothLanguages = { de: string; en: string };

export interface SurveyDraft {
  title: BothLanguages;
  question: BothLanguages;
  /** The question's answers (the form starts with two). */
  answers: [BothLanguages, BothLanguages];
}

/** Types a survey's title and its one question with two answers, in German and English. */
export async function fillSurveyForm(page: Page, draft: SurveyDraft): Promise<void> {
  const field = (id: string) => page.locator(`#surveys-f-${id}`);
  for (const language of ['de', 'en'] as const) {
    await typeInto(field(`title-${language}`), draft.title[language]);
    await typeInto(field(`questions-0-text-${language}`), draft.question[language]);
    for (const [j, answer] of draft.answers.entries()) {
      await typeInto(field(`questions-0-options-${j}-text-${language}`), answer[language]);
    }
  }
}
