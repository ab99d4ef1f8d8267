/**
 * The sandbox's own refusal codes. PandaPon does not document its error codes (REFERENCE §2.5),
 * so these are the sandbox's, not PandaPon's; only `200` (success) is known to be real. Each
 * refusal has its own code and a `msg` that names the problem and the fix, and the words the
 * client reads a refusal by (REFERENCE §2.5, src/main/pandapon/answer.ts): "timestamp" for the
 * clock, "signature" / "access-key" for the credentials.
 *
 * | code  | HTTP | meaning                                                              |
 * |-------|------|----------------------------------------------------------------------|
 * | 200   | 200  | success                                                              |
 * | 40001 | 400  | a business parameter is missing or has the wrong type                 |
 * | 40002 | 400  | the body is not JSON                                                  |
 * | 40003 | 200  | the uploaded picture cannot be read (image search)                    |
 * | 40101 | 401  | a system header is missing (access-key, timestamp, nonce-str, …)      |
 * | 40102 | 401  | unknown access-key                                                    |
 * | 40103 | 401  | signature does not match                                              |
 * | 40104 | 401  | timestamp outside ±600 s of the server's time, or not a number       |
 * | 40105 | 401  | nonce-str already used within the timestamp window (replay)          |
 * | 40106 | 403  | user-id not known for this access-key                                 |
 * | 40107 | 401  | query `timestamp`/`sign` of a warehouse-logistics call missing/wrong  |
 * | 40401 | 404  | no endpoint at this path                                              |
 * | 40405 | 405  | the path exists with another method                                   |
 * | 40410 | 200  | no such product, offer, item or category                              |
 * | 42901 | 429  | too many requests (injected fault; `Retry-After` says when to retry) |
 * | 50001 | 500  | server error (injected fault)                                         |
 * | 50002 | 500  | the sandbox failed while answering (a bug: see its log)               |
 * | 50101 | 501  | endpoint known to the catalogue but not answered by this sandbox      |
 */
export const SandboxCode = {
  ok: 200,
  invalidParameter: 40001,
  bodyNotJson: 40002,
  unreadablePicture: 40003,
  missingHeader: 40101,
  unknownAccessKey: 40102,
  badSignature: 40103,
  staleTimestamp: 40104,
  replayedNonce: 40105,
  unknownUser: 40106,
  badQuerySign: 40107,
  noSuchPath: 40401,
  wrongMethod: 40405,
  notFound: 40410,
  /** Commerce (src/sandbox/commerce/errors.ts): an order, refund or address that does not exist. */
  noSuchRecord: 40411,
  /** Commerce: the action does not fit the record's status (e.g. paying a paid order). */
  wrongStatus: 40901,
  /** Commerce: minimum order, stock or a disabled line stops the order. */
  notOrderable: 42201,
  rateLimited: 42901,
  injectedError: 50001,
  internal: 50002,
  notImplemented: 50101,
} as const;
export type SandboxCodeValue = (typeof SandboxCode)[keyof typeof SandboxCode];
