import { describe, expect, it } from 'vitest';
import manifest, { DEFAULT_WASTE_TYPES } from './index.js';

describe('the waste manifest', () => {
  it('declares the module for the kernel, the CLI and the shell', () => {
    expect(manifest).toMatchObject({
      id: 'waste',
      path: '/abfall',
      field: 'administration',
      uses: ['notify'],
    });
    expect(manifest.roles.map((role) => role.id)).toEqual(['waste']);
  });

  it('fills every option with a default: the county’s waste types, reminders at 18:00', () => {
    const options = manifest.configSchema.parse({});
    expect(options.types.map((type) => type.id)).toEqual(DEFAULT_WASTE_TYPES.map((t) => t.id));
    expect(options).toMatchObject({ eveningReminder: '18:00', reminderSpreadSeconds: 120 });
  });

  it('refuses a waste type named twice', () => {
    const twice = [DEFAULT_WASTE_TYPES[0], DEFAULT_WASTE_TYPES[0]];
    expect(manifest.configSchema.safeParse({ types: twice }).success).toBe(false);
  });
});
