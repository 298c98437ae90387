import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TSmtpTestServer {
  url: string;
  /** Every message the server accepted, parsed. */
  received: ParsedMail[];
  /** While true, every message is refused with a temporary error (451). */
  failing: boolean;
  /** How many messages were refused. */
  refused: number;
  close: () => Promise<void>;
}

/**
 * A real SMTP server (npm smtp-server) on 127.0.0.1 and a port chosen by the system: the app's
 * nodemailer transport talks SMTP to it; each message is parsed with mailparser.
 */
export async function startSmtpTestServer(): Promise<TSmtpTestServer> {
  const state: TSmtpTestServer = {
    url: '',
    received: [],
    failing: false,
    refused: 0,
    close: async () => undefined,
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (state.failing) {
            state.refused += 1;
            const error = Object.assign(new Error('Tillfälligt fel, försök senare'), {
              responseCode: 451,
            });
            callback(error);
            return;
          }
          state.received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  state.url = `smtp://127.0.0.1:${port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

/** The addresses a parsed message was sent to. */
export function recipientsOf(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((address) => address.value.map((value) => value.address ?? ''));
}
