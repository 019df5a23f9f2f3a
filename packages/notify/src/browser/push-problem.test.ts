import { describe, expect, it } from 'vitest';
import { PushClientError } from './errors.js';
import { pushCodeKey, pushProblemKey } from './push-problem.js';

describe('pushProblemKey', () => {
  it('names the module’s catalogue entry for each failure, the server’s for anything else', () => {
    const key = (code: ConstructorParameters<typeof PushClientError>[0]) =>
      pushProblemKey(new PushClientError(code, 'browser words'), 'council.device');
    expect(key('denied')).toBe('council.device.denied');
    expect(key('needs-install')).toBe('council.device.needsInstall');
    expect(key('gesture-required')).toBe('council.device.dismissed');
    expect(key('no-service-worker')).toBe('council.device.notReady');
    expect(key('push-service')).toBe('council.device.service');
    expect(key('server')).toBe('council.device.server');
    expect(pushProblemKey(new Error('AbortError'), 'reports.device')).toBe('reports.device.server');
  });

  it('names the entry for what pushSupport() answers, before anything was tried', () => {
    expect(pushCodeKey('needs-install', 'waste.settings.push')).toBe(
      'waste.settings.push.needsInstall',
    );
    expect(pushCodeKey('denied', 'waste.settings.push')).toBe('waste.settings.push.denied');
    expect(pushCodeKey('unsupported', 'waste.settings.push')).toBe(
      'waste.settings.push.unsupported',
    );
  });
});
