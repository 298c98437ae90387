import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { Form } from './form.tsx';
import { FormTextField } from './form-text-field.tsx';

const ZName = z.object({
  name: z.string().check(z.trim(), z.minLength(1, { error: 'Ange ett namn.' })),
});

describe('<Form>', () => {
  it('keeps a fixed field’s message while the button is pressed, so the press stays a click', async () => {
    const onSubmit = vi.fn();
    render(
      <Form schema={ZName} defaultValues={{ name: '' }} onSubmit={onSubmit} submitLabel="Spara">
        <FormTextField<z.input<typeof ZName>> name="name" label="Namn" />
      </Form>,
    );
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Spara' });
    await user.click(button);
    expect(await screen.findByText('Ange ett namn.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Namn'), 'Knivsta');

    // Pressing: the field keeps the focus and is not checked again, so nothing above the button
    // changes size under the pointer.
    await user.pointer({ keys: '[MouseLeft>]', target: button });
    expect(screen.getByLabelText('Namn')).toHaveFocus();
    expect(screen.getByText('Ange ett namn.')).toBeInTheDocument();
    await user.pointer({ keys: '[/MouseLeft]', target: button });
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ name: 'Knivsta' }));
    expect(screen.queryByText('Ange ett namn.')).not.toBeInTheDocument();
  });
});
