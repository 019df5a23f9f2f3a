import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffDepartmentList } from '../../api/staff-departments.js';
import { API, ok, type ReportsClient, startReports } from './reports-testing.js';

let t: ReportsClient;
beforeAll(async () => {
  t = await startReports({
    config: {
      departments: [
        { id: 'tiefbau', name: 'Tiefbauamt', email: 'tiefbau@hagenow.example' },
        { id: 'ordnungsamt', name: 'Ordnungsamt', email: 'ordnung@hagenow.example' },
      ],
      categories: [
        { id: 'strasse', title: { de: 'Straße', en: 'Road' }, icon: 'road', department: 'tiefbau' },
        {
          id: 'muell',
          title: { de: 'Müll', en: 'Litter' },
          icon: 'litter',
          department: 'ordnungsamt',
        },
        {
          id: 'schild',
          title: { de: 'Schild', en: 'Sign' },
          icon: 'traffic-sign',
          department: 'tiefbau',
        },
      ],
    },
  });
});
afterAll(() => t?.close());

describe('the departments for the staff screens', () => {
  it('lists the town’s departments in order with their categories, without e-mail addresses', async () => {
    const list = await ok<StaffDepartmentList>(t.staff('GET', '/departments'));
    expect(list).toEqual({
      items: [
        { id: 'tiefbau', name: 'Tiefbauamt', categories: ['strasse', 'schild'] },
        { id: 'ordnungsamt', name: 'Ordnungsamt', categories: ['muell'] },
      ],
    });
  });

  it('is for staff only', async () => {
    const res = await t.server.request(`${API}/admin/departments`);
    expect(res.status).toBe(401);
  });
});
