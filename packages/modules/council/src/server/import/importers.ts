import type { Importer } from '@city-app/server';
import type { CouncilConfig } from '../../config.js';
import { oparlError } from '../../errors/oparl.js';
import { checkAddress } from '../oparl/address.js';
import { isOParlObject, typeOf } from '../oparl/types.js';
import { httpOptionsOf } from '../sync/options.js';
import { summaryOf, syncSystem } from '../sync/sync-system.js';

const notSystem = { de: 'kein OParl-Objekt „System“', en: 'no OParl "System" object' };

/**
 * `city-app import council [System address]`: syncs the council information system now, as
 * the hourly job does (only what changed since the last run). The file is the OParl System
 * object, read from its address or saved; its `id` is the system synced. A town that set
 * `oparl.system` imports only that one, so two systems never mix in one app.
 */
export const councilImporters: Record<string, Importer<CouncilConfig>> = {
  oparl: {
    description: {
      de: 'OParl-1.0/1.1-System (seine Adresse): gleicht Sitzungen, Tagesordnungen und Vorlagen ab',
      en: 'OParl 1.0/1.1 System (its address): syncs meetings, agendas and papers',
    },
    extensions: ['.json'],
    // `city-app import council` alone syncs the system the town configured.
    defaultSource: (config) => config.oparl?.system,
    async run(file, ctx) {
      let json: unknown;
      try {
        json = JSON.parse(file.text);
      } catch {
        json = null;
      }
      if (!isOParlObject(json) || typeOf(json.type) !== 'System') {
        throw oparlError(
          'council_oparl_unreadable',
          { url: file.name.slice(0, 200), reason: notSystem },
          { field: 'file' },
        );
      }
      const system = checkAddress(json.id).url.toString();
      const configured = ctx.config.oparl?.system;
      if (configured && new URL(configured).toString() !== system) {
        throw oparlError(
          'council_other_system',
          { given: system, configured },
          { field: 'modules.council.oparl.system' },
        );
      }
      const report = await syncSystem(ctx.db, system, {
        http: httpOptionsOf(ctx),
        dryRun: file.dryRun,
      });
      return summaryOf(report);
    },
  },
};
