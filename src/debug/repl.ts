// The Lua API at a prompt, with `vm` bound: each entry is evaluated as a
// test's code is (VM calls work), its values printed readably, an error
// printed without ending the session. A line that does not finish a
// statement continues on the next (each entry is its own chunk, as in lua(1):
// locals do not outlive it, globals do); Ctrl-D or ".exit" ends the session.
import { createInterface } from "node:readline";
import { evaluate, incomplete } from "./evaluate.ts";
import type { Terminal } from "./shell.ts";
import type { DebugSession } from "./target.ts";

export async function runRepl(session: DebugSession, terminal: Terminal): Promise<number> {
  const { input, output } = terminal;
  output.write(`Provium Lua REPL: \`vm\` is VM ${session.vm.name}; try vm:exec("uname -a"). Ctrl-D or .exit leaves.\n`);
  const rl = createInterface({ input, output, prompt: "> ", terminal: true, historySize: 500 });
  let pending = "";
  let busy = false;
  rl.on("SIGINT", () => {
    if (busy) return; // the evaluation goes on; it cannot be stopped halfway
    pending = "";
    output.write("^C\n");
    rl.setPrompt("> ");
    rl.prompt();
  });
  rl.prompt();
  for await (const line of rl) {
    const code = pending ? `${pending}\n${line}` : line;
    if (!pending && line.trim() === ".exit") break;
    if (code.trim() === "") {
      rl.prompt();
      continue;
    }
    if (incomplete(session.lf, code)) {
      pending = code;
      rl.setPrompt(">> ");
      rl.prompt();
      continue;
    }
    pending = "";
    busy = true;
    rl.pause();
    const result = await evaluate(session.lf, code);
    busy = false;
    if (result.ok) for (const value of result.values) output.write(`${value}\n`);
    else output.write(`error: ${result.error}\n`);
    rl.setPrompt("> ");
    rl.resume();
    rl.prompt();
  }
  rl.close();
  return 0;
}
