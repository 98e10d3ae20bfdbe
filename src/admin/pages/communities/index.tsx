import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button } from '@tarojs/components';
import { PageShell } from '../../../components/PageShell';
import { useMe } from '../../../hooks/useMe';
import { useRemote } from '../../../hooks/useRemote';
import { placeApi } from '../../../services/api/place';
import { CommunityCard } from '../../components/CommunityCard';
import { CommunityForm } from '../../components/CommunityForm';
import { canEditPlaces } from '../../place-access';
import { registerUrl, unitsUrl } from '../../place-urls';

/** 小区: the communities the caller keeps; administrators create them and edit their details. */
export default function CommunitiesPage() {
  const { me } = useMe();
  const canEdit = !!me && canEditPlaces(me.roles);
  const list = useRemote('communities', placeApi.listCommunities);
  /** the community being edited, 'new' for the creation form */
  const [editing, setEditing] = useState<string>();
  const items = list.data?.items ?? [];
  const saved = () => {
    setEditing(undefined);
    void Taro.showToast({ title: '已保存', icon: 'success' });
    void list.reload();
  };
  const creating = editing === 'new';
  const createButton = canEdit && !creating && (
    <Button id="community-new" className="button button--primary button--block" onClick={() => setEditing('new')}>
      新建小区
    </Button>
  );

  return (
    <PageShell
      loading={list.loading && !list.data}
      error={list.error}
      onRetry={list.reload}
      empty={items.length === 0 && !creating}
      emptyText={canEdit ? '还没有小区，先新建一个' : '您负责的小区还没有登记'}
      emptyAction={createButton}
    >
      {creating ? (
        <CommunityForm onSaved={saved} onCancel={() => setEditing(undefined)} />
      ) : (
        items.length > 0 && createButton
      )}
      {items.map((community) =>
        editing === community.id ? (
          <CommunityForm
            key={community.id}
            editing={community}
            onSaved={saved}
            onCancel={() => setEditing(undefined)}
          />
        ) : (
          <CommunityCard
            key={community.id}
            community={community}
            canEdit={canEdit}
            onEdit={() => setEditing(community.id)}
            onUnits={() => void Taro.navigateTo({ url: unitsUrl(community.id) })}
            onRegister={() => void Taro.navigateTo({ url: registerUrl(community.id) })}
          />
        ),
      )}
    </PageShell>
  );
}
