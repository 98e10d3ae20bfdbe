// One routing rule: its name, its conditions (none set on the fallback) and what it does.
import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { CATEGORIES, CHANNELS, DEPARTMENTS, URGENCIES } from '@domain/model';
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  DEPARTMENT_LABELS,
  ROUTING_FLAG_LABELS,
  STAFF_AUDIENCE_LABELS,
  URGENCY_LABELS,
} from '@domain/labels';
import { ROUTING_FLAGS } from '@domain/routing';
import type { RoutingRule, RuleConditions } from '@domain/routing';
import { ESCALATION_AUDIENCES, routingRule } from '@domain/routing-schemas';
import { firstIssue } from '@domain/schemas';
import { Chips, chipsOf } from '../../components/Chips';
import { Field } from '../../components/Field';
import { splitWords } from '../routing-rules';
import { MultiChips } from './MultiChips';

export function RuleForm({
  rule,
  fallback,
  communities,
  onSave,
  onCancel,
}: {
  rule: RoutingRule;
  /** the last rule: it has no conditions */
  fallback: boolean;
  communities: Array<{ id: string; name: string }>;
  onSave(rule: RoutingRule): void;
  onCancel(): void;
}) {
  const [draft, setDraft] = useState<RoutingRule>(rule);
  const [words, setWords] = useState((rule.when.words ?? []).join('，'));
  const [buildings, setBuildings] = useState((rule.when.buildings ?? []).join('，'));
  const [error, setError] = useState('');
  const when = (patch: Partial<RuleConditions>) => setDraft((d) => ({ ...d, when: { ...d.when, ...patch } }));

  const save = () => {
    const w = splitWords(words);
    const b = splitWords(buildings);
    const candidate: RoutingRule = {
      ...draft,
      when: fallback ? {} : { ...draft.when, words: w.length ? w : undefined, buildings: b.length ? b : undefined },
    };
    const parsed = routingRule.safeParse(JSON.parse(JSON.stringify(candidate)));
    if (!parsed.success) {
      setError(firstIssue(parsed.error).message);
      return;
    }
    onSave(parsed.data as RoutingRule);
  };

  return (
    <View className="card rule-form">
      <Field label="规则名称" required>
        <Input
          id="rule-name"
          className="text-input"
          maxlength={30}
          placeholder="如：电梯投诉转工程部"
          value={draft.name}
          onInput={(e) => setDraft((d) => ({ ...d, name: e.detail.value }))}
        />
      </Field>
      {fallback ? (
        <Text className="notice notice--warn">兜底规则：以上规则都不匹配的诉求由它分派，不设条件</Text>
      ) : (
        <>
          <Text className="field__hint">以下条件都满足才匹配（同一项内任选其一即可），不选表示不限</Text>
          <Field label="类别">
            <MultiChips
              idPrefix="rule-category"
              items={chipsOf(CATEGORIES, CATEGORY_LABELS)}
              value={draft.when.categories}
              onChange={(categories) => when({ categories })}
            />
          </Field>
          <Field label="内容关键词" hint="多个词用逗号分隔，含其中任一即可">
            <Input
              id="rule-words"
              className="text-input"
              placeholder="如：电梯，漏水"
              value={words}
              onInput={(e) => setWords(e.detail.value)}
            />
          </Field>
          <Field label="楼栋" hint="多个用逗号分隔，如：1栋，2栋">
            <Input
              id="rule-buildings"
              className="text-input"
              value={buildings}
              onInput={(e) => setBuildings(e.detail.value)}
            />
          </Field>
          <Field label="渠道">
            <MultiChips
              idPrefix="rule-channel"
              items={chipsOf(CHANNELS, CHANNEL_LABELS)}
              value={draft.when.channels}
              onChange={(channels) => when({ channels })}
            />
          </Field>
          <Field label="紧急程度">
            <MultiChips
              idPrefix="rule-urgency"
              items={chipsOf(URGENCIES, URGENCY_LABELS)}
              value={draft.when.urgencies}
              onChange={(urgencies) => when({ urgencies })}
            />
          </Field>
          <Field label="投诉标记">
            <MultiChips
              idPrefix="rule-flag"
              items={chipsOf(ROUTING_FLAGS, ROUTING_FLAG_LABELS)}
              value={draft.when.flags}
              onChange={(flags) => when({ flags })}
            />
          </Field>
          {communities.length > 1 && (
            <Field label="仅限小区">
              <MultiChips
                idPrefix="rule-community"
                items={communities.map((c) => ({ key: c.id, text: c.name }))}
                value={draft.when.communities}
                onChange={(ids) => when({ communities: ids })}
              />
            </Field>
          )}
        </>
      )}
      <Field label="分派到" required>
        <Chips
          idPrefix="rule-department"
          items={chipsOf(DEPARTMENTS, DEPARTMENT_LABELS)}
          value={draft.then.department}
          onChange={(department) => setDraft((d) => ({ ...d, then: { ...d.then, department } }))}
        />
      </Field>
      <Field label="优先级">
        <Chips
          idPrefix="rule-set-urgency"
          items={[{ key: 'keep', text: '不变' }, ...chipsOf(URGENCIES, URGENCY_LABELS)]}
          value={draft.then.urgency ?? 'keep'}
          onChange={(u) => setDraft((d) => ({ ...d, then: { ...d.then, urgency: u === 'keep' ? undefined : u } }))}
        />
      </Field>
      <Field label="同时通知">
        <Chips
          idPrefix="rule-escalate"
          items={[{ key: 'none', text: '不通知' }, ...chipsOf(ESCALATION_AUDIENCES, STAFF_AUDIENCE_LABELS)]}
          value={draft.then.escalateTo ?? 'none'}
          onChange={(to) =>
            setDraft((d) => ({ ...d, then: { ...d.then, escalateTo: to === 'none' ? undefined : to } }))
          }
        />
      </Field>
      {error && <Text className="notice notice--danger">{error}</Text>}
      <Button id="rule-save" className="button button--primary button--block" onClick={save}>
        保存规则
      </Button>
      <Button className="button button--ghost button--block" onClick={onCancel}>
        取消
      </Button>
    </View>
  );
}
