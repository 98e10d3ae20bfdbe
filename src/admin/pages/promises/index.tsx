import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { CATEGORY_LABELS } from '@domain/labels';
import { POLICY_ROWS, spanText } from '@domain/promise-policy';
import type { PolicyRow, Span } from '@domain/promise-policy';
import type { SlaStep } from '@domain/model';
import { Chips } from '../../../components/Chips';
import { PageShell } from '../../../components/PageShell';
import { useRemote } from '../../../hooks/useRemote';
import { promiseApi } from '../../../services/api/promise';
import { CommunityChips } from '../../components/CommunityChips';
import { PolicyCellRow } from '../../components/PolicyCellRow';
import { PolicyOptions } from '../../components/PolicyOptions';
import { useCommunityChoice } from '../../hooks/useCommunityChoice';

const ROW_LABELS: Record<PolicyRow, string> = { ...CATEGORY_LABELS, urgent: '紧急（任意类别）' };

/** 服务承诺时限: per community, the promised span of each step of each category (a table category × step). */
export default function PromisesPage() {
  const choice = useCommunityChoice();
  const communityId = choice.community?.id;
  const policy = useRemote(communityId ? `policy-${communityId}` : null, () => promiseApi.policy(communityId ?? ''));
  const [row, setRow] = useState<PolicyRow>('repair');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const view = policy.data;
  const cells = view?.rows.find((r) => r.row === row)?.cells ?? [];

  const apply = async (change: (communityId: string) => ReturnType<typeof promiseApi.policy>): Promise<boolean> => {
    if (!communityId) return false;
    setBusy(true);
    setFailure(undefined);
    const answer = await change(communityId);
    setBusy(false);
    if (!answer.ok) {
      setFailure(answer.error.message);
      return false;
    }
    policy.replace(answer.data);
    return true;
  };
  const save = (step: SlaStep, span: Span | null) => apply((id) => promiseApi.setPolicyCell(id, row, step, span));

  return (
    <PageShell
      loading={(choice.communities.loading && !choice.communities.data) || (policy.loading && !view)}
      error={choice.communities.error ?? policy.error}
      onRetry={() => void (choice.communities.error ? choice.communities.reload() : policy.reload())}
      empty={!choice.community}
      emptyText="还没有小区，请先新建小区"
      header={
        <>
          <CommunityChips choice={choice} />
          <Chips
            idPrefix="policy-row"
            items={POLICY_ROWS.map((key) => ({ key, text: ROW_LABELS[key] }))}
            value={row}
            onChange={setRow}
          />
        </>
      }
    >
      {view && (
        <>
          <Text className="notice">
            到时限的{view.warnPercent}%时提醒处理人；超时升级给部门主管，再过
            {spanText(view.escalateAfter.clock)}（按工作日计的环节：{spanText(view.escalateAfter.working)}
            ）仍未完成则升级给项目经理。修改在一分钟内生效。
          </Text>
          {failure && <Text className="notice notice--danger">{failure}</Text>}
          <View className="card">
            {cells.map((cell) => (
              <PolicyCellRow
                key={`${row}-${cell.step}-${cell.span.unit}-${cell.span.value}`}
                cell={cell}
                busy={busy}
                onSave={(span) => save(cell.step, span)}
              />
            ))}
          </View>
          <PolicyOptions
            key={`${view.warnPercent}-${JSON.stringify(view.escalateAfter)}`}
            view={view}
            busy={busy}
            onSave={(warnPercent, escalateAfter) =>
              void apply((id) => promiseApi.setPolicyOptions(id, warnPercent, escalateAfter))
            }
          />
        </>
      )}
    </PageShell>
  );
}
