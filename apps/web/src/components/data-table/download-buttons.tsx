import { useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { toFileName, type TExportTable } from '../../lib/export/export-table.ts';

export interface TDownloadButtonsProps {
  /** Built lazily: only when someone downloads. */
  table: () => TExportTable;
}

/**
 * "Ladda ner CSV" and "Ladda ner Excel" for one table; the file name follows its title. The code
 * that writes a file loads on the first click (a page with tables shows the buttons, few readers
 * press them; issue 16).
 */
export function DownloadButtons({ table }: TDownloadButtonsProps) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<'csv' | 'xlsx' | null>(null);

  const downloadCsv = async () => {
    setFailed(null);
    try {
      const data = table();
      const [{ CSV_TYPE, downloadFile }, { toCsv }] = await Promise.all([
        import('../../lib/export/download-file.ts'),
        import('../../lib/export/to-csv.ts'),
      ]);
      downloadFile(toCsv(data), `${toFileName(data.title)}.csv`, CSV_TYPE);
    } catch (error) {
      console.warn('CSV-filen kunde inte skapas', error);
      setFailed('csv');
    }
  };

  const downloadXlsx = async () => {
    setBusy(true);
    setFailed(null);
    try {
      const data = table();
      const [{ XLSX_TYPE, downloadFile }, { toXlsx }] = await Promise.all([
        import('../../lib/export/download-file.ts'),
        import('../../lib/export/to-xlsx.ts'),
      ]);
      downloadFile(await toXlsx(data), `${toFileName(data.title)}.xlsx`, XLSX_TYPE);
    } catch (error) {
      console.warn('Excel-filen kunde inte skapas', error);
      setFailed('xlsx');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="download-buttons">
      <Button variant="tertiary" data-size="sm" onClick={() => void downloadCsv()}>
        <DownloadIcon />
        Ladda ner CSV
      </Button>
      <Button
        variant="tertiary"
        data-size="sm"
        onClick={downloadXlsx}
        loading={busy}
        aria-disabled={busy}
      >
        {busy ? null : <DownloadIcon />}
        Ladda ner Excel
      </Button>
      {failed === 'xlsx' ? (
        <span role="status" className="download-buttons__error">
          Excel-filen kunde inte skapas. Försök igen, eller ladda ner CSV i stället.
        </span>
      ) : failed === 'csv' ? (
        <span role="status" className="download-buttons__error">
          CSV-filen kunde inte skapas. Försök igen, eller ladda ner Excel i stället.
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
