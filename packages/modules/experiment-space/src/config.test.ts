import { partialRulesSchema } from '@city-app/booking';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { experimentSpaceConfigSchema } from './config.js';
import hagenow from './fixtures/hagenow.json' with { type: 'json' };
import manifest from './index.js';

describe('the config section', () => {
  it('works empty, with a library’s defaults', () => {
    const config = experimentSpaceConfigSchema.parse({});
    expect(config).toMatchObject({
      anonymiseAfterDays: 30,
      reminderHours: 24,
      resources: [],
      courses: [],
    });
    expect(config.groups.map((g) => g.id)).toEqual([
      'school',
      'association',
      'business',
      'education_provider',
    ]);
    expect(manifest).toMatchObject({
      id: 'experiment-space',
      path: '/experimentierraum',
      field: 'education',
    });
    expect(manifest.roles.map((r) => r.id)).toEqual(['library']);
  });

  it('accepts HageNOW!’s section', () => {
    const config = experimentSpaceConfigSchema.parse(hagenow);
    expect(config.resources).toHaveLength(7);
    expect(config.courses.map((c) => c.id)).toEqual([
      '3d-druck-einsteiger',
      'vr-ausprobieren',
      'vhs-digitaler-alltag',
    ]);
  });

  it('takes photos of resources and courses from the project’s files, not from the image store', () => {
    const photo = (src: string) => ({ src, alt: { de: 'Ein 3D-Drucker' } });
    const section = (src: string) => ({
      resources: [{ id: 'drucker', kind: 'equipment', name: { de: 'Drucker' }, photo: photo(src) }],
      courses: [{ id: 'kurs', title: { de: 'Kurs' }, seats: 4, photo: photo(src) }],
    });
    const config = experimentSpaceConfigSchema.parse(section('/modules/experiment-space/3d.svg'));
    expect(config.courses[0]?.photo?.src).toBe('/modules/experiment-space/3d.svg');
    // Uploads are made by staff in the app; a town config cannot know their addresses.
    const uploaded = experimentSpaceConfigSchema.safeParse(
      section(`/images/${'a'.repeat(32)}-1600.webp`),
    );
    expect(uploaded.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'resources.0.photo.src',
      'courses.0.photo.src',
    ]);
  });

  it('holds the rules to the booking core’s bounds, in the library’s, a resource’s and a group’s rules', () => {
    const longest = partialRulesSchema.shape.maxDurationMinutes.unwrap().maxValue as number;
    const notice = partialRulesSchema.shape.minNoticeMinutes.unwrap().maxValue as number;
    const resource = { id: 'raum', kind: 'room', name: { de: 'Raum' } };
    const withRules = (rules: Record<string, number>) => ({
      rules,
      resources: [{ ...resource, rules }],
      groups: [
        {
          id: 'school',
          label: { de: 'Schulklasse' },
          maxDurationMinutes: rules.maxDurationMinutes,
        },
      ],
    });
    expect(
      experimentSpaceConfigSchema.safeParse(
        withRules({ maxDurationMinutes: longest, minNoticeMinutes: notice }),
      ).success,
    ).toBe(true);
    const refused = experimentSpaceConfigSchema.safeParse(
      withRules({ maxDurationMinutes: longest + 1, minNoticeMinutes: notice + 1 }),
    );
    expect(refused.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'groups.0.maxDurationMinutes',
      'resources.0.rules.maxDurationMinutes',
      'resources.0.rules.minNoticeMinutes',
      'rules.maxDurationMinutes',
      'rules.minNoticeMinutes',
    ]);
  });

  it('names the field of a mistake', () => {
    const result = experimentSpaceConfigSchema.safeParse({
      resources: [
        {
          id: 'drucker',
          kind: 'equipment',
          name: { de: 'Drucker' },
          photo: { src: 'drucker.jpg', alt: { de: 'Ein Drucker' } },
        },
      ],
    });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(['resources', 0, 'photo', 'src']);
    expect(issue?.message).toContain('Put the photo into the project folder public/');
    // Nothing from another host: the app makes no third-party requests.
    for (const src of [
      'https://cdn.example/drucker.jpg',
      '//cdn.example/drucker.jpg',
      '/\\cdn.example/drucker.jpg',
      'javascript:alert(1)',
    ]) {
      const foreign = experimentSpaceConfigSchema.safeParse({
        resources: [
          {
            id: 'drucker',
            kind: 'equipment',
            name: { de: 'Drucker' },
            photo: { src, alt: { de: 'Ein Drucker' } },
          },
        ],
      });
      expect(foreign.error?.issues[0]?.path).toEqual(['resources', 0, 'photo', 'src']);
    }
    const session = experimentSpaceConfigSchema.safeParse({
      courses: [
        {
          id: 'kurs',
          title: { de: 'Kurs' },
          seats: 4,
          sessions: [{ id: '1', start: '2027-01-12T16:00', end: '2027-01-12T15:00' }],
        },
      ],
    });
    expect(session.error?.issues[0]?.path).toEqual(['courses', 0, 'sessions', 0, 'end']);
  });

  it('describes every option for the JSON Schema and the CLI', () => {
    const schema = z.toJSONSchema(experimentSpaceConfigSchema, { io: 'input' }) as {
      properties: Record<string, { description?: string }>;
    };
    for (const [key, property] of Object.entries(schema.properties)) {
      expect(property.description, key).toBeTruthy();
    }
  });
});
