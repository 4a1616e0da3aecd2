/**
 * A statechart as logic-as-data inside a pure core: xstate v5's pure `transition` function steps
 * a machine snapshot and returns the actions instead of running them. Named actions come back
 * as names (the core turns them into effects); delayed transitions (`after`) come back as
 * xstate.raise / xstate.cancel actions, turned here into set-timer / cancel-timer effects, so
 * every timer of an actor goes through the host, as effects (one timer mechanism).
 *
 * Conventions for the charts stepped here:
 * - guards and delays read the machine's context and the event only; the core puts the facts a
 *   guard needs (the time, "the view is stale", …) on the event it sends;
 * - delays are in µs (the chart never runs on xstate's ms clock; the core schedules its timers);
 * - a delayed transition's timer is named by its xstate event type (`xstate.after.<delay>.<state>`)
 *   and, when it fires, the core sends an event of that type (with its facts) to the machine.
 *
 * Order: timer effects of a step come after its named actions, as an xstate actor defers
 * scheduling to the end of its macrostep; the host then sees the same calls in the same order as
 * when the charts ran in xstate actors, and a run keeps its trace hash.
 */
import { createActor, initialTransition, type AnyMachineSnapshot, type AnyStateMachine, type AnyStateNode, type EventFromLogic, type SnapshotFrom, type StateValue } from 'xstate';
import type { CoreEffect } from './effects.ts';

export type TimerEffect = Extract<CoreEffect, { kind: 'set-timer' | 'cancel-timer' }>;

export interface ChartStep<M extends AnyStateMachine> {
  snapshot: SnapshotFrom<M>;
  /** Named (non-xstate) actions, in order, with their params when the chart gave any. */
  actions: Array<{ type: string; params?: unknown }>;
  timers: TimerEffect[];
}

/** The initial snapshot and its entry actions (input: the machine's, when it takes one). */
export function chartStart<M extends AnyStateMachine>(machine: M, input?: unknown): ChartStep<M> {
  const [snapshot, actions] = (initialTransition as (logic: AnyStateMachine, input?: unknown) => [unknown, Array<{ type: string; params?: unknown }>])(machine, input);
  return split(snapshot as SnapshotFrom<M>, actions);
}

export function chartStep<M extends AnyStateMachine>(machine: M, snapshot: SnapshotFrom<M>, event: EventFromLogic<M>): ChartStep<M> {
  const actions = rememberedActionsWithoutXstate(machine, snapshot, event);
  if (actions === undefined) return chartStepThroughXstate(machine, snapshot, event);
  if (actions instanceof Reentry) {
    if (checkingShortcuts) checkReentry(machine, snapshot, event, actions);
    return { snapshot, actions: actions.actions, timers: actions.timers };
  }
  if (checkingShortcuts) checkShortcut(machine, snapshot, event, actions);
  return { snapshot, actions, timers: [] };
}

/**
 * A step the caller knows leaves the context as it is: `keeps` names the chart's assign that the
 * event's transitions begin with (the hedger's `learn`, which copies the event's facts into the
 * context), and the caller has checked that those facts equal the context already. At a snapshot
 * at rest (xstate ends every macrostep with no eventless transition enabled) whose eventless
 * guards read the context only, an unchanged context enables none again, so when xstate selects
 * no transition, or one targetless, non-re-entering transition whose actions are `keeps` and
 * named ones (no params, no other builtin), the step is the same snapshot and those named
 * actions in order — what xstate's macrostep gives, but for a new context object equal to the
 * old. Anything else goes through xstate. The `checkChartShortcuts` seam compares with xstate.
 */
export function chartStepKeepingContext<M extends AnyStateMachine>(machine: M, snapshot: SnapshotFrom<M>, event: EventFromLogic<M>, keeps: string): ChartStep<M> {
  const actions = actionsKeepingContext(machine, snapshot, event, keeps);
  if (actions === undefined) return chartStepThroughXstate(machine, snapshot, event);
  if (checkingShortcuts) checkKeepingContext(machine, snapshot, event, actions);
  return { snapshot, actions, timers: [] };
}

function actionsKeepingContext(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: { type: string }, keeps: string): ChartStep<AnyStateMachine>['actions'] | undefined {
  if (snapshot.status !== 'active' || event.type.startsWith('xstate.')) return undefined;
  const transitions = machine.getTransitionData(snapshot, event as never);
  if (transitions.length === 0) return [];
  if (transitions.length !== 1) return undefined;
  const names = keptActionsOf(machine, transitions[0] as TransitionDefinition, keeps);
  return names === null ? undefined : names.map((name) => ({ type: name }));
}

