/**
 * PandaPon's two ways of paging (REFERENCE §2.7): the 1688 searches take `beginPage`/`pageSize`
 * and answer `totalRecords`, `totalPage`, `pageSize`, `currentPage`; the Taobao search and the
 * recommendations take `pageNo`/`pageSize`. Pages start at 1.
 */
export const DEFAULT_PAGE_SIZE = 20;

export interface PageRequest {
  readonly page: number;
  readonly pageSize: number;
}

export function pageRequest(page: unknown, pageSize: unknown, maxSize = 50): PageRequest {
  const number = typeof page === 'number' && page >= 1 ? Math.floor(page) : 1;
  const size =
    typeof pageSize === 'number' && pageSize >= 1
      ? Math.min(maxSize, Math.floor(pageSize))
      : DEFAULT_PAGE_SIZE;
  return { page: number, pageSize: size };
}

/** The slice of `hits` on the requested page. */
export function pageSlice(hits: ArrayLike<number>, request: PageRequest): number[] {
  const start = (request.page - 1) * request.pageSize;
  const end = Math.min(hits.length, start + request.pageSize);
  const slice: number[] = [];
  for (let index = start; index < end; index += 1) slice.push(hits[index] as number);
  return slice;
}

export function alibabaPage<T>(total: number, request: PageRequest, data: T[]) {
  return {
    totalRecords: total,
    totalPage: Math.ceil(total / request.pageSize),
    pageSize: request.pageSize,
    currentPage: request.page,
    data,
  };
}

export function taobaoPage<T>(total: number, request: PageRequest, data: T[]) {
  return {
    pageNo: request.page,
    pageSize: request.pageSize,
    total,
    totalPage: Math.ceil(total / request.pageSize),
    data,
  };
}
