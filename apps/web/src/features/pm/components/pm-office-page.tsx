import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
} from '@digdir/designsystemet-react';
import type { TPmView } from '@finsam/domain';
import { QueryState } from '../../../components/query/query-state.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import { PERIOD_PARAM } from '../../../lib/period-param.ts';
import { usePm } from '../api/get-pm.ts';
import { usePmList } from '../api/get-pm-list.ts';
import { PmDocument } from './pm-document.tsx';
import { PmDownloads } from './pm-downloads.tsx';
import { PmParagraphEditor } from './pm-paragraph-editor.tsx';
import { halfYearLabel, halfYearOptions, isHalfYear, newestEndedHalfYear } from './pm-periods.ts';
import { PmPublicationList } from './pm-publication-list.tsx';
import { PmPublish } from './pm-publish.tsx';

/**
 * The office's PM (kansliet): a half-year chosen (in the URL, `?period=2024H1`; default the newest
 * ended one), its live document with every paragraph editable, "Publicera" and the versions
 * published so far, then every published PM.
 */
export function PmOfficePage() {
  const [params, setParams] = useSearchParams();
  const asked = params.get(PERIOD_PARAM);
  const period = isHalfYear(asked) ? asked : newestEndedHalfYear();
  const list = usePmList();
  const pm = usePm(period);
  const published = list.data?.publications ?? [];
  const options = halfYearOptions(published.map((each) => each.period));
  usePageTitle(`PM ${halfYearLabel(period)}`);

  return (
    <div className="pm-page">
      <Heading level={1} data-size="lg" className="pm-no-print">
        PM {halfYearLabel(period)}
      </Heading>
      <Paragraph className="pm-no-print">
        Halvårets uppföljning för styrelsen, skapad ur uppgifterna. Redigera texterna, publicera
        sedan: ett publicerat PM är fryst och ändras inte av senare ändringar i data.
      </Paragraph>
      <div className="pm-toolbar pm-no-print">
        <Field className="pm-toolbar__period">
          <Label>Halvår</Label>
          <Select
            width="auto"
            value={period}
            onChange={(event) => setParams({ [PERIOD_PARAM]: event.target.value })}
          >
            {options.map((option) => (
              <Select.Option key={option} value={option}>
                {halfYearLabel(option)}
                {published.some((each) => each.period === option) ? ' (publicerat)' : ''}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Button variant="secondary" onClick={() => window.print()}>
          Skriv ut
        </Button>
      </div>
      <QueryState query={pm} what={`PM för ${halfYearLabel(period)}`}>
        {(answer) =>
          answer.kind === 'LIVE' ? (
            <LiveDocument key={period} period={period} view={answer} />
          ) : (
            <Alert data-color="warning">
              Servern skickade ett publicerat PM i stället för utkastet. Ladda om sidan.
            </Alert>
          )
        }
      </QueryState>
      <section className="pm-all-publications pm-no-print" aria-labelledby="pm-all-publications">
        <Heading level={2} data-size="sm" id="pm-all-publications">
          Alla publicerade PM
        </Heading>
        <QueryState
          query={list}
          what="publicerade PM"
          isEmpty={(data) => data.publications.length === 0}
          empty={<Paragraph>Inga PM har publicerats ännu.</Paragraph>}
        >
          {(data) => <PmPublicationList publications={data.publications} withTitle />}
        </QueryState>
      </section>
    </div>
  );
}

function LiveDocument({ period, view }: { period: string; view: TPmView }) {
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const onDirtyChange = useCallback((id: string, isDirty: boolean) => {
    setDirty((current) => {
      if (current.has(id) === isDirty) return current;
      const next = new Set(current);
      if (isDirty) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  return (
    <>
      <div className="pm-toolbar pm-no-print">
        <PmPublish period={period} view={view} unsaved={dirty.size} />
        <PmDownloads period={period} context="utkastet" />
      </div>
      <Paragraph data-size="sm" className="pm-no-print">
        Utkast, texterna version {view.textsVersion}.{' '}
        {view.publications.length === 0
          ? 'Inte publicerat ännu.'
          : `Publicerat ${view.publications.length === 1 ? 'en gång' : `${view.publications.length} gånger`}.`}
      </Paragraph>
      <PmDocument
        document={view.document}
        titleLevel={2}
        renderParagraph={(block, section, index) => (
          <PmParagraphEditor
            period={period}
            block={block}
            textsVersion={view.textsVersion}
            name={`${section.heading}, stycke ${index}`}
            onDirtyChange={onDirtyChange}
          />
        )}
      />
      <section className="pm-no-print" aria-labelledby="pm-period-publications">
        <Heading level={2} data-size="sm" id="pm-period-publications">
          Publicerade versioner av {view.document.subtitle}
        </Heading>
        {view.publications.length === 0 ? (
          <Paragraph>Inga versioner är publicerade.</Paragraph>
        ) : (
          <PmPublicationList publications={view.publications} withTitle={false} />
        )}
      </section>
    </>
  );
}
