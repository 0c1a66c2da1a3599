// Errors a user can act on. They print as one line (no stack): the message
// names the thing that is wrong and how to fix it.
export class ProviumError extends Error {
  override name = "ProviumError";
}

/** A usage or configuration error: the CLI's exit status 2. */
export class UsageError extends ProviumError {
  override name = "UsageError";
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
