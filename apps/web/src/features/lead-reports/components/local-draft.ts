import type { TReportFormValues } from '@finsam/domain';

/**
 * An edit not yet saved to the server (offline, or a save that failed), kept in this browser's
 * localStorage until a save succeeds: the version it was based on and the form's values.
 */
export interface TLocalDraft {
  baseVersion: number;
  values: TReportFormValues;
  savedAt: string;
}

const key = (reportId: string) => `finsam:kvartalsrapport:${reportId}`;

export function readLocalDraft(reportId: string): TLocalDraft | null {
  try {
    const text = window.localStorage.getItem(key(reportId));
    if (!text) return null;
    const draft = JSON.parse(text) as TLocalDraft;
    return typeof draft.baseVersion === 'number' && draft.values?.answers ? draft : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(reportId: string, draft: TLocalDraft) {
  try {
    window.localStorage.setItem(key(reportId), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the form still holds the values; the status says "inte sparat".
  }
}

export function clearLocalDraft(reportId: string) {
  try {
    window.localStorage.removeItem(key(reportId));
  } catch {
    // Nothing to do.
  }
}
