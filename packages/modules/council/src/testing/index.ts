// A local OParl server with a sample council, for tests and the benchmark.
export type { CouncilSize, ListName, Version } from './council-data.js';
export {
  type Failure,
  type OParlServer,
  type OParlServerOptions,
  startOParlServer,
} from './oparl-server.js';
