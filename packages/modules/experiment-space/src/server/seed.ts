import type { ModuleServerContext } from '@city-app/server';
import type { ExperimentSpaceConfig } from '../config.js';
import type { Space } from './space.js';

/**
 * Creates the starting resources, courses and providers' quotas of the config. What exists
 * already is left as staff changed it, so running it again changes nothing.
 */
export async function seedExperimentSpace(
  ctx: ModuleServerContext<ExperimentSpaceConfig>,
  space: Space,
): Promise<{ resources: number; courses: number }> {
  let resources = 0;
  let courses = 0;
  for (const [position, resource] of ctx.config.resources.entries()) {
    if (await space.resources.exists(resource.id)) continue;
    await space.resources.create(resource, position);
    resources += 1;
  }
  const known = new Set((await space.courses.list()).map((c) => c.id));
  for (const [position, course] of ctx.config.courses.entries()) {
    if (known.has(course.id)) continue;
    await space.courses.create(course, position);
    courses += 1;
  }
  const quotas = await space.providerQuotas.list();
  for (const quota of ctx.config.providerQuotas) {
    if (quotas.some((q) => q.organisation.toLowerCase() === quota.organisation.toLowerCase()))
      continue;
    await space.providerQuotas.set(quota, (id) => space.resources.exists(id));
  }
  if (resources || courses) {
    ctx.log.info(
      `Experiment space: ${resources} resources and ${courses} courses created from the config`,
    );
  }
  return { resources, courses };
}
