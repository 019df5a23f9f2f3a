import { describe, expect, it } from 'vitest';
import { CityAppError, isCityAppError } from './city-app-error.js';
import { defineErrors, type ErrorEntry } from './entry.js';
import { EXIT_CODES, exitCodeOf } from './exit-codes.js';
import { cityError, errorCatalogue, errorDomains, errorRaiser } from './registry.js';
import type { Placeholders } from './template.js';

const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the error catalogue', () => {
  it('has each id once across its domains', () => {
    const ids = Object.values(errorDomains).flatMap((entries) => Object.keys(entries));
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(errorCatalogue)).toHaveLength(ids.length);
  });

  it('says the same in German and English: same parameters, nothing left empty', () => {
    for (const [id, entry] of Object.entries(errorCatalogue) as [string, ErrorEntry][]) {
      for (const text of [entry.title, entry.message, entry.hint].filter((t) => t !== undefined)) {
        expect(text.de.trim(), id).not.toBe('');
        expect(text.en.trim(), id).not.toBe('');
        expect(names(text.de), id).toEqual(names(text.en));
      }
      expect(entry.status, id).toBeGreaterThanOrEqual(400);
      expect(EXIT_CODES[entry.exit], id).toBeDefined();
    }
  });

  it('renders an entry in either language, with its parameters', () => {
    const error = cityError(
      'slot_taken',
      { resource: { de: 'Seminarraum', en: 'Seminar room' } },
      { field: 'start', details: { alternatives: [] } },
    );
    expect(error).toBeInstanceOf(CityAppError);
    expect(isCityAppError(error, 'slot_taken')).toBe(true);
    expect(error.status).toBe(409);
    expect(error.message).toBe('"Seminar room" is already booked at this time.');
    expect(error.toJSON('de')).toEqual({
      code: 'slot_taken',
      title: 'Schon gebucht',
      message: '„Seminarraum“ ist zu dieser Zeit schon gebucht.',
      hint: 'Wählen Sie eine der angebotenen freien Zeiten oder setzen Sie sich auf die Warteliste.',
      field: 'start',
      details: { alternatives: [] },
    });
    expect(JSON.parse(JSON.stringify(error)).title).toBe('Schon gebucht');
    expect(error.toJSON('en').hint).toBe(
      'Choose one of the free times offered, or join the waitlist.',
    );
  });

  it('answers with the shared code where several entries mean one thing', () => {
    const error = cityError('seats_taken', { resource: 'VR' });
    expect(error.code).toBe('slot_taken');
    expect(error.id).toBe('seats_taken');
  });

  it('types each entry by its parameters', () => {
    // @ts-expect-error: slot_taken names the resource
    expect(() => cityError('slot_taken')).not.toThrow();
    // @ts-expect-error: no such entry
    expect(() => cityError('no_such_entry')).toThrow();
    const placeholders: Placeholders<'{n} of {total}'>[] = ['n', 'total'];
    expect(placeholders).toHaveLength(2);
  });

  it('lets a module raise entries of its own catalogue', () => {
    const raise = errorRaiser(
      defineErrors({
        course_full: {
          status: 409,
          exit: 'invalid_input',
          title: { de: 'Kurs voll', en: 'Course full' },
          message: { de: '„{course}“ ist voll.', en: '"{course}" is full.' },
        },
      }),
    );
    expect(raise('course_full', { course: '3D' }).toJSON('de').message).toBe('„3D“ ist voll.');
  });
});

describe('exit codes', () => {
  it('come from the entry for catalogue errors, and are 70 for anything else', () => {
    expect(exitCodeOf(cityError('invalid_config', { problems: '1 problem', source: 'x' }))).toBe(1);
    expect(exitCodeOf(cityError('not_found', { what: 'x' }))).toBe(2);
    expect(exitCodeOf(new Error('boom'))).toBe(70);
    expect(exitCodeOf(undefined)).toBe(70);
  });
});
