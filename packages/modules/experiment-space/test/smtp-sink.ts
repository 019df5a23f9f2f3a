import { createServer, type Server, type Socket } from 'node:net';

/** A message the sink received: envelope and raw RFC 5322 text. */
export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/**
 * A minimal SMTP server on 127.0.0.1 for tests: it speaks just enough of RFC 5321 (EHLO,
 * MAIL, RCPT, DATA, RSET, NOOP, QUIT) to take messages and keep them. `failNext` makes the
 * next DATA fail with a temporary error, to test retries.
 */
export async function startSmtpSink(): Promise<{
  url: string;
  mails: ReceivedMail[];
  failNext(count?: number): void;
  close(): Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  let failures = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let data: string[] = [];
    let from = '';
    let to: string[] = [];
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 sink.test ESMTP');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let index = buffer.indexOf('\r\n');
      while (index >= 0) {
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            if (failures > 0) {
              failures -= 1;
              reply('451 4.3.0 try again later');
            } else {
              mails.push({ from, to, raw: data.join('\r\n') });
              reply('250 2.0.0 queued');
            }
            data = [];
          } else data.push(line.startsWith('..') ? line.slice(1) : line);
        } else {
          const verb = line.slice(0, 4).toUpperCase();
          if (verb === 'EHLO' || verb === 'HELO') reply('250 sink.test');
          else if (verb === 'MAIL') {
            from = /<([^>]*)>/.exec(line)?.[1] ?? '';
            to = [];
            reply('250 2.1.0 ok');
          } else if (verb === 'RCPT') {
            to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
            reply('250 2.1.5 ok');
          } else if (verb === 'DATA') {
            inData = true;
            reply('354 end with <CRLF>.<CRLF>');
          } else if (verb === 'QUIT') {
            reply('221 bye');
            socket.end();
          } else if (verb === 'RSET' || verb === 'NOOP') reply('250 ok');
          else reply('502 5.5.1 not implemented');
        }
        index = buffer.indexOf('\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    failNext(count = 1) {
      failures += count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
