import { BadUserInputError } from '../errors/errors';

/**
 * Spreadsheet files reach the hub as text, decoded by the client. A file that was not UTF-8 (a
 * Chinese Excel saves "CSV" as GBK) arrives garbled, in one of two ways: decoded as UTF-8, its
 * bytes became U+FFFD replacement characters; decoded as Latin-1 or Windows-1252, they became
 * accented letters ("¹²½¨×éÖ¯" for 共建组织). Either way the Chinese is lost, so such text is
 * refused with NOT_UTF8 and the way to save the file correctly, rather than stored as mojibake.
 */
export function checkUtf8Csv(text: string, field: string): string {
  const encoding = misdecodedAs(text);
  if (encoding) throw new BadUserInputError('NOT_UTF8', { field, encoding });
  return text;
}

/** The encoding `text` looks to have been in before it was decoded wrongly, or undefined if it reads as written. */
export function misdecodedAs(text: string): string | undefined {
  if (text.includes('\uFFFD')) return 'GBK';
  const bytes = singleByteOriginal(text);
  if (!bytes) return undefined;
  if (readsAsChinese(bytes, 'utf-8')) return 'UTF-8 read as Latin-1';
  if (readsAsChinese(bytes, 'gbk')) return 'GBK';
  return undefined;
}

/** Windows-1252's characters for the bytes 0x80-0x9F (where it differs from Latin-1). */
const WINDOWS_1252 = new Map([...new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i))].map((c, i) => [c, 0x80 + i]));

/** The bytes `text` came from if it was decoded as Latin-1 or Windows-1252 and holds such bytes; else undefined. */
function singleByteOriginal(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code <= 0xff ? code : WINDOWS_1252.get(text[i]);
    if (byte === undefined) return undefined; // a character no single-byte decoding produces: real text
    high ||= byte >= 0x80;
    bytes[i] = byte;
  }
  return high ? bytes : undefined;
}

const CJK = /[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFF00-\uFFEF]/g;

/** Whether `bytes` decode without error in `encoding` to text whose non-ASCII characters are all Chinese (two at least). */
function readsAsChinese(bytes: Uint8Array, encoding: string): boolean {
  let decoded: string;
  try {
    decoded = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const nonAscii = decoded.replace(/[^\u0080-\uFFFF]/g, '');
  const chinese = nonAscii.match(CJK)?.length ?? 0;
  return chinese >= 2 && chinese === nonAscii.length;
}
