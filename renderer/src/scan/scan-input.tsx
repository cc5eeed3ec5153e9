import { Button, Flex, TextField } from '@radix-ui/themes';
import { memo, type Ref, useState } from 'react';
import { useScanText } from './use-scan-text.ts';

interface ScanInputProps {
  /** Called with what was typed when the cashier presses Enter or "Find". */
  onCode(code: string): void;
  inputRef: Ref<HTMLInputElement>;
}

/**
 * The Code field and its button. The typed text is this component's own state, so a key typed
 * into the field renders this form alone, not the whole Scan screen (its panels and the list).
 */
export const ScanInput = memo(function ScanInput({ onCode, inputRef }: ScanInputProps) {
  const { t } = useScanText();
  const [typed, setTyped] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onCode(typed);
        setTyped('');
      }}
    >
      <Flex gap="3" align="end">
        <TextField.Root
          size="3"
          className="scan-input"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          placeholder={t('prompt')}
          aria-label={t('codeLabel')}
          ref={inputRef}
          autoFocus
        />
        <Button size="3" type="submit">
          {t('find')}
        </Button>
      </Flex>
    </form>
  );
});
