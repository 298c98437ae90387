import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/**
 * A previewed file's bad rows, each with its row number and Swedish message; `intro` says that
 * nothing can be saved until they are fixed. Renders nothing for a file without errors.
 */
export function ImportRowErrors({
  errors,
  intro,
}: {
  errors: readonly { row: number; message: string }[];
  intro: ReactNode;
}) {
  if (errors.length === 0) return null;
  return (
    <Alert data-color="danger">
      <Paragraph>{intro}</Paragraph>
      <ul>
        {errors.map((error, index) => (
          <li key={`${error.row}-${index}`}>
            Rad {error.row}: {error.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
