/** A problem with how skillgap was called or with its input files as a whole: exit code 2, one message. */
export class UsageError extends Error {}
