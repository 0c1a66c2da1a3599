#!/bin/sh
# What a program can rely on in the system it runs in, as sorted lines
# "SECTION NAME DETAIL…": /dev, mounts, /etc, writable places, limits, the
# environment, hostname, network, identity, process state, sysctls, loaded
# modules and the processes around it. Run the same way in a Provium guest
# and after a systemd boot of Debian (scripts/systemd-reference/), two
# outputs compare line by line: what varies from boot to boot (pids,
# counters, random ids, the hostname's value, how many ttys or loop devices
# there are) is left out or normalized. POSIX sh and the tools busybox has
# too (find, stat -c, awk, ip), so it runs under busybox, dash and bash.
# docs/guest-environment.md says what differs and why.

# The parts of a /dev name that are the hardware's or a setting's: numbered
# series show once as NAME*, udev's by-id/by-path/… links not at all (their
# directories do).
DEV_SERIES='^(tty|ttyS|vcs|vcsa|vcsu|loop|pts/|hvc|vport[0-9]+p|cpu/|input/event|input/mouse|bsg/[0-9:]+|sg|rtc|dri/card|dri/renderD)[0-9]+$'
DEV_HARDWARE_LINKS='^(disk|char|block|serial|input|virtio-ports)/|^(disk|char|block|serial)/by-'

# awk helpers shared by the sections below
AWK_HEX='function hex(s,   i, n) { n = 0; s = tolower(s); for (i = 1; i <= length(s); i++) n = n * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1; return n }'

dev_section() {
  find /dev -mindepth 1 ! -type l -exec stat -c '%n|%F|%t|%T|%a|%U|%G' {} + 2>/dev/null |
    awk -F'|' -v series="$DEV_SERIES" -v hw="$DEV_HARDWARE_LINKS" "$AWK_HEX"'
      {
        name = substr($1, 6)
        if (name ~ hw && $2 != "directory") next
        shown = name
        if (name ~ series) sub(/[0-9]+$/, "*", shown)
        sub(/^cpu\/[0-9]+\//, "cpu/*/", shown)
        if ($2 == "character special file" || $2 == "block special file")
          printf "dev %s %s %d:%s\n", shown, substr($2, 1, 1), hex($3), shown == name ? hex($4) : "*"
        else
          printf "dev %s %s\n", shown, $2 == "directory" ? "dir" : $2 == "socket" ? "socket" : $2 == "fifo" ? "fifo" : "file"
        printf "devmode %s %s %s:%s\n", shown, $5, $6, $7
      }'
  find /dev -mindepth 1 -type l 2>/dev/null | while read -r link; do
    name=${link#/dev/}
    if echo "$name" | grep -Eq "$DEV_HARDWARE_LINKS"; then continue; fi
    echo "dev $name link $(readlink "$link")"
  done
}

# Target, type and the options a program notices (read-only, nosuid, nodev, noexec).
mount_section() {
  awk '{
    n = split($4, opts, ","); keep = ""
    for (i = 1; i <= n; i++) if (opts[i] ~ /^(ro|rw|nosuid|nodev|noexec)$/) keep = keep (keep == "" ? "" : ",") opts[i]
    print "mount", $2, $3, keep
  }' /proc/self/mounts
}

# The /etc files libc, shells and common tools read, and the entries of the ones tests look up.
etc_section() {
  for f in passwd group shadow gshadow hosts hostname nsswitch.conf resolv.conf host.conf localtime timezone \
    machine-id mtab os-release shells fstab services protocols networks ld.so.cache ld.so.conf profile environment \
    login.defs subuid subgid securetty inputrc; do
    p=/etc/$f
    if [ -L "$p" ]; then echo "etc $f link $(readlink "$p")"
    elif [ -s "$p" ]; then echo "etc $f file"
    elif [ -e "$p" ]; then echo "etc $f empty"
    fi
  done
  [ -r /etc/machine-id ] && grep -Eq '^[0-9a-f]{32}$' /etc/machine-id && echo "etc machine-id valid"
  awk -F: '{ print "passwd", $1, $3, $4, $6, $7 }' /etc/passwd 2>/dev/null
  awk -F: '{ print "group", $1, $3 }' /etc/group 2>/dev/null
  host=$(hostname)
  awk -v host="$host" '!/^[ \t]*(#|$)/ {
    line = ""
    for (i = 1; i <= NF; i++) line = line " " ($i == host ? "<hostname>" : $i)
    print "hosts" line
  }' /etc/hosts 2>/dev/null
  awk '!/^[ \t]*(#|$)/ { $1 = $1; print "nsswitch", $0 }' /etc/nsswitch.conf 2>/dev/null
}

# Where a program can write, with the directory's mode.
places_section() {
  for d in /tmp /var/tmp /run /run/lock /var/lock /dev/shm /dev/mqueue /root "$HOME" "$XDG_RUNTIME_DIR" /var/log /var/cache; do
    [ -n "$d" ] || continue
    if [ ! -d "$d" ]; then echo "place $d missing"; continue; fi
    probe="$d/.inventory-probe.$$"
    if (: >"$probe") 2>/dev/null; then w=writable; rm -f "$probe"; else w=read-only; fi
    echo "place $d $(stat -L -c %a "$d") $w"
  done
  for f in /run/utmp /var/log/wtmp /var/log/lastlog /dev/log /run/initctl /var/run /var/lock /etc/mtab; do
    if [ -L "$f" ]; then echo "file $f link $(readlink "$f")"
    elif [ -S "$f" ]; then echo "file $f socket"
    elif [ -p "$f" ]; then echo "file $f fifo"
    elif [ -d "$f" ]; then echo "file $f dir"
    elif [ -e "$f" ]; then echo "file $f file"
    fi
  done
}

