import { Link } from '@digdir/designsystemet-react';
import { pmDownloadUrl, type TPmFormat } from '../api/pm-download-urls.ts';

const FORMATS: { format: TPmFormat; label: string }[] = [
  { format: 'pdf', label: 'PDF' },
  { format: 'docx', label: 'Word' },
  { format: 'xlsx', label: 'Excel' },
];

/**
 * "Ladda ner PDF / Word / Excel" of one PM. `context` names which one for a screen reader when
 * several PMs' links share a page ("version 2, Kvartal 1 och 2 2024").
 */
export function PmDownloads({
  period,
  version,
  context,
}: {
  period: string;
  version?: number;
  context?: string;
}) {
  return (
    <ul className="pm-downloads pm-no-print">
      {FORMATS.map(({ format, label }) => (
        <li key={format}>
          <Link href={pmDownloadUrl(period, format, version)} download>
            Ladda ner {label}
            {context ? ' ' : null}
            {context ? <span className="visually-hidden">({context})</span> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