/**
 * A named action of the machine's own: a string whose implementation is a plain function (an
 * assign or another builtin carries `resolve`). A name without an implementation is not one:
 * xstate passes it on by name, and such a step goes through xstate.
 */
function namedAction(machine: AnyStateMachine, action: unknown): action is string {
  if (typeof action !== 'string') return false;
  const implementation = (machine.implementations.actions as Record<string, unknown>)[action];
  return typeof implementation === 'function' && !('resolve' in implementation);
}

/** Per transition and kept assign: the named actions after dropping `keeps`, when the transition is targetless, not re-entering, and its actions are `keeps` or named ones; else null. */
const keptActions = new WeakMap<TransitionDefinition, Map<string, readonly string[] | null>>();

function keptActionsOf(machine: AnyStateMachine, transition: TransitionDefinition, keeps: string): readonly string[] | null {
  let byKeeps = keptActions.get(transition);
  if (byKeeps === undefined) keptActions.set(transition, (byKeeps = new Map()));
  let names = byKeeps.get(keeps);
  if (names === undefined) {
    const plain = transition.target === undefined && !transition.reenter && transition.actions.every((action) => action === keeps || namedAction(machine, action));
    names = plain ? (transition.actions as string[]).filter((action) => action !== keeps) : null;
    byKeeps.set(keeps, names);
  }
  return names;
}

function checkKeepingContext<M extends AnyStateMachine>(machine: M, snapshot: SnapshotFrom<M>, event: EventFromLogic<M>, actions: ChartStep<M>['actions']): void {
  const full = chartStepThroughXstate(machine, snapshot, event);
  const was = snapshot as AnyMachineSnapshot;
  const now = full.snapshot as AnyMachineSnapshot;
  const same = JSON.stringify(now.value) === JSON.stringify(was.value) && JSON.stringify(now.context) === JSON.stringify(was.context) && now.status === was.status;
  if (!same || full.timers.length > 0 || full.actions.length !== actions.length || full.actions.some((action, i) => action.type !== actions[i]?.type || action.params !== undefined)) {
    throw new Error(`chart ${machine.id}: ${(event as { type: string }).type} in ${JSON.stringify(was.value)} was answered without xstate (context kept) as [${actions.map((a) => a.type).join(', ')}], but xstate did otherwise`);
  }
}

/** Testing seam (`checkChartShortcuts` in @faultline/actors/testing): every shortcut step also goes through xstate, which must agree. */
let checkingShortcuts = false;

/** @internal Sets the testing seam above; returns the previous setting. */
export function setCheckChartShortcuts(on: boolean): boolean {
  const previous = checkingShortcuts;
  checkingShortcuts = on;
  return previous;
}

function checkShortcut<M extends AnyStateMachine>(machine: M, snapshot: SnapshotFrom<M>, event: EventFromLogic<M>, actions: ChartStep<M>['actions']): void {
  const full = chartStepThroughXstate(machine, snapshot, event);
  if (full.snapshot !== snapshot || full.timers.length > 0 || full.actions.length !== actions.length || full.actions.some((action, i) => action.type !== actions[i]?.type || action.params !== undefined)) {
    throw new Error(`chart ${machine.id}: ${(event as { type: string }).type} in ${JSON.stringify((snapshot as AnyMachineSnapshot).value)} was answered without xstate as [${actions.map((a) => a.type).join(', ')}], but xstate did otherwise`);
  }
}

/**
 * actionsWithoutXstate's outcome remembered per snapshot and event, for events whose facts are all
 * booleans (a trader's BLOCK and TICK, the execution node's GAP and FILLED): guards read the
 * context and the event only (the convention above) and a snapshot at rest is immutable, so the
 * same snapshot and the same facts select the same transitions — xstate's `getTransitionData`,
 * its guards and the named actions' list are then asked once, not at every tick (a cold run steps
 * the charts ~10,000 times through a few dozen such pairs, and xstate's selection ran unoptimised
 * most of it: BENCHMARKS.md, session 31 venue). A re-entry (its timers' delays) is not remembered,
 * nor are events with other facts (numbers: the oracle's, the liquidator's, the external venue's
 * delays), which would only fill the memo. The remembered action lists are frozen: shared.
 */
const THROUGH_XSTATE = Symbol('through xstate');
type Remembered = ChartStep<AnyStateMachine>['actions'] | typeof THROUGH_XSTATE;
/** Per snapshot: outcome by the event's key (booleanFactsKey); at most REMEMBERED_PER_SNAPSHOT keys. */
const remembered = new WeakMap<AnyMachineSnapshot, Map<string, Remembered>>();
const REMEMBERED_PER_SNAPSHOT = 64;

