import { Field, Input, Label } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { fileToBase64 } from '../../lib/file-to-base64.ts';

/** What an import's preview endpoint takes: the chosen file's name and bytes. */
export interface TChosenSpreadsheet {
  fileName: string;
  contentBase64: string;
}

const SPREADSHEET_TYPES =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The file chooser of the spreadsheet imports (CSV or XLSX). `onChoose` gets the file read as
 * base64, or null when the choice was cleared; the caller previews it before anything is saved.
 */
export function SpreadsheetFileField({
  id,
  label,
  onChoose,
}: {
  id: string;
  label: ReactNode;
  onChoose: (file: TChosenSpreadsheet | null) => void;
}) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        type="file"
        accept={SPREADSHEET_TYPES}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          if (!file) return onChoose(null);
          onChoose({ fileName: file.name, contentBase64: await fileToBase64(file) });
        }}
      />
    </Field>
  );
}
