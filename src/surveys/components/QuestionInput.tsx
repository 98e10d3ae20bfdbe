import { Text, Textarea, View } from '@tarojs/components';
import type { AnswerItem } from '@domain/surveys/answers';
import type { Question } from '@domain/surveys/definition';
import { RatingInput } from '../../components/RatingInput';

interface Props {
  index: number;
  question: Question;
  value?: AnswerItem;
  error?: string;
  onChange(item: AnswerItem): void;
}

function hint(question: Question): string {
  if (question.kind === 'multiple')
    return question.min > 0 ? `多选，选${question.min}–${question.max}项` : `多选，最多${question.max}项`;
  if (question.kind === 'single') return '单选';
  if (question.kind === 'text') return `最多${question.maxLength}字`;
  return '';
}

/** One question of a survey, as the owner answers it. */
export function QuestionInput({ index, question, value, error, onChange }: Props) {
  const picks = value?.picks ?? [];
  const toggle = (id: string) => {
    if (question.kind === 'single') return onChange({ q: question.id, picks: [id] });
    const next = picks.includes(id) ? picks.filter((p) => p !== id) : [...picks, id];
    onChange({ q: question.id, picks: next });
  };
  return (
    <View id={`q-${question.id}`} className={`card field${error ? ' field--invalid' : ''}`}>
      <Text className="field__label">
        {index + 1}. {question.title}
        {question.required && <Text className="field__required"> *</Text>}
        {hint(question) && <Text className="text-muted">（{hint(question)}）</Text>}
      </Text>
      {question.kind === 'rating' && (
        <RatingInput
          value={Number(picks[0] ?? 0)}
          onChange={(score) => onChange({ q: question.id, picks: [String(score)] })}
        />
      )}
      {(question.kind === 'single' || question.kind === 'multiple') && (
        <View className="chips">
          {question.options.map((option) => (
            <Text
              key={option.id}
              id={`q-${question.id}-${option.id}`}
              className={`chip${picks.includes(option.id) ? ' chip--on' : ''}`}
              onClick={() => toggle(option.id)}
            >
              {option.label}
            </Text>
          ))}
        </View>
      )}
      {question.kind === 'text' && (
        <Textarea
          id={`q-${question.id}-text`}
          className="text-area"
          maxlength={question.maxLength}
          placeholder="请写下您的意见和建议（选填）"
          value={value?.text ?? ''}
          onInput={(e) => onChange({ q: question.id, text: e.detail.value })}
        />
      )}
      {error && <Text className="field__error">{error}</Text>}
    </View>
  );
}
