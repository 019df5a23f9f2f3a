// The kernel owns the mail path (staff mail such as password resets uses it too).
export {
  folderTransport,
  type MailTransport,
  type OutgoingMail,
  smtpTransport,
} from '@city-app/server';
