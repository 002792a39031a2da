// Mail to citizens goes out through a port: the email channel (src/channels/email.ts) plugs its
// SMTP transport in when it starts (ctx.mailer); listeners that mail citizens use it.

export interface OutgoingMail {
  ticketId: number;
  to: string;
  subject: string;
  lines: string[];
  /** The citizen's message this answers: the mail goes into their thread. */
  inReplyTo: string | null;
}

export interface Mailer {
  /** Sends one mail and records it on the ticket's email contact; false when it could not be sent. */
  send(mail: OutgoingMail): Promise<boolean>;
}
