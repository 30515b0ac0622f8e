import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { BadUserInputError } from '../../platform/errors/errors';

/**
 * Resident identity numbers (居民身份证号码, GB 11643): 6 digits of region, 8 of birth date, 3 of
 * sequence, and a check digit over the first 17. Checked here, then stored only encrypted
 * (AES-256-GCM) beside a keyed hash (HMAC-SHA256) that finds a member by number without decrypting
 * anything, so a dump of the database reveals neither the numbers nor a way to test guesses.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

/** The check character (0-9 or X) of the first 17 digits. */
export function identityCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

/** Why `value` is not an identity number, or null when it is one (upper-case X, no spaces). */
export function identityNumberProblem(value: string, today: string): 'FORMAT' | 'BIRTH_DATE' | 'CHECK_DIGIT' | null {
  if (!SHAPE.test(value)) return 'FORMAT';
  const [year, month, day] = [value.slice(6, 10), value.slice(10, 12), value.slice(12, 14)].map(Number);
  const birth = new Date(Date.UTC(year, month - 1, day));
  const real = birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
  const iso = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!real || year < 1900 || iso > today) return 'BIRTH_DATE';
  if (identityCheckCharacter(value.slice(0, 17)) !== value[17]) return 'CHECK_DIGIT';
  return null;
}

/**
 * The identity number in `raw` in its one stored form (spaces removed, x upper-cased), or
 * BAD_USER_INPUT `INVALID_IDENTITY_NUMBER` naming what is wrong. The value itself never goes into
 * the error (errors are logged).
 */
export function checkIdentityNumber(raw: string, field: string, today: string): string {
  const value = raw.replace(/\s+/g, '').toUpperCase();
  const problem = identityNumberProblem(value, today);
  if (problem) throw new BadUserInputError('INVALID_IDENTITY_NUMBER', { field, problem });
  return value;
}

/** The birth date an identity number holds (YYYY-MM-DD); call on checked numbers only. */
export function birthDateOf(identityNumber: string): string {
  return `${identityNumber.slice(6, 10)}-${identityNumber.slice(10, 12)}-${identityNumber.slice(12, 14)}`;
}

const FORMAT_VERSION = 'v1';

/**
 * Encrypts and hashes identity numbers with keys derived (HKDF-SHA256) from the configured
 * `MEMBER_DATA_KEY`: one key to encrypt, another to hash, so neither use weakens the other.
 */
export class IdentityNumberCipher {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('The member data key must be at least 32 characters');
    this.encryptionKey = Buffer.from(hkdfSync('sha256', secret, 'checkins', 'identity-number/aes-256-gcm', 32));
    this.hashKey = Buffer.from(hkdfSync('sha256', secret, 'checkins', 'identity-number/hmac-sha256', 32));
  }

  /** `v1:` + base64 of a fresh 12-byte IV, the 16-byte tag and the ciphertext. */
  encrypt(identityNumber: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(identityNumber, 'utf8'), cipher.final()]);
    return `${FORMAT_VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    const [version, payload] = stored.split(':');
    if (version !== FORMAT_VERSION || !payload) throw new Error('Unknown identity number format');
    const bytes = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** The keyed hash (hex) a member is found by: equal numbers give equal hashes, under this key only. */
  hash(identityNumber: string): string {
    return createHmac('sha256', this.hashKey).update(identityNumber, 'utf8').digest('hex');
  }
}
