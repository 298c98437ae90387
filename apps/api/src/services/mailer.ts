import nodemailer from 'nodemailer';
import type { TPrismaClient } from '@finsam/db';
import {
  claimEmails,
  keepQueuedInOutbox,
  markEmailFailed,
  markEmailSent,
} from '../repositories/notification-repository.ts';

/** What the deliverer needs of nodemailer: one method, so a transport is easy to construct. */
export interface TMailTransport {
  sendMail: (message: {
    from: string;
    to: { name: string; address: string };
    subject: string;
    text: string;
    html: string;
  }) => Promise<{ messageId: string }>;
  close?: () => void;
}

export interface TMailConfig {
  /** SMTP_URL, e.g. smtp://user:pass@smtp.example.se:587 or smtps://…:465; null: outbox only. */
  smtpUrl: string | null;
  /** MAIL_FROM, e.g. "Samordningsförbundet <noreply@example.se>". */
  from: string;
}

export function mailConfigFromEnv(env: NodeJS.ProcessEnv = process.env): TMailConfig {
  return {
    smtpUrl: env.SMTP_URL || null,
    from: env.MAIL_FROM || 'Finsam Uppföljning <noreply@localhost>',
  };
}

/** A nodemailer SMTP transport, or null without SMTP_URL (messages stay in the outbox). */
export function createMailTransport(config: TMailConfig): TMailTransport | null {
  if (!config.smtpUrl) return null;
  const url = new URL(config.smtpUrl);
  return nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
    secure: url.protocol === 'smtps:',
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    // A server that does not answer must not hold a tick for minutes: fail, record, retry.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

/** Waiting time before attempt n + 1 after n failures; after the last one the message is FAILED. */
export const RETRY_BACKOFF_MINUTES = [1, 5, 15, 60];
export const MAX_ATTEMPTS = RETRY_BACKOFF_MINUTES.length + 1;
const LEASE_MS = 5 * 60_000;

export interface TDeliveryResult {
  sent: number;
  failed: number;
  keptInOutbox: number;
}

/**
 * Sends what is due: claims queued and retry-due messages (SKIP LOCKED, so each goes through one
 * process), sends each, and records SENT, or the error with the next attempt (backoff), or FAILED
 * after the last. Without a transport, queued messages stay in the outbox.
 */
export async function deliverEmails(
  prisma: TPrismaClient,
  transport: TMailTransport | null,
  from: string,
  now: Date,
  batch = 20,
): Promise<TDeliveryResult> {
  const result: TDeliveryResult = { sent: 0, failed: 0, keptInOutbox: 0 };
  if (!transport) {
    result.keptInOutbox = await keepQueuedInOutbox(prisma);
    return result;
  }
  const claimed = await claimEmails(prisma, now, new Date(now.getTime() + LEASE_MS), batch);
  for (const message of claimed) {
    try {
      const info = await transport.sendMail({
        from,
        to: { name: message.toName, address: message.toAddress },
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
      await markEmailSent(prisma, message.id, now, info.messageId);
      result.sent += 1;
    } catch (error) {
      const backoff = RETRY_BACKOFF_MINUTES[message.attempts - 1];
      await markEmailFailed(
        prisma,
        message.id,
        error instanceof Error ? error.message : String(error),
        backoff === undefined ? null : new Date(now.getTime() + backoff * 60_000),
      );
      result.failed += 1;
    }
  }
  return result;
}
