/** Types of scripts/build.mjs, for the bench that starts the built server. */
export declare const root: string;
export declare const serverBundle: string;
export declare function ensureClient(force?: boolean): Promise<void>;
export declare function ensureServer(force?: boolean): Promise<void>;
