// The load benchmark's command line.
import { parseArgs } from 'node:util';
import { MODES } from './town.mjs';

const USAGE = `pnpm bench:load [--quick] [--modes pglite,postgres,postgres-2] [--seconds 2]
  [--mixed-seconds 10] [--connections 50] [--wave-phones 3000] [--wave-seconds 60]
  [--returning 0.8] [--no-wave] [--profile <dir>] [--json]`;

export function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      modes: { type: 'string' },
      seconds: { type: 'string' },
      'mixed-seconds': { type: 'string' },
      connections: { type: 'string' },
      'wave-phones': { type: 'string' },
      'wave-seconds': { type: 'string' },
      returning: { type: 'string' },
      'no-wave': { type: 'boolean', default: false },
      profile: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = values.quick;
  const number = (name, fallback, max) => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new Error(`--${name} must be a whole number from 1 to ${max}, not "${raw}".\n${USAGE}`);
    return n;
  };
  /** A share from 0 to 1, e.g. of the wave's phones that have the app already. */
  const share = (name, fallback) => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (raw.trim() === '' || !(n >= 0 && n <= 1))
      throw new Error(`--${name} must be a number from 0 to 1, not "${raw}".\n${USAGE}`);
    return n;
  };
  const modes = (values.modes ?? Object.keys(MODES).join(',')).split(',').filter(Boolean);
  for (const mode of modes)
    if (!MODES[mode])
      throw new Error(`--modes: unknown mode "${mode}" (${Object.keys(MODES).join(', ')}).`);
  return {
    modes,
    /** Each route alone, this long, on the town and on the baseline. */
    seconds: number('seconds', quick ? 1 : 2, 60),
    /** The mixed resident workload, this long. */
    mixedSeconds: number('mixed-seconds', quick ? 5 : 10, 120),
    connections: number('connections', 50, 1000),
    /** Connections of the single-route runs: enough to keep the server busy, few enough to queue little. */
    routeConnections: 10,
    wave: values['no-wave']
      ? null
      : {
          phones: number('wave-phones', quick ? 500 : 3000, 100_000),
          seconds: number('wave-seconds', quick ? 10 : 60, 600),
          returning: share('returning', 0.8),
        },
    profileDir: values.profile,
    json: values.json,
    timeoutS: 10,
  };
}
