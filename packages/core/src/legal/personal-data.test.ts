import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineModule, defineModuleMeta } from '../module/manifest.js';
import { KERNEL_PERSONAL_DATA } from './kernel-personal-data.js';
import {
  type PersonalDataDeclaration,
  personalDataProblems,
  retentionText,
} from './personal-data.js';

const both = (de: string, en: string) => ({ de, en });

const bookings: PersonalDataDeclaration = {
  id: 'bookings',
  title: both('Buchungen', 'Bookings'),
  what: both('Name und E-Mail', 'Name and e-mail'),
  purpose: both('Für die Buchung', 'For the booking'),
  retention: both('{days} Tage nach dem Termin', '{days} days after the appointment'),
  access: both('Die Bibliothek', 'The library'),
  optionDefaults: { days: 30 },
};

const meta = {
  id: 'parking',
  title: { de: 'Parken' },
  description: { de: 'Parkplätze' },
  field: 'mobility' as const,
  messages: { de: {}, en: {} },
};

describe('the personal data a module declares', () => {
  it('is required: a module without a declaration is refused, one that stores nothing says []', () => {
    expect(() => defineModuleMeta({ ...meta } as never)).toThrow(/personalData is missing/);
    expect(defineModuleMeta({ ...meta, personalData: [] }).personalData).toEqual([]);
    expect(
      defineModule({ ...meta, personalData: [bookings], configSchema: z.object({}) }).personalData,
    ).toEqual([bookings]);
  });

  it('names every untranslated field, duplicate id and unfilled option', () => {
    const broken = {
      ...bookings,
      access: { de: 'Die Bibliothek', en: ' ' },
      retention: both('{weeks} Wochen', '{weeks} weeks'),
    };
    expect(personalDataProblems([broken, bookings])).toEqual([
      'bookings.access: the English text is missing.',
      'bookings.retention: {weeks} has no entry in optionDefaults.',
      'bookings: is declared twice.',
    ]);
    expect(() => defineModuleMeta({ ...meta, personalData: [broken] })).toThrow(
      /bookings\.access: the English text is missing/,
    );
  });

  it('fills the retention period from the town’s option, else from the declared default', () => {
    expect(retentionText(bookings, 'de', { days: 14 })).toBe('14 Tage nach dem Termin');
    expect(retentionText(bookings, 'en')).toBe('30 days after the appointment');
  });

  it('holds for the kernel’s own declaration, which names the push service', () => {
    expect(personalDataProblems(KERNEL_PERSONAL_DATA)).toEqual([]);
    const ids = KERNEL_PERSONAL_DATA.map((d) => d.id);
    expect(ids).toEqual([
      'feedback',
      'installation',
      'calendar-link',
      'staff-accounts',
      'login-attempts',
    ]);
    const installation = KERNEL_PERSONAL_DATA.find((d) => d.id === 'installation');
    expect(installation?.purpose.de).toMatch(/Push-Dienst des Herstellers Ihres Browsers/);
    expect(installation?.what.en).toMatch(/push address/);
  });
});
