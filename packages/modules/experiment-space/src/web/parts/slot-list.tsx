import { Alert, Button, Spinner, Status, TextField, VisuallyHidden } from '@city-app/ui';
import type { KeyboardEvent } from 'react';
import type { DaySlots, FreeTime } from '../../api.js';
import { addDays, formatDay, formatRange, formatTimeRange, isLocalDate } from '../format.js';
import type { Space } from '../space.js';

export const SLOTS_HEADING_ID = 'experiment-space-slots';
export const DATE_FIELD_ID = 'experiment-space-date';

export interface SlotListProps {
  space: Pick<Space, 't' | 'locale'>;
  /** The day shown, `YYYY-MM-DD`. */
  date: string;
  /** The first day one may pick (today in the town). */
  minDate: string;
  /** The last day one may pick, when the horizon is known. */
  maxDate?: string;
  /** The free times of `date`; null while loading. */
  day: DaySlots | null;
  failed?: boolean;
  selected: FreeTime | null;
  /** Why the choice is refused (no time picked, or the server's reason). */
  error?: string | null;
  headingLevel?: 2 | 3;
  onDate(date: string): void;
  onSelect(slot: FreeTime): void;
  onRetry?(): void;
}

/**
 * The free times of one day as a list of buttons, each named with the whole time range, and
 * a day to choose with a date field or the previous/next buttons. A live region says how
 * many times are free, so screen-reader users hear the result of every change of day.
 */
export function SlotList(props: SlotListProps) {
  const { space, date, minDate, maxDate, day, selected, error } = props;
  const { t, locale } = space;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const SubHeading = props.headingLevel === 3 ? 'h4' : 'h3';
  const dayLabel = formatDay(date, locale);
  const listId = `${SLOTS_HEADING_ID}-list`;
  const errorId = `${SLOTS_HEADING_ID}-error`;
  const atStart = date <= minDate;
  const atEnd = maxDate !== undefined && date >= maxDate;
  const ready = day !== null && day.date === date && !props.failed;

  const announcement = props.failed
    ? t('slots.failed')
    : !ready
      ? t('slots.loading')
      : day.slots.length
        ? t(day.slots.length === 1 ? 'slots.countOne' : 'slots.count', {
            count: day.slots.length,
            day: dayLabel,
          })
        : t(`slots.none.${day.reason ?? 'fully_booked'}`, { day: dayLabel });

  const move = (days: number) => {
    const next = addDays(date, days);
    if (next < minDate || (maxDate && next > maxDate)) return;
    props.onDate(next);
  };

  return (
    <section className="experiment-space-slots" aria-labelledby={SLOTS_HEADING_ID}>
      <Heading id={SLOTS_HEADING_ID} tabIndex={-1}>
        {t('slots.heading')}
      </Heading>
      <div className="experiment-space-slots__day">
        <TextField
          id={DATE_FIELD_ID}
          type="date"
          label={t('slots.date')}
          description={t('slots.dateHint')}
          value={date}
          min={minDate}
          max={maxDate}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isLocalDate(value) && value >= minDate && (!maxDate || value <= maxDate))
              props.onDate(value);
          }}
          // Enter in the date field picks the day; it must not send the surrounding form.
          onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
        <p className="experiment-space-slots__nav">
          <Button variant="secondary" aria-disabled={atStart || undefined} onClick={() => move(-1)}>
            {t('slots.previousDay')}
          </Button>{' '}
          <Button variant="secondary" aria-disabled={atEnd || undefined} onClick={() => move(1)}>
            {t('slots.nextDay')}
          </Button>
        </p>
      </div>
      <SubHeading id={`${listId}-title`}>{dayLabel}</SubHeading>
      <Status visuallyHidden>{announcement}</Status>
      {error ? (
        <p className="city-field__error" id={errorId}>
          <VisuallyHidden>{t('form.errorPrefix')} </VisuallyHidden>
          {error}
        </p>
      ) : null}
      {props.failed ? (
        <Alert tone="error" title={t('slots.failed')}>
          {props.onRetry ? (
            <Button variant="secondary" onClick={props.onRetry}>
              {t('retry')}
            </Button>
          ) : null}
        </Alert>
      ) : !ready ? (
        <Spinner label={t('slots.loading')} />
      ) : day.slots.length ? (
        <ul
          className="city-stack-list experiment-space-slots__list"
          id={listId}
          aria-labelledby={`${listId}-title`}
          aria-describedby={error ? errorId : undefined}
        >
          {day.slots.map((slot) => {
            const pressed = selected?.start === slot.start && selected.end === slot.end;
            return (
              <li key={slot.start}>
                <Button
                  variant={pressed ? 'primary' : 'secondary'}
                  aria-pressed={pressed}
                  onClick={() => props.onSelect(slot)}
                >
                  <VisuallyHidden>{`${dayLabel}, `}</VisuallyHidden>
                  {formatTimeRange(slot.startLocal, slot.endLocal, locale)}
                  {pressed ? <span aria-hidden="true"> ✓</span> : null}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t(`slots.none.${day.reason ?? 'fully_booked'}`, { day: dayLabel })}</p>
      )}
      <Status>
        {selected ? t('slots.selected', { range: formatRange(selected, locale) }) : ''}
      </Status>
    </section>
  );
}
