/**
 * SHA-256 from @noble/hashes (audited, synchronous, no dependencies): the answers hash and the calendar UIDs
 * must be computable anywhere, without the asynchronous Web Crypto API. One import site for the app.
 */
export { sha256 } from '@noble/hashes/sha2.js';
export { bytesToHex as toHex } from '@noble/hashes/utils.js';
