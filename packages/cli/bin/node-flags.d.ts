/** Types of node-flags.js. */
export declare const NODE_FLAGS_ENV: string;
export declare function commandNodeFlags(args: readonly string[], env?: NodeJS.ProcessEnv): string[];
export declare function restartArgs(execArgv: readonly string[], binPath: string, args: readonly string[], env?: NodeJS.ProcessEnv): string[] | undefined;
export declare function runRestarted(nodeArgs: readonly string[]): Promise<number>;
