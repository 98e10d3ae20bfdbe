// 分派规则: the ordered routing rules. First match wins; the last rule is the fallback. Each change
// is saved at once (with the version it was made on); a deleted rule can be put back (撤销).
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { RoutingRule } from '@domain/routing';
import { PageShell } from '../../../components/PageShell';
import { useRemote } from '../../../hooks/useRemote';
import { placeApi } from '../../../services/api/place';
import { ticketApi } from '../../../services/api/ticket';
import { RuleForm } from '../../components/RuleForm';
import { RuleTester } from '../../components/RuleTester';
import { describeActions, describeConditions, isFallback, moveRule, putRule, removeRule } from '../../routing-rules';
import { formatTime } from '../../../utils/format';

const newRule = (): RoutingRule => ({
  id: `rule-${Date.now().toString(36)}`,
  name: '',
  when: { categories: ['complaint'] },
  then: { department: 'service' },
});

export default function RoutingRulesPage() {
  const list = useRemote('routing-rules', ticketApi.listRoutingRules);
  const communities = useRemote('communities', placeApi.communities);
  const [editing, setEditing] = useState<RoutingRule>();
  const [undo, setUndo] = useState<{ rules: RoutingRule[]; name: string }>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState('');
  const rules = list.data?.rules ?? [];
  const names = new Map((communities.data?.items ?? []).map((c) => [c.id, c.name]));

  const save = async (next: RoutingRule[], then?: () => void): Promise<boolean> => {
    if (!list.data || saving) return false;
    setSaving(true);
    setFailure('');
    const answer = await ticketApi.saveRoutingRules(list.data.version, next);
    setSaving(false);
    if (!answer.ok) {
      setFailure(answer.error.message);
      if (answer.error.code === 'CONFLICT') void list.reload();
      return false;
    }
    list.replace(answer.data);
    then?.();
    return true;
  };

  const remove = (index: number) => {
    const gone = rules[index];
    void save(removeRule(rules, index), () => setUndo({ rules, name: gone.name }));
  };

  const saveEdited = (rule: RoutingRule) =>
    void save(putRule(rules, rule), () => {
      setEditing(undefined);
      setUndo(undefined);
      void Taro.showToast({ title: '已保存', icon: 'success' });
    });

  return (
    <PageShell loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
      <Text className="notice notice--warn">
        新诉求按顺序逐条比对，第一条满足的规则决定分派；最后一条为兜底规则。
        {list.data?.updatedAt ? ` 最近由${list.data.updatedByName ?? ''}修改于${formatTime(list.data.updatedAt)}` : ''}
      </Text>
      {failure && <Text className="notice notice--danger">{failure}</Text>}
      {undo && (
        <View className="notice notice--warn">
          <Text>已删除「{undo.name}」 </Text>
          <Text id="rule-undo" className="link" onClick={() => void save(undo.rules, () => setUndo(undefined))}>
            撤销
          </Text>
        </View>
      )}
      {editing && (
        <RuleForm
          key={editing.id}
          rule={editing}
          fallback={rules.length > 0 && rules[rules.length - 1].id === editing.id}
          communities={communities.data?.items ?? []}
          onSave={saveEdited}
          onCancel={() => setEditing(undefined)}
        />
      )}
      {!editing && (
        <Button id="rule-new" className="button button--primary button--block" onClick={() => setEditing(newRule())}>
          新增规则
        </Button>
      )}
      <View className="card list">
        {rules.map((rule, i) => (
          <View key={rule.id} id={`rule-${i + 1}`} className="list-row">
            <View>
              <Text className="list-row__title">
                {i + 1}. {rule.name}
              </Text>
              <Text className="list-row__sub">
                {describeConditions(rule, names)} → {describeActions(rule)}
              </Text>
            </View>
            <View className="unit-row__actions">
              {!isFallback(rules, i) && i > 0 && (
                <Text className="link rule-up" onClick={() => void save(moveRule(rules, i, -1))}>
                  上移
                </Text>
              )}
              {!isFallback(rules, i) && i < rules.length - 2 && (
                <Text className="link rule-down" onClick={() => void save(moveRule(rules, i, 1))}>
                  下移
                </Text>
              )}
              <Text className="link rule-edit" onClick={() => setEditing(rule)}>
                编辑
              </Text>
              {!isFallback(rules, i) && (
                <Text className="link link--danger rule-remove" onClick={() => remove(i)}>
                  删除
                </Text>
              )}
            </View>
          </View>
        ))}
      </View>
      {rules.length > 0 && (
        <RuleTester
          rules={editing ? putRule(rules, editing) : rules}
          communityId={communities.data?.items[0]?.id ?? ''}
        />
      )}
    </PageShell>
  );
}