function rememberedActionsWithoutXstate(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: { type: string }): ChartStep<AnyStateMachine>['actions'] | Reentry | undefined {
  const key = booleanFactsKey(event);
  if (key === undefined) return actionsWithoutXstate(machine, snapshot, event);
  let bySnapshot = remembered.get(snapshot);
  const known = bySnapshot?.get(key);
  if (known !== undefined) return known === THROUGH_XSTATE ? undefined : known;
  const actions = actionsWithoutXstate(machine, snapshot, event);
  if (actions instanceof Reentry) return actions;
  if (bySnapshot === undefined) remembered.set(snapshot, (bySnapshot = new Map()));
  if (bySnapshot.size < REMEMBERED_PER_SNAPSHOT) bySnapshot.set(key, actions === undefined ? THROUGH_XSTATE : (Object.freeze(actions.map((action) => Object.freeze(action))) as Remembered));
  return actions;
}

/**
 * The event's type and each other field's name and value, when every other field is a boolean;
 * else undefined (not remembered). Each name length-prefixed: no two events share a key.
 */
function booleanFactsKey(event: { type: string }): string | undefined {
  let key = `${event.type.length}:${event.type}`;
  for (const name in event) {
    if (name === 'type') continue;
    const value = (event as Record<string, unknown>)[name];
    if (value === true) key += `+${name.length}:${name}`;
    else if (value === false) key += `-${name.length}:${name}`;
    else return undefined;
  }
  return key;
}

/**
 * A step answered without xstate's macrostep, when its outcome is plain from the machine's
 * definition: the same snapshot, no timers, and the named actions returned here (undefined:
 * step through xstate). Two cases, both at a snapshot whose active state nodes have no eventless
 * (`always`) transitions and no wildcard descriptors (handledEvents):
 * - no active node names the event (`on`, and `after` as its `xstate.after.…` types): xstate
 *   would select no transition and hand back the same snapshot — a trader's BLOCK in `holding`,
 *   an oracle's PRICE in `reporting`;
 * - it is named: the transition xstate would select is asked of xstate itself
 *   (`machine.getTransitionData`, what its macrostep calls, guards and all); none — a trader's
 *   BLOCK in `trading` while it may trade — is the case above; one targetless transition
 *   (no target, no re-entry) whose actions are all named and none of xstate's own (no assign,
 *   raise, cancel: a targetless step exits and enters nothing, so no timers) — a trader's TICK
 *   that acts — yields those actions, in order, and the same snapshot, as xstate's microstep does.
 * Anything else (a target, several transitions, an action with params or a builtin, xstate's own
 * events other than `after` timers: an unhandled error event stops the machine) goes through
 * xstate, which evaluates the guards again (they read the context and the event only).
 */
function actionsWithoutXstate(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: { type: string }): ChartStep<AnyStateMachine>['actions'] | Reentry | undefined {
  const type = event.type;
  if (type.startsWith('xstate.') && !type.startsWith('xstate.after.')) return undefined;
  let handled = handledBySnapshot.get(snapshot);
  if (handled === undefined) {
    handled = handledEvents(machine, snapshot);
    handledBySnapshot.set(snapshot, handled);
  }
  if (handled === null) return undefined;
  if (!handled.has(type)) return [];
  const transitions = machine.getTransitionData(snapshot, event as never);
  if (transitions.length === 0) return [];
  if (transitions.length !== 1) return undefined;
  const transition = transitions[0] as TransitionDefinition;
  const names = namedActionsOf(machine, transition);
  if (names !== null) return names.map((name) => ({ type: name }));
  const plan = reentryPlanOf(machine, transition);
  return plan === null ? undefined : reentry(machine, snapshot, event, plan);
}

/**
 * A step that re-enters its own state, answered without xstate (the oracle's report time:
 * `reporting` → `reporting`, reenter, `report`): the selected transition re-enters its source,
 * an atomic state whose parent is a compound state (so that state alone is exited and entered),
 * its actions are named ones (no params, no builtin), and the state's exit and entry actions are
 * only those xstate makes for its own delayed transitions (`after`: a cancel of each timer on
 * exit, a delayed raise of each on entry; no entry, exit or invoke of its own). Then xstate's
 * microstep is: the cancels, in the state's exit order; the named actions; the raises, in its
 * entry order, each delay resolved as xstate resolves it (the machine's `delays` implementation
 * by name, or a number); and the same snapshot object (xstate's microstep keeps it when the
 * states and history are unchanged and no action assigns), at rest (the snapshot's active states
 * have no eventless transitions, checked before). A delay that does not resolve to a number
 * (xstate would raise at once) goes through xstate. The `checkChartShortcuts` seam compares.
 */
