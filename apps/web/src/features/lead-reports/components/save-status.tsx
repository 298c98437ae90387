import { Paragraph } from '@digdir/designsystemet-react';
import { formatDate, lazyDateTimeFormat, toSwedishDate } from '@finsam/domain';
import type { TSaveStatus } from './use-autosave.ts';

// Built on first use, not when the module loads: the menu preloads this page's chunk (decision 025).
const timeFormat = lazyDateTimeFormat('sv-SE', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Stockholm',
});

function text(status: TSaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return status.at
        ? `Utkastet är sparat ${formatDate(toSwedishDate(new Date(status.at)))} kl. ${timeFormat().format(new Date(status.at))}.`
        : 'Utkastet sparas automatiskt medan du skriver.';
    case 'pending':
    case 'saving':
      return 'Sparar …';
    case 'offline':
      return 'Ingen kontakt med servern. Ändringarna finns kvar på den här datorn och sparas när kontakten är tillbaka.';
    case 'conflict':
      return 'Inte sparat: rapporten har ändrats på annat håll. Välj version ovan.';
    case 'error':
      return `Inte sparat: ${status.message}`;
  }
}

/** The autosave's state in words, announced politely as it changes. */
export function SaveStatus({ status }: { status: TSaveStatus }) {
  return (
    <Paragraph data-size="sm" role="status" aria-live="polite" className="save-status">
      {text(status)}
    </Paragraph>
  );
}
