/**
 * Turns zod's issues into sentences an editor can act on: "what is wrong; what was expected".
 * Schemas carry their own messages where a rule needs explaining; this covers the rest
 * (missing fields, wrong types, unknown values, unknown fields).
 */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString()}`;
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

/** The zod error map used when the checker parses; returns undefined to keep a schema's own message. */
export function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return issue.input === undefined ? `is missing; expected ${expected}` : `is ${describe(issue.input)}; expected ${expected}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `is ${describe(issue.input)}; expected ${describe(issue.values[0])}`
        : `is ${describe(issue.input)}; expected one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `has too few items; expected at least ${String(issue.minimum)}`
        : `is ${describe(issue.input)}; expected at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `has too many items; expected at most ${String(issue.maximum)}`
        : `is ${describe(issue.input)}; expected at most ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return 'is not a field here; expected only the fields listed in content/README.md (check the spelling)';
    case 'invalid_union':
      return `is ${describe(issue.input)}, which fits none of the allowed forms; see content/README.md for this field`;
    default:
      return undefined;
  }
}

/** Field path as an editor writes it: `registration.deadline`, `organisers[1]`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, segment) =>
      typeof segment === 'number' ? `${name}[${String(segment)}]` : name ? `${name}.${String(segment)}` : String(segment),
    '',
  );
}

/**
 * Flattens issues into (path, message) pairs. An unknown field becomes one pair per field,
 * located at the field itself, so the editor is pointed at the misspelt line.
 */
export function flattenIssues(issues: readonly Issue[]): { path: PropertyKey[]; message: string }[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...issue.path, key], message: issue.message }));
    }
    return [{ path: [...issue.path], message: issue.message }];
  });
}
