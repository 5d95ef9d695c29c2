/** A mistake in how a command was used: reported as one line with exit status 1, no stack trace. */
export class UsageError extends Error {}
