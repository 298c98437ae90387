import { useState } from 'react';
import {
  Alert,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import {
  formatDate,
  ZUpdateNotificationSettingsInput,
  type TNotificationSettings,
  type TUpdateNotificationSettingsInput,
} from '@finsam/domain';
import { Form } from '../../../components/form/form.tsx';
import { useUpdateNotificationSettings } from '../api/update-notification-settings.ts';

export const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];

/** A number input's text as the schema's number; empty stays missing (not 0). */
const asNumber = (value: unknown) =>
  value === '' || value === undefined || value === null ? undefined : Number(value);

/**
 * Påminnelser (the office): when the leads are reminded of a kvartalsrapport and on which weekday
 * the office gets its digest. Validated with the API's own schema; a stale save answers 409.
 */
export function NotificationSettingsForm({ settings }: { settings: TNotificationSettings }) {
  const update = useUpdateNotificationSettings();
  const [saved, setSaved] = useState(false);
  const submit = async (values: TUpdateNotificationSettingsInput) => {
    setSaved(false);
    await update.mutateAsync({ ...values, version: settings.version });
    setSaved(true);
  };
  return (
    <section aria-labelledby="reminder-settings" className="notification-settings">
      <Heading level={2} data-size="sm" id="reminder-settings">
        Påminnelser
      </Heading>
      <Paragraph data-size="sm">
        Påminnelserna gäller kvartalsrapporter med förfallodag från{' '}
        {formatDate(settings.remindersFrom)}. De skickas också på förfallodagen.
      </Paragraph>
      {saved ? (
        <Alert data-color="success" role="status">
          <Paragraph>Inställningarna sparades.</Paragraph>
        </Alert>
      ) : null}
      <Form
        key={settings.version}
        schema={ZUpdateNotificationSettingsInput}
        defaultValues={{
          daysBeforeDue: settings.daysBeforeDue,
          overdueEveryDays: settings.overdueEveryDays,
          digestWeekday: settings.digestWeekday,
          version: settings.version,
        }}
        onSubmit={submit}
        submitLabel="Spara påminnelser"
        pendingLabel="Sparar …"
        aria-labelledby="reminder-settings"
      >
        {(form) => {
          const error = (name: keyof TUpdateNotificationSettingsInput) =>
            form.getFieldState(name, form.formState).error?.message;
          return (
            <>
              <Textfield
                label="Första påminnelsen, antal dagar före förfallodagen"
                description="0 = ingen påminnelse före förfallodagen."
                type="number"
                inputMode="numeric"
                error={error('daysBeforeDue')}
                {...form.register('daysBeforeDue', { setValueAs: asNumber })}
              />
              <Textfield
                label="Påminn igen med så många dagars mellanrum när rapporten är försenad"
                type="number"
                inputMode="numeric"
                error={error('overdueEveryDays')}
                {...form.register('overdueEveryDays', { setValueAs: asNumber })}
              />
              <Field>
                <Label>Veckodag för kansliets veckosammanställning</Label>
                <Select
                  width="auto"
                  aria-invalid={error('digestWeekday') ? true : undefined}
                  {...form.register('digestWeekday', { setValueAs: asNumber })}
                >
                  {WEEKDAYS.map((day, index) => (
                    <Select.Option key={day} value={String(index + 1)}>
                      {day.charAt(0).toUpperCase() + day.slice(1)}
                    </Select.Option>
                  ))}
                </Select>
                {error('digestWeekday') ? (
                  <ValidationMessage>{error('digestWeekday')}</ValidationMessage>
                ) : null}
              </Field>
            </>
          );
        }}
      </Form>
    </section>
  );
}
