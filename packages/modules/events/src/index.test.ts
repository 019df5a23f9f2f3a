import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from './categories/category.js';
import manifest from './index.js';

describe('the events manifest', () => {
  it('has an id, a field of action and options that all have defaults', () => {
    expect(manifest.id).toBe('events');
    expect(manifest.field).toBe('culture');
    expect(manifest.configSchema.parse({})).toEqual({
      categories: DEFAULT_CATEGORIES,
      followDaysBefore: 7,
      syncEvery: '6 hours',
    });
  });

  it('refuses a category twice', () => {
    const twice = [DEFAULT_CATEGORIES[0], DEFAULT_CATEGORIES[0]];
    expect(manifest.configSchema.safeParse({ categories: twice }).success).toBe(false);
  });
});