class Reentry {
  constructor(
    readonly actions: ChartStep<AnyStateMachine>['actions'],
    readonly timers: TimerEffect[],
  ) {}
}

interface ReentryPlan {
  readonly names: readonly string[];
  readonly cancels: readonly string[];
  readonly raises: ReadonlyArray<{ readonly id: string; readonly delay: unknown }>;
}

/** Per transition: its re-entry plan, or null (not such a transition). */
const reentryPlans = new WeakMap<TransitionDefinition, ReentryPlan | null>();

/**
 * xstate's builtin actions (raise, cancel, …) are functions carrying their parameters as
 * properties; a named action is a string or an object without these.
 */
type BuiltinAction = { type?: unknown; id?: unknown; delay?: unknown; sendId?: unknown };

function reentryPlanOf(machine: AnyStateMachine, transition: TransitionDefinition): ReentryPlan | null {
  let plan = reentryPlans.get(transition);
  if (plan === undefined) {
    plan = null;
    const source = transition.source;
    // The state's own entry and exit actions (config.entry / exit) are in source.entry / exit beside
    // the timers' raises and cancels: the checks of those lists below refuse them. Invokes are not
    // in those lists (xstate spawns and stops them apart), so they are refused here.
    const atomic = source.type === 'atomic' && source.parent?.type === 'compound' && source.invoke.length === 0;
    if (transition.reenter && transition.target?.length === 1 && transition.target[0] === source && atomic && transition.actions.every((action) => namedAction(machine, action))) {
      const exits = source.exit as unknown as BuiltinAction[];
      const entries = source.entry as unknown as BuiltinAction[];
      // Each list is checked for what the plan reads, no more: a cancel's id (only xstate's cancel
      // carries a sendId; a computed one, a function, is refused) and a raise's id (a raise without
      // one, which xstate keys by its event's type, is refused; so is a sendTo, which has an id and a
      // delay too). A raise's delay is resolved and checked at each step (reentry: not a number →
      // through xstate) and its event is not read: the timer is keyed by the id.
      const cancels = exits.every((action) => typeof action.sendId === 'string');
      const raises = entries.every((action) => action.type === 'xstate.raise' && typeof action.id === 'string');
      if (cancels && raises) {
        plan = {
          names: (transition.actions as string[]).slice(),
          cancels: exits.map((action) => action.sendId as string),
          raises: entries.map((action) => ({ id: action.id as string, delay: action.delay })),
        };
      }
    }
    reentryPlans.set(transition, plan);
  }
  return plan;
}

function reentry(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: { type: string }, plan: ReentryPlan): Reentry | undefined {
  const timers: TimerEffect[] = [];
  for (const sendId of plan.cancels) timers.push({ kind: 'cancel-timer', timer: sendId });
  const scope = inertScope(machine);
  const delays = machine.implementations.delays as Record<string, unknown>;
  for (const raise of plan.raises) {
    let delay = raise.delay;
    if (typeof delay === 'string') delay = delays[delay];
    if (typeof delay === 'function') delay = delay({ context: snapshot.context, event, self: scope.self, system: scope.system }, undefined);
    if (typeof delay !== 'number') return undefined;
    timers.push({ kind: 'set-timer', timer: raise.id, delayUs: Math.max(0, Math.round(delay)) });
  }
  return new Reentry(
    plan.names.map((name) => ({ type: name })),
    timers,
  );
}

function checkReentry<M extends AnyStateMachine>(machine: M, snapshot: SnapshotFrom<M>, event: EventFromLogic<M>, step: Reentry): void {
  const full = chartStepThroughXstate(machine, snapshot, event);
  const sameActions = full.actions.length === step.actions.length && full.actions.every((action, i) => action.type === step.actions[i]?.type && action.params === undefined);
  if (full.snapshot !== snapshot || !sameActions || JSON.stringify(full.timers) !== JSON.stringify(step.timers)) {
    throw new Error(`chart ${machine.id}: ${(event as { type: string }).type} in ${JSON.stringify((snapshot as AnyMachineSnapshot).value)} was answered without xstate (re-entry) as [${step.actions.map((a) => a.type).join(', ')}] ${JSON.stringify(step.timers)}, but xstate did otherwise`);
  }
}

