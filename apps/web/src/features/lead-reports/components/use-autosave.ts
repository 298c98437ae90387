import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ZQuarterlyReport, type TQuarterlyReport, type TReportFormValues } from '@finsam/domain';
import { isApiError } from '../../../lib/api-error.ts';
import { leadReportQueryKeys } from '../api/lead-report-query-keys.ts';
import { saveReport } from '../api/save-report.ts';
import { clearLocalDraft, writeLocalDraft } from './local-draft.ts';
import { sameValues, toSaveInput, valuesFromReport } from './report-values.ts';

export type TSaveStatus =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'conflict'; server: TQuarterlyReport; mine: TReportFormValues }
  | { kind: 'error'; message: string };

const DELAY_MS = 1200;
const RETRY_MS = 10_000;

/**
 * Autosave of the kvartalsrapport draft: a save `DELAY_MS` after the last change, at the version
 * last saved. A network failure keeps the values in localStorage and retries when the browser is
 * back online (and every RETRY_MS); a 409 stops saving and hands both versions to the form —
 * nothing is overwritten until the person chooses.
 */
export function useAutosave(report: TQuarterlyReport, initialVersion: number) {
  const queryClient = useQueryClient();
  const version = useRef(initialVersion);
  const lastSaved = useRef<TReportFormValues>(valuesFromReport(report));
  const pending = useRef<TReportFormValues | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<boolean> | null>(null);
  const blocked = useRef(false);
  const offline = useRef(false);
  const savedAt = useRef<string | null>(null);
  const [status, setStatus] = useState<TSaveStatus>({ kind: 'saved', at: null });

  const run = useCallback(async (): Promise<boolean> => {
    if (running.current) await running.current;
    const values = pending.current;
    if (!values || blocked.current) return !blocked.current;
    if (sameValues(values, lastSaved.current)) {
      pending.current = null;
      clearLocalDraft(report.id);
      setStatus({ kind: 'saved', at: savedAt.current });
      return true;
    }
    setStatus({ kind: 'saving' });
    const attempt = (async () => {
      try {
        const saved = await saveReport(report.id, toSaveInput(report, values, version.current));
        version.current = saved.version;
        offline.current = false;
        lastSaved.current = values;
        if (pending.current === values) pending.current = null;
        clearLocalDraft(report.id);
        queryClient.setQueryData(leadReportQueryKeys.report(report.id), saved);
        savedAt.current = saved.updatedAt;
        setStatus({ kind: 'saved', at: saved.updatedAt });
        return true;
      } catch (error) {
        writeLocalDraft(report.id, {
          baseVersion: version.current,
          values,
          savedAt: new Date().toISOString(),
        });
        if (isApiError(error) && error.code === 'CONFLICT') {
          const server = ZQuarterlyReport.safeParse(error.current);
          blocked.current = true;
          if (server.success) setStatus({ kind: 'conflict', server: server.data, mine: values });
          else setStatus({ kind: 'error', message: error.message });
        } else if (isApiError(error) && error.code === 'NETWORK') {
          offline.current = true;
          setStatus({ kind: 'offline' });
        } else {
          setStatus({
            kind: 'error',
            message: isApiError(error) ? error.message : 'Utkastet kunde inte sparas.',
          });
        }
        return false;
      }
    })();
    running.current = attempt;
    const ok = await attempt;
    running.current = null;
    return ok;
  }, [queryClient, report]);

  /** A change in the form: saved after a pause. */
  const schedule = useCallback(
    (values: TReportFormValues) => {
      pending.current = values;
      if (blocked.current) return;
      setStatus({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), DELAY_MS);
    },
    [run],
  );

  /** Saves now (before "Granska och skicka"); true when the server has the values. */
  const flush = useCallback(
    async (values: TReportFormValues) => {
      if (timer.current) clearTimeout(timer.current);
      pending.current = values;
      return run();
    },
    [run],
  );

  /** The person chose after a conflict: continue from the server's version with `values`. */
  const resolve = useCallback(
    (server: TQuarterlyReport, values: TReportFormValues) => {
      blocked.current = false;
      version.current = server.version;
      lastSaved.current = valuesFromReport(server);
      queryClient.setQueryData(leadReportQueryKeys.report(report.id), server);
      pending.current = values;
      void run();
    },
    [queryClient, report.id, run],
  );

  useEffect(() => {
    const retry = () => {
      if (pending.current && !blocked.current && offline.current) void run();
    };
    window.addEventListener('online', retry);
    const interval = setInterval(retry, RETRY_MS);
    return () => {
      window.removeEventListener('online', retry);
      clearInterval(interval);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [run]);

  return { status, schedule, flush, resolve, version };
}
