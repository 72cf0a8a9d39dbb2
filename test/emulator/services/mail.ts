// MailApp: an outbox instead of sending, with the consumer daily quota on the virtual clock.
import {QUOTA_MESSAGE} from './errors';
import type {Emulator} from '../core/emulator';
import {MAIL_MS} from './latency';

/** Recipients a day for consumer accounts (quotas page): 100. */
export const DAILY_QUOTA = 100;

export interface SentMail {
  at: number;
  to: string;
  subject: string;
  body: string;
  options: Record<string, unknown>;
}

/** The outbox and quota state (kept by the world). */
export class Outbox {
  readonly sent: SentMail[] = [];
  quota = DAILY_QUOTA;

  usedOn(day: number): number {
    return this.sent
      .filter(m => Math.floor(m.at / 86_400_000) === day)
      .reduce((n, m) => n + m.to.split(',').filter(Boolean).length, 0);
  }
}

/** The MailApp global. */
export function createMailApp(emu: Emulator, outbox: Outbox) {
  const today = () => Math.floor(emu.clock.now() / 86_400_000);
  return {
    /** sendEmail(message) | (recipient, subject, body, options?) | (to, replyTo, subject, body). */
    sendEmail(a: unknown, b?: string, c?: string, d?: string | object) {
      emu.call(
        'MailApp',
        'sendEmail',
        'write',
        {ms: MAIL_MS},
        {deferFaults: true},
      );
      const msg: Record<string, unknown> =
        typeof a === 'object' && a !== null
          ? (a as Record<string, unknown>)
          : typeof d === 'string'
            ? {to: a, replyTo: b, subject: c, body: d}
            : {to: a, subject: b, body: c, ...(d ?? {})};
      const to = String(msg.to ?? '');
      if (!to) throw emu.error('Invalid argument: recipient');
      const count = to.split(',').filter(Boolean).length;
      if (outbox.usedOn(today()) + count > outbox.quota)
        throw emu.error(QUOTA_MESSAGE);
      const options = {...msg};
      delete options.to;
      delete options.subject;
      delete options.body;
      outbox.sent.push({
        at: emu.clock.now(),
        to,
        subject: String(msg.subject ?? ''),
        body: String(msg.body ?? ''),
        options,
      });
      // A fault with afterEffect: the mail went out, then the call failed anyway.
      emu.raiseDeferred();
    },
    getRemainingDailyQuota(): number {
      emu.call('MailApp', 'getRemainingDailyQuota', 'read', {ms: 0});
      return outbox.quota - outbox.usedOn(today());
    },
  };
}
