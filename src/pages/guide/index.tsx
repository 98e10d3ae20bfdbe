import { useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import type { FaqEntry, GuideService } from '@domain/guide';
import { CallButtons, call } from '../../components/CallButtons';
import { Icon } from '../../components/Icon';
import { PageShell } from '../../components/PageShell';
import { useFaqMatches } from '../../hooks/useFaqMatches';
import { useGuide } from '../../hooks/useGuide';
import { useMe } from '../../hooks/useMe';

function Service({ service }: { service: GuideService }) {
  return (
    <View id={`service-${service.id}`} className="card guide-service">
      <View className="guide-service__head">
        <Text className="guide-service__name">{service.name}</Text>
        {service.price && <Text className="guide-service__price">{service.price}</Text>}
      </View>
      {service.description && <Text className="text-muted">{service.description}</Text>}
      {service.hours && (
        <View className="guide-service__line">
          <Icon name="clock" color="muted" className="icon--small" />
          <Text>{service.hours}</Text>
        </View>
      )}
      {service.phone && (
        <View className="guide-service__line" onClick={() => call(service.phone as string)}>
          <Icon name="phone" className="icon--small" />
          <Text className="guide-service__phone">{service.phone}（点击拨打）</Text>
        </View>
      )}
    </View>
  );
}

function Faq({ faq }: { faq: FaqEntry }) {
  return (
    <View id={`faq-entry-${faq.id}`} className="faq">
      <Text className="faq__question">{faq.question}</Text>
      <Text className="faq__answer">{faq.answer}</Text>
    </View>
  );
}

/** 服务指南: the community's numbers, its services (hours, phones, prices) and its frequent questions. */
export default function GuidePage() {
  const { me, error: meError, loading: meLoading, reload: reloadMe } = useMe();
  const guide = useGuide(me ? me.openid : null);
  const [query, setQuery] = useState('');
  const matches = useFaqMatches(guide.data?.faqs, query, query.trim() !== '');
  usePullDownRefresh(() => void guide.reload().then(() => Taro.stopPullDownRefresh()));

  const data = guide.data;
  const faqs = query.trim() ? matches : (data?.faqs ?? []);
  return (
    <PageShell
      loading={meLoading || (guide.loading && !data)}
      error={meError ?? (data ? undefined : guide.error)}
      onRetry={meError ? reloadMe : guide.reload}
    >
      {data && (
        <View>
          <CallButtons community={data.community} />
          <View className="section">
            <Text className="section__title">服务项目</Text>
            {data.services.length === 0 ? (
              <Text className="text-muted">物业尚未发布服务项目，可直接致电客服中心咨询。</Text>
            ) : (
              data.services.map((service) => <Service key={service.id} service={service} />)
            )}
          </View>
          <View className="section">
            <Text className="section__title">常见问题</Text>
            {data.faqs.length > 0 && (
              <View className="guide-search">
                <Icon name="search" color="muted" className="icon--small" />
                <Input
                  id="faq-search"
                  className="text-input"
                  placeholder="搜索问题，如：物业费怎么交"
                  value={query}
                  onInput={(e) => setQuery(e.detail.value)}
                />
              </View>
            )}
            <View className="card">
              {faqs.length > 0 ? (
                faqs.map((faq) => <Faq key={faq.id} faq={faq} />)
              ) : (
                <Text className="text-muted">
                  {data.faqs.length === 0 ? '暂无常见问题。' : '没有找到相关问题，可以在「报事」中提交咨询。'}
                </Text>
              )}
            </View>
          </View>
        </View>
      )}
    </PageShell>
  );
}
