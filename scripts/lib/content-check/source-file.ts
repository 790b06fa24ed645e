/**
 * Reading one content file the way an editor sees it: YAML (a data file or an MDX file's
 * frontmatter) parsed with line positions, so any field can be traced to its line.
 * YAML is read with the core schema, which keeps timestamps as text; that is what lets
 * the checker see a date written without its offset.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

export interface ParsedSource {
  /** The parsed data, or undefined when the YAML could not be read. */
  data: unknown;
  /** The MDX body below the frontmatter ('' for YAML files). */
  body: string;
  /** The 1-based line the MDX body starts on. */
  bodyLine: number;
  /** YAML syntax errors with their lines. */
  syntaxErrors: { line: number; message: string }[];
  /** The 1-based line of a field, or of its nearest ancestor that exists. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function parseSource(text: string, format: 'mdx' | 'yaml'): ParsedSource {
  let yamlText = text;
  let body = '';
  // Frontmatter starts on line 2, below the opening `---`.
  let lineOffset = 0;
  let bodyLine = 1;
  if (format === 'mdx') {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      return {
        data: undefined,
        body: text,
        bodyLine: 1,
        syntaxErrors: [
          { line: 1, message: 'has no frontmatter; expected the file to start with a line of ---, its fields, and another ---' },
        ],
        lineOf: () => 1,
      };
    }
    yamlText = match[1] ?? '';
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length;
    lineOffset = 1;
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + lineOffset;
  const syntaxErrors = document.errors.map((error) => ({
    line: lineAt(error.pos[0]),
    message: `${error.message.split('\n')[0] ?? 'cannot be read'}; expected valid YAML (check indentation, colons and quotes)`,
  }));
  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = document.contents;
    let line = lineOffset + 1;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        const key = pair.key as Node;
        if (key.range) line = lineAt(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return line;
  };
  return { data: syntaxErrors.length > 0 ? undefined : (document.toJS() as unknown), body, bodyLine, syntaxErrors, lineOf };
}
