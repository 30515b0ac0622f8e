/** Builds dist/ (`npm run build`) unless it is already built from the current sources. */
export declare function buildOnce(): Promise<void>;
