import { useRef } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useRemote } from '../hooks/useRemote';
import { surveyApi, surveyAnswerUrl } from '../services/api/survey';
import { formatTime } from '../utils/format';

/** 我的: the surveys that reached my home and wait for my answer (nothing when there are none). */
export function OpenSurveys({ openid }: { openid: string }) {
  const surveys = useRemote(`surveys:${openid}`, surveyApi.mine);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void surveys.reload();
    shown.current = true;
  });
  const waiting = (surveys.data ?? []).filter((s) => !s.answered);
  if (waiting.length === 0) return null;
  return (
    <View className="card">
      <Text className="list-row__title">待填写的问卷</Text>
      {waiting.map((s) => (
        <View
          key={s.id}
          id={`survey-${s.id}`}
          className="notice notice--info messages-link"
          onClick={() => void Taro.navigateTo({ url: surveyAnswerUrl(s.id) })}
        >
          <Text>
            {s.title}
            {s.closesAt ? `（${formatTime(s.closesAt)}截止）` : ''}
          </Text>
          <Text> 去填写 ›</Text>
        </View>
      ))}
    </View>
  );
}
