import { packageTests } from '@city-app/config/vitest';

export default packageTests(
  {},
  {
    browserTests: [
      'test/browser.test.ts',
      'test/admin-password.test.ts',
      'test/feedback-inbox.test.ts',
      'test/notifications.test.ts',
      'test/staff-accounts.test.ts',
    ],
  },
);
