/**
 * What text from a client may hold. Names, titles and codes are one line; descriptions, reasons and
 * notes may run over several. Neither may hold control characters (NUL breaks PostgreSQL's text
 * and JSON types, the rest are invisible), direction controls (U+202E and friends reorder what a
 * reader sees, "Trojan Source" style), or lone UTF-16 surrogates (not text at all: they cannot be
 * stored as UTF-8 without being replaced).
 */
export type TextShape = 'line' | 'lines';

/** C0 and C1 controls and DEL, and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
/** The same, but tab, line feed and carriage return are how multi-line text is written. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const LINES_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/;
/** Bidirectional embeddings, overrides, isolates and marks. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `text` is well-formed UTF-16 (no lone surrogates) and free of NUL: what every string input must be. */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/** Whether `text` may be stored as a value of `shape`. */
export function isAcceptableText(text: string, shape: TextShape): boolean {
  return !LONE_SURROGATE.test(text) && !(shape === 'line' ? LINE_FORBIDDEN : LINES_FORBIDDEN).test(text) && !BIDI_CONTROLS.test(text);
}

/** Line breaks as LF, however the client's system writes them. */
export function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
