import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (pin: string) => createHash('sha256').update(pin, 'utf8').digest();

/**
 * Whether the typed PIN is the stored one, in time that does not depend on where they differ
 * or on their lengths: both are hashed to 32 bytes first, as timingSafeEqual needs equal lengths.
 */
export function pinsMatch(typed: string, stored: string): boolean {
  return timingSafeEqual(digest(typed), digest(stored));
}