/** Per snapshot (a chart at rest keeps its snapshot object): the event types it has transitions for, or null (always through xstate). */
const handledBySnapshot = new WeakMap<AnyMachineSnapshot, ReadonlySet<string> | null>();

function handledEvents(machine: AnyStateMachine, snapshot: AnyMachineSnapshot): ReadonlySet<string> | null {
  if (snapshot.status !== 'active') return null;
  const handled = new Set<string>();
  const visit = (node: AnyStateNode, value: StateValue | undefined): boolean => {
    if (node.always?.length) return false;
    for (const descriptor of node.transitions.keys()) {
      if (descriptor === '*' || descriptor.endsWith('.*')) return false;
      handled.add(descriptor);
    }
    if (value === undefined) return true;
    if (typeof value === 'string') {
      const child = node.states[value];
      return child !== undefined && visit(child, undefined);
    }
    for (const [key, childValue] of Object.entries(value)) {
      const child = node.states[key];
      if (child === undefined || !visit(child, childValue)) return false;
    }
    return true;
  };
  return visit(machine.root, snapshot.value as StateValue) ? handled : null;
}

type TransitionDefinition = ReturnType<AnyStateMachine['getTransitionData']>[number];

/** Per transition: its action names when it is targetless, not re-entering, and every action is a named one of the machine's (no params, no builtin); else null. */
const namedActions = new WeakMap<TransitionDefinition, readonly string[] | null>();

function namedActionsOf(machine: AnyStateMachine, transition: TransitionDefinition): readonly string[] | null {
  let names = namedActions.get(transition);
  if (names === undefined) {
    const plain = transition.target === undefined && !transition.reenter && transition.actions.every((action) => namedAction(machine, action));
    names = plain ? (transition.actions as string[]).slice() : null;
    namedActions.set(transition, names);
  }
  return names;
}

/** @internal chartStep without the shortcut below: every event through xstate's `transition` (for the test that compares them). */
export function chartStepThroughXstate<M extends AnyStateMachine>(machine: M, snapshot: SnapshotFrom<M>, event: EventFromLogic<M>): ChartStep<M> {
  const scope = inertScope(machine);
  const actions: Array<{ type: string; params?: unknown }> = [];
  scope.actionExecutor = (action) => void actions.push(action);
  const next = machine.transition(snapshot, event, scope as never);
  scope.actionExecutor = ignore;
  return split(next as SnapshotFrom<M>, actions);
}

/**
 * What xstate's pure `transition` does, with the inert actor scope made once per machine: xstate
 * builds a new inert actor for every call (createActor, which computes the machine's initial
 * snapshot), ~7 % of a venue simulation. The scope's members are no-ops but the action collector;
 * reusing it is the same step for these charts, which spawn and invoke nothing.
 */
interface InertScope {
  self: unknown;
  system: unknown;
  actionExecutor: (action: { type: string; params?: unknown }) => void;
}
const scopes = new WeakMap<AnyStateMachine, InertScope>();
const ignore = (): void => {};
function inertScope(machine: AnyStateMachine): InertScope {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine);
    scope = { self, defer: ignore, id: '', logger: ignore, sessionId: '', stopChild: ignore, system: self.system, emit: ignore, actionExecutor: ignore } as InertScope;
    scopes.set(machine, scope);
  }
  return scope;
}

function split<S>(snapshot: S, executable: ReadonlyArray<{ type: string; params?: unknown }>): { snapshot: S; actions: ChartStep<AnyStateMachine>['actions']; timers: TimerEffect[] } {
  const actions: ChartStep<AnyStateMachine>['actions'] = [];
  const timers: TimerEffect[] = [];
  for (const action of executable) {
    if (action.type === 'xstate.raise') {
      const params = action.params as { id?: string; delay?: number; event: { type: string } };
      if (params.delay === undefined) throw new Error(`chart: an immediate raise of ${params.event.type} (use a transition)`);
      timers.push({ kind: 'set-timer', timer: params.id ?? params.event.type, delayUs: Math.max(0, Math.round(params.delay)) });
    } else if (action.type === 'xstate.cancel') {
      timers.push({ kind: 'cancel-timer', timer: (action.params as { sendId: string }).sendId });
    } else if (action.type.startsWith('xstate.')) {
      throw new Error(`chart: unsupported xstate action ${action.type}`);
    } else {
      actions.push(action.params === undefined ? { type: action.type } : { type: action.type, params: action.params });
    }
  }
  return { snapshot, actions, timers };
}
