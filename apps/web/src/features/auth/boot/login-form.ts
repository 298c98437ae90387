import { ZLoginInput, type TLoginInput, type TSessionResponse } from '@finsam/domain';
import { errorMessage, isApiError } from '../../../lib/api-error.ts';
import { login } from '../api/login.ts';
import { LOGIN_TEXTS } from '../login-texts.ts';

type TField = keyof TLoginInput;

export interface TLoginFormOptions {
  /** The address asked for (`?till=`), already checked with `safeTarget`. */
  target: string | null;
  /** Came here by "Logga ut" (the router's history state says so). */
  loggedOut: boolean;
  /** Called with the new session; the form stays pending until the app replaces it. */
  onLoggedIn: (session: TSessionResponse) => Promise<void> | void;
}

/**
 * The login page of the boot entry in plain DOM with Designsystemet's classes (decision 016): the
 * same markup, texts, shared `ZLoginInput` rules and error handling as the React `LoginPage` and
 * `<Form>` — field messages under their inputs, the first invalid field focused, a failed
 * request's message in an alert that takes focus — without React, so the JavaScript before
 * login stays small. The app is imported only after a successful login.
 */
export function drawLoginForm(root: HTMLElement, options: TLoginFormOptions): void {
  document.title = `${LOGIN_TEXTS.title} – Finsam Uppföljning`;
  const block = el('div', 'ds-card__block');
  const heading = el('h1', 'ds-heading', LOGIN_TEXTS.heading);
  heading.dataset.size = 'md';
  heading.tabIndex = -1;
  const product = paragraph(LOGIN_TEXTS.product, 'login-page__product');
  product.dataset.size = 'sm';
  block.append(product, heading, paragraph(LOGIN_TEXTS.intro));
  if (options.loggedOut) block.append(alert('success', 'status', LOGIN_TEXTS.loggedOut));
  if (options.target) {
    const note = paragraph(LOGIN_TEXTS.continueTo);
    note.dataset.size = 'sm';
    block.append(note);
  }

  const form = el('form', 'app-form');
  form.noValidate = true;
  form.setAttribute('aria-label', LOGIN_TEXTS.formLabel);
  const fields: Record<TField, ReturnType<typeof textField>> = {
    email: textField('email', LOGIN_TEXTS.email, 'email', 'username'),
    password: textField('password', LOGIN_TEXTS.password, 'password', 'current-password'),
  };
  const button = el('button', 'ds-button', LOGIN_TEXTS.submit);
  button.type = 'submit';
  button.setAttribute('aria-disabled', 'false');
  const buttonRow = el('div');
  buttonRow.append(button);
  form.append(fields.email.field, fields.password.field, buttonRow);
  block.append(form);

  const card = el('div', 'ds-card login-page__card');
  card.append(block);
  const main = el('main', 'login-page');
  main.id = 'main';
  main.append(card);
  root.replaceChildren(main);
  heading.focus();

  let rootAlert: HTMLElement | null = null;
  let submitted = false;
  let pending = false;
  const values = (): Record<TField, string> => ({
    email: fields.email.input.value,
    password: fields.password.input.value,
  });
  /** The first message per field, as react-hook-form's zod resolver reports them. */
  const validate = (): { data?: TLoginInput; errors: Partial<Record<TField, string>> } => {
    const parsed = ZLoginInput.safeParse(values());
    if (parsed.success) return { data: parsed.data, errors: {} };
    const errors: Partial<Record<TField, string>> = {};
    for (const issue of parsed.error.issues) {
      const name = issue.path[0] as TField;
      errors[name] ??= issue.message;
    }
    return { errors };
  };

  // After the first submit a field is checked again when it loses focus (`reValidateMode`) —
  // but not when it loses it to a press on the button: a message vanishing then would move the
  // button from under the pointer before the click (the submit checks every field anyway).
  let pressingButton = false;
  button.addEventListener('pointerdown', () => {
    pressingButton = true;
    document.addEventListener('pointerup', () => setTimeout(() => (pressingButton = false)), {
      once: true,
    });
  });
  for (const name of ['email', 'password'] as const) {
    fields[name].input.addEventListener('blur', () => {
      if (pressingButton) return;
      if (submitted && !pending) fields[name].setError(validate().errors[name]);
    });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (pending) return;
    submitted = true;
    rootAlert?.remove();
    rootAlert = null;
    const { data, errors } = validate();
    fields.email.setError(errors.email);
    fields.password.setError(errors.password);
    if (!data) {
      (errors.email ? fields.email : fields.password).input.focus();
      return;
    }
    setPending(true);
    login(data)
      .then((session) => options.onLoggedIn(session))
      .catch((error: unknown) => {
        setPending(false);
        let first: TField | undefined;
        for (const field of isApiError(error) ? error.fields : []) {
          // The API names fields by request part ("body.email"); the form only knows "email".
          const name = field.path.replace(/^(body|query|params)\./, '') as TField;
          if (!(name in fields)) continue;
          first ??= name;
          fields[name].setError(field.message);
        }
        rootAlert = alert('danger', 'alert', errorMessage(error));
        rootAlert.tabIndex = -1;
        form.prepend(rootAlert);
        if (first) fields[first].input.focus();
        else rootAlert.focus();
      });
  });

  function setPending(value: boolean) {
    pending = value;
    button.textContent = value ? LOGIN_TEXTS.pending : LOGIN_TEXTS.submit;
    button.setAttribute('aria-disabled', String(value));
    if (value) button.setAttribute('aria-busy', 'true');
    else button.removeAttribute('aria-busy');
  }
}

/** A Designsystemet text field (label, input, validation message) as `Textfield` renders it. */
function textField(name: TField, label: string, type: string, autoComplete: string) {
  const id = `login-${name}`;
  const field = el('div', 'ds-field');
  const labelEl = el('label', 'ds-label', label);
  labelEl.htmlFor = id;
  const affixes = el('div', 'ds-field-affixes');
  const input = el('input', 'ds-input');
  Object.assign(input, { id, name, type, autocomplete: autoComplete });
  affixes.append(input);
  field.append(labelEl, affixes);
  let message: HTMLElement | null = null;
  const setError = (text: string | undefined) => {
    message?.remove();
    message = null;
    if (!text) {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
      return;
    }
    message = el('p', 'ds-validation-message', text);
    message.id = `${id}-error`;
    message.dataset.field = 'validation';
    field.append(message);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', message.id);
  };
  return { field, input, setError };
}

function alert(color: 'success' | 'danger', role: 'status' | 'alert', text: string): HTMLElement {
  const box = el('div', 'ds-alert');
  box.dataset.color = color;
  box.setAttribute('role', role);
  box.append(paragraph(text));
  return box;
}

function paragraph(text: string, className?: string): HTMLParagraphElement {
  return el('p', className ? `ds-paragraph ${className}` : 'ds-paragraph', text);
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
