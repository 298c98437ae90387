import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatDateTime, type TPmPublication, type TPmView } from '@finsam/domain';
import { AppLink } from '../../../components/link/app-link.tsx';
import { errorMessage, isApiError } from '../../../lib/api-error.ts';
import { usePublishPm } from '../api/publish-pm.ts';
import { PmDownloads } from './pm-downloads.tsx';
import { pmVersionPath } from './pm-publication-list.tsx';

/**
 * "Publicera": asks first (a confirmation that names the half-year and the version it becomes,
 * and warns of typed texts not saved), then publishes the live document with the stored texts
 * at the texts version read, and shows the receipt (focused) with the link to the version.
 */
export function PmPublish({
  period,
  view,
  unsaved,
}: {
  period: string;
  view: TPmView;
  unsaved: number;
}) {
  const publish = usePublishPm();
  const [confirming, setConfirming] = useState(false);
  const [receipt, setReceipt] = useState<TPmPublication | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const receiptHeading = useRef<HTMLHeadingElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const nextVersion = Math.max(0, ...view.publications.map((each) => each.version)) + 1;
  const subtitle = view.document.subtitle;

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (receipt) receiptHeading.current?.focus();
  }, [receipt]);
  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const cancel = () => {
    setConfirming(false);
    openButton.current?.focus();
  };
  const confirm = () =>
    publish.mutate(
      { period, input: { textsVersion: view.textsVersion } },
      {
        onSuccess: (publication) => {
          setConfirming(false);
          setFailure(null);
          setReceipt(publication);
        },
        onError: (error) => {
          setConfirming(false);
          setFailure(
            isApiError(error) && error.code === 'CONFLICT'
              ? 'Inte publicerat: texterna har ändrats sedan sidan hämtades. Sidan visar nu de senaste texterna; granska dem och publicera igen.'
              : `Inte publicerat: ${errorMessage(error)}`,
          );
        },
      },
    );

  return (
    <div className="pm-publish pm-no-print">
      <Button
        ref={openButton}
        onClick={() => setConfirming(true)}
        aria-expanded={confirming}
        aria-controls={confirming ? 'pm-publish-confirm' : undefined}
      >
        Publicera
      </Button>
      {confirming ? (
        <div
          role="alertdialog"
          id="pm-publish-confirm"
          aria-labelledby="pm-publish-title"
          aria-describedby="pm-publish-question"
          className="pm-publish__confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel();
          }}
        >
          <Heading level={2} data-size="xs" id="pm-publish-title">
            Publicera PM
          </Heading>
          <Paragraph id="pm-publish-question">
            Publicera PM för {subtitle} som version {nextVersion}? Publicerat PM ändras inte av
            senare ändringar i data.
          </Paragraph>
          {unsaved > 0 ? (
            <Paragraph>
              <strong>
                {unsaved === 1
                  ? 'Ett stycke har text som inte är sparad'
                  : `${unsaved} stycken har text som inte är sparad`}
                ; den kommer inte med. Spara först om den ska med.
              </strong>
            </Paragraph>
          ) : null}
          <div className="pm-actions">
            <Button ref={confirmButton} onClick={confirm} disabled={publish.isPending}>
              {publish.isPending ? 'Publicerar …' : `Publicera version ${nextVersion}`}
            </Button>
            <Button variant="secondary" onClick={cancel}>
              Avbryt
            </Button>
          </div>
        </div>
      ) : null}
      {failure ? (
        <Alert data-color="danger" ref={failureRef} tabIndex={-1}>
          {failure}
        </Alert>
      ) : null}
      {receipt ? (
        <Alert data-color="success" className="pm-receipt">
          <Heading level={2} data-size="xs" ref={receiptHeading} tabIndex={-1}>
            PM publicerat som version {receipt.version}
          </Heading>
          <Paragraph>
            PM för {receipt.document.subtitle} publicerades {formatDateTime(receipt.publishedAt)} av{' '}
            {receipt.publishedBy}. Det publicerade PM:et ändras inte av senare ändringar i data.
          </Paragraph>
          <Paragraph>
            <AppLink to={pmVersionPath(receipt.period, receipt.version)}>
              Visa version {receipt.version}
            </AppLink>
          </Paragraph>
          <PmDownloads
            period={receipt.period}
            version={receipt.version}
            context={`version ${receipt.version}`}
          />
        </Alert>
      ) : null}
    </div>
  );
}
