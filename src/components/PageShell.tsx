import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '@domain/api';
import { isH5 } from '../services/platform';
import { Icon } from './Icon';
import { SwitchIdentity, goSignIn } from './SwitchIdentity';
import { TabBar } from './TabBar';
import type { TabKey } from './TabBar';

interface PageShellProps {
  loading?: boolean;
  error?: ApiError;
  onRetry?: () => void;
  /** shown instead of the children when there is nothing to show */
  empty?: boolean;
  emptyText?: string;
  emptyAction?: ReactNode;
  /** a tab page: in h5 the tab bar is drawn here (WeChat draws custom-tab-bar itself) */
  tab?: TabKey;
  /** shown above the body whatever its state, e.g. filter chips that must stay reachable */
  header?: ReactNode;
  children?: ReactNode;
}

/** Errors a retry cannot mend: the way out is elsewhere. */
const DEAD_ENDS = new Set(['NOT_FOUND', 'FORBIDDEN', 'INVALID_INPUT']);

function goHome() {
  void Taro.switchTab({ url: '/pages/home/index' });
}

/** WeChat draws a back button on pushed pages; the h5 build draws this one. */
function BackBar() {
  const back = () => (Taro.getCurrentPages().length > 1 ? void Taro.navigateBack() : goHome());
  return (
    <View className="back-bar">
      <Text id="back" className="back-bar__button" onClick={back}>
        ‹ 返回
      </Text>
    </View>
  );
}

export function PageShell({
  loading,
  error,
  onRetry,
  empty,
  emptyText = '暂无内容',
  emptyAction,
  tab,
  header,
  children,
}: PageShellProps) {
  let body: ReactNode = children;
  if (error) {
    body = (
      <View className="state state--error">
        <Text className="state__icon">!</Text>
        <Text className="state__text">{error.message}</Text>
        {isH5 && error.code === 'UNAUTHENTICATED' ? (
          <Button id="go-sign-in" className="button button--primary state__retry" onClick={goSignIn}>
            选择身份
          </Button>
        ) : DEAD_ENDS.has(error.code) ? (
          <Button id="go-home" className="button button--primary state__retry" onClick={goHome}>
            回到首页
          </Button>
        ) : (
          onRetry && (
            <Button className="button button--ghost state__retry" onClick={onRetry}>
              重试
            </Button>
          )
        )}
      </View>
    );
  } else if (loading) {
    body = (
      <View className="state state--loading">
        <View className="spinner" />
        <Text className="state__text">加载中…</Text>
      </View>
    );
  } else if (empty) {
    body = (
      <View className="state state--empty">
        <View className="state__icon">
          <Icon name="empty" className="state__image" />
        </View>
        <Text className="state__text">{emptyText}</Text>
        {emptyAction}
      </View>
    );
  }
  return (
    <View className={`page ${tab ? 'page--tab' : ''}`}>
      {!tab && isH5 && <BackBar />}
      <SwitchIdentity />
      {header}
      {body}
      {tab && isH5 && <TabBar current={tab} />}
    </View>
  );
}
