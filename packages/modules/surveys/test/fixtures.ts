// A survey as the server would send it, to residents and to staff.
import type { PublicSurvey, SurveySummary } from '../src/api/survey.js';
import type { StaffSurvey } from '../src/api/survey-input.js';

export const SURVEY_ID = '0b8f5a52-8a3c-4c7e-9a2a-3d1f6c2b9e10';
const both = (de: string, en: string) => ({ de, en });

const questions: PublicSurvey['questions'] = [
  {
    id: 'q1',
    kind: 'single',
    text: both('Mehr Bäume oder mehr Parkplätze?', 'More trees or more parking?'),
    freeText: true,
    options: [
      { id: 'o1', text: both('Bäume', 'Trees') },
      { id: 'o2', text: both('Parkplätze', 'Parking') },
    ],
  },
  {
    id: 'q2',
    kind: 'multiple',
    text: both('Was fehlt?', 'What is missing?'),
    freeText: false,
    options: [
      { id: 'o3', text: both('Bänke', 'Benches') },
      { id: 'o4', text: both('Brunnen', 'A fountain') },
    ],
  },
];

export function publicSurvey(more: Partial<PublicSurvey> = {}): PublicSurvey {
  return {
    id: SURVEY_ID,
    title: both('Neugestaltung des Marktplatzes', 'Redesigning the market square'),
    intro: both('Wie soll der Markt aussehen?', 'What should the market look like?'),
    state: 'open',
    opensAt: '2027-05-01T07:00:00.000Z',
    closesAt: '2027-05-15T16:00:00.000Z',
    binding: false,
    results: 'live',
    comments: true,
    questions,
    tally: {
      ballots: 4,
      questions: [
        {
          id: 'q1',
          options: [
            { id: 'o1', votes: 3 },
            { id: 'o2', votes: 1 },
          ],
        },
        {
          id: 'q2',
          options: [
            { id: 'o3', votes: 2 },
            { id: 'o4', votes: 4 },
          ],
        },
      ],
    },
    publishedComments: [{ id: 'c1', body: 'Bitte mehr Schatten!', at: '2027-05-02T10:00:00.000Z' }],
    ...more,
  };
}

export function staffSurvey(more: Partial<StaffSurvey> = {}): StaffSurvey {
  const { tally: _t, publishedComments: _c, state: _s, ...rest } = publicSurvey();
  return {
    ...rest,
    state: 'open',
    ballots: 4,
    pendingComments: 1,
    locked: true,
    publishedAt: '2027-04-30T08:00:00.000Z',
    closedAt: null,
    ...more,
  };
}

/** A survey as the residents' list (and the home card) gets it. */
export function surveySummary(id: string, state: SurveySummary['state'], binding = false) {
  const { title, opensAt, closesAt, results } = publicSurvey();
  return { id, title, state, opensAt, closesAt, binding, results };
}
