// A failure setup knows how to explain: what failed, and what the user should
// do about it. Anything else that is thrown is reported by its message only.
import { ProviumError } from "../util/errors.ts";

export class SetupError extends ProviumError {
  override name = "SetupError";
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}
