/**
 * The nemesis of `faultline up`: the simulator's fault-schedule format carried out on wall time
 * from the run's start — kill -9 and restart, SIGSTOP/SIGCONT, a broker restart, and the
 * app-level network faults as control messages every service's host applies.
 */
import { faultToCommand, type FaultEvent, type FaultSchedule } from '@faultline/runtime';
import type { NatsServerHandle } from '@faultline/runtime/nats';
import type { faultline } from '@faultline/protocol';
import type { BrokerCluster } from './broker-cluster.ts';
import type { Supervisor } from './supervisor.ts';

export interface NemesisOptions {
  schedule: FaultSchedule;
  supervisor: Supervisor;
  /** The broker this run started (a broker-restart needs it). */
  server: NatsServerHandle | undefined;
  /** The cluster this run started (broker-kill and broker-partition need it). */
  cluster?: BrokerCluster | undefined;
  url: string;
  /** Writes a record to the run's event log. */
  record(body: Omit<faultline.v1.ILogRecord, 'seq' | 'timeUs'>): void;
  /** Publishes a network fault to every service (control.faults). */
  publishFault(fault: faultline.v1.IFaultCommand): void;
  /** One line per fault carried out and per broker restart finished (stderr of a run without --json). */
  say?: (line: string) => void;
}

export class Nemesis {
  private readonly timers: NodeJS.Timeout[] = [];
  brokerRestarts = 0;
  brokerKills = 0;
  brokerPartitions = 0;
  /** Node kills and restarts under way: healCluster() waits for them. */
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: NemesisOptions) {}

  /**
   * `elapsedUs`: how much of the schedule's clock has already run when the nemesis starts. A
   * schedule's times count from the run's start (the observer judges recovery bounds on that
   * clock), and the nemesis starts only after the broker, the observer and the services are up.
   */
  start(elapsedUs = 0): void {
    this.options.schedule.faults.forEach((fault, index) => this.at(fault.atUs - elapsedUs, () => this.apply(fault, index + 1)));
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
  }

  /** At the end of a run: every killed node restarted and every route healed, so the replicas can be compared. */
  async healCluster(): Promise<void> {
    const cluster = this.options.cluster;
    if (!cluster) return;
    await Promise.all(this.inFlight);
    cluster.heal();
    await Promise.all(cluster.nodes.filter((n) => n.down).map((n) => cluster.restart(n)));
  }

  private track(work: Promise<void>): void {
    const done = work.catch((error: Error) => {
      process.stderr.write(`[faultline up] nemesis: ${error.message}\n`);
    });
    this.inFlight.add(done);
    void done.finally(() => this.inFlight.delete(done));
  }

  private brokerNodeFault(fault: Extract<FaultEvent, { kind: 'broker-kill' | 'broker-partition' }>): void {
    const { cluster, record } = this.options;
    if (!cluster) {
      process.stderr.write(`[faultline up] nemesis: ${fault.kind} skipped — this run has no broker cluster (--cluster N)\n`);
      return;
    }
    if (fault.kind === 'broker-kill') {
      const nodes = cluster.selected(fault.nodes).filter((n) => !n.down);
      for (const node of nodes) {
        this.brokerKills++;
        record({ lifecycle: { actorId: node.name, change: 'crashed' } });
        this.track(cluster.kill(node));
      }
      if (fault.durationUs === undefined) return;
      this.at(fault.durationUs, () => {
        for (const node of nodes) {
          this.track(
            (async () => {
              await Promise.all(this.inFlight);
              await cluster.restart(node);
              record({ lifecycle: { actorId: node.name, change: 'restarted' } });
            })(),
          );
        }
      });
      return;
    }
    this.brokerPartitions++;
    cluster.partition(fault.groups);
    if (fault.durationUs !== undefined) this.at(fault.durationUs, () => cluster.heal());
  }

  private at(us: number, action: () => void): void {
    this.timers.push(setTimeout(action, Math.max(0, us / 1000)));
  }

  private apply(fault: FaultEvent, faultId: number): void {
    const { supervisor, record } = this.options;
    record({ fault: faultToCommand(fault, faultId) });
    this.options.say?.(`${fault.kind}${'actors' in fault ? ` ${fault.actors.join(' ')}` : ''}${'durationUs' in fault && typeof fault.durationUs === 'number' ? ` for ${(fault.durationUs / 1e6).toFixed(1)} s` : ''}`);
    if (fault.kind === 'crash') {
      for (const s of supervisor.selected(fault.actors)) {
        s.held = true;
        s.child?.kill('SIGKILL');
        record({ lifecycle: { actorId: s.spec.id, change: 'crashed' } });
      }
      if (fault.durationUs === undefined) return;
      this.at(fault.durationUs, () => {
        for (const s of supervisor.selected(fault.actors)) {
          supervisor.restart(s);
          record({ lifecycle: { actorId: s.spec.id, change: 'restarted' } });
        }
      });
    } else if (fault.kind === 'pause') {
      for (const s of supervisor.selected(fault.actors)) {
        s.paused = true;
        s.child?.kill('SIGSTOP');
      }
      if (fault.durationUs === undefined) return;
      this.at(fault.durationUs, () => {
        for (const s of supervisor.selected(fault.actors)) {
          s.paused = false;
          s.child?.kill('SIGCONT');
        }
      });
    } else if (fault.kind === 'broker-restart') {
      const server = this.options.server;
      if (!server) {
        process.stderr.write(`[faultline up] nemesis: broker-restart skipped — the broker at ${this.options.url} was not started by this run\n`);
        return;
      }
      record({ lifecycle: { actorId: 'nats-server', change: 'crashed' } });
      this.brokerRestarts++;
      void server.restart({ downMs: fault.durationUs / 1000 }).then(
        () => {
          record({ lifecycle: { actorId: 'nats-server', change: 'restarted' } });
          this.options.say?.('the broker is back');
        },
        (error: Error) => process.stderr.write(`[faultline up] nemesis: the broker did not come back: ${error.message}\n`),
      );
    } else if (fault.kind === 'broker-kill' || fault.kind === 'broker-partition') {
      this.brokerNodeFault(fault);
    } else if (fault.kind === 'crash-after-vote') {
      // runUpScenario refuses a schedule with one (liveRefusal); never acted on live.
      process.stderr.write(`[faultline up] nemesis: crash-after-vote skipped — the simulator's only\n`);
    } else if (fault.kind === 'restart') {
      for (const s of supervisor.selected(fault.actors)) supervisor.restart(s);
    } else if (fault.kind === 'resume') {
      for (const s of supervisor.selected(fault.actors)) {
        s.paused = false;
        s.child?.kill('SIGCONT');
      }
    } else {
      // A heal also heals the broker's routes (as in the schedule format: it ends every partition).
      if (fault.kind === 'heal') this.options.cluster?.heal();
      this.options.publishFault(faultToCommand(fault, faultId));
    }
  }
}
