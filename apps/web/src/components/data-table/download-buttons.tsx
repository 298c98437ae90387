import { useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { toFileName, type TExportTable } from '../../lib/export/export-table.ts';

export interface TDownloadButtonsProps {
  /** Built lazily: only when someone downloads. */
  table: () => TExportTable;
}

type TFormat = 'csv' | 'xlsx';

const FORMAT_NAME: Record<TFormat, string> = { csv: 'CSV', xlsx: 'Excel' };

/** The file's content, with the code that writes it loaded on first use. */
async function writeFile(format: TFormat, data: TExportTable): Promise<BlobPart> {
  if (format === 'csv') return (await import('../../lib/export/to-csv.ts')).toCsv(data);
  return (await import('../../lib/export/to-xlsx.ts')).toXlsx(data);
}

/**
 * "Ladda ner CSV" and "Ladda ner Excel" for one table; the file name follows its title. The code
 * that writes a file loads on the first click (a page with tables shows the buttons, few readers
 * press them; issue 16).
 */
export function DownloadButtons({ table }: TDownloadButtonsProps) {
  const [busy, setBusy] = useState<TFormat | null>(null);
  const [failed, setFailed] = useState<TFormat | null>(null);

  const download = async (format: TFormat) => {
    setBusy(format);
    setFailed(null);
    try {
      const data = table();
      const [{ CSV_TYPE, XLSX_TYPE, downloadFile }, content] = await Promise.all([
        import('../../lib/export/download-file.ts'),
        writeFile(format, data),
      ]);
      downloadFile(
        content,
        `${toFileName(data.title)}.${format}`,
        format === 'csv' ? CSV_TYPE : XLSX_TYPE,
      );
    } catch (error) {
      console.warn(`${FORMAT_NAME[format]}-filen kunde inte skapas`, error);
      setFailed(format);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="download-buttons">
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          variant="tertiary"
          data-size="sm"
          onClick={() => void download(format)}
          loading={busy === format}
          aria-disabled={busy === format}
        >
          {busy === format ? null : <DownloadIcon />}
          Ladda ner {FORMAT_NAME[format]}
        </Button>
      ))}
      {failed ? (
        <span role="status" className="download-buttons__error">
          {FORMAT_NAME[failed]}-filen kunde inte skapas. Försök igen, eller ladda ner{' '}
          {FORMAT_NAME[failed === 'csv' ? 'xlsx' : 'csv']} i stället.
        </span>
      ) : null}
    </div>
  );
}

function DownloadIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="1em"
      height="1em"
      viewBox="0 0 24 24"
      fill="none"
    >
      <path
        d="M12 3v12m0 0-5-5m5 5 5-5M4 19h16"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
