import { badInput } from './errors';

/** Paging as PandaPon pages: pages count from 1; an empty page past the end is not an error. */
export interface PageRequest {
  readonly number: number;
  readonly size: number;
}

export const MAX_PAGE_SIZE = 100;

export function pageRequest(
  number: number | null | undefined,
  size: number | null | undefined,
): PageRequest {
  const page = { number: number ?? 1, size: size ?? 20 };
  if (page.number < 1) throw badInput('The page number counts from 1.');
  if (page.size < 1 || page.size > MAX_PAGE_SIZE) {
    throw badInput(`pageSize must be 1–${MAX_PAGE_SIZE}; got ${page.size}.`);
  }
  return page;
}

export function pageOf<T>(all: readonly T[], page: PageRequest) {
  const start = (page.number - 1) * page.size;
  return {
    items: all.slice(start, start + page.size),
    total: all.length,
    totalPage: Math.ceil(all.length / page.size),
  };
}
