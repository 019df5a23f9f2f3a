import { describe, expect, it } from 'vitest';
import { accessibilityDocument } from './accessibility.js';
import { allText, filledInCity as city, draftCity, expectNoPlaceholder } from './test-city.js';

describe('accessibility statement (BITV 2.0 § 7)', () => {
  it('states conformity, known limitations, date, feedback and enforcement', () => {
    const doc = accessibilityDocument(city, { status: 'partial' }, 'de');
    const text = allText(doc);
    expect(text).toContain('teilweise vereinbar');
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Wie barrierefrei ist die App?',
      'Was ist noch nicht barrierefrei?',
      'Wann wurde diese Erklärung erstellt?',
      'Barriere melden: Feedback und Kontakt',
      'Schlichtungsverfahren',
    ]);
    expect(text).toContain('14. März 2025');
    expect(text).toContain('barrierefrei@hagenow.de');
    expect(text).toContain('03883 6211');
    expect(text).toContain('/feedback?page=%2Fbarrierefreiheit');
    expect(text).toContain('https://schlichtung.mv.de/');
    expect(text).toContain('Mecklenburg-Vorpommern');
  });

  it('lists the town’s own limitations, none for full conformity, and says so in English', () => {
    const own = accessibilityDocument(
      city,
      {
        status: 'partial',
        limitations: [
          {
            de: 'Der Stadtplan ist nicht per Tastatur bedienbar.',
            en: 'The map cannot be used with a keyboard.',
          },
        ],
      },
      'en',
    );
    expect(own.sections[1]?.blocks).toEqual([
      { kind: 'list', items: ['The map cannot be used with a keyboard.'] },
    ]);
    expect(allText(own)).toContain('partially compliant');
    expect(allText(own)).toContain('14 March 2025');
    const full = accessibilityDocument(city, { status: 'full' }, 'de');
    expect(full.sections.map((s) => s.heading)).not.toContain('Was ist noch nicht barrierefrei?');
  });

  it('points to the Land’s body in general words when none is configured or known', () => {
    const doc = accessibilityDocument(draftCity, { status: 'partial' }, 'de');
    expectNoPlaceholder(doc);
    expect(JSON.stringify(doc.sections.at(-1))).toContain(
      'Durchsetzungs- oder Schlichtungsstelle des Landes Mecklenburg-Vorpommern',
    );
    const report = doc.sections.find((s) => s.heading.startsWith('Barriere melden'));
    expect(report?.blocks.map((b) => b.kind)).toEqual(['text', 'link']);
    expect(allText(doc)).toContain('Diese Erklärung beruht auf einer Selbstbewertung.');
  });

  it('names and links the known body of the town’s Land, unless the town names its own', () => {
    const inBw = { ...draftCity, town: { ...draftCity.town, state: 'DE-BW' as const } };
    const last = accessibilityDocument(inBw, { status: 'partial' }, 'en').sections.at(-1);
    expect(last?.blocks[1]).toEqual({
      kind: 'link',
      href: 'https://barrierefreiheit-bw.de/barrierefreiheitdurchsetzen/schlichtungsverfahren',
      text: 'Schlichtungsstelle beim Landeszentrum Barrierefreiheit Baden-Württemberg (LZ-BARR)',
      internal: false,
    });
    const own = accessibilityDocument({ ...city, town: inBw.town }, { status: 'full' }, 'de');
    expect(allText(own)).toContain('https://schlichtung.mv.de/');
  });
});
