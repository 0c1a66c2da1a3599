// What a guest gives programs, against what a systemd boot of Debian gives
// them: scripts/guest-inventory.sh's lines from a guest and from the systemd
// reference (test/data/systemd-inventory.txt, scripts/systemd-reference/),
// and the differences that are accepted, each with its reason. Any other
// difference fails test/guest/guest-userspace.test.ts; so does an accepted
// one that no guest shows any more (the list says only what is true).
// docs/guest-environment.md tells the same in prose.

export type Guest = "minimal" | "distro" | "fixture";
export const GUESTS: readonly Guest[] = ["minimal", "distro", "fixture"];
/** The fixture is a resumed minimal guest: the same differences. */
const BUSYBOX: readonly Guest[] = ["minimal", "fixture"];

/** A line only the reference has ("missing" from the guest), or only the guest ("extra"). */
export interface Difference {
  side: "missing" | "extra";
  line: string;
}

export interface Accepted {
  side: Difference["side"] | "either";
  /** the whole line */
  line: RegExp;
  guests: readonly Guest[];
  /** only when the other side has a line matching this too (built from the line's first two words) */
  sameName?: true;
  why: string;
}

const ANY = GUESTS;

export const ACCEPTED: readonly Accepted[] = [
  // Daemons: the agent is PID 1 and starts none of them (each needs a daemon; a test starts what it needs).
  {
    side: "missing", line: /^process (systemd|systemd-journal|systemd-udevd|systemd-logind|dbus-daemon|agetty|\(sd-pam\))$/, guests: ANY,
    why: "the daemons of a systemd boot (journald, udevd, logind, D-Bus, the login's getty and user manager) need a daemon each; the agent runs none",
  },
  { side: "extra", line: /^process agent$/, guests: ANY, why: "the agent is PID 1 in place of systemd" },
  {
    side: "either", line: /^cgroup self 0::\/(user\.slice\/user-0\.slice\/session-\d+\.scope)?$/, guests: ANY,
    why: "systemd puts each process in a unit's cgroup (a login in its session scope); the guest's processes are in the root cgroup, below which a test makes its own (with cpu, memory and pids enabled, as systemd enables them)",
  },
  // udev: links named after the hardware, device ownership, modules for the hardware it finds.
  {
    side: "missing", line: /^(dev|devmode) (block|char|disk|disk\/by-[a-z]+|input|input\/by-path|virtio-ports)( |$)/, guests: ANY,
    why: "udev's directories of links named after the hardware (/dev/disk/by-uuid, /dev/block/MAJ:MIN, …) need udevd; the guest's disks are /dev/vdX in the order Provium attaches them",
  },
  {
    side: "either", line: /^devmode /, sameName: true, guests: ANY,
    why: "udev's rules give device nodes their group and mode (tty, disk, kvm, kmem, dialout): on the guest they are root's, which matters only to a test that drops root",
  },
  {
    side: "missing",
    line: /^(module (aesni_intel|ata_generic|ata_piix|button|crc32_pclmul|crc32c_intel|crct10dif_pclmul|cryptd|crypto_simd|evdev|ghash_clmulni_intel|irqbypass|kvm|kvm_amd|libata|qemu_fw_cfg|scsi_common|scsi_mod|serio_raw|sha1_ssse3|sha256_ssse3|sha512_generic|sha512_ssse3)|dev kvm c 10:232|devmode kvm 660 root:kvm|sysctl dev\.scsi\.logging_level 0)$/,
    guests: ANY,
    why: "udev loads a module for each device and CPU feature it finds (kvm for the CPU's virtualization, the IDE controller, crypto); the guest loads what it needs to boot and what systemd loads on every machine",
  },
  {
    side: "missing", line: /^module (autofs4|ip_tables|x_tables|efi_pstore)$/, guests: ANY,
    why: "systemd's own: autofs for its automount points, ip_tables for its firewall hooks, efi_pstore for EFI variables (these guests boot without EFI)",
  },
  {
    side: "missing", line: /^(module (fuse|dm_mod)|mount \/sys\/fs\/fuse\/connections fusectl rw,nosuid,nodev,noexec)$/, guests: ANY,
    why: "systemd loads fuse and dm_mod at boot; the guest loads each when /dev/fuse or /dev/mapper/control is first opened (30 ms of boot each under TCG), and fusectl can then be mounted",
  },
  // journald, logind, login(1), the getty and systemd's own files.
  {
    side: "missing", line: /^(dev log link \/run\/systemd\/journal\/dev-log|file \/dev\/log link \/run\/systemd\/journal\/dev-log)$/, guests: ANY,
    why: "/dev/log is journald's socket: without a syslog daemon, syslog(3) messages are dropped, as on any system without one",
  },
  {
    side: "missing", line: /^(group (input|sgx|kvm|render|messagebus|systemd-journal|systemd-network) \d+|passwd (messagebus|systemd-network) .*)$/, guests: ANY,
    why: "the users and groups systemd, udev and D-Bus make for their daemons and udev's device rules",
  },
  {
    side: "missing", line: /^(dev initctl link \/run\/initctl|file \/run\/initctl fifo)$/, guests: ANY,
    why: "systemd's compatibility pipe for SysV init's telinit",
  },
  {
    side: "missing", line: /^(env XDG_RUNTIME_DIR \/run\/user\/0|env XDG_SESSION_(CLASS|ID|TYPE)|place \/run\/user\/0 700 writable|mount \/run\/user\/0 tmpfs rw,nosuid,nodev)$/, guests: ANY,
    why: "logind's session of a login: the guest's commands are not a login session (they run as services do)",
  },
  {
    side: "missing", line: /^env (HUSHLOGIN|MOTD_SHOWN|MAIL \/var\/mail\/root)$/, guests: ANY,
    why: "set by login(1) and its PAM modules for someone reading the console",
  },
  {
    side: "either", line: /^env TERM (vt220|linux)$/, guests: ANY,
    why: "agetty's for a serial terminal; the guest's commands have no terminal (pipes), and a shell's pty gets the host terminal's TERM",
  },
  {
    side: "missing", line: /^mount \/run\/credentials\/[a-z-]+\.service ramfs ro,nosuid,nodev,noexec$/, guests: ANY,
    why: "systemd's per-service credentials",
  },
  {
    side: "missing", line: /^mount \/proc\/sys\/fs\/binfmt_misc autofs rw$/, guests: ANY,
    why: "systemd's automount point under binfmt_misc; the agent mounts binfmt_misc itself",
  },
  {
    side: "missing", line: /^mount \/run\/lock tmpfs rw,nosuid,nodev,noexec$/, guests: ANY,
    why: "Debian mounts a small tmpfs of its own on /run/lock; on the guest it is a directory of /run, writable by everyone as there",
  },
  {
    side: "either", line: /^sysctl kernel\.ctrl-alt-del [01]$/, guests: ANY,
    why: "systemd takes Ctrl-Alt-Del as a signal; with the agent as init the kernel reboots at once (no test presses it)",
  },
  // What Provium's guests are made of.
  {
    side: "either", line: /^mount \/ (ext4|rootfs|overlay) rw$/, guests: ANY,
    why: "the guest's root is in memory (minimal) or an overlay over a read-only image (distro): each VM writes only its own copy",
  },
  {
    side: "extra", line: /^mount \/(usr\/)?lib\/modules\/[^ ]+ ext4 ro$/, guests: ANY,
    why: "the kernel's modules, a read-only image Provium attaches, where a distribution installs them in its root",
  },
  { side: "extra", line: /^mount \/tmp tmpfs rw,nosuid,nodev$/, guests: ANY, why: "a tmpfs, as on Debian 13 and most distributions (bookworm keeps /tmp on the root disk)" },
  { side: "extra", line: /^(dev vdb b 254:16|devmode vdb 600 root:root|module overlay)$/, guests: ["distro"], why: "the distro guest's root is a second image (the first is the modules') under an overlay" },
  {
    side: "either", line: /^limit Max_(pending_signals|processes) \d+ \d+$/, guests: ANY,
    why: "the kernel derives them from the memory free when it starts; the reference's 15 MiB initramfs takes more of the same 256 MiB than Provium's",
  },
  {
    side: "either",
    line: /^sysctl (fs\.epoll\.max_user_watches|kernel\.threads-max|net\.ipv4\.inet_peer_threshold|net\.ipv4\.(tcp|udp)_mem|net\.ipv4\.tcp_[rw]mem|user\.max_[a-z]+_namespaces|vm\.(admin|user)_reserve_kbytes|vm\.min_free_kbytes) [\d ]+$/,
    guests: ANY,
    why: "derived from the memory free at boot, as above",
  },
  // The busybox guest: no distribution around the kernel.
  {
    side: "missing",
    line: /^etc (environment|fstab|gshadow|host\.conf|inputrc|ld\.so\.cache|ld\.so\.conf|localtime|login\.defs|os-release|profile|resolv\.conf|shadow|subgid|subuid|timezone) /,
    guests: BUSYBOX,
    why: "files of Debian's packages (base-files, login, libc-bin, tzdata, …): static busybox reads none of them, and there is no network to resolve names on",
  },
  {
    side: "missing", line: /^passwd _apt .*$/, guests: BUSYBOX,
    why: "apt's user: the busybox guest has no apt",
  },
  {
    side: "either", line: /^(passwd root 0 0 \/root \/bin\/(bash|sh)|env SHELL \/bin\/(bash|sh))$/, guests: BUSYBOX,
    why: "busybox has no bash: root's shell is /bin/sh",
  },
  {
    side: "either", line: /^status SigIgn 000000000000000[04]$/, guests: BUSYBOX,
    why: "busybox's sh runs a single command (sh -c 'prog') by exec without restoring SIGQUIT, which it ignores itself: such a program starts with SIGQUIT ignored (vm:exec with an argument list does not)",
  },
];

