import { describe, expect, it } from 'vitest';
import { retryingDeadlocks } from './deadlocks.js';

const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' });

describe('retryingDeadlocks', () => {
  it('runs the work again after a deadlock and returns what the next attempt made', async () => {
    let calls = 0;
    const result = await retryingDeadlocks(async () => {
      calls++;
      if (calls < 3) throw deadlock();
      return 'booked';
    });
    expect(result).toBe('booked');
    expect(calls).toBe(3);
  });

  it('passes every other error on at once', async () => {
    let calls = 0;
    const refused = Object.assign(new Error('conflicting key value'), { code: '23P01' });
    await expect(
      retryingDeadlocks(async () => {
        calls++;
        throw refused;
      }),
    ).rejects.toBe(refused);
    expect(calls).toBe(1);
  });

  it('gives up after five deadlocks and passes the last one on', async () => {
    let calls = 0;
    await expect(
      retryingDeadlocks(async () => {
        calls++;
        throw deadlock();
      }),
    ).rejects.toMatchObject({ code: '40P01' });
    expect(calls).toBe(5);
  });
});
