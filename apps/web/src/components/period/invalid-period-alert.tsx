import { Alert, Paragraph } from '@digdir/designsystemet-react';

/** Shown when the address names a period that is not one: the page falls back to the newest. */
export function InvalidPeriodAlert({ raw }: { raw: string | null }) {
  return (
    <Alert data-color="warning">
      <Paragraph>
        Perioden ”{raw}” i adressen känns inte igen. Sidan visar den senaste perioden med uppgifter
        i stället.
      </Paragraph>
    </Alert>
  );
}
