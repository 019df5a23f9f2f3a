import type { BallotInput } from '../../api/ballot.js';
import type { Question } from '../../api/survey-input.js';
import { ballotError } from '../../errors/ballots.js';

/** A vote as it is counted: the chosen option ids per question, and own words. */
export interface CheckedAnswer {
  question: string;
  choices: string[];
  text?: string;
}

/**
 * Checks a vote against the survey's questions: every question answered once, only its own
 * options, one of them for a single choice, own words only where asked for. Each refusal names
 * the field (`answers.<i>.choices`).
 */
export function checkAnswers(
  questions: Question[],
  answers: BallotInput['answers'],
): CheckedAnswer[] {
  const given = new Map<string, { answer: BallotInput['answers'][number]; index: number }>();
  answers.forEach((answer, index) => {
    const field = `answers.${index}.question`;
    if (!questions.some((q) => q.id === answer.question) || given.has(answer.question)) {
      throw ballotError('surveys_question_unknown', { question: answer.question }, { field });
    }
    given.set(answer.question, { answer, index });
  });
  return questions.map((question, position) => {
    const found = given.get(question.id);
    if (!found) {
      throw ballotError(
        'surveys_answer_missing',
        { question: question.text },
        { field: `answers.${position}.choices` },
      );
    }
    const { answer, index } = found;
    const choices = [...new Set(answer.choices)];
    for (const option of choices) {
      if (!question.options.some((o) => o.id === option)) {
        throw ballotError(
          'surveys_option_unknown',
          { option },
          { field: `answers.${index}.choices` },
        );
      }
    }
    if (question.kind === 'single' && choices.length > 1) {
      throw ballotError('surveys_single_choice', {}, { field: `answers.${index}.choices` });
    }
    const text = answer.text || undefined;
    if (text && !question.freeText) {
      throw ballotError('surveys_free_text_off', {}, { field: `answers.${index}.text` });
    }
    if (!choices.length && !text) {
      throw ballotError(
        'surveys_answer_missing',
        { question: question.text },
        { field: `answers.${index}.choices` },
      );
    }
    return { question: question.id, choices, ...(text ? { text } : {}) };
  });
}
