/**
 * Tidies pagefind's excerpt of a page for a search result. Pagefind ends every block of text
 * (heading, paragraph, list item) with ". " so that blocks do not run together, also in Chinese,
 * where that reads as a stray Latin full stop; and its excerpt starts at whichever word centres
 * the matches, so it may open on the tail of the block before ("项. " of "第32项", "23. " of
 * "No. 23") or inside a sentence ("次人才住房补贴" of "申请高层次人才住房补贴"), with no sign
 * that it was cut.
 */

/** The marks of the page's language, from its dictionary. */
export interface ExcerptMarks {
  /** What ends a sentence: ". " in English, "。" in Chinese. */
  sentenceEnd: string;
  /** What shows that text was cut: "…" in English, "……" in Chinese. */
  ellipsis: string;
}

/** The page's text and the excerpt pagefind cut from it (both as pagefind's fragment gives them). */
export interface Excerpt {
  /** With <mark>s around matched words. */
  html: string;
  plain: string;
  content: string;
}

const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
/** Pagefind's block-ending ". " after a character of a script written without spaces, a highlight's end between them. */
const BLOCK_END_AFTER_UNSPACED = new RegExp(`([${UNSPACED}])((?:</mark>)?)\\. ?`, 'gu');
/** The unhighlighted tail of the block before the excerpt: one short word, and its block end. */
const LEADING_TAIL = /^[^\s<.。]{1,12}(?:\. |。)\s*/u;
/** Where a sentence ends (pagefind's block ends included). */
const SENTENCE_END = /(?:[.!?] |[。！？])/gu;
/** How far back, in characters, the excerpt may reach for the start of its sentence. */
const REACH = 20;

const flat = (text: string): string =>
  text
    .replace(/\u200B/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Where the sentence around `index` starts, if it is near enough: the end of the one before, or the page's start. */
function sentenceStart(page: string, index: number): number | undefined {
  const before = page.slice(Math.max(0, index - REACH), index);
  let start = index - REACH <= 0 ? 0 : undefined;
  for (const match of before.matchAll(SENTENCE_END)) start = Math.max(0, index - REACH) + match.index + match[0].length;
  return start;
}

/**
 * The excerpt as a result shows it: starting where its sentence starts when that is a few
 * characters back (else after a cut-off tail of the block before, else with an ellipsis), ending
 * with an ellipsis where it stops inside a sentence, and with the language's full stops.
 * @example tidyExcerpt({ html: '项. 使用<mark>住房</mark>公积金', plain: '项. 使用住房公积金', content: '…' }, marks)
 */
export function tidyExcerpt({ html, plain, content }: Excerpt, marks: ExcerptMarks): string {
  const page = flat(content);
  const excerpt = flat(plain);
  const index = page.indexOf(excerpt);
  let text = html.trim();
  let cutAtStart = index !== 0;
  const cutAtEnd = index < 0 || index + excerpt.length < page.length;
  if (cutAtStart && index > 0) {
    const tail = LEADING_TAIL.exec(text);
    const start = sentenceStart(page, index);
    // Either way the excerpt now opens a sentence, and needs no ellipsis.
    if (tail && tail[0].length < text.length) {
      text = text.slice(tail[0].length);
      cutAtStart = false;
    } else if (start !== undefined) {
      text = `${page.slice(start, index)}${text}`;
      cutAtStart = false;
    }
  }
  text = text
    .replace(BLOCK_END_AFTER_UNSPACED, (_match, character: string, close: string) => `${character}${close}${marks.sentenceEnd}`)
    .trim();
  // A cut after a full stop needs no ellipsis: the sentence is whole.
  const trailing = cutAtEnd && !/[.。!?！？]$/u.test(text.replace(/<\/mark>$/, '')) ? marks.ellipsis : '';
  return `${cutAtStart ? marks.ellipsis : ''}${text}${trailing}`;
}
