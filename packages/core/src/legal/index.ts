export {
  ENFORCEMENT_BODIES,
  type EnforcementBody,
  enforcementBodyFor,
} from './enforcement-bodies.js';
export { KERNEL_PERSONAL_DATA } from './kernel-personal-data.js';
export { type OpenItem, openItems } from './open-items.js';
export {
  type PersonalDataDeclaration,
  personalDataProblems,
  retentionText,
} from './personal-data.js';
export { isPlaceholder, known } from './placeholder.js';
export { isSampleContent, type SampleContent } from './sample-content.js';
