import type { ClipboardEventHandler } from 'react';
import { Input, ValidationMessage } from '@digdir/designsystemet-react';

export interface TKronorCellInputProps {
  id: string;
  /** The cell's accessible name, e.g. "RegExPro, Prognos 2024, kronor". */
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** The typed text does not parse (marks the input invalid). */
  invalid: boolean;
  /** The Swedish message under the input: the parse error or the server's word on the cell. */
  message: string | null;
  onPaste?: ClipboardEventHandler<HTMLInputElement>;
}

/** One kronor cell of the economy grids (utfall, ekonomisk plan), with its message under it. */
export function KronorCellInput({
  id,
  label,
  value,
  onChange,
  invalid,
  message,
  onPaste,
}: TKronorCellInputProps) {
  return (
    <div className="economy-grid-cell">
      <Input
        id={id}
        data-size="sm"
        inputMode="numeric"
        autoComplete="off"
        aria-label={label}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={message ? `${id}-fel` : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onPaste={onPaste}
      />
      {message ? (
        <ValidationMessage id={`${id}-fel`} data-size="sm">
          {message}
        </ValidationMessage>
      ) : null}
    </div>
  );
}
