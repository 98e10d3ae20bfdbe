import type { ReactNode } from 'react';
import { Button, Text } from '@tarojs/components';

/** A primary, full-width button that shows a spinner and refuses taps while its work runs. */
export function BusyButton({
  id,
  busy,
  onClick,
  children,
}: {
  id: string;
  busy: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    // `disabled={false}` would still be written out as an attribute in h5, and the button drawn disabled
    <Button
      id={id}
      className={`button button--primary button--block ${busy ? 'button--busy' : ''}`}
      loading={busy}
      disabled={busy || undefined}
      onClick={onClick}
    >
      {/* the label sits in its own Text: in h5, replacing a Button's bare text also removes the anchor
          its loading spinner is inserted at */}
      <Text>{children}</Text>
    </Button>
  );
}
