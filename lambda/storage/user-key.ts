import { createHash } from 'node:crypto';

/** A user's partition key: a SHA-256 of the Alexa user id, so the raw id is never stored. */
export type UserKey = string & { readonly __brand: 'UserKey' };

/** Namespaces the hash, so the same Alexa id hashes differently in another product's table. */
const NAMESPACE = 'sciatica-stretches:';

/** The partition key for an Alexa user id. */
export function userKeyOf(alexaUserId: string): UserKey {
  return `USER#${createHash('sha256')
    .update(NAMESPACE + alexaUserId)
    .digest('hex')}` as UserKey;
}
