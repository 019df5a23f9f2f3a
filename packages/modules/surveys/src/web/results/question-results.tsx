import type { Locale, Translate } from '@city-app/core';
import { WideTable } from '@city-app/ui';
import type { SurveyResults } from '../../api/survey.js';
import type { Question } from '../../api/survey-input.js';

const BAR_HEIGHT = 28;

/**
 * One question's results: a table with every answer, its votes and share, and beside it a bar
 * chart of the same figures. The chart is decoration for sighted readers; the table carries
 * the figures for everyone, so the chart is hidden from assistive technology.
 */
export function QuestionResults({
  question,
  result,
  ballots,
  t,
  locale,
  headingLevel = 3,
}: {
  question: Question;
  result: SurveyResults['questions'][number] | undefined;
  ballots: number;
  t: Translate;
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const percent = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const rows = question.options.map((option) => {
    const votes = result?.options.find((o) => o.id === option.id)?.votes ?? 0;
    return {
      id: option.id,
      text: option.text[locale],
      votes,
      share: ballots ? votes / ballots : 0,
    };
  });
  return (
    <div className="surveys-results">
      <Heading>{question.text[locale]}</Heading>
      {question.kind === 'multiple' ? <p>{t('surveys.results.multiple')}</p> : null}
      <div className="surveys-results__pair">
        <div className="surveys-results__table">
          <WideTable label={question.text[locale]}>
            <thead>
              <tr>
                <th scope="col">{t('surveys.results.option')}</th>
                <th scope="col" className="surveys-results__number">
                  {t('surveys.results.votes')}
                </th>
                <th scope="col" className="surveys-results__number">
                  {t('surveys.results.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.text}</th>
                  <td className="surveys-results__number">{row.votes}</td>
                  <td className="surveys-results__number">{percent.format(row.share)}</td>
                </tr>
              ))}
            </tbody>
          </WideTable>
        </div>
        <svg
          className="surveys-results__chart"
          aria-hidden="true"
          focusable="false"
          viewBox={`0 0 100 ${rows.length * BAR_HEIGHT}`}
          preserveAspectRatio="none"
          height={rows.length * BAR_HEIGHT}
        >
          {rows.map((row, i) => (
            <rect
              key={row.id}
              x="0"
              y={i * BAR_HEIGHT + 4}
              width={Math.max(row.share * 100, row.votes ? 1 : 0)}
              height={BAR_HEIGHT - 8}
              className="surveys-results__bar"
            />
          ))}
        </svg>
      </div>
    </div>
  );
}
