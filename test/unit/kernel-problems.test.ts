// Which console lines count as the guest kernel reporting a problem.
import assert from "node:assert/strict";
import { test } from "node:test";
import { firstKernelProblem } from "../../src/engine/kernel-problems.ts";

test("the start of each kind of kernel report is recognised, with or without a timestamp", () => {
  const reports = [
    "[   12.345678] WARNING: CPU: 1 PID: 57 at fs/inode.c:330 drop_nlink+0x2b/0x30",
    "WARNING: CPU: 0 PID: 1 at kernel/smp.c:912 smp_call_function_many_cond+0x3a/0x3c0",
    "[    3.100000] WARNING: possible circular locking dependency detected",
    "[    3.100000] WARNING: suspicious RCU usage",
    "[    5.000000] BUG: kernel NULL pointer dereference, address: 0000000000000000",
    "[    5.000000] BUG: sleeping function called from invalid context at mm/slab.h:723",
    "[    5.000000] BUG: KASAN: slab-out-of-bounds in foo+0x10/0x20",
    "[    5.000000] kernel BUG at mm/slub.c:4361!",
    "[    5.000000] Oops: 0000 [#1] PREEMPT SMP NOPTI",
    "[    5.000000] general protection fault, probably for non-canonical address 0xdead000000000100: 0000 [#1] SMP",
    "[    5.000000] UBSAN: array-index-out-of-bounds in drivers/foo.c:10:5",
    "[  242.000000] INFO: task kworker/0:1:12 blocked for more than 120 seconds.",
    "[   60.000000] rcu: INFO: rcu_preempt self-detected stall on CPU",
    "[   60.000000] rcu: INFO: rcu_sched detected stalls on CPUs/tasks:",
    // arm64 (arch/arm64/mm/fault.c, arch/arm64/kernel/traps.c)
    "[    7.123456] Unable to handle kernel NULL pointer dereference at virtual address 0000000000000000",
    "[    7.123456] Unable to handle kernel paging request at virtual address ffff80000a5b0000",
    "[    7.200000] Internal error: Oops: 0000000096000005 [#1] SMP",
    "[    7.200000] Internal error: Oops - BUG: 00000000f2000800 [#1] PREEMPT SMP",
    "[    7.200000] Internal error: Oops - Undefined instruction: 0000000002000000 [#1] SMP",
    "[    8.000000] SError Interrupt on CPU0, code 0x00000000bf000002 -- SError",
    "[    8.000000] Insufficient stack space to handle exception!",
    "[    9.000000] WARNING: CPU: 0 PID: 1 at kernel/smp.c:912 smp_call_function_many_cond+0x3a0/0x4a0",
  ];
  for (const line of reports) assert.equal(firstKernelProblem(`[    0.1] boot\r\n${line}\r\n[    9.9] after\n`), line.replace(/^\[\s*[\d.]+\]\s*/, ""), line);
});

test("ordinary boot lines that mention bugs or sanitizers are not reports", () => {
  const ordinary = [
    "[    0.000000] ACPI BIOS Error (bug): Could not resolve symbol [\\_SB.PCI0], AE_NOT_FOUND",
    "[    0.120000] kasan: KernelAddressSanitizer initialized",
    "[    0.130000] kfence: initialized - using 2097152 bytes for 255 objects",
    "[    0.200000] RETBleed: WARNING: Spectre v2 mitigation leaves CPU vulnerable to RETBleed attacks, data leaks possible!",
    "[    0.300000] Spectre V2 : WARNING: Unprivileged eBPF is enabled with eIBRS on, data leaks possible via Spectre v2 BHB attacks!",
    "[    1.000000] provium-agent: serving on org.provium.agent (protocol 1)",
    "[    1.100000] x86/mm: Checked W+X mappings: passed, no W+X pages found.",
    "[    1.200000] rcu: Hierarchical RCU implementation.",
    "[    0.000000] Booting Linux on physical CPU 0x0000000000 [0x411fd070]",
    "[    0.000000] GICv2m: range[mem 0x08020000-0x08020fff], SPI[80:143]",
    "[    0.500000] Serial: AMBA PL011 UART driver",
  ];
  assert.equal(firstKernelProblem(ordinary.join("\n")), undefined);
});
