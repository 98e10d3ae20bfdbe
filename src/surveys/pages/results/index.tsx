// A survey's results: the response rate against the return target (and how many more homes would
// meet it), each building's, each question's distribution; then the answers that raised a problem,
// which the service desk turns into a request on the owner's behalf with one tap (转为工单).
import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ProblemAnswerView } from '@domain/surveys/answer-record';
import type { QuestionResult, SurveyResults } from '@domain/surveys/results';
import { PageShell } from '../../../components/PageShell';
import { useMe } from '../../../hooks/useMe';
import { usePagedList } from '../../../hooks/usePagedList';
import { useRemote } from '../../../hooks/useRemote';
import { surveyApi } from '../../../services/api/survey';
import { formatTime } from '../../../utils/format';

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

function ReturnRate({ results }: { results: SurveyResults }) {
  return (
    <View id="survey-rate" className="card">
      <Text className="list-row__title">
        回收率 {percent(results.rate)}（{results.answeredUnits}/{results.reached}户）
      </Text>
      <Text className={`notice ${results.met ? 'notice--info' : 'notice--warn'}`}>
        {results.met
          ? `已达到回收率目标 ${percent(results.target)}`
          : `距回收率目标 ${percent(results.target)} 还差 ${percent(results.gap)}，需再回收 ${results.unitsShort} 户`}
      </Text>
      {results.buildings.map((b) => (
        <Text key={b.building} className="list-row__sub">
          {b.building}：{b.answeredUnits}/{b.reached}户，{percent(b.rate)}
        </Text>
      ))}
    </View>
  );
}

function QuestionCard({ question }: { question: QuestionResult }) {
  return (
    <View className="card">
      <Text className="list-row__title">{question.title}</Text>
      <Text className="text-muted">
        {question.answered}份作答{question.average !== undefined ? ` · 平均 ${question.average} 分` : ''}
      </Text>
      {question.distribution.map((d) => (
        <Text key={d.key} className="list-row__sub">
          {d.label}：{d.count}（{percent(d.share)}）
        </Text>
      ))}
    </View>
  );
}

function ProblemCard({ problem, atDesk, onDone }: { problem: ProblemAnswerView; atDesk: boolean; onDone(): void }) {
  const [busy, setBusy] = useState(false);
  const convert = async () => {
    setBusy(true);
    const answer = await surveyApi.toRequest(problem.id);
    setBusy(false);
    if (!answer.ok) return void Taro.showToast({ title: answer.error.message, icon: 'none' });
    void Taro.showToast({ title: `已转为工单 ${answer.data.number}`, icon: 'none' });
    onDone();
  };
  return (
    <View id={`problem-${problem.id}`} className="card">
      <Text className="list-row__title">
        {problem.unitLabel} {problem.name}
      </Text>
      <Text className="list-row__sub">{problem.text}</Text>
      <Text className="text-muted">{formatTime(problem.answeredAt)}</Text>
      {problem.ticket ? (
        <Text
          className="notice notice--info"
          onClick={() => void Taro.navigateTo({ url: `/pages/ticket/index?id=${problem.ticket?.id}` })}
        >
          已转为工单 {problem.ticket.number} ›
        </Text>
      ) : (
        atDesk && (
          <Button className="button button--primary" loading={busy} onClick={() => void convert()}>
            转为工单
          </Button>
        )
      )}
    </View>
  );
}

export default function SurveyResultsPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : '';
  const { me } = useMe();
  const atDesk = Boolean(me?.roles.includes('receptionist'));
  const results = useRemote(id || null, () => surveyApi.results(id));
  const problems = usePagedList<ProblemAnswerView>((cursor) => surveyApi.problems(id, cursor));
  const { reload } = problems;
  useEffect(() => void reload(), [reload]);
  const data = results.data;
  return (
    <PageShell loading={results.loading && !data} error={data ? undefined : results.error} onRetry={results.reload}>
      {data && (
        <View>
          <View className="card">
            <Text className="profile__name">{data.survey.title}</Text>
            <Text className="text-muted">
              {data.survey.communityName} · {data.survey.kindLabel} · {data.survey.statusLabel}
            </Text>
          </View>
          <ReturnRate results={data.results} />
          {data.results.questions.map((q) => (
            <QuestionCard key={q.id} question={q} />
          ))}
          <Text className="list-row__title">业主反映的问题（{problems.items.length}）</Text>
          {problems.loaded && problems.items.length === 0 && <Text className="text-muted">暂无</Text>}
          {problems.items.map((p) => (
            <ProblemCard key={p.id} problem={p} atDesk={atDesk} onDone={() => void problems.refresh()} />
          ))}
          {problems.hasMore && (
            <Button className="button button--ghost button--block" onClick={() => void problems.loadMore()}>
              加载更多
            </Button>
          )}
        </View>
      )}
    </PageShell>
  );
}
