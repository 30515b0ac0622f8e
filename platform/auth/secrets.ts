import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AuthSettings } from '../config/config';

export interface Secrets {
  /** HS256 secret for caller tokens, when tokens are not verified by public keys. */
  jwtSecret?: string;
  /** The gateway signs the identity it forwards to subgraphs with this. */
  internalSigningSecret: string;
  /**
   * Personal data (identity numbers) is encrypted and hashed with keys derived from this: from
   * `MEMBER_DATA_KEY`, else the development file (read only when a process first asks for it).
   */
  readonly memberDataKey: string;
  /** True when a secret came from the generated development file (the log says so). */
  usesDevelopmentSecrets: boolean;
}

type DevelopmentSecrets = { jwtSecret: string; internalSigningSecret: string; memberDataKey: string };

/**
 * Secrets from configuration; whatever is missing comes from a development file generated once
 * (random, mode 0600) so that `npm start` and `npm run token` work with no setup. A distributed
 * deployment must configure them: processes on different machines would not share the file.
 */
export function resolveSecrets(auth: AuthSettings): Secrets {
  const needsJwtSecret = !auth.jwtSecret && !auth.jwtPublicKeyFile && !auth.jwksFile;
  if (!needsJwtSecret && auth.internalSigningSecret) {
    // Only a process that holds personal data asks for the member data key: the gateway, configured,
    // never reads (or writes) the development file for it.
    let memberDataKey: string | undefined;
    const secrets = { jwtSecret: auth.jwtSecret, internalSigningSecret: auth.internalSigningSecret, usesDevelopmentSecrets: false };
    return Object.defineProperty(secrets, 'memberDataKey', {
      enumerable: true,
      get: () => (memberDataKey ??= auth.memberDataKey ?? developmentSecrets(auth.devSecretsFile).memberDataKey),
    }) as Secrets;
  }
  const dev = developmentSecrets(auth.devSecretsFile);
  return {
    jwtSecret: auth.jwtSecret ?? (needsJwtSecret ? dev.jwtSecret : undefined),
    internalSigningSecret: auth.internalSigningSecret ?? dev.internalSigningSecret,
    memberDataKey: auth.memberDataKey ?? dev.memberDataKey,
    usesDevelopmentSecrets: true,
  };
}

/** The development file's secrets, generating any it lacks (a file written before a secret existed gains it). */
function developmentSecrets(file: string): DevelopmentSecrets {
  const existing: Partial<DevelopmentSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const fresh = () => randomBytes(32).toString('base64url');
  const secrets: DevelopmentSecrets = {
    jwtSecret: existing.jwtSecret ?? fresh(),
    internalSigningSecret: existing.internalSigningSecret ?? fresh(),
    memberDataKey: existing.memberDataKey ?? fresh(),
  };
  if (Object.keys(existing).length === 3) return secrets;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
