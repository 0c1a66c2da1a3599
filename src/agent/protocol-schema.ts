// generated from protocol/agent.json by scripts/gen-protocol.mjs: do not edit

export const PROTOCOL_VERSION = 5;
export const AGENT_PORT_NAME = "org.provium.agent";
export const FRAME = { magic: "PRVM", headerBytes: 8, maxBytes: 67108864, reserveBytes: 65536 } as const;

/** A syscall argument: integer (bigint beyond 2^53), string, or buffer. */
export type SyscallArg = number | bigint | string | null | { in: Uint8Array } | { inout: Uint8Array } | { out: number };

export type ArgType = "u32" | "i32" | "u64" | "i64" | "bool" | "str" | "bytes" | "str_list" | "str_map" | "syscall_args" | "record_list" | "enum";
export type ResultType = "u32" | "i32" | "u64" | "i64" | "bool" | "str" | "bytes" | "bytes_list" | "record_list";
/** expected: what a value must be, in words (the agent's errors say the same). */
export interface ArgSpec { readonly type: ArgType; readonly expected: string; readonly required?: boolean; readonly max?: number; readonly why_max?: string; readonly fields?: Readonly<Record<string, ArgSpec>>; readonly values?: readonly string[] }
export interface ResultSpec { readonly type: ResultType; readonly nullable?: boolean; readonly fields?: Readonly<Record<string, ResultSpec>> }
export interface OpSpec { readonly doc: string; readonly args: Readonly<Record<string, ArgSpec>>; readonly result: Readonly<Record<string, ResultSpec>> }

export interface OpTypes {
  /** Handshake: the agent refuses a host of another protocol version; sets the guest clock. */
  hello: { args: { version: number; time_ns?: number | bigint }; result: { version: number; kernel: string; pid: number } };
  /** Runs argv (or cmd through /bin/sh -c) to completion, with a deadline and bounded output. */
  exec: { args: { argv?: string[]; cmd?: string; env?: Record<string, string>; cwd?: string; stdin?: Uint8Array; timeout_ms?: number; max_output?: number | bigint }; result: { code: number | null; signal: number | null; stdout: Uint8Array; stderr: Uint8Array; timed_out: boolean; truncated: boolean } };
  /** Starts argv (or cmd through /bin/sh -c) in its own session and returns at once; with pty, on a new pseudo-terminal (rows x cols) as its controlling terminal, stdin, stdout and stderr (all output then comes as stdout); its stdout and stderr are kept in bounded buffers (beyond max_output the newest bytes are dropped and counted) until proc_read takes them. */
  spawn: { args: { argv?: string[]; cmd?: string; env?: Record<string, string>; cwd?: string; stdin?: Uint8Array; max_output?: number | bigint; pty?: boolean; rows?: number; cols?: number }; result: { handle: number; pid: number } };
  /** Takes up to max bytes of what a spawned process's stdout or stderr holds, waiting up to timeout_ms while it is empty; eof once the stream ended and everything was taken. */
  proc_read: { args: { handle: number; stream: "stdout" | "stderr"; max?: number | bigint; timeout_ms?: number }; result: { data: Uint8Array; eof: boolean; dropped: number | bigint; exited: boolean; code: number | null; signal: number | null } };
  /** Writes data to a spawned process's stdin, waiting up to timeout_ms for it to take all of it. */
  proc_write: { args: { handle: number; data: Uint8Array; timeout_ms?: number }; result: Record<string, never> };
  /** Closes a spawned process's stdin: it reads EOF. */
  proc_close_stdin: { args: { handle: number }; result: Record<string, never> };
  /** Sends a signal to a spawned process, or to its whole process group. */
  proc_signal: { args: { handle: number; signal: number; group?: boolean }; result: Record<string, never> };
  /** Waits up to timeout_ms (0: only looks) for a spawned process to exit. */
  proc_wait: { args: { handle: number; timeout_ms?: number }; result: { exited: boolean; code: number | null; signal: number | null } };
  /** Sets the window size of a spawned process's pseudo-terminal (its foreground process group gets SIGWINCH). */
  proc_resize: { args: { handle: number; rows: number; cols: number }; result: Record<string, never> };
  /** Forgets a handle, after sending signal (when given) to the process group. A process still running keeps running with its output discarded, and is reaped when it exits. The result is the status from before the signal. */
  proc_release: { args: { handle: number; signal?: number }; result: { exited: boolean; code: number | null; signal: number | null } };
  /** A raw x86-64 system call by number or name; out and inout buffers come back. */
  syscall: { args: { nr?: number; name?: string; args: SyscallArg[] }; result: { ret: number | bigint; errno: number; buffers: Uint8Array[] } };
  /** A file's bytes from offset (read to EOF: proc and sys files report size 0), up to max bytes; truncated when more remain. */
  read_file: { args: { path: string; offset?: number | bigint; max?: number | bigint }; result: { data: Uint8Array; truncated: boolean } };
  /** Writes (or appends) data to a file; an explicit mode wins over the umask and the existing mode. */
  write_file: { args: { path: string; data: Uint8Array; mode?: number; append?: boolean }; result: Record<string, never> };
  /** mount(2), creating the target directory and its parents. */
  mount: { args: { source?: string; target: string; fstype: string; flags?: number | bigint; data?: string }; result: Record<string, never> };
  /** Creates files, directories and symlinks in order (vm:push): parent directories are made as needed; a file entry writes data at offset (truncating first when asked), so a large file travels as several entries. */
  put_files: { args: { entries: Array<{ path: string; kind: "file" | "dir" | "symlink"; mode?: number; data?: Uint8Array; offset?: number | bigint; truncate?: boolean; target?: string }> }; result: { written: number | bigint } };
  /** What lies at path (vm:pull): the entry itself (path "") and, for a directory, everything under it, without following symlinks; kind is file, dir, symlink or other (a device, FIFO or socket). */
  list_tree: { args: { path: string; max_entries?: number }; result: { entries: Array<{ path: string; kind: string; mode: number; size: number | bigint; target: string }> } };
  /** Answers once no other request is in flight: the host then snapshots the guest. */
  quiesce: { args: Record<string, never>; result: Record<string, never> };
  /** Syncs and powers the guest off shortly after answering. */
  shutdown: { args: Record<string, never>; result: Record<string, never> };
}

