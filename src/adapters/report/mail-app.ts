// The report summary e-mail through MailApp: plain text, no attachments.
import type {MailPort} from '../../app/report/ports';

/** MailApp with its daily quota. */
export const mailAppPort: MailPort = {
  remainingDailyQuota: () => MailApp.getRemainingDailyQuota(),
  send(to, subject, body) {
    MailApp.sendEmail({to: to.join(','), subject, body});
  },
};
