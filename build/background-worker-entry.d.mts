export declare const BACKGROUND_WORKER_ENTRY: string;
