import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { FaqEntry } from '@domain/guide';
import { Icon } from './Icon';

/** Answers that may already solve the consultation being typed, each with "这解决了我的问题". */
export function FaqSuggestions({
  matches,
  onSolved,
  busy,
}: {
  matches: FaqEntry[];
  onSolved: (faq: FaqEntry) => void;
  busy: boolean;
}) {
  const [open, setOpen] = useState<string>();
  if (matches.length === 0) return null;
  return (
    <View id="faq-suggestions" className="faq-suggestions">
      <View className="faq-suggestions__head">
        <Icon name="faq" className="icon--small" />
        <Text>这些回答也许能解决您的问题</Text>
      </View>
      {matches.map((faq) => {
        const expanded = open === faq.id || matches.length === 1;
        return (
          <View key={faq.id} id={`faq-${faq.id}`} className="faq-suggestion">
            <Text className="faq-suggestion__question" onClick={() => setOpen(expanded ? undefined : faq.id)}>
              {faq.question}
            </Text>
            {expanded ? (
              <View>
                <Text className="faq-suggestion__answer">{faq.answer}</Text>
                <Button
                  id={`faq-solved-${faq.id}`}
                  className="button button--primary button--small"
                  disabled={busy}
                  onClick={() => onSolved(faq)}
                >
                  这解决了我的问题
                </Button>
              </View>
            ) : (
              <Text className="faq-suggestion__more" onClick={() => setOpen(faq.id)}>
                查看回答 ›
              </Text>
            )}
          </View>
        );
      })}
      <Text className="text-muted faq-suggestions__foot">没有解决？继续填写并提交，客服中心会尽快答复您。</Text>
    </View>
  );
}
