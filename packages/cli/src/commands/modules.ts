import { FIELDS_OF_ACTION, localize } from '@city-app/core';
import type { CommandContext } from '../context.js';
import { enabledIds, loadProject, moduleEntries } from '../project/city.js';

export interface ModuleRow {
  id: string;
  title: string;
  titleEn: string;
  description: string;
  field: string;
  fieldTitle: string;
  packageName: string;
  installed: boolean;
  version?: string;
  /** In city.config.ts and switched on. */
  enabled: boolean;
  /** In city.config.ts (possibly with `enabled: false`). */
  configured: boolean;
}

/** `city-app modules`: the modules a project can use and those it has switched on. */
export async function modulesCommand(ctx: CommandContext): Promise<{ modules: ModuleRow[] }> {
  const { input, modules } = await loadProject(ctx);
  const enabled = enabledIds(input);
  const configured = Object.keys(moduleEntries(input));
  const rows: ModuleRow[] = modules.map((m) => ({
    id: m.manifest.id,
    title: localize(m.manifest.title, 'de'),
    titleEn: localize(m.manifest.title, 'en'),
    description: localize(m.manifest.description, 'en'),
    field: m.manifest.field,
    fieldTitle: FIELDS_OF_ACTION[m.manifest.field]?.de ?? m.manifest.field,
    packageName: m.packageName,
    installed: m.source === 'installed',
    ...(m.version ? { version: m.version } : {}),
    enabled: enabled.includes(m.manifest.id),
    configured: configured.includes(m.manifest.id),
  }));
  // A module in the config that no package provides is worth seeing too.
  for (const id of configured) {
    if (rows.some((r) => r.id === id)) continue;
    rows.push({
      id,
      title: id,
      titleEn: id,
      description: 'Configured, but no package provides it.',
      field: '',
      fieldTitle: '',
      packageName: String(moduleEntries(input)[id]?.package ?? `@city-app/module-${id}`),
      installed: false,
      enabled: enabled.includes(id),
      configured: true,
    });
  }
  if (!ctx.json) {
    const width = Math.max(6, ...rows.map((r) => r.id.length));
    const fieldWidth = Math.max(15, ...rows.map((r) => r.fieldTitle.length));
    ctx.log(`${'module'.padEnd(width)}  ${'field of action'.padEnd(fieldWidth)}  status`);
    for (const r of rows) {
      const status = [
        r.enabled ? 'enabled' : r.configured ? 'switched off' : 'available',
        r.installed ? `installed${r.version ? ` ${r.version}` : ''}` : 'not installed',
      ].join(', ');
      ctx.log(`${r.id.padEnd(width)}  ${r.fieldTitle.padEnd(fieldWidth)}  ${status} — ${r.title}`);
    }
    if (rows.some((r) => !r.configured)) ctx.log('\nAdd one with: city-app add <module>');
  }
  return { modules: rows };
}