# /proc/self/limits has fixed columns: name (26), soft (21), hard (21).
limits_section() {
  awk 'NR > 1 {
    name = substr($0, 1, 26); soft = substr($0, 27, 21); hard = substr($0, 48, 21)
    gsub(/^ +| +$/, "", name); gsub(/ /, "_", name); gsub(/ /, "", soft); gsub(/ /, "", hard)
    print "limit", name, soft, hard
  }' /proc/self/limits
}

# Every variable's name; the value of those a program's behaviour depends on.
# PWD, OLDPWD, SHLVL and _ are the shell's own, set by whichever shell runs this.
env_section() {
  env | awk -F= '/^[A-Za-z_][A-Za-z0-9_]*=/ {
    name = $1
    if (name ~ /^(PWD|OLDPWD|SHLVL|_)$/) next
    value = substr($0, length(name) + 2)
    if (name ~ /^(PATH|HOME|TERM|LANG|LANGUAGE|LC_[A-Z]+|SHELL|USER|LOGNAME|TZ|MAIL|TMPDIR|XDG_RUNTIME_DIR)$/) print "env", name, value
    else print "env", name
  }'
}

system_section() {
  host=$(hostname)
  etc_name=$(head -n 1 /etc/hostname 2>/dev/null)
  case "$host" in
    "(none)" | "") echo "hostname unset" ;;
    "$etc_name") echo "hostname as /etc/hostname" ;;
    localhost) echo "hostname localhost" ;;
    *) echo "hostname set, not as /etc/hostname" ;;
  esac
  echo "umask $(umask)"
  echo "id user $(id -un) group $(id -gn) groups $(id -Gn | tr ' ' '\n' | sort | tr '\n' ' ' | sed 's/ $//')"
  sed 's/^/cgroup self /' /proc/self/cgroup
  [ -r /sys/fs/cgroup/cgroup.controllers ] && echo "cgroup controllers $(cat /sys/fs/cgroup/cgroup.controllers)"
  [ -r /sys/fs/cgroup/cgroup.subtree_control ] && echo "cgroup root-subtree_control $(cat /sys/fs/cgroup/cgroup.subtree_control)"
  echo "status oom_score_adj $(cat /proc/self/oom_score_adj)"
  awk '/^(Cap(Inh|Prm|Eff|Bnd|Amb)|NoNewPrivs|Seccomp|SigBlk|SigIgn|Cpus_allowed_list):/ { print "status", substr($1, 1, length($1) - 1), $2 }' /proc/self/status
  # field 19 of /proc/PID/stat is the nice value; fields count after the ")" that ends the command name
  awk '{ sub(/^.*\) /, ""); print "status nice", $17 }' /proc/self/stat
  echo "time zone $(date +%Z)"
  [ "$(date +%Y)" -ge 2024 ] && echo "time clock set"
}

net_section() {
  for i in /sys/class/net/*; do
    [ -e "$i" ] || continue
    echo "net ${i##*/} flags $(cat "$i/flags") $(cat "$i/operstate")"
  done
  ip -o addr show 2>/dev/null | awk '{ print "addr", $2, $3, $4 }'
  # route type, destination, device and table (busybox and iproute2 word the rest differently)
  ip route show table all 2>/dev/null | awk '{
    line = ""
    for (i = 1; i <= NF; i++) {
      if ($i ~ /^(proto|scope|src|metric|pref|linkdown)$/) { if ($i != "linkdown") i++; continue }
      line = line " " $i
    }
    print "route" line
  }'
}

# Every readable sysctl but the counters and random values that change on their own.
sysctl_section() {
  host=$(hostname)
  grep -rs '' /proc/sys 2>/dev/null | awk -v host="$host" '{
    colon = index($0, ":"); name = substr($0, 11, colon - 11); value = substr($0, colon + 1)
    gsub("/", ".", name)
    if (name ~ /^kernel\.random\.(boot_id|uuid|entropy_avail)$|^kernel\.(ns_last_pid|pty\.nr|perf_event_max_sample_rate|hostname)$|^fs\.(dentry-state|inode-nr|inode-state|file-nr|aio-nr|quota\.)|^fs\.binfmt_misc\.|^net\.netfilter\.nf_conntrack_count$/) next
    # per-interface settings: lo, all and default are what every system has
    if (name ~ /^net\.ipv[46]\.(conf|neigh)\./) { split(name, part, "."); if (part[4] !~ /^(all|default|lo)$/) next }
    gsub(/[ \t]+/, " ", value)
    print "sysctl", name, value
  }'
}

# Loaded modules, and the user-space processes outside this one's session (init, daemons, …).
processes_section() {
  awk '{ print "module", $1 }' /proc/modules 2>/dev/null
  own=$(awk '{ sub(/^.*\) /, ""); print $4 }' /proc/self/stat)
  cat /proc/[0-9]*/stat 2>/dev/null | awk -v own="$own" '{
    start = index($0, "("); end = 0
    for (i = length($0); i > start; i--) if (substr($0, i, 1) == ")") { end = i; break }
    comm = substr($0, start + 1, end - start - 1); rest = substr($0, end + 2)
    split(rest, f, " ")
    if (int(f[7] / 2097152) % 2) next # PF_KTHREAD: a kernel thread
    if (f[4] != own) print "process", comm
  }'
}

{
  dev_section
  mount_section
  etc_section
  places_section
  limits_section
  env_section
  system_section
  net_section
  sysctl_section
  processes_section
} | LC_ALL=C sort -u
