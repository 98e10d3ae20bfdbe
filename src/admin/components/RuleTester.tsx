// "这条诉求会被分到…": a sample request tried against the rules as listed on the page, with the
// same matcher the server runs.
import { useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { CATEGORIES, CHANNELS, URGENCIES } from '@domain/model';
import type { Category, Channel, Urgency } from '@domain/model';
import { CATEGORY_LABELS, CHANNEL_LABELS, ROUTING_FLAG_LABELS, URGENCY_LABELS } from '@domain/labels';
import { ROUTING_FLAGS, routeTicket } from '@domain/routing';
import type { RoutingFlag, RoutingRule } from '@domain/routing';
import { Chips, chipsOf } from '../../components/Chips';
import { Field } from '../../components/Field';
import { describeActions } from '../routing-rules';
import { MultiChips } from './MultiChips';

export function RuleTester({ rules, communityId }: { rules: readonly RoutingRule[]; communityId: string }) {
  const [category, setCategory] = useState<Category>('repair');
  const [channel, setChannel] = useState<Channel>('miniprogram');
  const [urgency, setUrgency] = useState<Urgency>('normal');
  const [building, setBuilding] = useState('');
  const [description, setDescription] = useState('');
  const [flags, setFlags] = useState<RoutingFlag[]>();

  const decision = routeTicket(
    {
      category,
      channel,
      urgency,
      communityId,
      description,
      ...(building.trim() ? { building: building.trim() } : {}),
      flags,
    },
    rules,
  );
  const rule = rules[decision.ruleIndex];

  return (
    <View className="card">
      <Text className="section__title">试一试</Text>
      <Field label="类别">
        <Chips
          idPrefix="try-category"
          items={chipsOf(CATEGORIES, CATEGORY_LABELS)}
          value={category}
          onChange={setCategory}
        />
      </Field>
      <Field label="内容">
        <Textarea
          id="try-description"
          className="text-area"
          placeholder="如：电梯又停了"
          value={description}
          onInput={(e) => setDescription(e.detail.value)}
        />
      </Field>
      <Field label="楼栋">
        <Input
          id="try-building"
          className="text-input"
          placeholder="如：1栋"
          value={building}
          onInput={(e) => setBuilding(e.detail.value)}
        />
      </Field>
      <Field label="渠道">
        <Chips idPrefix="try-channel" items={chipsOf(CHANNELS, CHANNEL_LABELS)} value={channel} onChange={setChannel} />
      </Field>
      <Field label="紧急程度">
        <Chips
          idPrefix="try-urgency"
          items={chipsOf(URGENCIES, URGENCY_LABELS)}
          value={urgency}
          onChange={setUrgency}
        />
      </Field>
      <Field label="投诉标记">
        <MultiChips
          idPrefix="try-flag"
          items={chipsOf(ROUTING_FLAGS, ROUTING_FLAG_LABELS)}
          value={flags}
          onChange={setFlags}
        />
      </Field>
      <Text id="try-result" className="notice notice--warn">
        {rule
          ? `这条诉求会被分到：${describeActions(rule)}（第${decision.ruleIndex + 1}条「${rule.name}」）`
          : '没有规则匹配：将由客服中心处理'}
      </Text>
    </View>
  );
}