export const OP_SPECS: { readonly [O in keyof OpTypes]: OpSpec } = {
  "hello": {
    "doc": "Handshake: the agent refuses a host of another protocol version; sets the guest clock.",
    "args": {
      "version": {
        "type": "u32",
        "required": true,
        "expected": "an unsigned 32-bit integer"
      },
      "time_ns": {
        "type": "u64",
        "expected": "an unsigned 64-bit integer"
      }
    },
    "result": {
      "version": {
        "type": "u32"
      },
      "kernel": {
        "type": "str"
      },
      "pid": {
        "type": "u32"
      }
    }
  },
  "exec": {
    "doc": "Runs argv (or cmd through /bin/sh -c) to completion, with a deadline and bounded output.",
    "args": {
      "argv": {
        "type": "str_list",
        "expected": "a list of strings without NUL bytes"
      },
      "cmd": {
        "type": "str",
        "expected": "a string without NUL bytes"
      },
      "env": {
        "type": "str_map",
        "expected": "a table of strings to strings without NUL bytes"
      },
      "cwd": {
        "type": "str",
        "expected": "a string without NUL bytes"
      },
      "stdin": {
        "type": "bytes",
        "expected": "bytes"
      },
      "timeout_ms": {
        "type": "u32",
        "expected": "an unsigned 32-bit integer"
      },
      "max_output": {
        "type": "u64",
        "max": 33521664,
        "why_max": "stdout and stderr together must fit the agent's 64 MiB frame",
        "expected": "an unsigned 64-bit integer"
      }
    },
    "result": {
      "code": {
        "type": "i32",
        "nullable": true
      },
      "signal": {
        "type": "i32",
        "nullable": true
      },
      "stdout": {
        "type": "bytes"
      },
      "stderr": {
        "type": "bytes"
      },
      "timed_out": {
        "type": "bool"
      },
      "truncated": {
        "type": "bool"
      }
    }
  },
  "spawn": {
    "doc": "Starts argv (or cmd through /bin/sh -c) in its own session and returns at once; with pty, on a new pseudo-terminal (rows x cols) as its controlling terminal, stdin, stdout and stderr (all output then comes as stdout); its stdout and stderr are kept in bounded buffers (beyond max_output the newest bytes are dropped and counted) until proc_read takes them.",
    "args": {
      "argv": {
        "type": "str_list",
        "expected": "a list of strings without NUL bytes"
      },
      "cmd": {
        "type": "str",
        "expected": "a string without NUL bytes"
      },
      "env": {
        "type": "str_map",
        "expected": "a table of strings to strings without NUL bytes"
      },
      "cwd": {
        "type": "str",
        "expected": "a string without NUL bytes"
      },
      "stdin": {
        "type": "bytes",
        "expected": "bytes"
      },
      "max_output": {
        "type": "u64",
        "max": 33521664,
        "why_max": "a stream's buffer must fit the agent's 64 MiB frame",
        "expected": "an unsigned 64-bit integer"
      },
      "pty": {
        "type": "bool",
        "expected": "a boolean"
      },
      "rows": {
        "type": "u32",
        "max": 65535,
        "why_max": "a terminal's size is 16-bit",
        "expected": "an unsigned 32-bit integer"
      },
      "cols": {
        "type": "u32",
        "max": 65535,
        "why_max": "a terminal's size is 16-bit",
        "expected": "an unsigned 32-bit integer"
      }
    },
    "result": {
      "handle": {
        "type": "u32"
      },
      "pid": {
        "type": "u32"
      }
    }
  },
  "proc_read": {
    "doc": "Takes up to max bytes of what a spawned process's stdout or stderr holds, waiting up to timeout_ms while it is empty; eof once the stream ended and everything was taken.",
    "args": {
      "handle": {
        "type": "u32",
        "required": true,
        "expected": "an unsigned 32-bit integer"
      },
      "stream": {
        "type": "enum",
        "values": [
          "stdout",
          "stderr"
        ],
        "required": true,
        "expected": "one of stdout, stderr"
      },
      "max": {
        "type": "u64",
        "max": 33521664,
        "why_max": "the data must fit the agent's 64 MiB frame",
        "expected": "an unsigned 64-bit integer"
      },
      "timeout_ms": {
        "type": "u32",
        "expected": "an unsigned 32-bit integer"
      }
    },
    "result": {
      "data": {
        "type": "bytes"
      },
      "eof": {
        "type": "bool"
      },
      "dropped": {
        "type": "u64"
      },
      "exited": {
        "type": "bool"
      },
      "code": {
        "type": "i32",
        "nullable": true
      },
      "signal": {
        "type": "i32",
        "nullable": true
      }
    }
  },
  "proc_write": {
    "doc": "Writes data to a spawned process's stdin, waiting up to timeout_ms for it to take all of it.",
    "args": {
      "handle": {
        "type": "u32",
        "required": true,
        "expected": "an unsigned 32-bit integer"
      },
      "data": {
        "type": "bytes",
        "required": true,
        "expected": "bytes"
      },
      "timeout_ms": {
        "type": "u32",
        "expected": "an unsigned 32-bit integer"
      }
    },
    "result": {}
  },
  "proc_close_stdin": {
    "doc": "Closes a spawned process's stdin: it reads EOF.",
    "args": {
      "handle": {
        "type": "u32",
        "required": true,
        "expected": "an unsigned 32-bit integer"
      }
    },
    "result": {}
  },
  "proc_signal": {
    "doc": "Sends a signal to a spawned process, or to its whole process group.",
    "args": {
      "handle": {
        "type": "u32",
        "required": true,
        "expected": "an unsigned 32-bit integer"
      },
      "signal": {
        "type": "u32",
        "required": true,
        "max": 64,
        "why_max": "Linux signals are 1-64",
        "expected": "an unsigned 32-bit integer"
      },
      "group": {
        "type": "bool",
        "expected": "a boolean"
      }
    },
    "result": {}
  },
  "proc_wait": {
    "doc": "Waits up to timeout_ms (0: only looks) for a spawned process to exit.",
    "args": {
      "handle": {
        "type": "u32",
        "required": true,
        "expected": "an unsigned 32-bit integer"
      },
      "timeout_ms": {
        "type": "u32",
        "expected": "an unsigned 32-bit integer"
      }
    },
    "result": {
      "exited": {
        "type": "bool"
      },
      "code": {
        "type": "i32",
        "nullable": true
      },
      "signal": {
        "type": "i32",
        "nullable": true
      }
    }
  },
  "proc_resize": {
    "doc": "Sets the window size of a spawned process's pseudo-terminal (its foreground process group gets SIGWINCH).",
    "args": {
      "handle": {
        "type": "u32",
        "required": true,
        "expected": "an unsigned 32-bit integer"
      },
      "rows": {
        "type": "u32",
        "required": true,
        "max": 65535,
        "why_max": "a terminal's size is 16-bit",
        "expected": "an unsigned 32-bit integer"
      },
      "cols": {
        "type": "u32",
        "required": true,
        "max": 65535,
        "why_max": "a terminal's size is 16-bit",
        "expected": "an unsigned 32-bit integer"
      }
    },
    "result": {}
  },
  "proc_release": {
    "doc": "Forgets a handle, after sending signal (when given) to the process group. A process still running keeps running with its output discarded, and is reaped when it exits. The result is the status from before the signal.",
    "args": {
      "handle": {
        "type": "u32",
        "required": true,
        "expected": "an unsigned 32-bit integer"
      },
      "signal": {
        "type": "u32",
        "max": 64,
        "why_max": "Linux signals are 1-64",
        "expected": "an unsigned 32-bit integer"
      }
    },
    "result": {
      "exited": {
        "type": "bool"
      },
      "code": {
        "type": "i32",
        "nullable": true
      },
      "signal": {
        "type": "i32",
        "nullable": true
      }
    }
  },
  "syscall": {
    "doc": "A raw x86-64 system call by number or name; out and inout buffers come back.",
    "args": {
      "nr": {
        "type": "u32",
        "expected": "an unsigned 32-bit integer"
      },
      "name": {
        "type": "str",
        "expected": "a string without NUL bytes"
      },
      "args": {
        "type": "syscall_args",
        "required": true,
        "expected": "a list of at most 6 syscall arguments"
      }
    },
    "result": {
      "ret": {
        "type": "i64"
      },
      "errno": {
        "type": "i32"
      },
      "buffers": {
        "type": "bytes_list"
      }
    }
  },
  "read_file": {
    "doc": "A file's bytes from offset (read to EOF: proc and sys files report size 0), up to max bytes; truncated when more remain.",
    "args": {
      "path": {
        "type": "str",
        "required": true,
        "expected": "a string without NUL bytes"
      },
      "offset": {
        "type": "u64",
        "expected": "an unsigned 64-bit integer"
      },
      "max": {
        "type": "u64",
        "max": 67043328,
        "why_max": "the data must fit the agent's 64 MiB frame",
        "expected": "an unsigned 64-bit integer"
      }
    },
    "result": {
      "data": {
        "type": "bytes"
      },
      "truncated": {
        "type": "bool"
      }
    }
  },
  "write_file": {
    "doc": "Writes (or appends) data to a file; an explicit mode wins over the umask and the existing mode.",
    "args": {
      "path": {
        "type": "str",
        "required": true,
        "expected": "a string without NUL bytes"
      },
      "data": {
        "type": "bytes",
        "required": true,
        "expected": "bytes"
      },
      "mode": {
        "type": "u32",
        "max": 4095,
        "why_max": "a mode is permission bits (0-07777)",
        "expected": "an unsigned 32-bit integer"
      },
      "append": {
        "type": "bool",
        "expected": "a boolean"
      }
    },
    "result": {}
  },
  "mount": {
    "doc": "mount(2), creating the target directory and its parents.",
    "args": {
      "source": {
        "type": "str",
        "expected": "a string without NUL bytes"
      },
      "target": {
        "type": "str",
        "required": true,
        "expected": "a string without NUL bytes"
      },
      "fstype": {
        "type": "str",
        "required": true,
        "expected": "a string without NUL bytes"
      },
      "flags": {
        "type": "u64",
        "expected": "an unsigned 64-bit integer"
      },
      "data": {
        "type": "str",
        "expected": "a string without NUL bytes"
      }
    },
    "result": {}
  },
  "put_files": {
    "doc": "Creates files, directories and symlinks in order (vm:push): parent directories are made as needed; a file entry writes data at offset (truncating first when asked), so a large file travels as several entries.",
    "args": {
      "entries": {
        "type": "record_list",
        "required": true,
        "max": 100000,
        "why_max": "push sends a tree in batches",
        "fields": {
          "path": {
            "type": "str",
            "required": true,
            "expected": "a string without NUL bytes"
          },
          "kind": {
            "type": "enum",
            "values": [
              "file",
              "dir",
              "symlink"
            ],
            "required": true,
            "expected": "one of file, dir, symlink"
          },
          "mode": {
            "type": "u32",
            "max": 4095,
            "why_max": "a mode is permission bits (0-07777)",
            "expected": "an unsigned 32-bit integer"
          },
          "data": {
            "type": "bytes",
            "expected": "bytes"
          },
          "offset": {
            "type": "u64",
            "expected": "an unsigned 64-bit integer"
          },
          "truncate": {
            "type": "bool",
            "expected": "a boolean"
          },
          "target": {
            "type": "str",
            "expected": "a string without NUL bytes"
          }
        },
        "expected": "a list of tables"
      }
    },
    "result": {
      "written": {
        "type": "u64"
      }
    }
  },
  "list_tree": {
    "doc": "What lies at path (vm:pull): the entry itself (path \"\") and, for a directory, everything under it, without following symlinks; kind is file, dir, symlink or other (a device, FIFO or socket).",
    "args": {
      "path": {
        "type": "str",
        "required": true,
        "expected": "a string without NUL bytes"
      },
      "max_entries": {
        "type": "u32",
        "expected": "an unsigned 32-bit integer"
      }
    },
    "result": {
      "entries": {
        "type": "record_list",
        "fields": {
          "path": {
            "type": "str"
          },
          "kind": {
            "type": "str"
          },
          "mode": {
            "type": "u32"
          },
          "size": {
            "type": "u64"
          },
          "target": {
            "type": "str"
          }
        }
      }
    }
  },
  "quiesce": {
    "doc": "Answers once no other request is in flight: the host then snapshots the guest.",
    "args": {},
    "result": {}
  },
  "shutdown": {
    "doc": "Syncs and powers the guest off shortly after answering.",
    "args": {},
    "result": {}
  }
};
