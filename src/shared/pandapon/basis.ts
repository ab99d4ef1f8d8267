import { z } from 'zod';
import { defineEndpoint, noInput } from './define';
import { addressSchema } from './shapes-common';

const group = 'Basis';

export const basisEndpoints = [
  defineEndpoint({
    name: 'basis.address.get',
    title: 'Get user address information',
    platform: 'basis',
    group,
    method: 'GET',
    path: '/v2/open/address/get',
    status: 'inferred',
    kind: 'read',
    request: noInput,
    response: z.union([z.array(addressSchema), addressSchema]).nullish(),
    notes:
      'Page exists, body never read: GET, path and answer inferred from addOrUpdate. ' +
      'Searched 2026-12-04: body not in stored pages.',
  }),
  defineEndpoint({
    name: 'basis.address.addOrUpdate',
    title: 'Address add / update',
    platform: 'basis',
    group,
    method: 'POST',
    path: '/v2/open/address/addOrUpdate',
    status: 'documented',
    kind: 'write',
    request: z.object({
      id: z.number().int().nullish(),
      name: z.string().min(1),
      province: z.string().min(1),
      city: z.string().min(1),
      district: z.string().nullish(),
      address: z.string().min(1),
      phone: z.string().min(1),
    }),
    response: z.unknown(),
    notes: 'Documented; the example answers `code: 0` with no `data`. Omit `id` to add [I].',
  }),
] as const;
