// `provium shell` and `provium repl`, carried out: open the VM, attach the
// terminal (or run the one command), then stop the VM and remove what it
// made — also when opening fails or the command throws.
import { UsageError } from "../util/errors.ts";
import { runRepl } from "./repl.ts";
import type { DebugRequest } from "./request.ts";
import { ESCAPE_NAME, interactiveShell, runCommandIn, type Terminal } from "./shell.ts";
import { openTarget, type DebugSession } from "./target.ts";

const say = (line: string) => process.stderr.write(`provium: ${line}\n`);

/** The terminal, or a usage error naming the way to use the command without one. */
function terminal(command: string, instead: string): Terminal {
  if (!process.stdin.isTTY || !process.stdout.isTTY) throw new UsageError(`provium ${command} is interactive and stdin or stdout is not a terminal: ${instead}`);
  return { input: process.stdin, output: process.stdout };
}

async function withSession(request: DebugRequest, body: (session: DebugSession) => Promise<number>): Promise<number> {
  const session = await openTarget(request, { status: say, onLog: (line) => process.stdout.write(`${line}\n`) });
  try {
    return await body(session);
  } finally {
    await session.close();
  }
}

export async function shellCommand(request: DebugRequest, command?: string): Promise<number> {
  const tty = command === undefined ? terminal("shell", 'give the command with -c "command"') : undefined;
  return withSession(request, async ({ vm }) => {
    if (!tty) return runCommandIn(vm, command!, process.stdout, process.stderr);
    say(`a shell in VM ${vm.name}: Ctrl-C goes to the guest, ${ESCAPE_NAME} leaves; the VM stops when the shell ends`);
    return interactiveShell(vm, tty, { TERM: process.env.TERM ?? "linux" });
  });
}

export async function replCommand(request: DebugRequest): Promise<number> {
  const tty = terminal("repl", "run a Lua file with `provium run` instead");
  return withSession(request, (session) => runRepl(session, tty));
}
