import { useEffect, useId, useRef, useState } from 'react';
import {
  Alert,
  Button,
  Field,
  FieldDescription,
  Label,
  Paragraph,
  Tag,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { ZPmTextsInput, ZPmView, type TPmParagraphBlock, type TPmView } from '@finsam/domain';
import { errorMessage, isApiError } from '../../../lib/api-error.ts';
import { pmQueryOptions } from '../api/get-pm.ts';
import { pmQueryKeys } from '../api/pm-query-keys.ts';
import { useSavePmTexts } from '../api/save-pm-texts.ts';

function findParagraph(view: TPmView, id: string): TPmParagraphBlock | undefined {
  for (const section of view.document.sections)
    for (const block of section.blocks)
      if (block.kind === 'PARAGRAPH' && block.id === id) return block;
  return undefined;
}

export interface TPmParagraphEditorProps {
  period: string;
  block: TPmParagraphBlock;
  /** The texts version of the view this block was read from; PUT sends it back. */
  textsVersion: number;
  /** "Sammanfattning, stycke 1": names the controls of this paragraph. */
  name: string;
  /** Whether this paragraph has typed text not saved yet (for the publish dialog's warning). */
  onDirtyChange: (id: string, dirty: boolean) => void;
}

/**
 * One paragraph of the office's PM with its editor: the text as it prints, whether it is the
 * prefilled text or edited, and "Redigera" → a textarea saved with "Spara" (explicitly, not on
 * blur: a PM text is finished before it is saved, and the save is one version of the texts).
 * "Återställ förifylld text" puts the data's text back in the box; saving it sends an empty text,
 * which the API stores as "not edited". A stale version (409) shows both texts and keeps the
 * typed one in the box until the office chooses.
 */
export function PmParagraphEditor({
  period,
  block,
  textsVersion,
  name,
  onDirtyChange,
}: TPmParagraphEditorProps) {
  const queryClient = useQueryClient();
  const save = useSavePmTexts();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(block.text);
  const [conflict, setConflict] = useState<{ text: string; version: number } | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const focusAfter = useRef<'edit' | 'textarea' | null>(null);
  const id = useId();

  const dirty = editing && draft !== block.text;
  useEffect(() => onDirtyChange(block.id, dirty), [block.id, dirty, onDirtyChange]);
  useEffect(() => {
    if (focusAfter.current === 'edit') editButton.current?.focus();
    if (focusAfter.current === 'textarea') textarea.current?.focus();
    focusAfter.current = null;
  });

  const open = () => {
    setDraft(block.text);
    setConflict(null);
    setError(null);
    setEditing(true);
    focusAfter.current = 'textarea';
  };
  const close = () => {
    setEditing(false);
    setConflict(null);
    setError(null);
    focusAfter.current = 'edit';
  };

  /** The view as the server has it after a 409: from the error, else read again. */
  const serverView = async (current: unknown): Promise<TPmView> => {
    const parsed = ZPmView.safeParse(current);
    if (parsed.success) return parsed.data;
    const fresh = await queryClient.fetchQuery({ ...pmQueryOptions(period), staleTime: 0 });
    if (fresh.kind !== 'LIVE') throw new Error('not the live document');
    return fresh;
  };

  const submit = (version: number) => {
    const input = {
      version,
      // The prefilled text itself is "not edited": an empty text restores it on the server.
      texts: { [block.id]: draft === block.prefilled ? '' : draft },
    };
    const checked = ZPmTextsInput.safeParse(input);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Texten kunde inte sparas.');
      return;
    }
    setError(null);
    setStatus('Sparar …');
    save.mutate(
      { period, input: checked.data },
      {
        onSuccess: (view) => {
          setEditing(false);
          setConflict(null);
          setStatus(`Sparat. Texterna är nu version ${view.textsVersion}.`);
          focusAfter.current = 'edit';
        },
        onError: async (failure) => {
          if (isApiError(failure) && failure.code === 'CONFLICT') {
            try {
              const current = await serverView(failure.current);
              queryClient.setQueryData(pmQueryKeys.view(period), {
                kind: 'LIVE' as const,
                ...current,
              });
              setConflict({
                text: findParagraph(current, block.id)?.text ?? '',
                version: current.textsVersion,
              });
              setStatus(
                'Inte sparat: texten har ändrats på annat håll. Välj vilken text som ska gälla.',
              );
            } catch {
              setStatus('Inte sparat: texten har ändrats på annat håll. Ladda om sidan.');
            }
            return;
          }
          setStatus(`Inte sparat: ${errorMessage(failure)}`);
        },
      },
    );
  };

  const paragraphId = `${id}-text`;
  return (
    <div className="pm-paragraph-editor">
      {editing ? (
        <div className="pm-paragraph-editor__form pm-no-print">
          <Field>
            <Label>Text: {name}</Label>
            <FieldDescription>
              {draft === block.prefilled
                ? 'Förifylld text från uppgifterna.'
                : 'Redigerad text (skiljer sig från den förifyllda).'}
            </FieldDescription>
            <Textarea
              ref={textarea}
              rows={Math.min(12, Math.max(3, Math.ceil(draft.length / 90)))}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              aria-invalid={error ? true : undefined}
            />
            {error ? <ValidationMessage>{error}</ValidationMessage> : null}
          </Field>
          {conflict ? (
            <Alert data-color="warning" className="pm-conflict">
              <Paragraph className="pm-conflict__title">
                <strong>Texten har ändrats på annat håll</strong>
              </Paragraph>
              <Paragraph>
                Någon sparade texterna (version {conflict.version}) efter att du öppnade sidan. Din
                text är inte sparad men finns kvar i rutan ovan.
              </Paragraph>
              <div className="pm-conflict__versions">
                <div>
                  <Paragraph data-size="sm" className="pm-conflict__label">
                    Din text (inte sparad)
                  </Paragraph>
                  <blockquote className="pm-conflict__text">{draft}</blockquote>
                </div>
                <div>
                  <Paragraph data-size="sm" className="pm-conflict__label">
                    Sparad text (version {conflict.version})
                  </Paragraph>
                  <blockquote className="pm-conflict__text">{conflict.text || '–'}</blockquote>
                </div>
              </div>
              <div className="pm-actions">
                <Button onClick={() => submit(conflict.version)} disabled={save.isPending}>
                  Spara min text
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => {
                    setDraft(conflict.text);
                    setConflict(null);
                    setStatus('Den sparade texten används. Inget är ändrat på servern.');
                  }}
                >
                  Använd den sparade texten
                </Button>
              </div>
            </Alert>
          ) : null}
          <div className="pm-actions">
            {conflict ? null : (
              <Button onClick={() => submit(textsVersion)} disabled={save.isPending}>
                Spara <span className="visually-hidden">{name}</span>
              </Button>
            )}
            {draft !== block.prefilled ? (
              <Button
                variant="secondary"
                onClick={() => {
                  setDraft(block.prefilled);
                  focusAfter.current = 'textarea';
                }}
              >
                Återställ förifylld text
              </Button>
            ) : null}
            <Button variant="tertiary" onClick={close}>
              Avbryt
            </Button>
          </div>
        </div>
      ) : (
        <>
          <Paragraph id={paragraphId} className="pm-paragraph">
            {block.text}
          </Paragraph>
          <div className="pm-paragraph-editor__meta pm-no-print">
            {block.edited ? (
              <Tag data-size="sm" data-color="info">
                Redigerad text
              </Tag>
            ) : (
              <Tag data-size="sm" data-color="neutral">
                Förifylld text
              </Tag>
            )}
            <Button ref={editButton} variant="tertiary" data-size="sm" onClick={open}>
              Redigera <span className="visually-hidden">{name}</span>
            </Button>
          </div>
        </>
      )}
      <p role="status" aria-live="polite" className="pm-paragraph-editor__status pm-no-print">
        {status}
      </p>
    </div>
  );
}
