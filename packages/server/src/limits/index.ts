export { limitRefusal } from './messages.js';
export {
  LIMIT_DEFAULTS,
  type LimitRule,
  type LimitRuleId,
  type LimitRules,
  type LimitSubject,
  limitRulesFromEnv,
} from './rules.js';
export {
  type AbuseLimits,
  createAbuseLimits,
  type GuardOptions,
  type LimitedAction,
} from './service.js';
export { createLimitStore, type LimitCheck, type LimitDecision, type LimitStore } from './store.js';
