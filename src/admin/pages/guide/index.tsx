import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { FaqEntry, GuideService, GuideView } from '@domain/guide';
import { Chips } from '../../../components/Chips';
import { PageShell } from '../../../components/PageShell';
import { useRemote } from '../../../hooks/useRemote';
import { guideApi } from '../../../services/api/guide';
import { CommunityChips } from '../../components/CommunityChips';
import { DeflectionCard } from '../../components/DeflectionCard';
import { GuideEntryForm } from '../../components/GuideEntryForm';
import { useCommunityChoice } from '../../hooks/useCommunityChoice';
import type { EntryKind } from '../../hooks/useGuideEntryForm';

type Entry = GuideService | FaqEntry;
const titleOf = (kind: EntryKind, entry: Entry) =>
  kind === 'faq' ? (entry as FaqEntry).question : (entry as GuideService).name;

function EntryRow({
  kind,
  entry,
  onEdit,
  onRemove,
}: {
  kind: EntryKind;
  entry: Entry;
  onEdit(): void;
  onRemove(): void;
}) {
  const detail =
    kind === 'faq'
      ? (entry as FaqEntry).answer
      : [(entry as GuideService).hours, (entry as GuideService).phone, (entry as GuideService).price]
          .filter(Boolean)
          .join(' · ');
  return (
    <View id={`guide-row-${entry.id}`} className="list-row">
      <View>
        <Text className="list-row__title">{titleOf(kind, entry)}</Text>
        {detail && <Text className="list-row__sub">{detail}</Text>}
      </View>
      <View>
        <Text id={`guide-edit-${entry.id}`} className="section__more" onClick={onEdit}>
          编辑
        </Text>
        <Text id={`guide-remove-${entry.id}`} className="text-danger" onClick={onRemove}>
          {' '}
          删除
        </Text>
      </View>
    </View>
  );
}

/** 服务指南与常见问题: a community's services and frequent questions, and how often the FAQ answered. */
export default function GuideEditorPage() {
  const choice = useCommunityChoice();
  const communityId = choice.community?.id;
  const guide = useRemote(communityId ? `guide-edit:${communityId}` : null, () => guideApi.get(communityId));
  const [kind, setKind] = useState<EntryKind>('faq');
  /** the entry being edited, 'new' for the creation form */
  const [editing, setEditing] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const view = guide.data;
  const entries: Entry[] = view ? (kind === 'faq' ? view.faqs : view.services) : [];

  const saved = (next: GuideView) => {
    guide.replace(next);
    setEditing(undefined);
    void Taro.showToast({ title: '已保存', icon: 'success' });
  };
  const remove = async (entry: Entry) => {
    if (!view) return;
    const { confirm } = await Taro.showModal({
      title: '删除确认',
      content: `确定删除「${titleOf(kind, entry)}」吗？业主将不再看到它。`,
    });
    if (!confirm) return;
    const answer = await guideApi.removeEntry(kind, view.community.id, view.version, entry.id);
    if (answer.ok) {
      guide.replace(answer.data);
      setFailure(undefined);
    } else setFailure(answer.error.message);
  };
  const switchKind = (next: EntryKind) => {
    setKind(next);
    setEditing(undefined);
  };

  return (
    <PageShell
      loading={(choice.communities.loading && !choice.communities.data) || (guide.loading && !view)}
      error={choice.communities.error ?? guide.error}
      onRetry={() => void (choice.communities.error ? choice.communities.reload() : guide.reload())}
      empty={!choice.community}
      emptyText="还没有小区，请先新建小区"
      header={<CommunityChips choice={choice} />}
    >
      {view && communityId && (
        <View>
          <DeflectionCard communityId={communityId} />
          <Chips
            idPrefix="guide-kind"
            items={[
              { key: 'faq', text: `常见问题（${view.faqs.length}）` },
              { key: 'service', text: `服务项目（${view.services.length}）` },
            ]}
            value={kind}
            onChange={switchKind}
          />
          {failure && <Text className="notice notice--danger">{failure}</Text>}
          {editing === 'new' ? (
            <GuideEntryForm kind={kind} guide={view} onSaved={saved} onCancel={() => setEditing(undefined)} />
          ) : (
            <Button
              id={`guide-${kind}-new`}
              className="button button--primary button--block"
              onClick={() => setEditing('new')}
            >
              {kind === 'faq' ? '新增常见问题' : '新增服务项目'}
            </Button>
          )}
          <View className="card">
            {entries.length === 0 && (
              <Text className="text-muted">
                {kind === 'faq' ? '还没有常见问题：业主咨询时会先看到这里的回答。' : '还没有服务项目。'}
              </Text>
            )}
            {entries.map((entry) =>
              editing === entry.id ? (
                <GuideEntryForm
                  key={entry.id}
                  kind={kind}
                  guide={view}
                  editing={entry}
                  onSaved={saved}
                  onCancel={() => setEditing(undefined)}
                />
              ) : (
                <EntryRow
                  key={entry.id}
                  kind={kind}
                  entry={entry}
                  onEdit={() => setEditing(entry.id)}
                  onRemove={() => void remove(entry)}
                />
              ),
            )}
          </View>
        </View>
      )}
    </PageShell>
  );
}
