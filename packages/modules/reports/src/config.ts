import { z } from 'zod';
import { type Category, categorySchema, DEFAULT_CATEGORIES } from './categories/category.js';
import {
  DEFAULT_DEPARTMENTS,
  type Department,
  departmentSchema,
} from './departments/department.js';
import { forwardingTargetSchema } from './forwarding/target.js';

const uniqueIds = (list: { id: string }[]) => new Set(list.map((x) => x.id)).size === list.length;

/** The reports module's options under `modules.reports` in the town config. */
export const reportsConfigSchema = z
  .strictObject({
    departments: z
      .array(departmentSchema)
      .min(1)
      .max(30)
      .default(DEFAULT_DEPARTMENTS)
      .refine(uniqueIds, { message: 'Each department id may appear only once.' })
      .describe('The offices that handle reports; each gets an e-mail for a new report.'),
    categories: z
      .array(categorySchema)
      .min(1)
      .max(30)
      .default(DEFAULT_CATEGORIES)
      .refine(uniqueIds, { message: 'Each category id may appear only once.' })
      .describe('What residents can report, in the order they see it, and who handles it.'),
    nearbyMeters: z
      .number()
      .int()
      .min(20)
      .max(1000)
      .default(150)
      .describe('Open reports this close in the same category are shown before a new one is sent.'),
    limits: z
      .strictObject({
        perInstallationPerDay: z.number().int().min(0).max(1000).default(5),
        perAddressPerDay: z.number().int().min(0).max(10_000).default(30),
      })
      .default({ perInstallationPerDay: 5, perAddressPerDay: 30 })
      .describe('Reports one device, and one IP address, may send a day (0: no limit).'),
    forwarding: z
      .array(forwardingTargetSchema)
      .max(5)
      .default([])
      .refine(uniqueIds, { message: 'Each forwarding target id may appear only once.' })
      .describe('Outside Open311 servers that handle some categories (the county road authority).'),
  })
  .superRefine((config, issues) => {
    const departments = new Set(config.departments.map((d) => d.id));
    config.categories.forEach((category, i) => {
      if (!departments.has(category.department)) {
        issues.addIssue({
          code: 'custom',
          path: ['categories', i, 'department'],
          message: `There is no department "${category.department}"; add it under departments.`,
        });
      }
    });
    const forwarded = new Set<string>();
    config.forwarding.forEach((target, i) => {
      for (const category of Object.keys(target.services)) {
        const path = ['forwarding', i, 'services', category];
        if (!config.categories.some((c) => c.id === category)) {
          issues.addIssue({
            code: 'custom',
            path,
            message: `There is no category "${category}"; add it under categories.`,
          });
        } else if (forwarded.has(category)) {
          issues.addIssue({
            code: 'custom',
            path,
            message: `The category "${category}" is forwarded to another target already.`,
          });
        }
        forwarded.add(category);
      }
    });
  })
  .describe('Defect reports: residents report what is broken, departments fix it.');

export type ReportsConfig = z.output<typeof reportsConfigSchema>;

/** The category with this id, if the town has it. */
export function categoryOf(config: Pick<ReportsConfig, 'categories'>, id: string) {
  return config.categories.find((c): c is Category => c.id === id);
}

/** The department with this id, if the town has it. */
export function departmentOf(config: Pick<ReportsConfig, 'departments'>, id: string) {
  return config.departments.find((d): d is Department => d.id === id);
}
