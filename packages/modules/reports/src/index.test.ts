import { missingTranslations } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from './categories/category.js';
import { DEFAULT_DEPARTMENTS } from './departments/department.js';
import manifest from './index.js';

describe('the reports manifest', () => {
  it('has options that all have defaults: the issue’s categories, routed to sample departments', () => {
    expect(manifest.id).toBe('reports');
    expect(manifest.field).toBe('administration');
    expect(manifest.roles.map((r) => r.id)).toEqual(['reports']);
    const config = manifest.configSchema.parse({});
    expect(config.categories).toEqual(DEFAULT_CATEGORIES);
    expect(config.categories.map((c) => c.title.en)).toEqual([
      'Road damage',
      'Street lighting',
      'Litter',
      'Playground',
      'Green space',
      'Traffic sign',
      'Other',
    ]);
    expect(config.departments).toEqual(DEFAULT_DEPARTMENTS);
    expect(config).toMatchObject({ nearbyMeters: 150, limits: { perInstallationPerDay: 5 } });
  });

  it('refuses a category routed to no department, a category twice and an unknown icon', () => {
    const result = manifest.configSchema.safeParse({
      categories: [{ ...DEFAULT_CATEGORIES[0], department: 'finanzamt' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['categories', 0, 'department']);
    const twice = [DEFAULT_CATEGORIES[0], DEFAULT_CATEGORIES[0]];
    expect(manifest.configSchema.safeParse({ categories: twice }).success).toBe(false);
    const icon = [{ ...DEFAULT_CATEGORIES[0], icon: 'rocket' }];
    expect(manifest.configSchema.safeParse({ categories: icon }).success).toBe(false);
  });

  it('has every message in German and English with the same placeholders', () => {
    expect(missingTranslations(manifest.messages)).toEqual({ de: [], en: [] });
    const placeholders = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(manifest.messages.de)) {
      expect(placeholders(manifest.messages.en[key]), key).toEqual(placeholders(text));
    }
  });
});
