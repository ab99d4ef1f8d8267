export { createPandaponClient } from './client';
export type { CallOptions, CallResult, PandaponClient, PandaponClientOptions } from './client';
export type { ConnectionOutcome, ConnectionTestResult } from './connection-test';
export { PandaponError, isPandaponError } from './errors';
export type { PandaponErrorCode } from './errors';
export { computeSignature, createNonce, formatTimestamp, signRequest } from './signer';
export type { TimestampUnit } from './signer';
