/**
 * The node flags a `faultline` command runs under, and the one restart that gives them to a
 * command started without them. Plain JavaScript: the bin reads it before it loads anything else.
 *
 * `faultline sim`, `check` and `compare` run under `--v8-pool-size=0`: V8's background threads
 * (TurboFan's compiles, the GC's helpers) are as many as the machine's cores less one, instead of
 * node's fixed four. A simulation is one busy JS thread, and a cold one hands TurboFan about as
 * much work as the thread itself does (BENCHMARKS.md, "Session 33 venue"). On two cores, four
 * compile threads and the simulation's thread take turns on both cores: in a cold 120 virtual s
 * baseline run the simulation's thread waited 0.27–0.42 s for a core beside ~0.9 s of its own
 * CPU, and under load blocked in glibc's pthread_cond_signal while posting compile jobs to threads
 * not yet running. With one background thread it keeps a core to itself and waits 0.003–0.16 s;
 * TurboFan has the other core, as before (BENCHMARKS.md, "Session 35 venue"). `check` and `compare` run their simulations
 * one after another on the main thread the same way (the campaign bench's one-core figure: ×1.15–1.46
 * per wall minute). Not replay, whose two JS threads and 400 MiB heap lean on the GC's helpers: it
 * measured no gain and up to 7 % less. Not a command that handles SIGINT itself (`worker`, `up`): a
 * terminal's Ctrl-C reaches both processes, and the copy passed on would be its second.
 *
 * A command whose node already has a flag of the same name (the user's own, or the restarted
 * process's) runs as it is. FAULTLINE_NODE_FLAGS=0 runs every command in the first process with
 * node's defaults (the A/B of the restart; a machine where the restart is not wanted). A SIGKILL
 * of the first process cannot be passed on: the second runs to its end (node has no parent-death
 * signal), as a simulation's own synchronous run would not notice either.
 */
import { spawn } from 'node:child_process';

export const NODE_FLAGS_ENV = 'FAULTLINE_NODE_FLAGS';

/** Flags by command (the first argument that is not an option). */
const ONE_BACKGROUND_THREAD_PER_SPARE_CORE = ['--v8-pool-size=0'];
const COMMAND_FLAGS = { sim: ONE_BACKGROUND_THREAD_PER_SPARE_CORE, check: ONE_BACKGROUND_THREAD_PER_SPARE_CORE, compare: ONE_BACKGROUND_THREAD_PER_SPARE_CORE };

/** The signals a restarted command's first process passes on to it. */
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** The node flags `args` (the command line after the bin) runs under: none unless its command has some and FAULTLINE_NODE_FLAGS is not 0. */
export function commandNodeFlags(args, env = process.env) {
  const setting = env[NODE_FLAGS_ENV];
  if (setting !== undefined && setting !== '' && setting !== '0' && setting !== '1') {
    throw new Error(`${NODE_FLAGS_ENV}=${setting}: expected 1 (the command's node flags, the default) or 0 (node's defaults)`);
  }
  if (setting === '0') return [];
  const command = args.find((arg) => !arg.startsWith('-'));
  return command !== undefined && Object.hasOwn(COMMAND_FLAGS, command) ? [...COMMAND_FLAGS[command]] : [];
}

/**
 * The restarted process's node arguments (this node's own flags, then the command's, then the bin
 * and its arguments), or undefined when the command runs here: it has no flags, or this node
 * already has each of them by name.
 */
export function restartArgs(execArgv, binPath, args, env = process.env) {
  const flags = commandNodeFlags(args, env);
  const name = (flag) => flag.split('=')[0];
  const missing = flags.filter((flag) => !execArgv.some((given) => name(given) === name(flag)));
  return missing.length === 0 ? undefined : [...execArgv, ...missing, binPath, ...args];
}

/**
 * Runs node with `nodeArgs` (stdio inherited) and ends as it ended: its exit code, or the signal
 * that ended it raised again here. The forwarded signals go on to it while it runs (a terminal's
 * Ctrl-C reaches both processes; a supervisor's SIGTERM reaches only this one).
 */
export function runRestarted(nodeArgs) {
  return new Promise((resolve) => {
    // Registered in the same tick as the spawn: no signal can be handled before the child exists.
    const forward = (signal) => child.kill(signal);
    for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
    const child = spawn(process.execPath, nodeArgs, { stdio: 'inherit' });
    child.on('error', (error) => {
      for (const signal of FORWARDED_SIGNALS) process.removeListener(signal, forward);
      process.stderr.write(`faultline: could not restart node with ${nodeArgs.join(' ')}: ${error.message} (${NODE_FLAGS_ENV}=0 runs without the restart)\n`);
      resolve(3);
    });
    child.on('exit', (code, signal) => {
      for (const name of FORWARDED_SIGNALS) process.removeListener(name, forward);
      if (signal !== null) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}
