import type { ModuleServerContext, ServerModule } from '../module.js';
import type { SchedulerJob } from './scheduler.js';

const JOB_NAME = /^[a-z][a-z0-9-]{0,62}$/;

/** The scheduler's view of every module's declared jobs, each bound to its module's context. */
export function moduleJobs(
  modules: readonly ServerModule[],
  contexts: ReadonlyMap<string, ModuleServerContext>,
): SchedulerJob[] {
  return modules.flatMap((module) => {
    const id = module.manifest.id;
    const ctx = contexts.get(id) as ModuleServerContext;
    const seen = new Set<string>();
    return (module.jobs ?? []).map((job): SchedulerJob => {
      if (!JOB_NAME.test(job.name) || seen.has(job.name)) {
        throw new TypeError(
          `The module ${id} declares the job "${job.name}": use a unique lowercase name such as "sync-feed".`,
        );
      }
      seen.add(job.name);
      return {
        id: `${id}.${job.name}`,
        module: id,
        kind: job.kind ?? 'job',
        ...(job.title !== undefined ? { title: job.title } : {}),
        ...(job.every !== undefined ? { every: job.every } : {}),
        ...(job.at !== undefined ? { at: job.at } : {}),
        ...(job.lateByMinutes !== undefined ? { lateByMs: job.lateByMinutes * 60_000 } : {}),
        run: (due) => job.run(ctx, due),
      };
    });
  });
}
