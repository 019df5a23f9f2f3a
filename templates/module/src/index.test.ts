import { describe, expect, it } from 'vitest';
import manifest from './index.js';

describe('the {{id}} manifest', () => {
  it('has an id, a field of action and options that all have defaults', () => {
    expect(manifest.id).toBe('{{id}}');
    expect(manifest.field).toBe('{{field}}');
    expect(manifest.configSchema.parse({})).toEqual({ heading: '{{title}}' });
  });
});
