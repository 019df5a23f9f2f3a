import { packageTests } from '@city-app/config/vitest';

export default packageTests({});
