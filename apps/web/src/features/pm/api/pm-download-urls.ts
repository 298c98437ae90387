/** The PM's files: GET /api/pm/:period.pdf | .docx | .xlsx (?version=N for a published one). */
export type TPmFormat = 'pdf' | 'docx' | 'xlsx';

/**
 * The address of a PM file, opened by a plain link (the browser downloads it with the session
 * cookie). Without a version the API gives the newest published one, or the office's live draft.
 */
export function pmDownloadUrl(period: string, format: TPmFormat, version?: number): string {
  const base = `/api/pm/${encodeURIComponent(period)}.${format}`;
  return version === undefined ? base : `${base}?version=${version}`;
}
