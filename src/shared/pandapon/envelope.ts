import { z } from 'zod';

/**
 * The envelope every PandaPon answer comes in (REFERENCE §2.4). `developId` is a string on most
 * pages and an integer in some v2 schemas; `requestId` is null in some examples.
 */
export const envelopeSchema = z.looseObject({
  requestId: z.string().nullish(),
  code: z.number().int(),
  developId: z.union([z.string(), z.number()]).nullish(),
  msg: z.string().nullish(),
  data: z.unknown().optional(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/**
 * Success is `code` 200 in every real example, but the address page's example shows `0`
 * (REFERENCE §4.3 q7), so both count as success until the error-code page is read.
 */
export function isSuccessCode(code: number): boolean {
  return code === 200 || code === 0;
}

/** The envelope around one endpoint's `data`, for the sandbox and tests that build answers. */
export function envelopeOf<T extends z.ZodType>(data: T) {
  return envelopeSchema.extend({ data });
}

export function successEnvelope<T>(data: T, requestId: string): Envelope & { data: T } {
  return { requestId, code: 200, developId: 'sandbox', msg: '成功', data };
}
