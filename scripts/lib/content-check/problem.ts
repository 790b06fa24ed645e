/** One thing wrong with the content, located precisely enough for an editor to fix it. */
export interface Problem {
  /** Path from the project root, with forward slashes, e.g. `content/activities/opening-ceremony.mdx`. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** The field at fault, e.g. `registration.deadline`, or `file name`, `body`. */
  field: string;
  /** What is wrong; what was expected. */
  message: string;
}

/** `path:line — field: what is wrong; what was expected` */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${String(problem.line)} — ${problem.field}: ${problem.message}`;
}

/** Problems in file order, then line order, so a long list reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}

/** The whole report: every problem on its own line and a count at the end. */
export function formatReport(problems: readonly Problem[]): string {
  const lines = sortProblems(problems).map(formatProblem);
  const count = problems.length === 1 ? '1 problem' : `${String(problems.length)} problems`;
  return `${lines.join('\n')}\n\n${count} in content/. Nothing was published; fix these and run the check again.`;
}
