/** Types of scripts/build.mjs, for the bench that starts the built server. */
export declare const root: string;
export declare const serverBundle: string;
export declare function ensureClient(): Promise<void>;
export declare function ensureServer(): Promise<void>;
