import { TextInputField, type TextInputFieldProps } from '../ui/text-input-field.tsx';

/**
 * A document number or code field a scanner types into: reached again after an answer, the
 * next scan replaces what is there; no autocomplete or spelling marks on codes. It takes the
 * room left in its row.
 */
export function ScanTextField(props: TextInputFieldProps) {
  return (
    <TextInputField
      onFocus={(event) => event.currentTarget.select()}
      className="office-scan-field"
      autoComplete="off"
      spellCheck={false}
      flexGrow="1"
      {...props}
    />
  );
}
