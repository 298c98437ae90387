import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppLink } from '../../../components/link/app-link.tsx';
import { usePageTitle } from '../../../components/page/use-page-title.ts';
import './economy.css';

const PAGES = [
  {
    to: '/ekonomi/utfall',
    title: 'Utfall',
    text: 'Utfall per kvartal för alla insatser, inskrivna eller inklistrade från Excel, med förbrukningskvoten direkt.',
  },
  {
    to: '/ekonomi/plan',
    title: 'Ekonomisk plan',
    text: 'Flerårsplanen (Ekonomisk information): intäkter, kostnader, insatser, ansökningar och beslutsutrymme per år.',
  },
  {
    to: '/ekonomi/medlemsavgifter',
    title: 'Medlemsavgifter',
    text: 'Fördelningen av årets medlemsavgift på staten, regionen och kommunerna efter folkmängd.',
  },
];

/** Ekonomi (the office): the economy tools, one card each. */
export function EconomyHubPage() {
  usePageTitle('Ekonomi');
  return (
    <>
      <Heading level={1} data-size="lg">
        Ekonomi
      </Heading>
      <div className="economy-hub">
        {PAGES.map((page) => (
          <Card key={page.to} data-variant="tinted">
            <Heading level={2} data-size="sm">
              <AppLink to={page.to}>{page.title}</AppLink>
            </Heading>
            <Paragraph>{page.text}</Paragraph>
          </Card>
        ))}
      </div>
    </>
  );
}
