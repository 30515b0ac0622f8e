import { createHash, randomInt } from 'node:crypto';

/**
 * One-time check-in codes (签到码) that staff display (on a screen, as a QR code) and people type or
 * scan: a meeting's, a community service session's. Only a code's hash is stored, bound to what it
 * opens; each holder gets a few tries (`MAX_FAILED_CHECK_INS`) until the code is issued again.
 */

/** How long a code is valid by default and at most, in minutes; how many wrong codes one may try. */
export const CHECK_IN_MINUTES = { default: 30, min: 5, max: 240 } as const;
export const MAX_FAILED_CHECK_INS = 5;

/** Letters and digits that cannot be mistaken for one another when read off a screen (no 0/O, 1/I/L, U). */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 10;

/** A fresh one-time check-in code, shown as two groups of five (`7KQ2M-XW4RT`): 30^10 possibilities. */
export function newCheckInCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** What is stored of a code: its hash, bound to what it opens (`scopeId`); typed codes are compared the same way (case, spaces and dashes aside). */
export function checkInCodeHash(scopeId: string, code: string): string {
  const normalised = code.toUpperCase().replace(/[\s-]/g, '');
  return createHash('sha256').update(`${scopeId}:${normalised}`).digest('hex');
}
