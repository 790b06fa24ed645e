/**
 * JSON to write inside a <script> element (an island's data, JSON-LD). The characters that
 * could end the element or begin markup (`<`, `>`, `&`) and the two separators that older
 * JavaScript parsers take for line ends (U+2028, U+2029) are written as `\u` escapes, so no
 * text from the content can close the script, whatever it holds; JSON.parse reads the value
 * back unchanged. Every piece of data handed to the browser in a script goes through here.
 */
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function scriptJson(value: unknown): string {
  // JSON.stringify gives undefined, not text, for undefined and functions.
  return ((JSON.stringify(value) as string | undefined) ?? 'null').replace(
    /[<>&\u2028\u2029]/g,
    (character) => ESCAPES[character] ?? character,
  );
}
