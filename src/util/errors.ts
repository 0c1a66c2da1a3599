// Errors a user can act on. They print as one line (no stack): the message
// names the thing that is wrong and how to fix it.
export class ProviumError extends Error {
  override name = "ProviumError";
}

/** A usage or configuration error: the CLI's exit status 2. */
export class UsageError extends ProviumError {
  override name = "UsageError";
}

/**
 * The kernel under test (or its initrd or modules) is missing or is no
 * kernel: a usage error for a run, but what a build that did not make it
 * leaves behind, so `run --git-bisect` says "skip" (125) and bisect skips it.
 */
export class KernelUnusableError extends UsageError {
  override name = "KernelUnusableError";
}

/** What check() throws, as the kernel under test's mistake. */
export function kernelUnusable<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw error instanceof ProviumError && !(error instanceof KernelUnusableError) ? new KernelUnusableError(error.message) : error;
  }
}

/** A VM failed (boot timeout, panic, QEMU died): carries the console tail. */
export class VmError extends ProviumError {
  override name = "VmError";
  constructor(
    message: string,
    readonly consoleTail: string,
    readonly consoleLogPath: string,
  ) {
    super(`${message}\n--- last lines of the console (full log: ${consoleLogPath}) ---\n${consoleTail}`);
  }
}

/** The agent answered a request with an error (e.g. ENOENT from read_file). */
export class AgentError extends ProviumError {
  override name = "AgentError";
  constructor(
    readonly op: string,
    message: string,
    readonly errno: number,
  ) {
    super(`${op}: ${message}`);
  }
}
