import { describe, expect, it } from 'vitest';
import { pasteIntoGrid } from './paste-into-grid.ts';

const rows = [
  { interventionId: 'jc', names: ['Jobbcentrum - Din väg framåt', 'Jobbcentrum'] },
  { interventionId: 'alv', names: ['Förstärkt stöd', 'Arbetsmarknadsstödjare'] },
  { interventionId: 'bry', names: ['Bryggan'] },
];

describe('pasteIntoGrid', () => {
  it('fills downward from the row the paste started in (a column copied from Excel)', () => {
    expect(pasteIntoGrid('416 759\r\n870 605\r\n', rows, 1)).toEqual({
      cells: [
        { interventionId: 'alv', text: '416 759' },
        { interventionId: 'bry', text: '870 605' },
      ],
      problems: [],
    });
  });

  it('matches named lines through aliases and reads the estimated flag', () => {
    const result = pasteIntoGrid(
      'arbetsmarknadsstödjare\t416 759\nJobbcentrum\t955 076\tberäknad\nOkänd insats\t1',
      rows,
      0,
    );
    expect(result.cells).toEqual([
      { interventionId: 'alv', text: '416 759' },
      { interventionId: 'jc', text: '955 076', estimated: true },
    ]);
    expect(result.problems).toEqual(['Rad 3: ingen insats heter "Okänd insats".']);
  });

  it('says so when there are more lines than rows below', () => {
    expect(pasteIntoGrid('1\n2', rows, 2).problems).toEqual([
      'Rad 2: det finns ingen fler insats att klistra in "2" på.',
    ]);
  });
});
