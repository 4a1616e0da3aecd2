/**
 * `faultline up --observer`: a read-only broker user for the run, so anyone can attach their own
 * tools (the `nats` CLI, a notebook, a dashboard). It may subscribe to every subject of this run
 * (`faultline.<run>.>`: blocks, votes, orders, fills, oracle reports, the durable logs and the
 * stream's copies of their stored entries, `stored.<actor>`: log records, not envelopes) and publish
 * nothing — not even on its own subjects (the broker denies `>`), so it cannot disturb the run.
 * Its password is random per run and goes only into the run's nats.conf and a file of the run
 * directory readable by its owner alone (0600), removed at the end unless --keep-credentials.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { randomPassword, type BrokerUser } from '@faultline/runtime/nats';
import { wireSubject } from '@faultline/runtime';

export const OBSERVER_USER = 'observer';
export const OBSERVER_CREDENTIALS_FILE = 'observer.env';

export interface ObserverAccess {
  /** The broker user to add to the run's nats.conf. */
  readonly user: BrokerUser;
  /** The subject that covers the whole run. */
  readonly subject: string;
  readonly credentialsPath: string;
  /** Writes the credentials file (0600) once the broker's URL is known; returns the lines to print. */
  publish(url: string): string[];
  /** Removes the credentials file unless it is to be kept; returns what it did, to print. */
  finish(): string;
}

/** The observer's user: subscribe to the run, publish nothing (an empty allow list is a deny of `>`). */
export function observerUser(runId: string): BrokerUser {
  return { user: OBSERVER_USER, password: randomPassword(), publish: [], subscribe: [wireSubject(runId, '>')] };
}

export function observerAccess(runId: string, runDir: string, options: { keepCredentials?: boolean } = {}): ObserverAccess {
  const user = observerUser(runId);
  const subject = wireSubject(runId, '>');
  const credentialsPath = join(runDir, OBSERVER_CREDENTIALS_FILE);
  let written = false;
  return {
    user,
    subject,
    credentialsPath,
    publish(url) {
      // KEY=value lines: `. observer.env` in a shell, or read by any client.
      writeFileSync(credentialsPath, `# faultline up --observer: read-only broker user of run ${runId}\nNATS_URL=${url}\nNATS_USER=${user.user}\nNATS_PASSWORD=${user.password}\nFAULTLINE_SUBJECT=${subject}\n`, { mode: 0o600 });
      written = true;
      const shown = relative(process.cwd(), credentialsPath).startsWith('..') ? credentialsPath : relative(process.cwd(), credentialsPath);
      return [
        `observer: read-only broker user "${user.user}" (subscribe ${subject}, publish nothing); credentials in ${credentialsPath} (mode 0600)`,
        `observer: nats sub --server ${url} --user ${user.user} --password "$(sed -n 's/^NATS_PASSWORD=//p' ${shown})" '${subject}'`,
      ];
    },
    finish() {
      if (!written) return '';
      if (options.keepCredentials) return `observer: credentials kept in ${credentialsPath} (--keep-credentials); the broker and its users are gone with the run`;
      rmSync(credentialsPath, { force: true });
      return `observer: credentials file removed`;
    },
  };
}
