// A test passes only if the guest kernel stayed healthy while it ran: a
// WARNING, BUG, Oops or sanitizer report on a VM's console during the test
// fails it, since a kernel test that passes over a splat hides the bug it
// exists to find. A test that provokes one on purpose says so with
// { allow_kernel_warnings = true } (and can read it from vm:console()).
import { CRASH_STARTS } from "../ktap/kernel-log.ts";
import { consoleSize, readConsoleFrom } from "../vm/console-log.ts";
import type { Vm } from "../vm/vm.ts";
import { consoles, type Outcome } from "./thread.ts";

/** How the kernel's reports of trouble begin (WARN, BUG, oopses, lockdep, sanitizers, hangs, stalls). */
const REPORT_STARTS = [
  String.raw`WARNING: CPU: \d+ PID: \d+`,
  String.raw`WARNING: (?:possible circular locking|possible recursive locking|inconsistent lock state|suspicious RCU usage|bad unlock balance|held lock freed|lock held when returning|nested lock was not taken)`,
  ...CRASH_STARTS,
  String.raw`(?:KASAN|UBSAN|KFENCE|KMSAN|KCSAN): `,
  String.raw`INFO: task \S+ blocked for more than`,
  String.raw`(?:rcu: )?INFO: rcu\S* (?:self-)?detected stalls?`,
];
/** A console line that starts a report, after the printk timestamp. */
const KERNEL_PROBLEM = new RegExp(String.raw`^(?:\[\s*[\d.]+\]\s*)?((?:${REPORT_STARTS.join("|")}).*)$`, "m");

/** The first line of a kernel report in console text, if any. */
export function firstKernelProblem(text: string): string | undefined {
  return KERNEL_PROBLEM.exec(text.replace(/\r/g, ""))?.[1]?.trim();
}

export interface KernelProblem {
  vm: string;
  line: string;
}

/** Where each VM's console stood when a test started; VMs made later count from their start. */
export class ConsoleMarks {
  private readonly marks = new Map<Vm, number>();

  constructor(vms: Vm[]) {
    for (const vm of vms) this.marks.set(vm, vm.consoleLogPath ? consoleSize(vm.consoleLogPath) : 0);
  }

  /** The first problem each VM's kernel reported since the mark. */
  problems(vms: Vm[]): KernelProblem[] {
    return vms.flatMap((vm) => {
      if (!vm.consoleLogPath) return [];
      const line = firstKernelProblem(readConsoleFrom(vm.consoleLogPath, this.marks.get(vm) ?? 0));
      return line ? [{ vm: vm.name, line }] : [];
    });
  }
}

/**
 * A passed test fails when a guest kernel reported a problem while it ran;
 * the failure points at the test's line and shows those VMs' consoles.
 * `during` names what ran when it is not a test (a fixture script, a file's
 * top level), which cannot opt out with allow_kernel_warnings.
 */
export function checkKernelHealth(outcome: Outcome, marks: ConsoleMarks, vms: Vm[], where: { file: string; line: number }, during?: string): Outcome {
  if (outcome.status !== "passed") return outcome;
  const problems = marks.problems(vms);
  if (problems.length === 0) return outcome;
  const what = problems.map((p) => `[${p.vm}] ${p.line}`).join("; ");
  const hint = during
    ? " (for a kernel known to warn: provium run --allow-kernel-warnings, or the action's allow-kernel-warnings input)"
    : " (if the test expects it: test(name, { allow_kernel_warnings = true }, fn))";
  const message = `the guest kernel reported a problem while ${during ?? "this test"} ran: ${what}${hint}`;
  const involved = vms.filter((vm) => problems.some((p) => p.vm === vm.name));
  return { status: "failed", failure: { kind: "failure", message, ...where, testLine: where.line, traceback: "", consoles: consoles(involved) } };
}
