// The surveys of my communities: publish a draft (a confirmation first: it reaches every owner),
// close one early, start one from a template, open the results.
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { SurveyKind } from '@domain/surveys/definition';
import { SURVEY_KIND_LABELS } from '@domain/surveys/definition';
import type { SurveySummaryView } from '@domain/surveys/survey';
import { Chips } from '../../../components/Chips';
import { PageShell } from '../../../components/PageShell';
import { useMe } from '../../../hooks/useMe';
import { usePagedList } from '../../../hooks/usePagedList';
import { useRemote } from '../../../hooks/useRemote';
import { placeApi } from '../../../services/api/place';
import { surveyApi } from '../../../services/api/survey';
import { formatTime } from '../../../utils/format';

const percent = (share: number) => `${Math.round(share * 100)}%`;

function SurveyCard({
  survey,
  manages,
  onChanged,
}: {
  survey: SurveySummaryView;
  manages: boolean;
  onChanged(): void;
}) {
  const [busy, setBusy] = useState(false);
  const act = async (what: 'open' | 'close') => {
    const confirm = await Taro.showModal({
      title: what === 'open' ? '发布问卷' : '结束问卷',
      content:
        what === 'open'
          ? survey.kind === 'opinion'
            ? `将按楼栋抽取不少于${percent(survey.sampleShare ?? 0.15)}的房屋发放，发布后不能撤回`
            : '将发给小区全部业主，发布后不能撤回'
          : '结束后业主不能再提交答卷',
    });
    if (!confirm.confirm) return;
    setBusy(true);
    const answer = await (what === 'open' ? surveyApi.open(survey.id) : surveyApi.close(survey.id));
    setBusy(false);
    if (!answer.ok) return void Taro.showToast({ title: answer.error.message, icon: 'none' });
    void Taro.showToast({ title: what === 'open' ? '已发布' : '已结束', icon: 'success' });
    onChanged();
  };
  return (
    <View id={`survey-${survey.id}`} className="card">
      <View className="message__head">
        <Text className="list-row__title">{survey.title}</Text>
        <Text className="chip">{survey.statusLabel}</Text>
      </View>
      <Text className="list-row__sub">
        {survey.communityName} · {survey.kindLabel} · {survey.questions}题 · 回收率目标{percent(survey.returnTarget)}
      </Text>
      {survey.openedAt && (
        <Text className="text-muted">
          覆盖{survey.reached}户 · {formatTime(survey.openedAt)}发布
          {survey.closesAt ? ` · ${formatTime(survey.closesAt)}截止` : ''}
        </Text>
      )}
      <View className="chips">
        {survey.status !== 'draft' && (
          <Button
            className="button button--ghost"
            onClick={() => void Taro.navigateTo({ url: `/surveys/pages/results/index?id=${survey.id}` })}
          >
            查看结果
          </Button>
        )}
        {manages && survey.status === 'draft' && (
          <Button className="button button--primary" loading={busy} onClick={() => void act('open')}>
            发布
          </Button>
        )}
        {manages && survey.status === 'open' && (
          <Button className="button button--ghost" loading={busy} onClick={() => void act('close')}>
            提前结束
          </Button>
        )}
      </View>
    </View>
  );
}

function NewSurvey({ onCreated }: { onCreated(): void }) {
  const communities = useRemote('survey-communities', placeApi.listCommunities);
  const items = communities.data?.items ?? [];
  const [chosen, setCommunityId] = useState<string>();
  const communityId = chosen ?? items[0]?.id;
  const [template, setTemplate] = useState<SurveyKind>('satisfaction');
  const [busy, setBusy] = useState(false);
  if (items.length === 0) return null;
  const create = async () => {
    if (!communityId) return;
    setBusy(true);
    const answer = await surveyApi.create(communityId, template);
    setBusy(false);
    if (!answer.ok) return void Taro.showToast({ title: answer.error.message, icon: 'none' });
    void Taro.showToast({ title: '已创建，确认后发布', icon: 'none' });
    onCreated();
  };
  return (
    <View className="card">
      <Text className="list-row__title">新建问卷</Text>
      {items.length > 1 && (
        <Chips
          idPrefix="survey-community"
          items={items.map((c) => ({ key: c.id, text: c.name }))}
          value={communityId ?? ''}
          onChange={setCommunityId}
        />
      )}
      <Chips
        idPrefix="survey-template"
        items={(Object.keys(SURVEY_KIND_LABELS) as SurveyKind[]).map((key) => ({ key, text: SURVEY_KIND_LABELS[key] }))}
        value={template}
        onChange={setTemplate}
      />
      <Button
        id="survey-create"
        className="button button--primary button--block"
        loading={busy}
        onClick={() => void create()}
      >
        按模板创建
      </Button>
    </View>
  );
}

export default function SurveysManagePage() {
  const { me } = useMe();
  const manages = Boolean(me?.roles.some((role) => role === 'admin' || role === 'manager'));
  const list = usePagedList<SurveySummaryView>((cursor) =>
    surveyApi.list({ limit: 20, ...(cursor ? { cursor } : {}) }),
  );
  const { reload, refresh, items } = list;
  useEffect(() => void reload(), [reload]);
  return (
    <PageShell
      header={manages ? <NewSurvey onCreated={() => void refresh()} /> : undefined}
      loading={!list.loaded}
      error={items.length === 0 ? list.error : undefined}
      onRetry={refresh}
      empty={items.length === 0}
      emptyText="还没有问卷。满意度调查每年6月、11月自动发布"
    >
      {items.map((survey) => (
        <SurveyCard key={survey.id} survey={survey} manages={manages} onChanged={() => void refresh()} />
      ))}
      {list.hasMore && (
        <Button className="button button--ghost button--block" onClick={() => void list.loadMore()}>
          {list.loading ? '加载中…' : '加载更多'}
        </Button>
      )}
    </PageShell>
  );
}
