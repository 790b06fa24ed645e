/**
 * Reads every entry's body with the compiler the build renders it with (satteri, through
 * @astrojs/mdx) and reports what would fail the build or publish code: syntax errors,
 * imports and exports, expressions, unknown components and elements, event-handler and
 * style attributes, and links or images whose address would run code (`javascript:`, `data:`).
 * Positions in the body are turned into lines of the file, below its frontmatter.
 */
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { BODY_ELEMENTS, GLOBAL_BODY_ATTRIBUTES, LINK_SCHEMES, REFUSED_ELEMENTS } from '../../../src/lib/body-elements.ts';
import type { Problem } from './problem.ts';
import type { EntryFile } from './read-content.ts';

const GUIDE = 'the elements listed in content/README.md';
const LINK_EXPECTED = 'expected an https:// address, a path on this site such as /guidance/…, mailto: or tel:';

/** The scheme of an address as a browser reads it (it ignores spaces and control characters), or undefined. */
export function schemeOf(address: string): string | undefined {
  const compact = address.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
}

function addressProblem(address: string, what: 'link' | 'image'): string | undefined {
  const scheme = schemeOf(address);
  if (scheme === undefined) return address.startsWith('//') ? `${what} "${address}" leaves out its scheme; ${LINK_EXPECTED}` : undefined;
  if (what === 'image') {
    return `image "${shorten(address)}" is not a file of the site; expected an image file beside the entry, such as ./photo.jpg`;
  }
  if (LINK_SCHEMES.includes(scheme)) return undefined;
  const why =
    scheme === 'javascript' || scheme === 'vbscript'
      ? ' would run code'
      : scheme === 'data'
        ? ' would open data as a page'
        : ' is not a web address';
  return `link "${shorten(address)}"${why}; ${LINK_EXPECTED}`;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

function elementProblems(node: MdastNode & { name?: string | null; attributes?: JsxAttribute[] }): string[] {
  const name = node.name ?? '';
  if (name === '') return ['an empty tag <> is not needed; expected Markdown text'];
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    return [`<${name}> is not a component entries can use; expected Markdown or ${GUIDE}`];
  }
  const refused = REFUSED_ELEMENTS[name];
  if (refused) return [`<${name}> ${refused}; expected Markdown or ${GUIDE}`];
  const allowed = BODY_ELEMENTS[name];
  if (!allowed) return [`<${name}> is not an element entries can use; expected Markdown or ${GUIDE}`];
  const problems: string[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      problems.push(`<${name}> spreads attributes from code; expected plain attributes such as title="…"`);
      continue;
    }
    const attributeName = attribute.name;
    if (typeof attribute.value === 'object' && attribute.value !== null) {
      problems.push(`<${name} ${attributeName}={…}> takes its value from code; expected ${attributeName}="text"`);
    } else if (/^on/i.test(attributeName)) {
      problems.push(`<${name} ${attributeName}> would run code; event handlers are not allowed in entries`);
    } else if (attributeName === 'style' || attributeName === 'class' || attributeName === 'className') {
      problems.push(`<${name} ${attributeName}> restyles the page; the site's styles apply to every entry`);
    } else if (!allowed.includes(attributeName) && !GLOBAL_BODY_ATTRIBUTES.includes(attributeName)) {
      const accepted = [...new Set([...allowed, ...GLOBAL_BODY_ATTRIBUTES])].join(', ');
      problems.push(`<${name}> cannot take ${attributeName}; expected one of: ${accepted}`);
    }
  }
  return problems;
}

/** What is wrong with one node itself (its children are visited separately). */
function nodeProblems(node: MdastNode): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return ['imports and exports are not needed in an entry; expected Markdown (the site provides everything a body can use)'];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return ['{…} is code; expected text (write \\{ for a brace)'];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node);
    case 'html':
      return [`raw HTML "${shorten(node.value.trim())}" is not published; expected Markdown`];
    case 'link':
    case 'definition': {
      const problem = addressProblem(node.url, 'link');
      return problem ? [problem] : [];
    }
    case 'image': {
      const problem = addressProblem(node.url, 'image');
      return problem ? [problem] : [];
    }
    default:
      return [];
  }
}

/**
 * Satteri reports a syntax error as `line:column: message (rule)`, with positions in the body;
 * `toFileLine` turns them into lines of the file, inside the message too.
 */
function syntaxProblem(error: unknown, toFileLine: (bodyLine: number) => number): { line: number; message: string } {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([a-z-]+:[a-z-]+\))?$/.exec(text);
  const line = toFileLine(match ? Number(match[1]) : 1);
  const detail = (match?.[3] ?? text)
    .replace(/\((\d+):(\d+)\)/g, (_, at: string, column: string) => `(line ${String(toFileLine(Number(at)))}, column ${column})`)
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '');
  return { line, message: `cannot be read as MDX: ${detail}; expected Markdown, with every tag closed and every { escaped as \\{` };
}

/** Every problem in one file's body, with lines counted in the file. */
export function checkBody(file: EntryFile): Problem[] {
  const { body, bodyLine } = file.source;
  if (body.trim() === '') return [];
  const toFileLine = (bodyLineNumber: number): number => bodyLine + bodyLineNumber - 1;
  const asMdx = !file.fileName.endsWith('.md');
  let tree: MdastNode;
  try {
    tree = asMdx ? mdxToMdast(body) : markdownToMdast(body);
  } catch (error) {
    const { line, message } = syntaxProblem(error, toFileLine);
    return [{ file: file.path, line, field: 'body', message }];
  }
  const problems: Problem[] = [];
  const visit = (node: MdastNode): void => {
    for (const message of nodeProblems(node)) {
      problems.push({ file: file.path, line: toFileLine(node.position?.start.line ?? 1), field: 'body', message });
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(tree);
  return problems;
}

/** The bodies of every entry and translation. */
export function checkBodies(files: readonly EntryFile[]): Problem[] {
  return files.filter((file) => file.fileName.endsWith('.mdx') || file.fileName.endsWith('.md')).flatMap(checkBody);
}
