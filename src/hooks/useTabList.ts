// A tab page's list of requests: read when shown, pulled down to refresh, read on at the bottom,
// and read afresh when what it lists changes.
import { useEffect } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { ApiResult, Page } from '@domain/api';
import { useOnChange } from './useOnChange';
import { usePagedList } from './usePagedList';
import type { PagedList } from './usePagedList';

/** `listing` names what is listed (a filter, an inbox view); `loadPage` reads one page of it. */
export function useTabList<T, P extends Page<T> = Page<T>>(
  listing: string,
  loadPage: (cursor?: string) => Promise<ApiResult<P>>,
): PagedList<T, P> {
  const list = usePagedList<T, P>(loadPage);
  // often mounted once the caller is known, after the page's first show: read now, and on every show
  // (a read under way is joined, not repeated)
  const { refresh } = list; // stable: the same function for the life of the list
  useEffect(() => void refresh(), [refresh]);
  useDidShow(() => void list.refresh());
  usePullDownRefresh(() => void list.refresh().then(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());
  useOnChange(listing, () => void list.reload());
  return list;
}
