import { Heading, Paragraph } from '@digdir/designsystemet-react';

/** The app shell. Pages arrive with the dashboard issue; this page proves the build is served. */
export function App() {
  return (
    <main className="app-main" id="main">
      <Heading level={1} data-size="lg">
        Finsam Uppföljning
      </Heading>
      <Paragraph>
        Uppföljning av insatser finansierade av Samordningsförbundet Uppsala län.
      </Paragraph>
    </main>
  );
}
