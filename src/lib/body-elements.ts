/**
 * What an entry's body may hold beyond Markdown: the one allow-list that the content check
 * enforces, the editors' guide (content/README.md) documents, and the pages render with.
 * Bodies are text written by editors, so they carry no code: no imports, no expressions,
 * no scripts, no styles, no embedded pages. Links are written as Markdown, `[text](address)`.
 */

/** HTML elements an editor may write in a body, with the attributes each may carry. */
export const BODY_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  b: [],
  br: [],
  cite: [],
  del: [],
  dfn: ['title'],
  em: [],
  i: [],
  ins: [],
  kbd: [],
  mark: [],
  q: [],
  rp: [],
  rt: [],
  ruby: [],
  s: [],
  small: [],
  span: ['lang'],
  strong: [],
  sub: [],
  sup: [],
  time: ['datetime'],
  u: [],
  wbr: [],
};

/** Attributes every allowed element may carry. */
export const GLOBAL_BODY_ATTRIBUTES: readonly string[] = ['lang', 'title', 'dir'];

/** Address schemes a link in a body may use; a path (`/guidance/…`), `#fragment` or relative file needs none. */
export const LINK_SCHEMES: readonly string[] = ['https', 'http', 'mailto', 'tel'];

/** Why the most tempting refused elements are refused, in the editors' words. */
export const REFUSED_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'would run code on the page',
  style: 'would restyle the whole page',
  iframe: 'would embed another site in the page',
  frame: 'would embed another site in the page',
  object: 'would embed a plug-in or another document',
  embed: 'would embed a plug-in or another document',
  form: 'would send visitors’ input elsewhere',
  input: 'is a form control',
  button: 'is a form control',
  link: 'would load a file into the page',
  meta: 'would change how the page is read',
  base: 'would change where every link on the page goes',
  svg: 'can carry scripts; put the picture beside the entry as a file',
  math: 'is not supported in bodies',
  a: 'is written as a Markdown link, [text](address)',
  img: 'is written as a Markdown image, ![description](file)',
};
