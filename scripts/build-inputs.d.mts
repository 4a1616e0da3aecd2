/** Types of build-inputs.mjs. */
export declare const REPO: string;
export declare const DIST: string;
export declare const HASH_FILE: string;
export declare const CLI_BUNDLE: string;
export declare function buildInputs(): string[];
export declare function inputsHash(): string;
export declare function builtHash(): string;
