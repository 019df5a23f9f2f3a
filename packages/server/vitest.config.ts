import { packageTests } from '@city-app/config/vitest';

// A fresh process per file: in one shared process the root-routes suite lost the kernel's
// security headers after the other create-city-server and http suites (not yet explained).
export default packageTests();
