// The size limit as its own leaf module: the VS Code client reads the default too, without
// bundling the parser.

/** Files larger than this (UTF-8 bytes) are not parsed, by default. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
