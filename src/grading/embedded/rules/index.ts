/** Every rule of the embedded grader, for the tests that prove them and the hash that versions them. */
import { ACCOUNTABILITY_RULES } from './accountability';
import { ACKNOWLEDGEMENT_RULES } from './acknowledgement';
import { ADVICE_RULES } from './advice';
import { CELEBRATING_RULES } from './celebrating';
import { CLARITY_COUNTED, CLARITY_EXCLUSIONS, CLARITY_RULES } from './clarity';
import { COMMON_GROUND_RULES } from './common-ground';
import { COURTESY_RULES } from './courtesy';
import { DISMISSAL_RULES } from './dismissal';
import { FEEDBACK_RULES } from './feedback';
import { FEELING_RULES } from './feelings';
import { NETWORKING_RULES } from './networking';
import { QUESTION_RULES } from './questions';
import { REFLECTION_RULES } from './reflection';
import { REPAIR_RULES } from './repair';
import type { Rule } from './rule';

export const ALL_RULES: readonly Rule[] = [
  ...REFLECTION_RULES,
  ...ACKNOWLEDGEMENT_RULES,
  ...ADVICE_RULES,
  ...COURTESY_RULES,
  ...DISMISSAL_RULES,
  ...FEELING_RULES,
  ...ACCOUNTABILITY_RULES,
  ...REPAIR_RULES,
  ...FEEDBACK_RULES,
  ...NETWORKING_RULES,
  ...CLARITY_RULES,
  ...CLARITY_EXCLUSIONS,
  ...CLARITY_COUNTED,
  ...QUESTION_RULES,
  ...CELEBRATING_RULES,
  ...COMMON_GROUND_RULES,
];
