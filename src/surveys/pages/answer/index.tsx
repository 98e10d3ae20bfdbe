// An owner answers a survey that reached their home, once: after sending (or when they already
// had), the page thanks them and shows no form.
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { AnswerItem } from '@domain/surveys/answers';
import { BusyButton } from '../../../components/BusyButton';
import { PageShell } from '../../../components/PageShell';
import { useRemote } from '../../../hooks/useRemote';
import { surveyApi } from '../../../services/api/survey';
import { formatTime } from '../../../utils/format';
import { QuestionInput } from '../../components/QuestionInput';

export default function SurveyAnswerPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : '';
  const survey = useRemote(id || null, () => surveyApi.get(id));
  const [answers, setAnswers] = useState<Record<string, AnswerItem>>({});
  const [error, setError] = useState<{ field?: string; message: string }>();
  const [busy, setBusy] = useState(false);

  const send = async () => {
    if (!survey.data) return;
    setBusy(true);
    const answer = await surveyApi.answer(survey.data.id, Object.values(answers));
    setBusy(false);
    if (answer.ok) {
      survey.replace(answer.data);
      void Taro.showToast({ title: '提交成功，感谢您', icon: 'success' });
      return;
    }
    if (answer.error.code === 'ALREADY_ANSWERED') {
      void Taro.showToast({ title: answer.error.message, icon: 'none' });
      return void survey.reload();
    }
    setError({ field: answer.error.field, message: answer.error.message });
  };

  const data = survey.data;
  return (
    <PageShell loading={survey.loading && !data} error={data ? undefined : survey.error} onRetry={survey.reload}>
      {data && (
        <View>
          <View className="card">
            <Text className="profile__name">{data.title}</Text>
            <Text className="text-muted">
              {data.communityName} · {data.unitLabel}
              {data.closesAt ? ` · ${formatTime(data.closesAt)}截止` : ''}
            </Text>
          </View>
          {data.answered ? (
            <Text id="survey-answered" className="notice notice--info">
              您已于{data.answeredAt ? formatTime(data.answeredAt) : ''}
              提交这份问卷，感谢您的参与。每户每份问卷只需填写一次。
            </Text>
          ) : data.status !== 'open' ? (
            <Text className="notice notice--warn">问卷已结束，感谢您的关注</Text>
          ) : (
            <View>
              {data.questions.map((question, index) => (
                <QuestionInput
                  key={question.id}
                  index={index}
                  question={question}
                  value={answers[question.id]}
                  error={error?.field === `answers.${question.id}` ? error.message : undefined}
                  onChange={(item) => {
                    setAnswers((previous) => ({ ...previous, [question.id]: item }));
                    setError(undefined);
                  }}
                />
              ))}
              {error && <Text className="notice notice--danger">{error.message}</Text>}
              <BusyButton id="survey-submit" busy={busy} onClick={() => void send()}>
                提交问卷
              </BusyButton>
            </View>
          )}
        </View>
      )}
    </PageShell>
  );
}
