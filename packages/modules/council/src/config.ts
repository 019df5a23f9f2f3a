import { z } from 'zod';
import { isLoopbackHost } from './address/loopback.js';

/** An OParl System address: https, or http on this machine (a test or a local mirror). */
const systemAddress = z
  .string()
  .max(2000)
  .url()
  .refine(
    (text) => {
      const url = new URL(text);
      return (
        url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))
      );
    },
    { message: 'The address must start with https:// (http only on this machine).' },
  );

/** The council module's options under `modules.council` in the town config. */
export const councilConfigSchema = z
  .strictObject({
    oparl: z
      .strictObject({
        system: systemAddress.describe(
          'The OParl System object of the town’s council information system, e.g. https://ratsinfo.example.de/oparl/v1/system.',
        ),
      })
      .optional()
      .describe('Where the council information comes from; without it nothing is synced.'),
  })
  .describe('Council information: meetings, agendas and papers from the town’s OParl interface.');

export type CouncilConfig = z.output<typeof councilConfigSchema>;
