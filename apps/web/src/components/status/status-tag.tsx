import { Tag } from '@digdir/designsystemet-react';
import { formatStatusLabel, type TStatusColour } from '@finsam/domain';

const COLOUR: Record<TStatusColour, 'success' | 'warning' | 'danger'> = {
  GREEN: 'success',
  YELLOW: 'warning',
  RED: 'danger',
};

/** @deprecated call `formatStatusLabel` from `@finsam/domain`; kept for imports on other branches. */
export const STATUS_LABEL: Record<TStatusColour, string> = {
  GREEN: formatStatusLabel('GREEN'),
  YELLOW: formatStatusLabel('YELLOW'),
  RED: formatStatusLabel('RED'),
};

export interface TStatusTagProps {
  status: TStatusColour;
  /** The text beside the colour; default: the PM's meaning of the colour. */
  label?: string;
}

/**
 * A status in the PM's colours (statusmarkering) — always with a shape and text as well, so the
 * meaning never rests on colour alone.
 */
export function StatusTag({ status, label = formatStatusLabel(status) }: TStatusTagProps) {
  return (
    <Tag data-color={COLOUR[status]} data-size="sm" className="status-tag">
      <StatusIcon status={status} />
      {label}
    </Tag>
  );
}

/** Circle with a tick, triangle with an exclamation mark, octagon with a cross. */
export function StatusIcon({ status }: { status: TStatusColour }) {
  return (
    <svg
      className="status-icon"
      aria-hidden="true"
      focusable="false"
      width="1em"
      height="1em"
      viewBox="0 0 16 16"
    >
      {status === 'GREEN' ? (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path
            d="M4.5 8.2 7 10.5l4.5-5"
            stroke="var(--ds-color-success-base-contrast-default, #fff)"
            strokeWidth="1.8"
            fill="none"
          />
        </>
      ) : status === 'YELLOW' ? (
        <>
          <path d="M8 1 15 14H1Z" fill="currentColor" />
          <path
            d="M8 5.5v4M8 11.2v1.2"
            stroke="var(--ds-color-warning-base-contrast-default, #000)"
            strokeWidth="1.6"
          />
        </>
      ) : (
        <>
          <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5Z" fill="currentColor" />
          <path
            d="m5.5 5.5 5 5m0-5-5 5"
            stroke="var(--ds-color-danger-base-contrast-default, #fff)"
            strokeWidth="1.6"
          />
        </>
      )}
    </svg>
  );
}