/** The lines of an inventory, without comments. */
export function inventoryLines(text: string): Set<string> {
  return new Set(text.split("\n").filter((line) => line !== "" && !line.startsWith("#")));
}

export function differences(reference: Set<string>, guest: Set<string>): Difference[] {
  return [
    ...[...reference].filter((line) => !guest.has(line)).map((line) => ({ side: "missing" as const, line })),
    ...[...guest].filter((line) => !reference.has(line)).map((line) => ({ side: "extra" as const, line })),
  ];
}

/** The name a line is about: its first two words ("devmode tty*"). */
const nameOf = (line: string) => line.split(" ").slice(0, 2).join(" ");

function accepts(rule: Accepted, d: Difference, guest: Guest, other: Set<string>): boolean {
  if (!rule.guests.includes(guest) || (rule.side !== "either" && rule.side !== d.side) || !rule.line.test(d.line)) return false;
  return !rule.sameName || [...other].some((line) => nameOf(line) === nameOf(d.line));
}

/** The differences no accepted rule explains, and the rules that explained some. */
export function explain(reference: Set<string>, actual: Set<string>, guest: Guest, rules: readonly Accepted[] = ACCEPTED) {
  const unexplained: Difference[] = [];
  const used = new Set<Accepted>();
  for (const d of differences(reference, actual)) {
    const other = d.side === "missing" ? actual : reference;
    const rule = rules.find((r) => accepts(r, d, guest, other));
    if (rule) used.add(rule);
    else unexplained.push(d);
  }
  return { unexplained, used };
}
