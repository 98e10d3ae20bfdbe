import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { BusyButton } from '../../../components/BusyButton';
import { Chips } from '../../../components/Chips';
import { Field } from '../../../components/Field';
import { PageShell } from '../../../components/PageShell';
import { useCalendar } from '../../hooks/useCalendar';

const thisYear = () => Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));

const KINDS = [
  { key: 'holiday' as const, text: '放假' },
  { key: 'workday' as const, text: '调休上班' },
];

function DayList({
  title,
  days,
  idPrefix,
  busy,
  onRemove,
}: {
  title: string;
  days: string[];
  idPrefix: string;
  busy: boolean;
  onRemove(day: string): void;
}) {
  return (
    <View className="card">
      <Text className="section__title">
        {title}（{days.length}天）
      </Text>
      {days.length === 0 && <Text className="text-muted">无</Text>}
      {days.map((day) => (
        <View key={day} id={`${idPrefix}-${day}`} className="list-row">
          <Text className="list-row__title">{day}</Text>
          <Button className="button button--ghost" disabled={busy || undefined} onClick={() => onRemove(day)}>
            移除
          </Button>
        </View>
      ))}
    </View>
  );
}

/** 工作日历: each year's public holidays and make-up working days (调休), and the working hours. */
export default function CalendarPage() {
  const [year, setYear] = useState(thisYear());
  const calendar = useCalendar(year);
  const view = calendar.remote.data;
  const [day, setDay] = useState('');
  const [kind, setKind] = useState<'holiday' | 'workday'>('holiday');
  const [hours, setHours] = useState<{ start: string; end: string }>();
  const shownHours = hours ?? view?.hours ?? { start: '', end: '' };

  const add = async () => {
    if (await calendar.setDay(day.trim(), kind)) setDay('');
  };

  return (
    <PageShell
      loading={calendar.remote.loading && !view}
      error={calendar.remote.error}
      onRetry={calendar.remote.reload}
      header={
        <Chips
          idPrefix="calendar-year"
          items={[thisYear(), thisYear() + 1].map((y) => ({ key: String(y), text: `${y}年` }))}
          value={String(year)}
          onChange={(key) => setYear(Number(key))}
        />
      }
    >
      {view && (
        <>
          {view.yearsMissing.length > 0 && (
            <Text id="calendar-missing" className="notice notice--warn">
              {view.yearsMissing.join('、')}
              年的国务院放假安排尚未录入：目前只按周末和固定日期节假日（元旦、劳动节、国庆节）计算工作日。请按通知录入放假和调休上班日期，再标记为已录入。
            </Text>
          )}
          {calendar.failure && <Text className="notice notice--danger">{calendar.failure}</Text>}
          <View className="card">
            <Text className="section__title">{year}年</Text>
            <Text className="text-muted">{view.official ? '已录入国务院放假安排' : '尚未录入国务院放假安排'}</Text>
            <Button
              id="calendar-official"
              className="button button--ghost button--block"
              disabled={calendar.busy || undefined}
              onClick={() => void calendar.markOfficial(!view.official)}
            >
              {view.official ? '标记为未录入' : '标记为已录入官方安排'}
            </Button>
          </View>
          <View className="card">
            <Text className="section__title">添加日期</Text>
            <Field label="日期" hint="格式：2027-02-08">
              <Input
                id="calendar-day"
                className="text-input"
                placeholder={`${year}-01-01`}
                value={day}
                onInput={(e) => setDay(e.detail.value)}
              />
            </Field>
            <Chips idPrefix="calendar-kind" items={KINDS} value={kind} onChange={setKind} />
            <BusyButton id="calendar-add" busy={calendar.busy} onClick={() => void add()}>
              添加
            </BusyButton>
          </View>
          <DayList
            title="放假"
            idPrefix="holiday"
            days={view.holidays}
            busy={calendar.busy}
            onRemove={(d) => void calendar.setDay(d, 'none')}
          />
          <DayList
            title="调休上班"
            idPrefix="workday"
            days={view.workdays}
            busy={calendar.busy}
            onRemove={(d) => void calendar.setDay(d, 'none')}
          />
          <View className="card">
            <Text className="section__title">工作时间</Text>
            <Text className="text-muted">
              按工作日、工作小时计算的承诺只在工作时间内计时，提醒与升级也在工作时间发出
            </Text>
            <Field label="上班">
              <Input
                id="calendar-start"
                className="text-input"
                value={shownHours.start}
                onInput={(e) => setHours({ ...shownHours, start: e.detail.value })}
              />
            </Field>
            <Field label="下班">
              <Input
                id="calendar-end"
                className="text-input"
                value={shownHours.end}
                onInput={(e) => setHours({ ...shownHours, end: e.detail.value })}
              />
            </Field>
            <BusyButton
              id="calendar-hours-save"
              busy={calendar.busy}
              onClick={() =>
                void calendar.setHours(shownHours.start, shownHours.end).then((ok) => ok && setHours(undefined))
              }
            >
              保存工作时间
            </BusyButton>
          </View>
        </>
      )}
    </PageShell>
  );
}
