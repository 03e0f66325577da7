/**
 * Pseudonyms (SPEC.md, PD7): HMAC-SHA-256 of a participant id under a key
 * only the team holds, so a phone or the projector can tell one anonymous
 * token from another, and keep it across a check-in and its check-out,
 * without being able to work out whose it is. @noble/hashes is pure
 * JavaScript, so shared/ runs it in the browser and on the server alike,
 * without Web Crypto or node:crypto.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * A participant's pseudonym under a key: 24 hex digits (96 bits) of the
 * HMAC, prefixed "anon-" so that it never equals a real id.
 */
export function pseudonym(key: string, participantId: string): string {
  return `anon-${bytesToHex(hmac(sha256, utf8ToBytes(key), utf8ToBytes(participantId)).subarray(0, 12))}`;
}
