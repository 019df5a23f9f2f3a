import type { CityEnv, LimitRule, ModuleServerContext } from '@city-app/server';
import type { Context } from 'hono';
import type { SurveysConfig } from '../../config.js';
import { ballotError } from '../../errors/ballots.js';
import { voterMark } from './voter.js';

const YEAR = 366 * 24 * 3600;

/**
 * Counts a vote against the limit per IP address in this survey; throws a 429 when it is
 * reached. The key is the address's HMAC under the survey's secret, so once the survey closed
 * the limit store's rows cannot be tied to an address either. Returns how to take it back.
 */
export async function admitVote(
  ctx: ModuleServerContext<SurveysConfig>,
  c: Context<CityEnv>,
  secret: Buffer,
): Promise<{ release(): Promise<void> }> {
  const limits = ctx.limits;
  const max = ctx.config.limits.votesPerAddress;
  if (!limits || max === 0) return { release: async () => {} };
  const rule: LimitRule = {
    id: 'surveysVotesPerAddress',
    kind: 'surveys-votes',
    per: 'address',
    max,
    windowSeconds: YEAR,
  };
  const key = voterMark(secret, 'address', limits.clientAddress(c));
  const token = c.req.header('idempotency-key');
  const decision = await limits.admit([{ rule, key }], token ? { token } : {});
  if (!decision.admitted) {
    c.header('Retry-After', String(decision.retryAfter));
    throw ballotError('surveys_limit_votes_per_address', {
      max,
      minutes: Math.ceil(decision.retryAfter / 60),
    });
  }
  return { release: () => limits.release(decision.receipt) };
}
