/** Types of ensure-deps.mjs for the TypeScript that imports it (the browser test finds chromium the same way). */
export declare const PROGRAMS: Record<'nats-server' | 'chromium', { names: string[]; env: string; apt: string }>;
export declare const NEEDS: Record<'start' | 'test' | 'ci', Array<'nats-server' | 'chromium'>>;
export declare function findProgram(name: 'nats-server' | 'chromium', env?: NodeJS.ProcessEnv): string | undefined;
export declare function installCommand(packages: string[], env?: NodeJS.ProcessEnv): string;
export declare function ensureDeps(options?: { purpose?: 'start' | 'test' | 'ci'; env?: NodeJS.ProcessEnv; log?: (line: string) => void }): { ok: boolean; found: Record<string, string>; missing: string[]; command: string };
export declare const NODE_MIN: [number, number];
export declare function nodeTooOld(version?: string): string | undefined;
