/**
 * Supervision for `faultline up`: every actor its own OS process, restarted with backoff when
 * it exits unexpectedly (a new incarnation), held down or paused when the nemesis says so. The
 * services' stderr is watched for broker refusals (the `broker-permissions` invariant).
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { ActorSpec } from '@faultline/actors';
import { spawnActorProcess, stopActorProcess, writeSpecFile } from './actor-processes.ts';

const RESTART_BACKOFF_MS = [500, 1_000, 2_000, 5_000];

export interface Service {
  spec: ActorSpec;
  specPath: string;
  child: ChildProcess | undefined;
  incarnation: number;
  /** Why it is not running: the nemesis holds it down, or it exited and awaits a restart. */
  held: boolean;
  paused: boolean;
  restarts: number;
  /**
   * Each incarnation's history, in order: whether its actor started (its started line), how it
   * ended (exit code, -1 for a signal; undefined while it runs) and who ended it when the service
   * did not — what the run's judgement of services that never came up reads, and its exits.
   */
  incarnations: IncarnationRecord[];
  report: unknown;
}

export interface IncarnationRecord {
  incarnation: number;
  started: boolean;
  exit?: number | null;
  /**
   * Who ended it when it was not the service itself: the nemesis (a crash fault) or the run's own
   * stop. Set from the supervisor's state when the exit is seen, which can be after the stop began
   * for an exit the service made on its own: a positive exit code is always the service's own.
   */
  endedBy?: 'nemesis' | 'run-stop';
}

/** A service's exit codes so far, in order (-1: a signal): one per incarnation that ended. */
export function serviceExits(service: Pick<Service, 'incarnations'>): Array<number | null> {
  return service.incarnations.flatMap((r) => (r.exit === undefined ? [] : [r.exit]));
}

export interface SupervisorOptions {
  specs: readonly ActorSpec[];
  runDir: string;
  url: string;
  /** The URL (list) service number `index` of specs connects to: a cluster spreads services over its nodes. */
  urlFor?: (index: number) => string;
  runId: string;
  seed: number;
  epochUs: number;
  credentialsEnv(actorId: string): Record<string, string>;
  /** The first broker refusal of the run, as it is seen (`broker-permissions` fails then, not at the end). */
  onFirstBrokerRefusal?: (detail: string) => void;
}

export class Supervisor {
  readonly services = new Map<string, Service>();
  /** Publishes and subscriptions the broker refused (actorSubjects and an actor disagree): how many, and the first. */
  readonly brokerRefusals = { count: 0, first: '' };
  private stopping = false;
  private readonly deferred: Service[] = [];

  constructor(private readonly options: SupervisorOptions) {}

  /** Registers every service and spawns it, except those `later` picks: they wait for startDeferred() (staged-start.ts). */
  startAll(options: { later?: (spec: ActorSpec) => boolean } = {}): void {
    for (const spec of this.options.specs) {
      const specPath = writeSpecFile(join(this.options.runDir, 'specs'), spec);
      const service: Service = { spec, specPath, child: undefined, incarnation: 1, held: false, paused: false, restarts: 0, incarnations: [], report: undefined };
      this.services.set(spec.id, service);
      if (options.later?.(spec)) this.deferred.push(service);
      else this.spawn(service);
    }
  }

  /** Spawns the services startAll held back (once; one the nemesis holds down, or already restarted, is left alone). */
  startDeferred(): void {
    for (const service of this.deferred.splice(0)) if (!service.child && !service.held && !this.stopping) this.spawn(service);
  }

  /** The services an actor selector list names (ids, or prefixes ending in `*`). */
  selected(actors: readonly string[]): Service[] {
    return [...this.services.values()].filter((s) => actors.some((a) => (a.endsWith('*') ? s.spec.id.startsWith(a.slice(0, -1)) : a === s.spec.id)));
  }

  /** Is this actor's process running and not paused? */
  isUp(actorId: string): boolean {
    const service = this.services.get(actorId);
    return Boolean(service?.child && !service.paused);
  }

  /** Starts a held or exited service again, as a new incarnation. */
  restart(service: Service): void {
    service.held = false;
    if (service.child || this.stopping) return;
    service.incarnation++;
    this.spawn(service);
  }

  async stopAll(): Promise<void> {
    this.stopping = true;
    await Promise.all([...this.services.values()].map(async (s) => s.child && stopActorProcess(s.child, { paused: s.paused })));
  }

  private spawn(service: Service): void {
    const { runId, seed, epochUs, runDir } = this.options;
    const record: IncarnationRecord = { incarnation: service.incarnation, started: false };
    service.incarnations.push(record);
    const child = spawnActorProcess({
      spec: service.spec,
      specPath: service.specPath,
      url: this.options.urlFor?.(this.options.specs.indexOf(service.spec)) ?? this.options.url,
      runId,
      seed,
      epochUs,
      incarnation: service.incarnation,
      logPath: join(runDir, 'logs', `${service.spec.id}.log`),
      env: this.options.credentialsEnv(service.spec.id),
      onReport: (report) => (service.report = report),
      onStarted: () => (record.started = true),
      onStderrLine: (line) => {
        if (!line.includes('Permissions Violation')) return;
        let reason = line;
        try {
          reason = String((JSON.parse(line) as { reason?: unknown }).reason ?? line);
        } catch {
          // not a pino line: keep it whole
        }
        if (this.brokerRefusals.count++ === 0) {
          this.brokerRefusals.first = `${service.spec.id}: ${reason}`;
          this.options.onFirstBrokerRefusal?.(this.brokerRefusals.first);
        }
      },
    });
    child.once('exit', (code, signal) => {
      record.exit = code ?? (signal ? -1 : null);
      // held: the nemesis killed it (hold/crash); stopping: the run's own stop.
      if (service.held) record.endedBy = 'nemesis';
      else if (this.stopping) record.endedBy = 'run-stop';
      if (service.child === child) service.child = undefined;
      if (this.stopping || service.held) return;
      // An unexpected exit: restart with backoff (supervision), a new incarnation.
      const delay = RESTART_BACKOFF_MS[Math.min(service.restarts, RESTART_BACKOFF_MS.length - 1)] as number;
      service.restarts++;
      setTimeout(() => {
        if (this.stopping || service.held || service.child) return;
        service.incarnation++;
        this.spawn(service);
      }, delay);
    });
    service.child = child;
  }
}
