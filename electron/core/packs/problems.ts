import type { z } from 'zod';
import type { PackProblem } from '../../../shared/board/problems.ts';

type ZodIssue = z.core.$ZodIssue;

/**
 * Turns a zod issue into a problem code and the values its translated message needs. The issue must
 * carry its input (`safeParse(data, { reportInput: true })`): without it every wrong type would
 * read as a missing field.
 */
export function describeZodIssue(issue: ZodIssue): Pick<PackProblem, 'code' | 'params'> {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { code: 'required', params: {} }
        : { code: 'invalid-type', params: { expected: String(issue.expected) } };
    case 'unrecognized_keys':
      return { code: 'unknown-keys', params: { keys: issue.keys.join(', ') } };
    case 'invalid_value':
      return { code: 'invalid-value', params: { allowed: issue.values.map(String).join(', ') } };
    case 'invalid_union':
      return { code: 'invalid-kind', params: {} };
    case 'too_small':
      return { code: 'too-small', params: { minimum: Number(issue.minimum) } };
    case 'invalid_format':
      return { code: 'invalid-format', params: { detail: issue.message } };
    default:
      return { code: 'invalid', params: { detail: issue.message } };
  }
}
