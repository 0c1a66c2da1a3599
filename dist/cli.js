#!/usr/bin/env node
import { createRequire as __provium_createRequire } from "node:module";
const require = __provium_createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a2, b) => (typeof require !== "undefined" ? require : a2)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/isexe/windows.js
var require_windows = __commonJS({
  "node_modules/isexe/windows.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function checkPathExt(path16, options) {
      var pathext = options.pathExt !== void 0 ? options.pathExt : process.env.PATHEXT;
      if (!pathext) {
        return true;
      }
      pathext = pathext.split(";");
      if (pathext.indexOf("") !== -1) {
        return true;
      }
      for (var i2 = 0; i2 < pathext.length; i2++) {
        var p = pathext[i2].toLowerCase();
        if (p && path16.substr(-p.length).toLowerCase() === p) {
          return true;
        }
      }
      return false;
    }
    function checkStat(stat2, path16, options) {
      if (!stat2.isSymbolicLink() && !stat2.isFile()) {
        return false;
      }
      return checkPathExt(path16, options);
    }
    function isexe(path16, options, cb) {
      fs.stat(path16, function(er, stat2) {
        cb(er, er ? false : checkStat(stat2, path16, options));
      });
    }
    function sync(path16, options) {
      return checkStat(fs.statSync(path16), path16, options);
    }
  }
});

// node_modules/isexe/mode.js
var require_mode = __commonJS({
  "node_modules/isexe/mode.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function isexe(path16, options, cb) {
      fs.stat(path16, function(er, stat2) {
        cb(er, er ? false : checkStat(stat2, options));
      });
    }
    function sync(path16, options) {
      return checkStat(fs.statSync(path16), options);
    }
    function checkStat(stat2, options) {
      return stat2.isFile() && checkMode(stat2, options);
    }
    function checkMode(stat2, options) {
      var mod = stat2.mode;
      var uid = stat2.uid;
      var gid = stat2.gid;
      var myUid = options.uid !== void 0 ? options.uid : process.getuid && process.getuid();
      var myGid = options.gid !== void 0 ? options.gid : process.getgid && process.getgid();
      var u2 = parseInt("100", 8);
      var g = parseInt("010", 8);
      var o2 = parseInt("001", 8);
      var ug = u2 | g;
      var ret = mod & o2 || mod & g && gid === myGid || mod & u2 && uid === myUid || mod & ug && myUid === 0;
      return ret;
    }
  }
});

// node_modules/isexe/index.js
var require_isexe = __commonJS({
  "node_modules/isexe/index.js"(exports, module) {
    var fs = __require("fs");
    var core;
    if (process.platform === "win32" || global.TESTING_WINDOWS) {
      core = require_windows();
    } else {
      core = require_mode();
    }
    module.exports = isexe;
    isexe.sync = sync;
    function isexe(path16, options, cb) {
      if (typeof options === "function") {
        cb = options;
        options = {};
      }
      if (!cb) {
        if (typeof Promise !== "function") {
          throw new TypeError("callback not provided");
        }
        return new Promise(function(resolve2, reject) {
          isexe(path16, options || {}, function(er, is) {
            if (er) {
              reject(er);
            } else {
              resolve2(is);
            }
          });
        });
      }
      core(path16, options || {}, function(er, is) {
        if (er) {
          if (er.code === "EACCES" || options && options.ignoreErrors) {
            er = null;
            is = false;
          }
        }
        cb(er, is);
      });
    }
    function sync(path16, options) {
      try {
        return core.sync(path16, options || {});
      } catch (er) {
        if (options && options.ignoreErrors || er.code === "EACCES") {
          return false;
        } else {
          throw er;
        }
      }
    }
  }
});

// node_modules/which/which.js
var require_which = __commonJS({
  "node_modules/which/which.js"(exports, module) {
    var isWindows = process.platform === "win32" || process.env.OSTYPE === "cygwin" || process.env.OSTYPE === "msys";
    var path16 = __require("path");
    var COLON = isWindows ? ";" : ":";
    var isexe = require_isexe();
    var getNotFoundError = (cmd) => Object.assign(new Error(`not found: ${cmd}`), { code: "ENOENT" });
    var getPathInfo = (cmd, opt) => {
      const colon = opt.colon || COLON;
      const pathEnv = cmd.match(/\//) || isWindows && cmd.match(/\\/) ? [""] : [
        // windows always checks the cwd first
        ...isWindows ? [process.cwd()] : [],
        ...(opt.path || process.env.PATH || /* istanbul ignore next: very unusual */
        "").split(colon)
      ];
      const pathExtExe = isWindows ? opt.pathExt || process.env.PATHEXT || ".EXE;.CMD;.BAT;.COM" : "";
      const pathExt = isWindows ? pathExtExe.split(colon) : [""];
      if (isWindows) {
        if (cmd.indexOf(".") !== -1 && pathExt[0] !== "")
          pathExt.unshift("");
      }
      return {
        pathEnv,
        pathExt,
        pathExtExe
      };
    };
    var which = (cmd, opt, cb) => {
      if (typeof opt === "function") {
        cb = opt;
        opt = {};
      }
      if (!opt)
        opt = {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found2 = [];
      const step = (i2) => new Promise((resolve2, reject) => {
        if (i2 === pathEnv.length)
          return opt.all && found2.length ? resolve2(found2) : reject(getNotFoundError(cmd));
        const ppRaw = pathEnv[i2];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path16.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        resolve2(subStep(p, i2, 0));
      });
      const subStep = (p, i2, ii) => new Promise((resolve2, reject) => {
        if (ii === pathExt.length)
          return resolve2(step(i2 + 1));
        const ext = pathExt[ii];
        isexe(p + ext, { pathExt: pathExtExe }, (er, is) => {
          if (!er && is) {
            if (opt.all)
              found2.push(p + ext);
            else
              return resolve2(p + ext);
          }
          return resolve2(subStep(p, i2, ii + 1));
        });
      });
      return cb ? step(0).then((res) => cb(null, res), cb) : step(0);
    };
    var whichSync = (cmd, opt) => {
      opt = opt || {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found2 = [];
      for (let i2 = 0; i2 < pathEnv.length; i2++) {
        const ppRaw = pathEnv[i2];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path16.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        for (let j = 0; j < pathExt.length; j++) {
          const cur = p + pathExt[j];
          try {
            const is = isexe.sync(cur, { pathExt: pathExtExe });
            if (is) {
              if (opt.all)
                found2.push(cur);
              else
                return cur;
            }
          } catch (ex) {
          }
        }
      }
      if (opt.all && found2.length)
        return found2;
      if (opt.nothrow)
        return null;
      throw getNotFoundError(cmd);
    };
    module.exports = which;
    which.sync = whichSync;
  }
});

// node_modules/path-key/index.js
var require_path_key = __commonJS({
  "node_modules/path-key/index.js"(exports, module) {
    "use strict";
    var pathKey2 = (options = {}) => {
      const environment = options.env || process.env;
      const platform2 = options.platform || process.platform;
      if (platform2 !== "win32") {
        return "PATH";
      }
      return Object.keys(environment).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
    };
    module.exports = pathKey2;
    module.exports.default = pathKey2;
  }
});

// node_modules/cross-spawn/lib/util/resolveCommand.js
var require_resolveCommand = __commonJS({
  "node_modules/cross-spawn/lib/util/resolveCommand.js"(exports, module) {
    "use strict";
    var path16 = __require("path");
    var which = require_which();
    var getPathKey = require_path_key();
    function resolveCommandAttempt(parsed, withoutPathExt) {
      const env = parsed.options.env || process.env;
      const cwd = process.cwd();
      const hasCustomCwd = parsed.options.cwd != null;
      const shouldSwitchCwd = hasCustomCwd && process.chdir !== void 0 && !process.chdir.disabled;
      if (shouldSwitchCwd) {
        try {
          process.chdir(parsed.options.cwd);
        } catch (err) {
        }
      }
      let resolved;
      try {
        resolved = which.sync(parsed.command, {
          path: env[getPathKey({ env })],
          pathExt: withoutPathExt ? path16.delimiter : void 0
        });
      } catch (e) {
      } finally {
        if (shouldSwitchCwd) {
          process.chdir(cwd);
        }
      }
      if (resolved) {
        resolved = path16.resolve(hasCustomCwd ? parsed.options.cwd : "", resolved);
      }
      return resolved;
    }
    function resolveCommand(parsed) {
      return resolveCommandAttempt(parsed) || resolveCommandAttempt(parsed, true);
    }
    module.exports = resolveCommand;
  }
});

// node_modules/cross-spawn/lib/util/escape.js
var require_escape = __commonJS({
  "node_modules/cross-spawn/lib/util/escape.js"(exports, module) {
    "use strict";
    var metaCharsRegExp = /([()\][%!^"`<>&|;, *?])/g;
    function escapeCommand(arg) {
      arg = arg.replace(metaCharsRegExp, "^$1");
      return arg;
    }
    function escapeArgument(arg, doubleEscapeMetaChars) {
      arg = `${arg}`;
      arg = arg.replace(/(?=(\\+?)?)\1"/g, '$1$1\\"');
      arg = arg.replace(/(?=(\\+?)?)\1$/, "$1$1");
      arg = `"${arg}"`;
      arg = arg.replace(metaCharsRegExp, "^$1");
      if (doubleEscapeMetaChars) {
        arg = arg.replace(metaCharsRegExp, "^$1");
      }
      return arg;
    }
    module.exports.command = escapeCommand;
    module.exports.argument = escapeArgument;
  }
});

// node_modules/shebang-regex/index.js
var require_shebang_regex = __commonJS({
  "node_modules/shebang-regex/index.js"(exports, module) {
    "use strict";
    module.exports = /^#!(.*)/;
  }
});

// node_modules/shebang-command/index.js
var require_shebang_command = __commonJS({
  "node_modules/shebang-command/index.js"(exports, module) {
    "use strict";
    var shebangRegex = require_shebang_regex();
    module.exports = (string = "") => {
      const match = string.match(shebangRegex);
      if (!match) {
        return null;
      }
      const [path16, argument] = match[0].replace(/#! ?/, "").split(" ");
      const binary = path16.split("/").pop();
      if (binary === "env") {
        return argument;
      }
      return argument ? `${binary} ${argument}` : binary;
    };
  }
});

// node_modules/cross-spawn/lib/util/readShebang.js
var require_readShebang = __commonJS({
  "node_modules/cross-spawn/lib/util/readShebang.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var shebangCommand = require_shebang_command();
    function readShebang(command) {
      const size = 150;
      const buffer = Buffer.alloc(size);
      let fd;
      try {
        fd = fs.openSync(command, "r");
        fs.readSync(fd, buffer, 0, size, 0);
        fs.closeSync(fd);
      } catch (e) {
      }
      return shebangCommand(buffer.toString());
    }
    module.exports = readShebang;
  }
});

// node_modules/cross-spawn/lib/parse.js
var require_parse = __commonJS({
  "node_modules/cross-spawn/lib/parse.js"(exports, module) {
    "use strict";
    var path16 = __require("path");
    var resolveCommand = require_resolveCommand();
    var escape = require_escape();
    var readShebang = require_readShebang();
    var isWin = process.platform === "win32";
    var isExecutableRegExp = /\.(?:com|exe)$/i;
    var isCmdShimRegExp = /node_modules[\\/].bin[\\/][^\\/]+\.cmd$/i;
    function detectShebang(parsed) {
      parsed.file = resolveCommand(parsed);
      const shebang = parsed.file && readShebang(parsed.file);
      if (shebang) {
        parsed.args.unshift(parsed.file);
        parsed.command = shebang;
        return resolveCommand(parsed);
      }
      return parsed.file;
    }
    function parseNonShell(parsed) {
      if (!isWin) {
        return parsed;
      }
      const commandFile = detectShebang(parsed);
      const needsShell = !isExecutableRegExp.test(commandFile);
      if (parsed.options.forceShell || needsShell) {
        const needsDoubleEscapeMetaChars = isCmdShimRegExp.test(commandFile);
        parsed.command = path16.normalize(parsed.command);
        parsed.command = escape.command(parsed.command);
        parsed.args = parsed.args.map((arg) => escape.argument(arg, needsDoubleEscapeMetaChars));
        const shellCommand = [parsed.command].concat(parsed.args).join(" ");
        parsed.args = ["/d", "/s", "/c", `"${shellCommand}"`];
        parsed.command = process.env.comspec || "cmd.exe";
        parsed.options.windowsVerbatimArguments = true;
      }
      return parsed;
    }
    function parse2(command, args, options) {
      if (args && !Array.isArray(args)) {
        options = args;
        args = null;
      }
      args = args ? args.slice(0) : [];
      options = Object.assign({}, options);
      const parsed = {
        command,
        args,
        options,
        file: void 0,
        original: {
          command,
          args
        }
      };
      return options.shell ? parsed : parseNonShell(parsed);
    }
    module.exports = parse2;
  }
});

// node_modules/cross-spawn/lib/enoent.js
var require_enoent = __commonJS({
  "node_modules/cross-spawn/lib/enoent.js"(exports, module) {
    "use strict";
    var isWin = process.platform === "win32";
    function notFoundError(original, syscall) {
      return Object.assign(new Error(`${syscall} ${original.command} ENOENT`), {
        code: "ENOENT",
        errno: "ENOENT",
        syscall: `${syscall} ${original.command}`,
        path: original.command,
        spawnargs: original.args
      });
    }
    function hookChildProcess(cp, parsed) {
      if (!isWin) {
        return;
      }
      const originalEmit = cp.emit;
      cp.emit = function(name, arg1) {
        if (name === "exit") {
          const err = verifyENOENT(arg1, parsed);
          if (err) {
            return originalEmit.call(cp, "error", err);
          }
        }
        return originalEmit.apply(cp, arguments);
      };
    }
    function verifyENOENT(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawn");
      }
      return null;
    }
    function verifyENOENTSync(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawnSync");
      }
      return null;
    }
    module.exports = {
      hookChildProcess,
      verifyENOENT,
      verifyENOENTSync,
      notFoundError
    };
  }
});

// node_modules/cross-spawn/index.js
var require_cross_spawn = __commonJS({
  "node_modules/cross-spawn/index.js"(exports, module) {
    "use strict";
    var cp = __require("child_process");
    var parse2 = require_parse();
    var enoent = require_enoent();
    function spawn2(command, args, options) {
      const parsed = parse2(command, args, options);
      const spawned = cp.spawn(parsed.command, parsed.args, parsed.options);
      enoent.hookChildProcess(spawned, parsed);
      return spawned;
    }
    function spawnSync2(command, args, options) {
      const parsed = parse2(command, args, options);
      const result = cp.spawnSync(parsed.command, parsed.args, parsed.options);
      result.error = result.error || enoent.verifyENOENTSync(result.status, parsed);
      return result;
    }
    module.exports = spawn2;
    module.exports.spawn = spawn2;
    module.exports.sync = spawnSync2;
    module.exports._parse = parse2;
    module.exports._enoent = enoent;
  }
});

// node_modules/@msgpack/msgpack/dist.cjs/utils/utf8.cjs
var require_utf8 = __commonJS({
  "node_modules/@msgpack/msgpack/dist.cjs/utils/utf8.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.utf8Count = utf8Count;
    exports.utf8EncodeJs = utf8EncodeJs;
    exports.utf8EncodeTE = utf8EncodeTE;
    exports.utf8Encode = utf8Encode;
    exports.utf8DecodeJs = utf8DecodeJs;
    exports.utf8DecodeTD = utf8DecodeTD;
    exports.utf8Decode = utf8Decode;
    function utf8Count(str) {
      const strLength = str.length;
      let byteLength = 0;
      let pos = 0;
      while (pos < strLength) {
        let value = str.charCodeAt(pos++);
        if ((value & 4294967168) === 0) {
          byteLength++;
          continue;
        } else if ((value & 4294965248) === 0) {
          byteLength += 2;
        } else {
          if (value >= 55296 && value <= 56319) {
            if (pos < strLength) {
              const extra = str.charCodeAt(pos);
              if ((extra & 64512) === 56320) {
                ++pos;
                value = ((value & 1023) << 10) + (extra & 1023) + 65536;
              }
            }
          }
          if ((value & 4294901760) === 0) {
            byteLength += 3;
          } else {
            byteLength += 4;
          }
        }
      }
      return byteLength;
    }
    function utf8EncodeJs(str, output, outputOffset) {
      const strLength = str.length;
      let offset = outputOffset;
      let pos = 0;
      while (pos < strLength) {
        let value = str.charCodeAt(pos++);
        if ((value & 4294967168) === 0) {
          output[offset++] = value;
          continue;
        } else if ((value & 4294965248) === 0) {
          output[offset++] = value >> 6 & 31 | 192;
        } else {
          if (value >= 55296 && value <= 56319) {
            if (pos < strLength) {
              const extra = str.charCodeAt(pos);
              if ((extra & 64512) === 56320) {
                ++pos;
                value = ((value & 1023) << 10) + (extra & 1023) + 65536;
              }
            }
          }
          if ((value & 4294901760) === 0) {
            output[offset++] = value >> 12 & 15 | 224;
            output[offset++] = value >> 6 & 63 | 128;
          } else {
            output[offset++] = value >> 18 & 7 | 240;
            output[offset++] = value >> 12 & 63 | 128;
            output[offset++] = value >> 6 & 63 | 128;
          }
        }
        output[offset++] = value & 63 | 128;
      }
    }
    var sharedTextEncoder = new TextEncoder();
    var TEXT_ENCODER_THRESHOLD = 50;
    function utf8EncodeTE(str, output, outputOffset) {
      sharedTextEncoder.encodeInto(str, output.subarray(outputOffset));
    }
    function utf8Encode(str, output, outputOffset) {
      if (str.length > TEXT_ENCODER_THRESHOLD) {
        utf8EncodeTE(str, output, outputOffset);
      } else {
        utf8EncodeJs(str, output, outputOffset);
      }
    }
    var CHUNK_SIZE = 4096;
    function utf8DecodeJs(bytes, inputOffset, byteLength) {
      let offset = inputOffset;
      const end = offset + byteLength;
      const units = [];
      let result = "";
      while (offset < end) {
        const byte1 = bytes[offset++];
        if ((byte1 & 128) === 0) {
          units.push(byte1);
        } else if ((byte1 & 224) === 192) {
          const byte2 = bytes[offset++] & 63;
          units.push((byte1 & 31) << 6 | byte2);
        } else if ((byte1 & 240) === 224) {
          const byte2 = bytes[offset++] & 63;
          const byte3 = bytes[offset++] & 63;
          units.push((byte1 & 31) << 12 | byte2 << 6 | byte3);
        } else if ((byte1 & 248) === 240) {
          const byte2 = bytes[offset++] & 63;
          const byte3 = bytes[offset++] & 63;
          const byte4 = bytes[offset++] & 63;
          let unit = (byte1 & 7) << 18 | byte2 << 12 | byte3 << 6 | byte4;
          if (unit > 65535) {
            unit -= 65536;
            units.push(unit >>> 10 & 1023 | 55296);
            unit = 56320 | unit & 1023;
          }
          units.push(unit);
        } else {
          units.push(byte1);
        }
        if (units.length >= CHUNK_SIZE) {
          result += String.fromCharCode(...units);
          units.length = 0;
        }
      }
      if (units.length > 0) {
        result += String.fromCharCode(...units);
      }
      return result;
    }
    var sharedTextDecoder = new TextDecoder();
    var TEXT_DECODER_THRESHOLD = 200;
    function utf8DecodeTD(bytes, inputOffset, byteLength) {
      const stringBytes = bytes.subarray(inputOffset, inputOffset + byteLength);
      return sharedTextDecoder.decode(stringBytes);
    }
    function utf8Decode(bytes, inputOffset, byteLength) {
      if (byteLength > TEXT_DECODER_THRESHOLD) {
        return utf8DecodeTD(bytes, inputOffset, byteLength);
      } else {
        return utf8DecodeJs(bytes, inputOffset, byteLength);
      }
    }
  }
});

// node_modules/@msgpack/msgpack/dist.cjs/ExtData.cjs
var require_ExtData = __commonJS({
  "node_modules/@msgpack/msgpack/dist.cjs/ExtData.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ExtData = void 0;
    var ExtData = class {
      type;
      data;
      constructor(type, data) {
        this.type = type;
        this.data = data;
      }
    };
    exports.ExtData = ExtData;
  }
});

// node_modules/@msgpack/msgpack/dist.cjs/DecodeError.cjs
var require_DecodeError = __commonJS({
  "node_modules/@msgpack/msgpack/dist.cjs/DecodeError.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DecodeError = void 0;
    var DecodeError = class _DecodeError extends Error {
      constructor(message) {
        super(message);
        const proto = Object.create(_DecodeError.prototype);
        Object.setPrototypeOf(this, proto);
        Object.defineProperty(this, "name", {
          configurable: true,
          enumerable: false,
          value: _DecodeError.name
        });
      }
    };
    exports.DecodeError = DecodeError;
  }
});

// node_modules/@msgpack/msgpack/dist.cjs/utils/int.cjs
var require_int = __commonJS({
  "node_modules/@msgpack/msgpack/dist.cjs/utils/int.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UINT32_MAX = void 0;
    exports.setUint64 = setUint64;
    exports.setInt64 = setInt64;
    exports.getInt64 = getInt64;
    exports.getUint64 = getUint64;
    exports.UINT32_MAX = 4294967295;
    function setUint64(view, offset, value) {
      const high = value / 4294967296;
      const low = value;
      view.setUint32(offset, high);
      view.setUint32(offset + 4, low);
    }
    function setInt64(view, offset, value) {
      const high = Math.floor(value / 4294967296);
      const low = value;
      view.setUint32(offset, high);
      view.setUint32(offset + 4, low);
    }
    function getInt64(view, offset) {
      const high = view.getInt32(offset);
      const low = view.getUint32(offset + 4);
      return high * 4294967296 + low;
    }
    function getUint64(view, offset) {
      const high = view.getUint32(offset);
      const low = view.getUint32(offset + 4);
      return high * 4294967296 + low;
    }
  }
});

// node_modules/@msgpack/msgpack/dist.cjs/timestamp.cjs
var require_timestamp = __commonJS({
  "node_modules/@msgpack/msgpack/dist.cjs/timestamp.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.timestampExtension = exports.EXT_TIMESTAMP = void 0;
    exports.encodeTimeSpecToTimestamp = encodeTimeSpecToTimestamp;
    exports.encodeDateToTimeSpec = encodeDateToTimeSpec;
    exports.encodeTimestampExtension = encodeTimestampExtension;
    exports.decodeTimestampToTimeSpec = decodeTimestampToTimeSpec;
    exports.decodeTimestampExtension = decodeTimestampExtension;
    var DecodeError_ts_1 = require_DecodeError();
    var int_ts_1 = require_int();
    exports.EXT_TIMESTAMP = -1;
    var TIMESTAMP32_MAX_SEC = 4294967296 - 1;
    var TIMESTAMP64_MAX_SEC = 17179869184 - 1;
    function encodeTimeSpecToTimestamp({ sec, nsec }) {
      if (sec >= 0 && nsec >= 0 && sec <= TIMESTAMP64_MAX_SEC) {
        if (nsec === 0 && sec <= TIMESTAMP32_MAX_SEC) {
          const rv = new Uint8Array(4);
          const view = new DataView(rv.buffer);
          view.setUint32(0, sec);
          return rv;
        } else {
          const secHigh = sec / 4294967296;
          const secLow = sec & 4294967295;
          const rv = new Uint8Array(8);
          const view = new DataView(rv.buffer);
          view.setUint32(0, nsec << 2 | secHigh & 3);
          view.setUint32(4, secLow);
          return rv;
        }
      } else {
        const rv = new Uint8Array(12);
        const view = new DataView(rv.buffer);
        view.setUint32(0, nsec);
        (0, int_ts_1.setInt64)(view, 4, sec);
        return rv;
      }
    }
    function encodeDateToTimeSpec(date) {
      const msec = date.getTime();
      const sec = Math.floor(msec / 1e3);
      const nsec = (msec - sec * 1e3) * 1e6;
      const nsecInSec = Math.floor(nsec / 1e9);
      return {
        sec: sec + nsecInSec,
        nsec: nsec - nsecInSec * 1e9
      };
    }
    function encodeTimestampExtension(object) {
      if (object instanceof Date) {
        const timeSpec = encodeDateToTimeSpec(object);
        return encodeTimeSpecToTimestamp(timeSpec);
      } else {
        return null;
      }
    }
    function decodeTimestampToTimeSpec(data) {
      const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
      switch (data.byteLength) {
        case 4: {
          const sec = view.getUint32(0);
          const nsec = 0;
          return { sec, nsec };
        }
        case 8: {
          const nsec30AndSecHigh2 = view.getUint32(0);
          const secLow32 = view.getUint32(4);
          const sec = (nsec30AndSecHigh2 & 3) * 4294967296 + secLow32;
          const nsec = nsec30AndSecHigh2 >>> 2;
          return { sec, nsec };
        }
        case 12: {
          const sec = (0, int_ts_1.getInt64)(view, 4);
          const nsec = view.getUint32(0);
          return { sec, nsec };
        }
        default:
          throw new DecodeError_ts_1.DecodeError(`Unrecognized data size for timestamp (expected 4, 8, or 12): ${data.length}`);
      }
    }
    function decodeTimestampExtension(data) {
      const timeSpec = decodeTimestampToTimeSpec(data);
      return new Date(timeSpec.sec * 1e3 + timeSpec.nsec / 1e6);
    }
    exports.timestampExtension = {
      type: exports.EXT_TIMESTAMP,
      encode: encodeTimestampExtension,
      decode: decodeTimestampExtension
    };
  }
});

// node_modules/@msgpack/msgpack/dist.cjs/ExtensionCodec.cjs
var require_ExtensionCodec = __commonJS({
  "node_modules/@msgpack/msgpack/dist.cjs/ExtensionCodec.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ExtensionCodec = void 0;
    var ExtData_ts_1 = require_ExtData();
    var timestamp_ts_1 = require_timestamp();
    var ExtensionCodec = class _ExtensionCodec {
      static defaultCodec = new _ExtensionCodec();
      // ensures ExtensionCodecType<X> matches ExtensionCodec<X>
      // this will make type errors a lot more clear
      // eslint-disable-next-line @typescript-eslint/naming-convention
      __brand;
      // built-in extensions
      builtInEncoders = [];
      builtInDecoders = [];
      // custom extensions
      encoders = [];
      decoders = [];
      constructor() {
        this.register(timestamp_ts_1.timestampExtension);
      }
      register({ type, encode, decode }) {
        if (type >= 0) {
          this.encoders[type] = encode;
          this.decoders[type] = decode;
        } else {
          const index = -1 - type;
          this.builtInEncoders[index] = encode;
          this.builtInDecoders[index] = decode;
        }
      }
      tryToEncode(object, context) {
        for (let i2 = 0; i2 < this.builtInEncoders.length; i2++) {
          const encodeExt = this.builtInEncoders[i2];
          if (encodeExt != null) {
            const data = encodeExt(object, context);
            if (data != null) {
              const type = -1 - i2;
              return new ExtData_ts_1.ExtData(type, data);
            }
          }
        }
        for (let i2 = 0; i2 < this.encoders.length; i2++) {
          const encodeExt = this.encoders[i2];
          if (encodeExt != null) {
            const data = encodeExt(object, context);
            if (data != null) {
              const type = i2;
              return new ExtData_ts_1.ExtData(type, data);
            }
          }
        }
        if (object instanceof ExtData_ts_1.ExtData) {
          return object;
        }
        return null;
      }
      decode(data, type, context) {
        const decodeExt = type < 0 ? this.builtInDecoders[-1 - type] : this.decoders[type];
        if (decodeExt) {
          return decodeExt(data, type, context);
        } else {
          return new ExtData_ts_1.ExtData(type, data);
        }
      }
    };
    exports.ExtensionCodec = ExtensionCodec;
  }
});

// node_modules/@msgpack/msgpack/dist.cjs/utils/typedArrays.cjs
var require_typedArrays = __commonJS({
  "node_modules/@msgpack/msgpack/dist.cjs/utils/typedArrays.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ensureUint8Array = ensureUint8Array;
    function isArrayBufferLike(buffer) {
      return buffer instanceof ArrayBuffer || typeof SharedArrayBuffer !== "undefined" && buffer instanceof SharedArrayBuffer;
    }
    function ensureUint8Array(buffer) {
      if (buffer instanceof Uint8Array) {
        return buffer;
      } else if (ArrayBuffer.isView(buffer)) {
        return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      } else if (isArrayBufferLike(buffer)) {
        return new Uint8Array(buffer);
      } else {
        return Uint8Array.from(buffer);
      }
    }
  }
});

// node_modules/@msgpack/msgpack/dist.cjs/Encoder.cjs
var require_Encoder = __commonJS({
  "node_modules/@msgpack/msgpack/dist.cjs/Encoder.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Encoder = exports.DEFAULT_INITIAL_BUFFER_SIZE = exports.DEFAULT_MAX_DEPTH = void 0;
    var utf8_ts_1 = require_utf8();
    var ExtensionCodec_ts_1 = require_ExtensionCodec();
    var int_ts_1 = require_int();
    var typedArrays_ts_1 = require_typedArrays();
    exports.DEFAULT_MAX_DEPTH = 100;
    exports.DEFAULT_INITIAL_BUFFER_SIZE = 2048;
    var Encoder2 = class _Encoder {
      extensionCodec;
      context;
      useBigInt64;
      maxDepth;
      initialBufferSize;
      sortKeys;
      forceFloat32;
      ignoreUndefined;
      forceIntegerToFloat;
      pos;
      view;
      bytes;
      entered = false;
      constructor(options) {
        this.extensionCodec = options?.extensionCodec ?? ExtensionCodec_ts_1.ExtensionCodec.defaultCodec;
        this.context = options?.context;
        this.useBigInt64 = options?.useBigInt64 ?? false;
        this.maxDepth = options?.maxDepth ?? exports.DEFAULT_MAX_DEPTH;
        this.initialBufferSize = options?.initialBufferSize ?? exports.DEFAULT_INITIAL_BUFFER_SIZE;
        this.sortKeys = options?.sortKeys ?? false;
        this.forceFloat32 = options?.forceFloat32 ?? false;
        this.ignoreUndefined = options?.ignoreUndefined ?? false;
        this.forceIntegerToFloat = options?.forceIntegerToFloat ?? false;
        this.pos = 0;
        this.view = new DataView(new ArrayBuffer(this.initialBufferSize));
        this.bytes = new Uint8Array(this.view.buffer);
      }
      clone() {
        return new _Encoder({
          extensionCodec: this.extensionCodec,
          context: this.context,
          useBigInt64: this.useBigInt64,
          maxDepth: this.maxDepth,
          initialBufferSize: this.initialBufferSize,
          sortKeys: this.sortKeys,
          forceFloat32: this.forceFloat32,
          ignoreUndefined: this.ignoreUndefined,
          forceIntegerToFloat: this.forceIntegerToFloat
        });
      }
      reinitializeState() {
        this.pos = 0;
      }
      /**
       * This is almost equivalent to {@link Encoder#encode}, but it returns an reference of the encoder's internal buffer and thus much faster than {@link Encoder#encode}.
       *
       * @returns Encodes the object and returns a shared reference the encoder's internal buffer.
       */
      encodeSharedRef(object) {
        if (this.entered) {
          const instance = this.clone();
          return instance.encodeSharedRef(object);
        }
        try {
          this.entered = true;
          this.reinitializeState();
          this.doEncode(object, 1);
          return this.bytes.subarray(0, this.pos);
        } finally {
          this.entered = false;
        }
      }
      /**
       * @returns Encodes the object and returns a copy of the encoder's internal buffer.
       */
      encode(object) {
        if (this.entered) {
          const instance = this.clone();
          return instance.encode(object);
        }
        try {
          this.entered = true;
          this.reinitializeState();
          this.doEncode(object, 1);
          return this.bytes.slice(0, this.pos);
        } finally {
          this.entered = false;
        }
      }
      doEncode(object, depth) {
        if (depth > this.maxDepth) {
          throw new Error(`Too deep objects in depth ${depth}`);
        }
        if (object == null) {
          this.encodeNil();
        } else if (typeof object === "boolean") {
          this.encodeBoolean(object);
        } else if (typeof object === "number") {
          if (!this.forceIntegerToFloat) {
            this.encodeNumber(object);
          } else {
            this.encodeNumberAsFloat(object);
          }
        } else if (typeof object === "string") {
          this.encodeString(object);
        } else if (this.useBigInt64 && typeof object === "bigint") {
          this.encodeBigInt64(object);
        } else {
          this.encodeObject(object, depth);
        }
      }
      ensureBufferSizeToWrite(sizeToWrite) {
        const requiredSize = this.pos + sizeToWrite;
        if (this.view.byteLength < requiredSize) {
          this.resizeBuffer(requiredSize * 2);
        }
      }
      resizeBuffer(newSize) {
        const newBuffer = new ArrayBuffer(newSize);
        const newBytes = new Uint8Array(newBuffer);
        const newView = new DataView(newBuffer);
        newBytes.set(this.bytes);
        this.view = newView;
        this.bytes = newBytes;
      }
      encodeNil() {
        this.writeU8(192);
      }
      encodeBoolean(object) {
        if (object === false) {
          this.writeU8(194);
        } else {
          this.writeU8(195);
        }
      }
      encodeNumber(object) {
        if (!this.forceIntegerToFloat && Number.isSafeInteger(object)) {
          if (object >= 0) {
            if (object < 128) {
              this.writeU8(object);
            } else if (object < 256) {
              this.writeU8(204);
              this.writeU8(object);
            } else if (object < 65536) {
              this.writeU8(205);
              this.writeU16(object);
            } else if (object < 4294967296) {
              this.writeU8(206);
              this.writeU32(object);
            } else if (!this.useBigInt64) {
              this.writeU8(207);
              this.writeU64(object);
            } else {
              this.encodeNumberAsFloat(object);
            }
          } else {
            if (object >= -32) {
              this.writeU8(224 | object + 32);
            } else if (object >= -128) {
              this.writeU8(208);
              this.writeI8(object);
            } else if (object >= -32768) {
              this.writeU8(209);
              this.writeI16(object);
            } else if (object >= -2147483648) {
              this.writeU8(210);
              this.writeI32(object);
            } else if (!this.useBigInt64) {
              this.writeU8(211);
              this.writeI64(object);
            } else {
              this.encodeNumberAsFloat(object);
            }
          }
        } else {
          this.encodeNumberAsFloat(object);
        }
      }
      encodeNumberAsFloat(object) {
        if (this.forceFloat32) {
          this.writeU8(202);
          this.writeF32(object);
        } else {
          this.writeU8(203);
          this.writeF64(object);
        }
      }
      encodeBigInt64(object) {
        if (object >= BigInt(0)) {
          this.writeU8(207);
          this.writeBigUint64(object);
        } else {
          this.writeU8(211);
          this.writeBigInt64(object);
        }
      }
      writeStringHeader(byteLength) {
        if (byteLength < 32) {
          this.writeU8(160 + byteLength);
        } else if (byteLength < 256) {
          this.writeU8(217);
          this.writeU8(byteLength);
        } else if (byteLength < 65536) {
          this.writeU8(218);
          this.writeU16(byteLength);
        } else if (byteLength < 4294967296) {
          this.writeU8(219);
          this.writeU32(byteLength);
        } else {
          throw new Error(`Too long string: ${byteLength} bytes in UTF-8`);
        }
      }
      encodeString(object) {
        const maxHeaderSize = 1 + 4;
        const byteLength = (0, utf8_ts_1.utf8Count)(object);
        this.ensureBufferSizeToWrite(maxHeaderSize + byteLength);
        this.writeStringHeader(byteLength);
        (0, utf8_ts_1.utf8Encode)(object, this.bytes, this.pos);
        this.pos += byteLength;
      }
      encodeObject(object, depth) {
        const ext = this.extensionCodec.tryToEncode(object, this.context);
        if (ext != null) {
          this.encodeExtension(ext);
        } else if (Array.isArray(object)) {
          this.encodeArray(object, depth);
        } else if (ArrayBuffer.isView(object)) {
          this.encodeBinary(object);
        } else if (typeof object === "object") {
          this.encodeMap(object, depth);
        } else {
          throw new Error(`Unrecognized object: ${Object.prototype.toString.apply(object)}`);
        }
      }
      encodeBinary(object) {
        const size = object.byteLength;
        if (size < 256) {
          this.writeU8(196);
          this.writeU8(size);
        } else if (size < 65536) {
          this.writeU8(197);
          this.writeU16(size);
        } else if (size < 4294967296) {
          this.writeU8(198);
          this.writeU32(size);
        } else {
          throw new Error(`Too large binary: ${size}`);
        }
        const bytes = (0, typedArrays_ts_1.ensureUint8Array)(object);
        this.writeU8a(bytes);
      }
      encodeArray(object, depth) {
        const size = object.length;
        if (size < 16) {
          this.writeU8(144 + size);
        } else if (size < 65536) {
          this.writeU8(220);
          this.writeU16(size);
        } else if (size < 4294967296) {
          this.writeU8(221);
          this.writeU32(size);
        } else {
          throw new Error(`Too large array: ${size}`);
        }
        for (const item of object) {
          this.doEncode(item, depth + 1);
        }
      }
      countWithoutUndefined(object, keys) {
        let count3 = 0;
        for (const key of keys) {
          if (object[key] !== void 0) {
            count3++;
          }
        }
        return count3;
      }
      encodeMap(object, depth) {
        const keys = Object.keys(object);
        if (this.sortKeys) {
          keys.sort();
        }
        const size = this.ignoreUndefined ? this.countWithoutUndefined(object, keys) : keys.length;
        if (size < 16) {
          this.writeU8(128 + size);
        } else if (size < 65536) {
          this.writeU8(222);
          this.writeU16(size);
        } else if (size < 4294967296) {
          this.writeU8(223);
          this.writeU32(size);
        } else {
          throw new Error(`Too large map object: ${size}`);
        }
        for (const key of keys) {
          const value = object[key];
          if (!(this.ignoreUndefined && value === void 0)) {
            this.encodeString(key);
            this.doEncode(value, depth + 1);
          }
        }
      }
      encodeExtension(ext) {
        if (typeof ext.data === "function") {
          const data = ext.data(this.pos + 6);
          const size2 = data.length;
          if (size2 >= 4294967296) {
            throw new Error(`Too large extension object: ${size2}`);
          }
          this.writeU8(201);
          this.writeU32(size2);
          this.writeI8(ext.type);
          this.writeU8a(data);
          return;
        }
        const size = ext.data.length;
        if (size === 1) {
          this.writeU8(212);
        } else if (size === 2) {
          this.writeU8(213);
        } else if (size === 4) {
          this.writeU8(214);
        } else if (size === 8) {
          this.writeU8(215);
        } else if (size === 16) {
          this.writeU8(216);
        } else if (size < 256) {
          this.writeU8(199);
          this.writeU8(size);
        } else if (size < 65536) {
          this.writeU8(200);
          this.writeU16(size);
        } else if (size < 4294967296) {
          this.writeU8(201);
          this.writeU32(size);
        } else {
          throw new Error(`Too large extension object: ${size}`);
        }
        this.writeI8(ext.type);
        this.writeU8a(ext.data);
      }
      writeU8(value) {
        this.ensureBufferSizeToWrite(1);
        this.view.setUint8(this.pos, value);
        this.pos++;
      }
      writeU8a(values) {
        const size = values.length;
        this.ensureBufferSizeToWrite(size);
        this.bytes.set(values, this.pos);
        this.pos += size;
      }
      writeI8(value) {
        this.ensureBufferSizeToWrite(1);
        this.view.setInt8(this.pos, value);
        this.pos++;
      }
      writeU16(value) {
        this.ensureBufferSizeToWrite(2);
        this.view.setUint16(this.pos, value);
        this.pos += 2;
      }
      writeI16(value) {
        this.ensureBufferSizeToWrite(2);
        this.view.setInt16(this.pos, value);
        this.pos += 2;
      }
      writeU32(value) {
        this.ensureBufferSizeToWrite(4);
        this.view.setUint32(this.pos, value);
        this.pos += 4;
      }
      writeI32(value) {
        this.ensureBufferSizeToWrite(4);
        this.view.setInt32(this.pos, value);
        this.pos += 4;
      }
      writeF32(value) {
        this.ensureBufferSizeToWrite(4);
        this.view.setFloat32(this.pos, value);
        this.pos += 4;
      }
      writeF64(value) {
        this.ensureBufferSizeToWrite(8);
        this.view.setFloat64(this.pos, value);
        this.pos += 8;
      }
      writeU64(value) {
        this.ensureBufferSizeToWrite(8);
        (0, int_ts_1.setUint64)(this.view, this.pos, value);
        this.pos += 8;
      }
      writeI64(value) {
        this.ensureBufferSizeToWrite(8);
        (0, int_ts_1.setInt64)(this.view, this.pos, value);
        this.pos += 8;
      }
      writeBigUint64(value) {
        this.ensureBufferSizeToWrite(8);
        this.view.setBigUint64(this.pos, value);
        this.pos += 8;
      }
      writeBigInt64(value) {
        this.ensureBufferSizeToWrite(8);
        this.view.setBigInt64(this.pos, value);
        this.pos += 8;
      }
    };
    exports.Encoder = Encoder2;
  }
});

// node_modules/@msgpack/msgpack/dist.cjs/encode.cjs
var require_encode = __commonJS({
  "node_modules/@msgpack/msgpack/dist.cjs/encode.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.encode = encode;
    var Encoder_ts_1 = require_Encoder();
    function encode(value, options) {
      const encoder2 = new Encoder_ts_1.Encoder(options);
      return encoder2.encodeSharedRef(value);
    }
  }
});

// node_modules/@msgpack/msgpack/dist.cjs/utils/prettyByte.cjs
var require_prettyByte = __commonJS({
  "node_modules/@msgpack/msgpack/dist.cjs/utils/prettyByte.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.prettyByte = prettyByte;
    function prettyByte(byte) {
      return `${byte < 0 ? "-" : ""}0x${Math.abs(byte).toString(16).padStart(2, "0")}`;
    }
  }
});

// node_modules/@msgpack/msgpack/dist.cjs/CachedKeyDecoder.cjs
var require_CachedKeyDecoder = __commonJS({
  "node_modules/@msgpack/msgpack/dist.cjs/CachedKeyDecoder.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CachedKeyDecoder = void 0;
    var utf8_ts_1 = require_utf8();
    var DEFAULT_MAX_KEY_LENGTH = 16;
    var DEFAULT_MAX_LENGTH_PER_KEY = 16;
    var CachedKeyDecoder = class {
      hit = 0;
      miss = 0;
      caches;
      maxKeyLength;
      maxLengthPerKey;
      constructor(maxKeyLength = DEFAULT_MAX_KEY_LENGTH, maxLengthPerKey = DEFAULT_MAX_LENGTH_PER_KEY) {
        this.maxKeyLength = maxKeyLength;
        this.maxLengthPerKey = maxLengthPerKey;
        this.caches = [];
        for (let i2 = 0; i2 < this.maxKeyLength; i2++) {
          this.caches.push([]);
        }
      }
      canBeCached(byteLength) {
        return byteLength > 0 && byteLength <= this.maxKeyLength;
      }
      find(bytes, inputOffset, byteLength) {
        const records = this.caches[byteLength - 1];
        FIND_CHUNK: for (const record2 of records) {
          const recordBytes = record2.bytes;
          for (let j = 0; j < byteLength; j++) {
            if (recordBytes[j] !== bytes[inputOffset + j]) {
              continue FIND_CHUNK;
            }
          }
          return record2.str;
        }
        return null;
      }
      store(bytes, value) {
        const records = this.caches[bytes.length - 1];
        const record2 = { bytes, str: value };
        if (records.length >= this.maxLengthPerKey) {
          records[Math.random() * records.length | 0] = record2;
        } else {
          records.push(record2);
        }
      }
      decode(bytes, inputOffset, byteLength) {
        const cachedValue = this.find(bytes, inputOffset, byteLength);
        if (cachedValue != null) {
          this.hit++;
          return cachedValue;
        }
        this.miss++;
        const str = (0, utf8_ts_1.utf8DecodeJs)(bytes, inputOffset, byteLength);
        const slicedCopyOfBytes = Uint8Array.prototype.slice.call(bytes, inputOffset, inputOffset + byteLength);
        this.store(slicedCopyOfBytes, str);
        return str;
      }
    };
    exports.CachedKeyDecoder = CachedKeyDecoder;
  }
});

// node_modules/@msgpack/msgpack/dist.cjs/Decoder.cjs
var require_Decoder = __commonJS({
  "node_modules/@msgpack/msgpack/dist.cjs/Decoder.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Decoder = void 0;
    var prettyByte_ts_1 = require_prettyByte();
    var ExtensionCodec_ts_1 = require_ExtensionCodec();
    var int_ts_1 = require_int();
    var utf8_ts_1 = require_utf8();
    var typedArrays_ts_1 = require_typedArrays();
    var CachedKeyDecoder_ts_1 = require_CachedKeyDecoder();
    var DecodeError_ts_1 = require_DecodeError();
    var STATE_ARRAY = "array";
    var STATE_MAP_KEY = "map_key";
    var STATE_MAP_VALUE = "map_value";
    var mapKeyConverter = (key) => {
      if (typeof key === "string" || typeof key === "number") {
        return key;
      }
      throw new DecodeError_ts_1.DecodeError("The type of key must be string or number but " + typeof key);
    };
    var StackPool = class {
      stack = [];
      stackHeadPosition = -1;
      get length() {
        return this.stackHeadPosition + 1;
      }
      top() {
        return this.stack[this.stackHeadPosition];
      }
      pushArrayState(size) {
        const state = this.getUninitializedStateFromPool();
        state.type = STATE_ARRAY;
        state.position = 0;
        state.size = size;
        state.array = new Array(size);
      }
      pushMapState(size) {
        const state = this.getUninitializedStateFromPool();
        state.type = STATE_MAP_KEY;
        state.readCount = 0;
        state.size = size;
        state.map = {};
      }
      getUninitializedStateFromPool() {
        this.stackHeadPosition++;
        if (this.stackHeadPosition === this.stack.length) {
          const partialState = {
            type: void 0,
            size: 0,
            array: void 0,
            position: 0,
            readCount: 0,
            map: void 0,
            key: null
          };
          this.stack.push(partialState);
        }
        return this.stack[this.stackHeadPosition];
      }
      release(state) {
        const topStackState = this.stack[this.stackHeadPosition];
        if (topStackState !== state) {
          throw new Error("Invalid stack state. Released state is not on top of the stack.");
        }
        if (state.type === STATE_ARRAY) {
          const partialState = state;
          partialState.size = 0;
          partialState.array = void 0;
          partialState.position = 0;
          partialState.type = void 0;
        }
        if (state.type === STATE_MAP_KEY || state.type === STATE_MAP_VALUE) {
          const partialState = state;
          partialState.size = 0;
          partialState.map = void 0;
          partialState.readCount = 0;
          partialState.type = void 0;
        }
        this.stackHeadPosition--;
      }
      reset() {
        this.stack.length = 0;
        this.stackHeadPosition = -1;
      }
    };
    var HEAD_BYTE_REQUIRED = -1;
    var EMPTY_VIEW = new DataView(new ArrayBuffer(0));
    var EMPTY_BYTES = new Uint8Array(EMPTY_VIEW.buffer);
    try {
      EMPTY_VIEW.getInt8(0);
    } catch (e) {
      if (!(e instanceof RangeError)) {
        throw new Error("This module is not supported in the current JavaScript engine because DataView does not throw RangeError on out-of-bounds access");
      }
    }
    var MORE_DATA = new RangeError("Insufficient data");
    var sharedCachedKeyDecoder = new CachedKeyDecoder_ts_1.CachedKeyDecoder();
    var Decoder2 = class _Decoder {
      extensionCodec;
      context;
      useBigInt64;
      rawStrings;
      maxStrLength;
      maxBinLength;
      maxArrayLength;
      maxMapLength;
      maxExtLength;
      keyDecoder;
      mapKeyConverter;
      totalPos = 0;
      pos = 0;
      view = EMPTY_VIEW;
      bytes = EMPTY_BYTES;
      headByte = HEAD_BYTE_REQUIRED;
      stack = new StackPool();
      entered = false;
      constructor(options) {
        this.extensionCodec = options?.extensionCodec ?? ExtensionCodec_ts_1.ExtensionCodec.defaultCodec;
        this.context = options?.context;
        this.useBigInt64 = options?.useBigInt64 ?? false;
        this.rawStrings = options?.rawStrings ?? false;
        this.maxStrLength = options?.maxStrLength ?? int_ts_1.UINT32_MAX;
        this.maxBinLength = options?.maxBinLength ?? int_ts_1.UINT32_MAX;
        this.maxArrayLength = options?.maxArrayLength ?? int_ts_1.UINT32_MAX;
        this.maxMapLength = options?.maxMapLength ?? int_ts_1.UINT32_MAX;
        this.maxExtLength = options?.maxExtLength ?? int_ts_1.UINT32_MAX;
        this.keyDecoder = options?.keyDecoder !== void 0 ? options.keyDecoder : sharedCachedKeyDecoder;
        this.mapKeyConverter = options?.mapKeyConverter ?? mapKeyConverter;
      }
      clone() {
        return new _Decoder({
          extensionCodec: this.extensionCodec,
          context: this.context,
          useBigInt64: this.useBigInt64,
          rawStrings: this.rawStrings,
          maxStrLength: this.maxStrLength,
          maxBinLength: this.maxBinLength,
          maxArrayLength: this.maxArrayLength,
          maxMapLength: this.maxMapLength,
          maxExtLength: this.maxExtLength,
          keyDecoder: this.keyDecoder
        });
      }
      reinitializeState() {
        this.totalPos = 0;
        this.headByte = HEAD_BYTE_REQUIRED;
        this.stack.reset();
      }
      setBuffer(buffer) {
        const bytes = (0, typedArrays_ts_1.ensureUint8Array)(buffer);
        this.bytes = bytes;
        this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        this.pos = 0;
      }
      appendBuffer(buffer) {
        if (this.headByte === HEAD_BYTE_REQUIRED && !this.hasRemaining(1)) {
          this.setBuffer(buffer);
        } else {
          const remainingData = this.bytes.subarray(this.pos);
          const newData = (0, typedArrays_ts_1.ensureUint8Array)(buffer);
          const newBuffer = new Uint8Array(remainingData.length + newData.length);
          newBuffer.set(remainingData);
          newBuffer.set(newData, remainingData.length);
          this.setBuffer(newBuffer);
        }
      }
      hasRemaining(size) {
        return this.view.byteLength - this.pos >= size;
      }
      createExtraByteError(posToShow) {
        const { view, pos } = this;
        return new RangeError(`Extra ${view.byteLength - pos} of ${view.byteLength} byte(s) found at buffer[${posToShow}]`);
      }
      /**
       * @throws {@link DecodeError}
       * @throws {@link RangeError}
       */
      decode(buffer) {
        if (this.entered) {
          const instance = this.clone();
          return instance.decode(buffer);
        }
        try {
          this.entered = true;
          this.reinitializeState();
          this.setBuffer(buffer);
          const object = this.doDecodeSync();
          if (this.hasRemaining(1)) {
            throw this.createExtraByteError(this.pos);
          }
          return object;
        } finally {
          this.entered = false;
        }
      }
      *decodeMulti(buffer) {
        if (this.entered) {
          const instance = this.clone();
          yield* instance.decodeMulti(buffer);
          return;
        }
        try {
          this.entered = true;
          this.reinitializeState();
          this.setBuffer(buffer);
          while (this.hasRemaining(1)) {
            yield this.doDecodeSync();
          }
        } finally {
          this.entered = false;
        }
      }
      async decodeAsync(stream) {
        if (this.entered) {
          const instance = this.clone();
          return instance.decodeAsync(stream);
        }
        try {
          this.entered = true;
          let decoded = false;
          let object;
          for await (const buffer of stream) {
            if (decoded) {
              this.entered = false;
              throw this.createExtraByteError(this.totalPos);
            }
            this.appendBuffer(buffer);
            try {
              object = this.doDecodeSync();
              decoded = true;
            } catch (e) {
              if (!(e instanceof RangeError)) {
                throw e;
              }
            }
            this.totalPos += this.pos;
          }
          if (decoded) {
            if (this.hasRemaining(1)) {
              throw this.createExtraByteError(this.totalPos);
            }
            return object;
          }
          const { headByte, pos, totalPos } = this;
          throw new RangeError(`Insufficient data in parsing ${(0, prettyByte_ts_1.prettyByte)(headByte)} at ${totalPos} (${pos} in the current buffer)`);
        } finally {
          this.entered = false;
        }
      }
      decodeArrayStream(stream) {
        return this.decodeMultiAsync(stream, true);
      }
      decodeStream(stream) {
        return this.decodeMultiAsync(stream, false);
      }
      async *decodeMultiAsync(stream, isArray) {
        if (this.entered) {
          const instance = this.clone();
          yield* instance.decodeMultiAsync(stream, isArray);
          return;
        }
        try {
          this.entered = true;
          let isArrayHeaderRequired = isArray;
          let arrayItemsLeft = -1;
          for await (const buffer of stream) {
            if (isArray && arrayItemsLeft === 0) {
              throw this.createExtraByteError(this.totalPos);
            }
            this.appendBuffer(buffer);
            if (isArrayHeaderRequired) {
              arrayItemsLeft = this.readArraySize();
              isArrayHeaderRequired = false;
              this.complete();
            }
            try {
              while (true) {
                yield this.doDecodeSync();
                if (--arrayItemsLeft === 0) {
                  break;
                }
              }
            } catch (e) {
              if (!(e instanceof RangeError)) {
                throw e;
              }
            }
            this.totalPos += this.pos;
          }
        } finally {
          this.entered = false;
        }
      }
      doDecodeSync() {
        DECODE: while (true) {
          const headByte = this.readHeadByte();
          let object;
          if (headByte >= 224) {
            object = headByte - 256;
          } else if (headByte < 192) {
            if (headByte < 128) {
              object = headByte;
            } else if (headByte < 144) {
              const size = headByte - 128;
              if (size !== 0) {
                this.pushMapState(size);
                this.complete();
                continue DECODE;
              } else {
                object = {};
              }
            } else if (headByte < 160) {
              const size = headByte - 144;
              if (size !== 0) {
                this.pushArrayState(size);
                this.complete();
                continue DECODE;
              } else {
                object = [];
              }
            } else {
              const byteLength = headByte - 160;
              object = this.decodeString(byteLength, 0);
            }
          } else if (headByte === 192) {
            object = null;
          } else if (headByte === 194) {
            object = false;
          } else if (headByte === 195) {
            object = true;
          } else if (headByte === 202) {
            object = this.readF32();
          } else if (headByte === 203) {
            object = this.readF64();
          } else if (headByte === 204) {
            object = this.readU8();
          } else if (headByte === 205) {
            object = this.readU16();
          } else if (headByte === 206) {
            object = this.readU32();
          } else if (headByte === 207) {
            if (this.useBigInt64) {
              object = this.readU64AsBigInt();
            } else {
              object = this.readU64();
            }
          } else if (headByte === 208) {
            object = this.readI8();
          } else if (headByte === 209) {
            object = this.readI16();
          } else if (headByte === 210) {
            object = this.readI32();
          } else if (headByte === 211) {
            if (this.useBigInt64) {
              object = this.readI64AsBigInt();
            } else {
              object = this.readI64();
            }
          } else if (headByte === 217) {
            const byteLength = this.lookU8();
            object = this.decodeString(byteLength, 1);
          } else if (headByte === 218) {
            const byteLength = this.lookU16();
            object = this.decodeString(byteLength, 2);
          } else if (headByte === 219) {
            const byteLength = this.lookU32();
            object = this.decodeString(byteLength, 4);
          } else if (headByte === 220) {
            const size = this.readU16();
            if (size !== 0) {
              this.pushArrayState(size);
              this.complete();
              continue DECODE;
            } else {
              object = [];
            }
          } else if (headByte === 221) {
            const size = this.readU32();
            if (size !== 0) {
              this.pushArrayState(size);
              this.complete();
              continue DECODE;
            } else {
              object = [];
            }
          } else if (headByte === 222) {
            const size = this.readU16();
            if (size !== 0) {
              this.pushMapState(size);
              this.complete();
              continue DECODE;
            } else {
              object = {};
            }
          } else if (headByte === 223) {
            const size = this.readU32();
            if (size !== 0) {
              this.pushMapState(size);
              this.complete();
              continue DECODE;
            } else {
              object = {};
            }
          } else if (headByte === 196) {
            const size = this.lookU8();
            object = this.decodeBinary(size, 1);
          } else if (headByte === 197) {
            const size = this.lookU16();
            object = this.decodeBinary(size, 2);
          } else if (headByte === 198) {
            const size = this.lookU32();
            object = this.decodeBinary(size, 4);
          } else if (headByte === 212) {
            object = this.decodeExtension(1, 0);
          } else if (headByte === 213) {
            object = this.decodeExtension(2, 0);
          } else if (headByte === 214) {
            object = this.decodeExtension(4, 0);
          } else if (headByte === 215) {
            object = this.decodeExtension(8, 0);
          } else if (headByte === 216) {
            object = this.decodeExtension(16, 0);
          } else if (headByte === 199) {
            const size = this.lookU8();
            object = this.decodeExtension(size, 1);
          } else if (headByte === 200) {
            const size = this.lookU16();
            object = this.decodeExtension(size, 2);
          } else if (headByte === 201) {
            const size = this.lookU32();
            object = this.decodeExtension(size, 4);
          } else {
            throw new DecodeError_ts_1.DecodeError(`Unrecognized type byte: ${(0, prettyByte_ts_1.prettyByte)(headByte)}`);
          }
          this.complete();
          const stack = this.stack;
          while (stack.length > 0) {
            const state = stack.top();
            if (state.type === STATE_ARRAY) {
              state.array[state.position] = object;
              state.position++;
              if (state.position === state.size) {
                object = state.array;
                stack.release(state);
              } else {
                continue DECODE;
              }
            } else if (state.type === STATE_MAP_KEY) {
              if (object === "__proto__") {
                throw new DecodeError_ts_1.DecodeError("The key __proto__ is not allowed");
              }
              state.key = this.mapKeyConverter(object);
              state.type = STATE_MAP_VALUE;
              continue DECODE;
            } else {
              state.map[state.key] = object;
              state.readCount++;
              if (state.readCount === state.size) {
                object = state.map;
                stack.release(state);
              } else {
                state.key = null;
                state.type = STATE_MAP_KEY;
                continue DECODE;
              }
            }
          }
          return object;
        }
      }
      readHeadByte() {
        if (this.headByte === HEAD_BYTE_REQUIRED) {
          this.headByte = this.readU8();
        }
        return this.headByte;
      }
      complete() {
        this.headByte = HEAD_BYTE_REQUIRED;
      }
      readArraySize() {
        const headByte = this.readHeadByte();
        switch (headByte) {
          case 220:
            return this.readU16();
          case 221:
            return this.readU32();
          default: {
            if (headByte < 160) {
              return headByte - 144;
            } else {
              throw new DecodeError_ts_1.DecodeError(`Unrecognized array type byte: ${(0, prettyByte_ts_1.prettyByte)(headByte)}`);
            }
          }
        }
      }
      pushMapState(size) {
        if (size > this.maxMapLength) {
          throw new DecodeError_ts_1.DecodeError(`Max length exceeded: map length (${size}) > maxMapLengthLength (${this.maxMapLength})`);
        }
        this.stack.pushMapState(size);
      }
      pushArrayState(size) {
        if (size > this.maxArrayLength) {
          throw new DecodeError_ts_1.DecodeError(`Max length exceeded: array length (${size}) > maxArrayLength (${this.maxArrayLength})`);
        }
        this.stack.pushArrayState(size);
      }
      decodeString(byteLength, headerOffset) {
        if (!this.rawStrings || this.stateIsMapKey()) {
          return this.decodeUtf8String(byteLength, headerOffset);
        }
        return this.decodeBinary(byteLength, headerOffset);
      }
      /**
       * @throws {@link RangeError}
       */
      decodeUtf8String(byteLength, headerOffset) {
        if (byteLength > this.maxStrLength) {
          throw new DecodeError_ts_1.DecodeError(`Max length exceeded: UTF-8 byte length (${byteLength}) > maxStrLength (${this.maxStrLength})`);
        }
        if (this.bytes.byteLength < this.pos + headerOffset + byteLength) {
          throw MORE_DATA;
        }
        const offset = this.pos + headerOffset;
        let object;
        if (this.stateIsMapKey() && this.keyDecoder?.canBeCached(byteLength)) {
          object = this.keyDecoder.decode(this.bytes, offset, byteLength);
        } else {
          object = (0, utf8_ts_1.utf8Decode)(this.bytes, offset, byteLength);
        }
        this.pos += headerOffset + byteLength;
        return object;
      }
      stateIsMapKey() {
        if (this.stack.length > 0) {
          const state = this.stack.top();
          return state.type === STATE_MAP_KEY;
        }
        return false;
      }
      /**
       * @throws {@link RangeError}
       */
      decodeBinary(byteLength, headOffset) {
        if (byteLength > this.maxBinLength) {
          throw new DecodeError_ts_1.DecodeError(`Max length exceeded: bin length (${byteLength}) > maxBinLength (${this.maxBinLength})`);
        }
        if (!this.hasRemaining(byteLength + headOffset)) {
          throw MORE_DATA;
        }
        const offset = this.pos + headOffset;
        const object = this.bytes.subarray(offset, offset + byteLength);
        this.pos += headOffset + byteLength;
        return object;
      }
      decodeExtension(size, headOffset) {
        if (size > this.maxExtLength) {
          throw new DecodeError_ts_1.DecodeError(`Max length exceeded: ext length (${size}) > maxExtLength (${this.maxExtLength})`);
        }
        const extType = this.view.getInt8(this.pos + headOffset);
        const data = this.decodeBinary(
          size,
          headOffset + 1
          /* extType */
        );
        return this.extensionCodec.decode(data, extType, this.context);
      }
      lookU8() {
        return this.view.getUint8(this.pos);
      }
      lookU16() {
        return this.view.getUint16(this.pos);
      }
      lookU32() {
        return this.view.getUint32(this.pos);
      }
      readU8() {
        const value = this.view.getUint8(this.pos);
        this.pos++;
        return value;
      }
      readI8() {
        const value = this.view.getInt8(this.pos);
        this.pos++;
        return value;
      }
      readU16() {
        const value = this.view.getUint16(this.pos);
        this.pos += 2;
        return value;
      }
      readI16() {
        const value = this.view.getInt16(this.pos);
        this.pos += 2;
        return value;
      }
      readU32() {
        const value = this.view.getUint32(this.pos);
        this.pos += 4;
        return value;
      }
      readI32() {
        const value = this.view.getInt32(this.pos);
        this.pos += 4;
        return value;
      }
      readU64() {
        const value = (0, int_ts_1.getUint64)(this.view, this.pos);
        this.pos += 8;
        return value;
      }
      readI64() {
        const value = (0, int_ts_1.getInt64)(this.view, this.pos);
        this.pos += 8;
        return value;
      }
      readU64AsBigInt() {
        const value = this.view.getBigUint64(this.pos);
        this.pos += 8;
        return value;
      }
      readI64AsBigInt() {
        const value = this.view.getBigInt64(this.pos);
        this.pos += 8;
        return value;
      }
      readF32() {
        const value = this.view.getFloat32(this.pos);
        this.pos += 4;
        return value;
      }
      readF64() {
        const value = this.view.getFloat64(this.pos);
        this.pos += 8;
        return value;
      }
    };
    exports.Decoder = Decoder2;
  }
});

// node_modules/@msgpack/msgpack/dist.cjs/decode.cjs
var require_decode = __commonJS({
  "node_modules/@msgpack/msgpack/dist.cjs/decode.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.decode = decode;
    exports.decodeMulti = decodeMulti;
    var Decoder_ts_1 = require_Decoder();
    function decode(buffer, options) {
      const decoder2 = new Decoder_ts_1.Decoder(options);
      return decoder2.decode(buffer);
    }
    function decodeMulti(buffer, options) {
      const decoder2 = new Decoder_ts_1.Decoder(options);
      return decoder2.decodeMulti(buffer);
    }
  }
});

// node_modules/@msgpack/msgpack/dist.cjs/utils/stream.cjs
var require_stream = __commonJS({
  "node_modules/@msgpack/msgpack/dist.cjs/utils/stream.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAsyncIterable = isAsyncIterable;
    exports.asyncIterableFromStream = asyncIterableFromStream;
    exports.ensureAsyncIterable = ensureAsyncIterable;
    function isAsyncIterable(object) {
      return object[Symbol.asyncIterator] != null;
    }
    async function* asyncIterableFromStream(stream) {
      const reader = stream.getReader();
      try {
        while (true) {
          const { done, value } = await reader.read();
          if (done) {
            return;
          }
          yield value;
        }
      } finally {
        reader.releaseLock();
      }
    }
    function ensureAsyncIterable(streamLike) {
      if (isAsyncIterable(streamLike)) {
        return streamLike;
      } else {
        return asyncIterableFromStream(streamLike);
      }
    }
  }
});

// node_modules/@msgpack/msgpack/dist.cjs/decodeAsync.cjs
var require_decodeAsync = __commonJS({
  "node_modules/@msgpack/msgpack/dist.cjs/decodeAsync.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.decodeAsync = decodeAsync;
    exports.decodeArrayStream = decodeArrayStream;
    exports.decodeMultiStream = decodeMultiStream;
    var Decoder_ts_1 = require_Decoder();
    var stream_ts_1 = require_stream();
    async function decodeAsync(streamLike, options) {
      const stream = (0, stream_ts_1.ensureAsyncIterable)(streamLike);
      const decoder2 = new Decoder_ts_1.Decoder(options);
      return decoder2.decodeAsync(stream);
    }
    function decodeArrayStream(streamLike, options) {
      const stream = (0, stream_ts_1.ensureAsyncIterable)(streamLike);
      const decoder2 = new Decoder_ts_1.Decoder(options);
      return decoder2.decodeArrayStream(stream);
    }
    function decodeMultiStream(streamLike, options) {
      const stream = (0, stream_ts_1.ensureAsyncIterable)(streamLike);
      const decoder2 = new Decoder_ts_1.Decoder(options);
      return decoder2.decodeStream(stream);
    }
  }
});

// node_modules/@msgpack/msgpack/dist.cjs/index.cjs
var require_dist = __commonJS({
  "node_modules/@msgpack/msgpack/dist.cjs/index.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.decodeTimestampExtension = exports.encodeTimestampExtension = exports.decodeTimestampToTimeSpec = exports.encodeTimeSpecToTimestamp = exports.encodeDateToTimeSpec = exports.EXT_TIMESTAMP = exports.ExtData = exports.ExtensionCodec = exports.Encoder = exports.DecodeError = exports.Decoder = exports.decodeMultiStream = exports.decodeArrayStream = exports.decodeAsync = exports.decodeMulti = exports.decode = exports.encode = void 0;
    var encode_ts_1 = require_encode();
    Object.defineProperty(exports, "encode", { enumerable: true, get: function() {
      return encode_ts_1.encode;
    } });
    var decode_ts_1 = require_decode();
    Object.defineProperty(exports, "decode", { enumerable: true, get: function() {
      return decode_ts_1.decode;
    } });
    Object.defineProperty(exports, "decodeMulti", { enumerable: true, get: function() {
      return decode_ts_1.decodeMulti;
    } });
    var decodeAsync_ts_1 = require_decodeAsync();
    Object.defineProperty(exports, "decodeAsync", { enumerable: true, get: function() {
      return decodeAsync_ts_1.decodeAsync;
    } });
    Object.defineProperty(exports, "decodeArrayStream", { enumerable: true, get: function() {
      return decodeAsync_ts_1.decodeArrayStream;
    } });
    Object.defineProperty(exports, "decodeMultiStream", { enumerable: true, get: function() {
      return decodeAsync_ts_1.decodeMultiStream;
    } });
    var Decoder_ts_1 = require_Decoder();
    Object.defineProperty(exports, "Decoder", { enumerable: true, get: function() {
      return Decoder_ts_1.Decoder;
    } });
    var DecodeError_ts_1 = require_DecodeError();
    Object.defineProperty(exports, "DecodeError", { enumerable: true, get: function() {
      return DecodeError_ts_1.DecodeError;
    } });
    var Encoder_ts_1 = require_Encoder();
    Object.defineProperty(exports, "Encoder", { enumerable: true, get: function() {
      return Encoder_ts_1.Encoder;
    } });
    var ExtensionCodec_ts_1 = require_ExtensionCodec();
    Object.defineProperty(exports, "ExtensionCodec", { enumerable: true, get: function() {
      return ExtensionCodec_ts_1.ExtensionCodec;
    } });
    var ExtData_ts_1 = require_ExtData();
    Object.defineProperty(exports, "ExtData", { enumerable: true, get: function() {
      return ExtData_ts_1.ExtData;
    } });
    var timestamp_ts_1 = require_timestamp();
    Object.defineProperty(exports, "EXT_TIMESTAMP", { enumerable: true, get: function() {
      return timestamp_ts_1.EXT_TIMESTAMP;
    } });
    Object.defineProperty(exports, "encodeDateToTimeSpec", { enumerable: true, get: function() {
      return timestamp_ts_1.encodeDateToTimeSpec;
    } });
    Object.defineProperty(exports, "encodeTimeSpecToTimestamp", { enumerable: true, get: function() {
      return timestamp_ts_1.encodeTimeSpecToTimestamp;
    } });
    Object.defineProperty(exports, "decodeTimestampToTimeSpec", { enumerable: true, get: function() {
      return timestamp_ts_1.decodeTimestampToTimeSpec;
    } });
    Object.defineProperty(exports, "encodeTimestampExtension", { enumerable: true, get: function() {
      return timestamp_ts_1.encodeTimestampExtension;
    } });
    Object.defineProperty(exports, "decodeTimestampExtension", { enumerable: true, get: function() {
      return timestamp_ts_1.decodeTimestampExtension;
    } });
  }
});

// node_modules/fengari/src/luaconf.js
var require_luaconf = __commonJS({
  "node_modules/fengari/src/luaconf.js"(exports, module) {
    "use strict";
    var conf = process.env.FENGARICONF ? JSON.parse(process.env.FENGARICONF) : {};
    var {
      LUA_VERSION_MAJOR,
      LUA_VERSION_MINOR,
      to_luastring: to_luastring10
    } = require_defs();
    var LUA_PATH_SEP = ";";
    module.exports.LUA_PATH_SEP = LUA_PATH_SEP;
    var LUA_PATH_MARK = "?";
    module.exports.LUA_PATH_MARK = LUA_PATH_MARK;
    var LUA_EXEC_DIR = "!";
    module.exports.LUA_EXEC_DIR = LUA_EXEC_DIR;
    var LUA_VDIR = LUA_VERSION_MAJOR + "." + LUA_VERSION_MINOR;
    module.exports.LUA_VDIR = LUA_VDIR;
    if (typeof process === "undefined") {
      const LUA_DIRSEP = "/";
      module.exports.LUA_DIRSEP = LUA_DIRSEP;
      const LUA_LDIR = "./lua/" + LUA_VDIR + "/";
      module.exports.LUA_LDIR = LUA_LDIR;
      const LUA_JSDIR = LUA_LDIR;
      module.exports.LUA_JSDIR = LUA_JSDIR;
      const LUA_PATH_DEFAULT = to_luastring10(
        LUA_LDIR + "?.lua;" + LUA_LDIR + "?/init.lua;./?.lua;./?/init.lua"
      );
      module.exports.LUA_PATH_DEFAULT = LUA_PATH_DEFAULT;
      const LUA_JSPATH_DEFAULT = to_luastring10(
        LUA_JSDIR + "?.js;" + LUA_JSDIR + "loadall.js;./?.js"
      );
      module.exports.LUA_JSPATH_DEFAULT = LUA_JSPATH_DEFAULT;
    } else if (__require("os").platform() === "win32") {
      const LUA_DIRSEP = "\\";
      module.exports.LUA_DIRSEP = LUA_DIRSEP;
      const LUA_LDIR = "!\\lua\\";
      module.exports.LUA_LDIR = LUA_LDIR;
      const LUA_JSDIR = "!\\";
      module.exports.LUA_JSDIR = LUA_JSDIR;
      const LUA_SHRDIR = "!\\..\\share\\lua\\" + LUA_VDIR + "\\";
      module.exports.LUA_SHRDIR = LUA_SHRDIR;
      const LUA_PATH_DEFAULT = to_luastring10(
        LUA_LDIR + "?.lua;" + LUA_LDIR + "?\\init.lua;" + LUA_JSDIR + "?.lua;" + LUA_JSDIR + "?\\init.lua;" + LUA_SHRDIR + "?.lua;" + LUA_SHRDIR + "?\\init.lua;.\\?.lua;.\\?\\init.lua"
      );
      module.exports.LUA_PATH_DEFAULT = LUA_PATH_DEFAULT;
      const LUA_JSPATH_DEFAULT = to_luastring10(
        LUA_JSDIR + "?.js;" + LUA_JSDIR + "..\\share\\lua\\" + LUA_VDIR + "\\?.js;" + LUA_JSDIR + "loadall.js;.\\?.js"
      );
      module.exports.LUA_JSPATH_DEFAULT = LUA_JSPATH_DEFAULT;
    } else {
      const LUA_DIRSEP = "/";
      module.exports.LUA_DIRSEP = LUA_DIRSEP;
      const LUA_ROOT = "/usr/local/";
      module.exports.LUA_ROOT = LUA_ROOT;
      const LUA_ROOT2 = "/usr/";
      const LUA_LDIR = LUA_ROOT + "share/lua/" + LUA_VDIR + "/";
      const LUA_LDIR2 = LUA_ROOT2 + "share/lua/" + LUA_VDIR + "/";
      module.exports.LUA_LDIR = LUA_LDIR;
      const LUA_JSDIR = LUA_LDIR;
      module.exports.LUA_JSDIR = LUA_JSDIR;
      const LUA_JSDIR2 = LUA_LDIR2;
      const LUA_PATH_DEFAULT = to_luastring10(
        LUA_LDIR + "?.lua;" + LUA_LDIR + "?/init.lua;" + LUA_LDIR2 + "?.lua;" + LUA_LDIR2 + "?/init.lua;./?.lua;./?/init.lua"
      );
      module.exports.LUA_PATH_DEFAULT = LUA_PATH_DEFAULT;
      const LUA_JSPATH_DEFAULT = to_luastring10(
        LUA_JSDIR + "?.js;" + LUA_JSDIR + "loadall.js;" + LUA_JSDIR2 + "?.js;" + LUA_JSDIR2 + "loadall.js;./?.js"
      );
      module.exports.LUA_JSPATH_DEFAULT = LUA_JSPATH_DEFAULT;
    }
    var LUA_COMPAT_FLOATSTRING = conf.LUA_COMPAT_FLOATSTRING || false;
    var LUA_MAXINTEGER = 2147483647;
    var LUA_MININTEGER = -2147483648;
    var LUAI_MAXSTACK = conf.LUAI_MAXSTACK || 1e6;
    var LUA_IDSIZE = conf.LUA_IDSIZE || 60 - 1;
    var lua_integer2str = function(n2) {
      return String(n2);
    };
    var lua_number2str = function(n2) {
      return String(Number(n2.toPrecision(14)));
    };
    var lua_numbertointeger = function(n2) {
      return n2 >= LUA_MININTEGER && n2 < -LUA_MININTEGER ? n2 : false;
    };
    var LUA_INTEGER_FRMLEN = "";
    var LUA_NUMBER_FRMLEN = "";
    var LUA_INTEGER_FMT = `%${LUA_INTEGER_FRMLEN}d`;
    var LUA_NUMBER_FMT = "%.14g";
    var lua_getlocaledecpoint = function() {
      return 46;
    };
    var LUAL_BUFFERSIZE = conf.LUAL_BUFFERSIZE || 8192;
    var frexp = function(value) {
      if (value === 0) return [value, 0];
      var data = new DataView(new ArrayBuffer(8));
      data.setFloat64(0, value);
      var bits = data.getUint32(0) >>> 20 & 2047;
      if (bits === 0) {
        data.setFloat64(0, value * Math.pow(2, 64));
        bits = (data.getUint32(0) >>> 20 & 2047) - 64;
      }
      var exponent = bits - 1022;
      var mantissa = ldexp(value, -exponent);
      return [mantissa, exponent];
    };
    var ldexp = function(mantissa, exponent) {
      var steps = Math.min(3, Math.ceil(Math.abs(exponent) / 1023));
      var result = mantissa;
      for (var i2 = 0; i2 < steps; i2++)
        result *= Math.pow(2, Math.floor((exponent + i2) / steps));
      return result;
    };
    module.exports.LUAI_MAXSTACK = LUAI_MAXSTACK;
    module.exports.LUA_COMPAT_FLOATSTRING = LUA_COMPAT_FLOATSTRING;
    module.exports.LUA_IDSIZE = LUA_IDSIZE;
    module.exports.LUA_INTEGER_FMT = LUA_INTEGER_FMT;
    module.exports.LUA_INTEGER_FRMLEN = LUA_INTEGER_FRMLEN;
    module.exports.LUA_MAXINTEGER = LUA_MAXINTEGER;
    module.exports.LUA_MININTEGER = LUA_MININTEGER;
    module.exports.LUA_NUMBER_FMT = LUA_NUMBER_FMT;
    module.exports.LUA_NUMBER_FRMLEN = LUA_NUMBER_FRMLEN;
    module.exports.LUAL_BUFFERSIZE = LUAL_BUFFERSIZE;
    module.exports.frexp = frexp;
    module.exports.ldexp = ldexp;
    module.exports.lua_getlocaledecpoint = lua_getlocaledecpoint;
    module.exports.lua_integer2str = lua_integer2str;
    module.exports.lua_number2str = lua_number2str;
    module.exports.lua_numbertointeger = lua_numbertointeger;
  }
});

// node_modules/fengari/src/defs.js
var require_defs = __commonJS({
  "node_modules/fengari/src/defs.js"(exports, module) {
    "use strict";
    var luastring_from;
    if (typeof Uint8Array.from === "function") {
      luastring_from = Uint8Array.from.bind(Uint8Array);
    } else {
      luastring_from = function(a2) {
        let i2 = 0;
        let len = a2.length;
        let r = new Uint8Array(len);
        while (len > i2) r[i2] = a2[i2++];
        return r;
      };
    }
    var luastring_indexOf;
    if (typeof new Uint8Array().indexOf === "function") {
      luastring_indexOf = function(s, v, i2) {
        return s.indexOf(v, i2);
      };
    } else {
      let array_indexOf = [].indexOf;
      if (array_indexOf.call(new Uint8Array(1), 0) !== 0) throw Error("missing .indexOf");
      luastring_indexOf = function(s, v, i2) {
        return array_indexOf.call(s, v, i2);
      };
    }
    var luastring_of;
    if (typeof Uint8Array.of === "function") {
      luastring_of = Uint8Array.of.bind(Uint8Array);
    } else {
      luastring_of = function() {
        return luastring_from(arguments);
      };
    }
    var is_luastring = function(s) {
      return s instanceof Uint8Array;
    };
    var luastring_eq = function(a2, b) {
      if (a2 !== b) {
        let len = a2.length;
        if (len !== b.length) return false;
        for (let i2 = 0; i2 < len; i2++)
          if (a2[i2] !== b[i2]) return false;
      }
      return true;
    };
    var unicode_error_message = "cannot convert invalid utf8 to javascript string";
    var to_jsstring3 = function(value, from, to, replacement_char) {
      if (!is_luastring(value)) throw new TypeError("to_jsstring expects a Uint8Array");
      if (to === void 0) {
        to = value.length;
      } else {
        to = Math.min(value.length, to);
      }
      let str = "";
      for (let i2 = from !== void 0 ? from : 0; i2 < to; ) {
        let u0 = value[i2++];
        if (u0 < 128) {
          str += String.fromCharCode(u0);
        } else if (u0 < 194 || u0 > 244) {
          if (!replacement_char) throw RangeError(unicode_error_message);
          str += "\uFFFD";
        } else if (u0 <= 223) {
          if (i2 >= to) {
            if (!replacement_char) throw RangeError(unicode_error_message);
            str += "\uFFFD";
            continue;
          }
          let u1 = value[i2++];
          if ((u1 & 192) !== 128) {
            if (!replacement_char) throw RangeError(unicode_error_message);
            str += "\uFFFD";
            continue;
          }
          str += String.fromCharCode(((u0 & 31) << 6) + (u1 & 63));
        } else if (u0 <= 239) {
          if (i2 + 1 >= to) {
            if (!replacement_char) throw RangeError(unicode_error_message);
            str += "\uFFFD";
            continue;
          }
          let u1 = value[i2++];
          if ((u1 & 192) !== 128) {
            if (!replacement_char) throw RangeError(unicode_error_message);
            str += "\uFFFD";
            continue;
          }
          let u2 = value[i2++];
          if ((u2 & 192) !== 128) {
            if (!replacement_char) throw RangeError(unicode_error_message);
            str += "\uFFFD";
            continue;
          }
          let u3 = ((u0 & 15) << 12) + ((u1 & 63) << 6) + (u2 & 63);
          if (u3 <= 65535) {
            str += String.fromCharCode(u3);
          } else {
            u3 -= 65536;
            let s1 = (u3 >> 10) + 55296;
            let s2 = u3 % 1024 + 56320;
            str += String.fromCharCode(s1, s2);
          }
        } else {
          if (i2 + 2 >= to) {
            if (!replacement_char) throw RangeError(unicode_error_message);
            str += "\uFFFD";
            continue;
          }
          let u1 = value[i2++];
          if ((u1 & 192) !== 128) {
            if (!replacement_char) throw RangeError(unicode_error_message);
            str += "\uFFFD";
            continue;
          }
          let u2 = value[i2++];
          if ((u2 & 192) !== 128) {
            if (!replacement_char) throw RangeError(unicode_error_message);
            str += "\uFFFD";
            continue;
          }
          let u3 = value[i2++];
          if ((u3 & 192) !== 128) {
            if (!replacement_char) throw RangeError(unicode_error_message);
            str += "\uFFFD";
            continue;
          }
          let u4 = ((u0 & 7) << 18) + ((u1 & 63) << 12) + ((u2 & 63) << 6) + (u3 & 63);
          u4 -= 65536;
          let s1 = (u4 >> 10) + 55296;
          let s2 = u4 % 1024 + 56320;
          str += String.fromCharCode(s1, s2);
        }
      }
      return str;
    };
    var uri_allowed = ";,/?:@&=+$abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,-_.!~*'()#".split("").reduce(function(uri_allowed2, c3) {
      uri_allowed2[c3.charCodeAt(0)] = true;
      return uri_allowed2;
    }, {});
    var to_uristring = function(a2) {
      if (!is_luastring(a2)) throw new TypeError("to_uristring expects a Uint8Array");
      let s = "";
      for (let i2 = 0; i2 < a2.length; i2++) {
        let v = a2[i2];
        if (uri_allowed[v]) {
          s += String.fromCharCode(v);
        } else {
          s += "%" + (v < 16 ? "0" : "") + v.toString(16);
        }
      }
      return s;
    };
    var to_luastring_cache = {};
    var to_luastring10 = function(str, cache) {
      if (typeof str !== "string") throw new TypeError("to_luastring expects a javascript string");
      if (cache) {
        let cached = to_luastring_cache[str];
        if (is_luastring(cached)) return cached;
      }
      let len = str.length;
      let outU8Array = Array(len);
      let outIdx = 0;
      for (let i2 = 0; i2 < len; ++i2) {
        let u2 = str.charCodeAt(i2);
        if (u2 <= 127) {
          outU8Array[outIdx++] = u2;
        } else if (u2 <= 2047) {
          outU8Array[outIdx++] = 192 | u2 >> 6;
          outU8Array[outIdx++] = 128 | u2 & 63;
        } else {
          if (u2 >= 55296 && u2 <= 56319 && i2 + 1 < len) {
            let v = str.charCodeAt(i2 + 1);
            if (v >= 56320 && v <= 57343) {
              i2++;
              u2 = (u2 - 55296) * 1024 + v + 9216;
            }
          }
          if (u2 <= 65535) {
            outU8Array[outIdx++] = 224 | u2 >> 12;
            outU8Array[outIdx++] = 128 | u2 >> 6 & 63;
            outU8Array[outIdx++] = 128 | u2 & 63;
          } else {
            outU8Array[outIdx++] = 240 | u2 >> 18;
            outU8Array[outIdx++] = 128 | u2 >> 12 & 63;
            outU8Array[outIdx++] = 128 | u2 >> 6 & 63;
            outU8Array[outIdx++] = 128 | u2 & 63;
          }
        }
      }
      outU8Array = luastring_from(outU8Array);
      if (cache) to_luastring_cache[str] = outU8Array;
      return outU8Array;
    };
    var from_userstring = function(str) {
      if (!is_luastring(str)) {
        if (typeof str === "string") {
          str = to_luastring10(str);
        } else {
          throw new TypeError("expects an array of bytes or javascript string");
        }
      }
      return str;
    };
    module.exports.luastring_from = luastring_from;
    module.exports.luastring_indexOf = luastring_indexOf;
    module.exports.luastring_of = luastring_of;
    module.exports.is_luastring = is_luastring;
    module.exports.luastring_eq = luastring_eq;
    module.exports.to_jsstring = to_jsstring3;
    module.exports.to_uristring = to_uristring;
    module.exports.to_luastring = to_luastring10;
    module.exports.from_userstring = from_userstring;
    var LUA_SIGNATURE = to_luastring10("\x1BLua");
    var LUA_VERSION_MAJOR = "5";
    var LUA_VERSION_MINOR = "3";
    var LUA_VERSION_NUM = 503;
    var LUA_VERSION_RELEASE = "4";
    var LUA_VERSION = "Lua " + LUA_VERSION_MAJOR + "." + LUA_VERSION_MINOR;
    var LUA_RELEASE = LUA_VERSION + "." + LUA_VERSION_RELEASE;
    var LUA_COPYRIGHT = LUA_RELEASE + "  Copyright (C) 1994-2017 Lua.org, PUC-Rio";
    var LUA_AUTHORS = "R. Ierusalimschy, L. H. de Figueiredo, W. Celes";
    module.exports.LUA_SIGNATURE = LUA_SIGNATURE;
    module.exports.LUA_VERSION_MAJOR = LUA_VERSION_MAJOR;
    module.exports.LUA_VERSION_MINOR = LUA_VERSION_MINOR;
    module.exports.LUA_VERSION_NUM = LUA_VERSION_NUM;
    module.exports.LUA_VERSION_RELEASE = LUA_VERSION_RELEASE;
    module.exports.LUA_VERSION = LUA_VERSION;
    module.exports.LUA_RELEASE = LUA_RELEASE;
    module.exports.LUA_COPYRIGHT = LUA_COPYRIGHT;
    module.exports.LUA_AUTHORS = LUA_AUTHORS;
    var thread_status = {
      LUA_OK: 0,
      LUA_YIELD: 1,
      LUA_ERRRUN: 2,
      LUA_ERRSYNTAX: 3,
      LUA_ERRMEM: 4,
      LUA_ERRGCMM: 5,
      LUA_ERRERR: 6
    };
    var constant_types = {
      LUA_TNONE: -1,
      LUA_TNIL: 0,
      LUA_TBOOLEAN: 1,
      LUA_TLIGHTUSERDATA: 2,
      LUA_TNUMBER: 3,
      LUA_TSTRING: 4,
      LUA_TTABLE: 5,
      LUA_TFUNCTION: 6,
      LUA_TUSERDATA: 7,
      LUA_TTHREAD: 8,
      LUA_NUMTAGS: 9
    };
    constant_types.LUA_TSHRSTR = constant_types.LUA_TSTRING | 0 << 4;
    constant_types.LUA_TLNGSTR = constant_types.LUA_TSTRING | 1 << 4;
    constant_types.LUA_TNUMFLT = constant_types.LUA_TNUMBER | 0 << 4;
    constant_types.LUA_TNUMINT = constant_types.LUA_TNUMBER | 1 << 4;
    constant_types.LUA_TLCL = constant_types.LUA_TFUNCTION | 0 << 4;
    constant_types.LUA_TLCF = constant_types.LUA_TFUNCTION | 1 << 4;
    constant_types.LUA_TCCL = constant_types.LUA_TFUNCTION | 2 << 4;
    var LUA_OPADD = 0;
    var LUA_OPSUB = 1;
    var LUA_OPMUL = 2;
    var LUA_OPMOD = 3;
    var LUA_OPPOW = 4;
    var LUA_OPDIV = 5;
    var LUA_OPIDIV = 6;
    var LUA_OPBAND = 7;
    var LUA_OPBOR = 8;
    var LUA_OPBXOR = 9;
    var LUA_OPSHL = 10;
    var LUA_OPSHR = 11;
    var LUA_OPUNM = 12;
    var LUA_OPBNOT = 13;
    var LUA_OPEQ = 0;
    var LUA_OPLT = 1;
    var LUA_OPLE = 2;
    var LUA_MINSTACK = 20;
    var { LUAI_MAXSTACK } = require_luaconf();
    var LUA_REGISTRYINDEX = -LUAI_MAXSTACK - 1e3;
    var lua_upvalueindex = function(i2) {
      return LUA_REGISTRYINDEX - i2;
    };
    var LUA_RIDX_MAINTHREAD = 1;
    var LUA_RIDX_GLOBALS = 2;
    var LUA_RIDX_LAST = LUA_RIDX_GLOBALS;
    var lua_Debug = class {
      constructor() {
        this.event = NaN;
        this.name = null;
        this.namewhat = null;
        this.what = null;
        this.source = null;
        this.currentline = NaN;
        this.linedefined = NaN;
        this.lastlinedefined = NaN;
        this.nups = NaN;
        this.nparams = NaN;
        this.isvararg = NaN;
        this.istailcall = NaN;
        this.short_src = null;
        this.i_ci = null;
      }
    };
    var LUA_HOOKCALL = 0;
    var LUA_HOOKRET = 1;
    var LUA_HOOKLINE = 2;
    var LUA_HOOKCOUNT = 3;
    var LUA_HOOKTAILCALL = 4;
    var LUA_MASKCALL = 1 << LUA_HOOKCALL;
    var LUA_MASKRET = 1 << LUA_HOOKRET;
    var LUA_MASKLINE = 1 << LUA_HOOKLINE;
    var LUA_MASKCOUNT = 1 << LUA_HOOKCOUNT;
    module.exports.LUA_HOOKCALL = LUA_HOOKCALL;
    module.exports.LUA_HOOKCOUNT = LUA_HOOKCOUNT;
    module.exports.LUA_HOOKLINE = LUA_HOOKLINE;
    module.exports.LUA_HOOKRET = LUA_HOOKRET;
    module.exports.LUA_HOOKTAILCALL = LUA_HOOKTAILCALL;
    module.exports.LUA_MASKCALL = LUA_MASKCALL;
    module.exports.LUA_MASKCOUNT = LUA_MASKCOUNT;
    module.exports.LUA_MASKLINE = LUA_MASKLINE;
    module.exports.LUA_MASKRET = LUA_MASKRET;
    module.exports.LUA_MINSTACK = LUA_MINSTACK;
    module.exports.LUA_MULTRET = -1;
    module.exports.LUA_OPADD = LUA_OPADD;
    module.exports.LUA_OPBAND = LUA_OPBAND;
    module.exports.LUA_OPBNOT = LUA_OPBNOT;
    module.exports.LUA_OPBOR = LUA_OPBOR;
    module.exports.LUA_OPBXOR = LUA_OPBXOR;
    module.exports.LUA_OPDIV = LUA_OPDIV;
    module.exports.LUA_OPEQ = LUA_OPEQ;
    module.exports.LUA_OPIDIV = LUA_OPIDIV;
    module.exports.LUA_OPLE = LUA_OPLE;
    module.exports.LUA_OPLT = LUA_OPLT;
    module.exports.LUA_OPMOD = LUA_OPMOD;
    module.exports.LUA_OPMUL = LUA_OPMUL;
    module.exports.LUA_OPPOW = LUA_OPPOW;
    module.exports.LUA_OPSHL = LUA_OPSHL;
    module.exports.LUA_OPSHR = LUA_OPSHR;
    module.exports.LUA_OPSUB = LUA_OPSUB;
    module.exports.LUA_OPUNM = LUA_OPUNM;
    module.exports.LUA_REGISTRYINDEX = LUA_REGISTRYINDEX;
    module.exports.LUA_RIDX_GLOBALS = LUA_RIDX_GLOBALS;
    module.exports.LUA_RIDX_LAST = LUA_RIDX_LAST;
    module.exports.LUA_RIDX_MAINTHREAD = LUA_RIDX_MAINTHREAD;
    module.exports.constant_types = constant_types;
    module.exports.lua_Debug = lua_Debug;
    module.exports.lua_upvalueindex = lua_upvalueindex;
    module.exports.thread_status = thread_status;
  }
});

// node_modules/fengari/src/fengaricore.js
var require_fengaricore = __commonJS({
  "node_modules/fengari/src/fengaricore.js"(exports, module) {
    var defs = require_defs();
    var FENGARI_VERSION_MAJOR = "0";
    var FENGARI_VERSION_MINOR = "1";
    var FENGARI_VERSION_NUM = 1;
    var FENGARI_VERSION_RELEASE = "5";
    var FENGARI_VERSION = "Fengari " + FENGARI_VERSION_MAJOR + "." + FENGARI_VERSION_MINOR;
    var FENGARI_RELEASE = FENGARI_VERSION + "." + FENGARI_VERSION_RELEASE;
    var FENGARI_AUTHORS = "B. Giannangeli, Daurnimator";
    var FENGARI_COPYRIGHT = FENGARI_RELEASE + "  Copyright (C) 2017-2019 " + FENGARI_AUTHORS + "\nBased on: " + defs.LUA_COPYRIGHT;
    module.exports.FENGARI_AUTHORS = FENGARI_AUTHORS;
    module.exports.FENGARI_COPYRIGHT = FENGARI_COPYRIGHT;
    module.exports.FENGARI_RELEASE = FENGARI_RELEASE;
    module.exports.FENGARI_VERSION = FENGARI_VERSION;
    module.exports.FENGARI_VERSION_MAJOR = FENGARI_VERSION_MAJOR;
    module.exports.FENGARI_VERSION_MINOR = FENGARI_VERSION_MINOR;
    module.exports.FENGARI_VERSION_NUM = FENGARI_VERSION_NUM;
    module.exports.FENGARI_VERSION_RELEASE = FENGARI_VERSION_RELEASE;
    module.exports.is_luastring = defs.is_luastring;
    module.exports.luastring_eq = defs.luastring_eq;
    module.exports.luastring_from = defs.luastring_from;
    module.exports.luastring_indexOf = defs.luastring_indexOf;
    module.exports.luastring_of = defs.luastring_of;
    module.exports.to_jsstring = defs.to_jsstring;
    module.exports.to_luastring = defs.to_luastring;
    module.exports.to_uristring = defs.to_uristring;
    module.exports.from_userstring = defs.from_userstring;
  }
});

// node_modules/fengari/src/llimits.js
var require_llimits = __commonJS({
  "node_modules/fengari/src/llimits.js"(exports, module) {
    "use strict";
    var lua_assert = function(c3) {
      if (!c3) throw Error("assertion failed");
    };
    module.exports.lua_assert = lua_assert;
    var api_check = function(l, e, msg) {
      if (!e) throw Error(msg);
    };
    module.exports.api_check = api_check;
    var LUAI_MAXCCALLS = 200;
    module.exports.LUAI_MAXCCALLS = LUAI_MAXCCALLS;
    var LUA_MINBUFFER = 32;
    module.exports.LUA_MINBUFFER = LUA_MINBUFFER;
    var luai_nummod = function(L, a2, b) {
      let m = a2 % b;
      if (m * b < 0)
        m += b;
      return m;
    };
    module.exports.luai_nummod = luai_nummod;
    var MAX_INT = 2147483647;
    module.exports.MAX_INT = MAX_INT;
    var MIN_INT = -2147483648;
    module.exports.MIN_INT = MIN_INT;
  }
});

// node_modules/fengari/src/ljstype.js
var require_ljstype = __commonJS({
  "node_modules/fengari/src/ljstype.js"(exports, module) {
    "use strict";
    var { luastring_of } = require_defs();
    var luai_ctype_ = luastring_of(
      0,
      /* EOZ */
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      /* 0. */
      0,
      8,
      8,
      8,
      8,
      8,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      /* 1. */
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      12,
      4,
      4,
      4,
      4,
      4,
      4,
      4,
      /* 2. */
      4,
      4,
      4,
      4,
      4,
      4,
      4,
      4,
      22,
      22,
      22,
      22,
      22,
      22,
      22,
      22,
      /* 3. */
      22,
      22,
      4,
      4,
      4,
      4,
      4,
      4,
      4,
      21,
      21,
      21,
      21,
      21,
      21,
      5,
      /* 4. */
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      /* 5. */
      5,
      5,
      5,
      4,
      4,
      4,
      4,
      5,
      4,
      21,
      21,
      21,
      21,
      21,
      21,
      5,
      /* 6. */
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      5,
      /* 7. */
      5,
      5,
      5,
      4,
      4,
      4,
      4,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      /* 8. */
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      /* 9. */
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      /* a. */
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      /* b. */
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      /* c. */
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      /* d. */
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      /* e. */
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      /* f. */
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0
    );
    var ALPHABIT = 0;
    var DIGITBIT = 1;
    var PRINTBIT = 2;
    var SPACEBIT = 3;
    var XDIGITBIT = 4;
    var lisdigit = function(c3) {
      return (luai_ctype_[c3 + 1] & 1 << DIGITBIT) !== 0;
    };
    var lisxdigit = function(c3) {
      return (luai_ctype_[c3 + 1] & 1 << XDIGITBIT) !== 0;
    };
    var lisprint = function(c3) {
      return (luai_ctype_[c3 + 1] & 1 << PRINTBIT) !== 0;
    };
    var lisspace = function(c3) {
      return (luai_ctype_[c3 + 1] & 1 << SPACEBIT) !== 0;
    };
    var lislalpha = function(c3) {
      return (luai_ctype_[c3 + 1] & 1 << ALPHABIT) !== 0;
    };
    var lislalnum = function(c3) {
      return (luai_ctype_[c3 + 1] & (1 << ALPHABIT | 1 << DIGITBIT)) !== 0;
    };
    module.exports.lisdigit = lisdigit;
    module.exports.lislalnum = lislalnum;
    module.exports.lislalpha = lislalpha;
    module.exports.lisprint = lisprint;
    module.exports.lisspace = lisspace;
    module.exports.lisxdigit = lisxdigit;
  }
});

// node_modules/fengari/src/lstring.js
var require_lstring = __commonJS({
  "node_modules/fengari/src/lstring.js"(exports, module) {
    "use strict";
    var {
      is_luastring,
      luastring_eq,
      luastring_from,
      to_luastring: to_luastring10
    } = require_defs();
    var { lua_assert } = require_llimits();
    var TString = class {
      constructor(L, str) {
        this.hash = null;
        this.realstring = str;
      }
      getstr() {
        return this.realstring;
      }
      tsslen() {
        return this.realstring.length;
      }
    };
    var luaS_eqlngstr = function(a2, b) {
      lua_assert(a2 instanceof TString);
      lua_assert(b instanceof TString);
      return a2 == b || luastring_eq(a2.realstring, b.realstring);
    };
    var luaS_hash = function(str) {
      lua_assert(is_luastring(str));
      let len = str.length;
      let s = "|";
      for (let i2 = 0; i2 < len; i2++)
        s += str[i2].toString(16);
      return s;
    };
    var luaS_hashlongstr = function(ts) {
      lua_assert(ts instanceof TString);
      if (ts.hash === null) {
        ts.hash = luaS_hash(ts.getstr());
      }
      return ts.hash;
    };
    var luaS_bless = function(L, str) {
      lua_assert(str instanceof Uint8Array);
      return new TString(L, str);
    };
    var luaS_new = function(L, str) {
      return luaS_bless(L, luastring_from(str));
    };
    var luaS_newliteral = function(L, str) {
      return luaS_bless(L, to_luastring10(str));
    };
    module.exports.luaS_eqlngstr = luaS_eqlngstr;
    module.exports.luaS_hash = luaS_hash;
    module.exports.luaS_hashlongstr = luaS_hashlongstr;
    module.exports.luaS_bless = luaS_bless;
    module.exports.luaS_new = luaS_new;
    module.exports.luaS_newliteral = luaS_newliteral;
    module.exports.TString = TString;
  }
});

// node_modules/fengari/src/ltable.js
var require_ltable = __commonJS({
  "node_modules/fengari/src/ltable.js"(exports, module) {
    "use strict";
    var {
      constant_types: {
        LUA_TBOOLEAN,
        LUA_TCCL,
        LUA_TLCF,
        LUA_TLCL,
        LUA_TLIGHTUSERDATA,
        LUA_TLNGSTR,
        LUA_TNIL,
        LUA_TNUMFLT,
        LUA_TNUMINT,
        LUA_TSHRSTR,
        LUA_TTABLE,
        LUA_TTHREAD,
        LUA_TUSERDATA
      },
      to_luastring: to_luastring10
    } = require_defs();
    var {
      LUA_MAXINTEGER
    } = require_luaconf();
    var { lua_assert } = require_llimits();
    var ldebug = require_ldebug();
    var lobject = require_lobject();
    var {
      luaS_hashlongstr,
      TString
    } = require_lstring();
    var lstate = require_lstate();
    var lightuserdata_hashes = /* @__PURE__ */ new WeakMap();
    var get_lightuserdata_hash = function(v) {
      let hash = lightuserdata_hashes.get(v);
      if (!hash) {
        hash = {};
        lightuserdata_hashes.set(v, hash);
      }
      return hash;
    };
    var table_hash = function(L, key) {
      switch (key.type) {
        case LUA_TNIL:
          return ldebug.luaG_runerror(L, to_luastring10("table index is nil", true));
        case LUA_TNUMFLT:
          if (isNaN(key.value))
            return ldebug.luaG_runerror(L, to_luastring10("table index is NaN", true));
        /* fall through */
        case LUA_TNUMINT:
        /* takes advantage of floats and integers being same in JS */
        case LUA_TBOOLEAN:
        case LUA_TTABLE:
        case LUA_TLCL:
        case LUA_TLCF:
        case LUA_TCCL:
        case LUA_TUSERDATA:
        case LUA_TTHREAD:
          return key.value;
        case LUA_TSHRSTR:
        case LUA_TLNGSTR:
          return luaS_hashlongstr(key.tsvalue());
        case LUA_TLIGHTUSERDATA: {
          let v = key.value;
          switch (typeof v) {
            case "string":
              return "*" + v;
            case "number":
              return "#" + v;
            case "boolean":
              return v ? "?true" : "?false";
            case "function":
              return get_lightuserdata_hash(v);
            case "object":
              if (v instanceof lstate.lua_State && v.l_G === L.l_G || v instanceof Table || v instanceof lobject.Udata || v instanceof lobject.LClosure || v instanceof lobject.CClosure) {
                return get_lightuserdata_hash(v);
              }
            /* fall through */
            default:
              return v;
          }
        }
        default:
          throw new Error("unknown key type: " + key.type);
      }
    };
    var Table = class {
      constructor(L) {
        this.id = L.l_G.id_counter++;
        this.strong = /* @__PURE__ */ new Map();
        this.dead_strong = /* @__PURE__ */ new Map();
        this.dead_weak = void 0;
        this.f = void 0;
        this.l = void 0;
        this.metatable = null;
        this.flags = ~0;
      }
    };
    var invalidateTMcache = function(t) {
      t.flags = 0;
    };
    var add = function(t, hash, key, value) {
      t.dead_strong.clear();
      t.dead_weak = void 0;
      let prev = null;
      let entry = {
        key,
        value,
        p: prev = t.l,
        n: void 0
      };
      if (!t.f) t.f = entry;
      if (prev) prev.n = entry;
      t.strong.set(hash, entry);
      t.l = entry;
    };
    var is_valid_weakmap_key = function(k) {
      return typeof k === "object" ? k !== null : typeof k === "function";
    };
    var mark_dead = function(t, hash) {
      let e = t.strong.get(hash);
      if (e) {
        e.key.setdeadvalue();
        e.value = void 0;
        let next = e.n;
        let prev = e.p;
        e.p = void 0;
        if (prev) prev.n = next;
        if (next) next.p = prev;
        if (t.f === e) t.f = next;
        if (t.l === e) t.l = prev;
        t.strong.delete(hash);
        if (is_valid_weakmap_key(hash)) {
          if (!t.dead_weak) t.dead_weak = /* @__PURE__ */ new WeakMap();
          t.dead_weak.set(hash, e);
        } else {
          t.dead_strong.set(hash, e);
        }
      }
    };
    var luaH_new = function(L) {
      return new Table(L);
    };
    var getgeneric = function(t, hash) {
      let v = t.strong.get(hash);
      return v ? v.value : lobject.luaO_nilobject;
    };
    var luaH_getint = function(t, key) {
      lua_assert(typeof key == "number" && (key | 0) === key);
      return getgeneric(t, key);
    };
    var luaH_getstr = function(t, key) {
      lua_assert(key instanceof TString);
      return getgeneric(t, luaS_hashlongstr(key));
    };
    var luaH_get = function(L, t, key) {
      lua_assert(key instanceof lobject.TValue);
      if (key.ttisnil() || key.ttisfloat() && isNaN(key.value))
        return lobject.luaO_nilobject;
      return getgeneric(t, table_hash(L, key));
    };
    var luaH_setint = function(t, key, value) {
      lua_assert(typeof key == "number" && (key | 0) === key && value instanceof lobject.TValue);
      let hash = key;
      if (value.ttisnil()) {
        mark_dead(t, hash);
        return;
      }
      let e = t.strong.get(hash);
      if (e) {
        let tv = e.value;
        tv.setfrom(value);
      } else {
        let k = new lobject.TValue(LUA_TNUMINT, key);
        let v = new lobject.TValue(value.type, value.value);
        add(t, hash, k, v);
      }
    };
    var luaH_setfrom = function(L, t, key, value) {
      lua_assert(key instanceof lobject.TValue);
      let hash = table_hash(L, key);
      if (value.ttisnil()) {
        mark_dead(t, hash);
        return;
      }
      let e = t.strong.get(hash);
      if (e) {
        e.value.setfrom(value);
      } else {
        let k;
        let kv = key.value;
        if (key.ttisfloat() && (kv | 0) === kv) {
          k = new lobject.TValue(LUA_TNUMINT, kv);
        } else {
          k = new lobject.TValue(key.type, kv);
        }
        let v = new lobject.TValue(value.type, value.value);
        add(t, hash, k, v);
      }
    };
    var luaH_getn = function(t) {
      let i2 = 0;
      let j = t.strong.size + 1;
      while (!luaH_getint(t, j).ttisnil()) {
        i2 = j;
        if (j > LUA_MAXINTEGER / 2) {
          i2 = 1;
          while (!luaH_getint(t, i2).ttisnil()) i2++;
          return i2 - 1;
        }
        j *= 2;
      }
      while (j - i2 > 1) {
        let m = Math.floor((i2 + j) / 2);
        if (luaH_getint(t, m).ttisnil()) j = m;
        else i2 = m;
      }
      return i2;
    };
    var luaH_next = function(L, table, keyI) {
      let keyO = L.stack[keyI];
      let entry;
      if (keyO.type === LUA_TNIL) {
        entry = table.f;
        if (!entry)
          return false;
      } else {
        let hash = table_hash(L, keyO);
        entry = table.strong.get(hash);
        if (entry) {
          entry = entry.n;
          if (!entry)
            return false;
        } else {
          entry = table.dead_weak && table.dead_weak.get(hash) || table.dead_strong.get(hash);
          if (!entry)
            return ldebug.luaG_runerror(L, to_luastring10("invalid key to 'next'"));
          do {
            entry = entry.n;
            if (!entry)
              return false;
          } while (entry.key.ttisdeadkey());
        }
      }
      lobject.setobj2s(L, keyI, entry.key);
      lobject.setobj2s(L, keyI + 1, entry.value);
      return true;
    };
    module.exports.invalidateTMcache = invalidateTMcache;
    module.exports.luaH_get = luaH_get;
    module.exports.luaH_getint = luaH_getint;
    module.exports.luaH_getn = luaH_getn;
    module.exports.luaH_getstr = luaH_getstr;
    module.exports.luaH_setfrom = luaH_setfrom;
    module.exports.luaH_setint = luaH_setint;
    module.exports.luaH_new = luaH_new;
    module.exports.luaH_next = luaH_next;
    module.exports.Table = Table;
  }
});

// node_modules/fengari/src/lopcodes.js
var require_lopcodes = __commonJS({
  "node_modules/fengari/src/lopcodes.js"(exports, module) {
    "use strict";
    var OpCodes = [
      "MOVE",
      "LOADK",
      "LOADKX",
      "LOADBOOL",
      "LOADNIL",
      "GETUPVAL",
      "GETTABUP",
      "GETTABLE",
      "SETTABUP",
      "SETUPVAL",
      "SETTABLE",
      "NEWTABLE",
      "SELF",
      "ADD",
      "SUB",
      "MUL",
      "MOD",
      "POW",
      "DIV",
      "IDIV",
      "BAND",
      "BOR",
      "BXOR",
      "SHL",
      "SHR",
      "UNM",
      "BNOT",
      "NOT",
      "LEN",
      "CONCAT",
      "JMP",
      "EQ",
      "LT",
      "LE",
      "TEST",
      "TESTSET",
      "CALL",
      "TAILCALL",
      "RETURN",
      "FORLOOP",
      "FORPREP",
      "TFORCALL",
      "TFORLOOP",
      "SETLIST",
      "CLOSURE",
      "VARARG",
      "EXTRAARG"
    ];
    var OpCodesI = {
      OP_MOVE: 0,
      OP_LOADK: 1,
      OP_LOADKX: 2,
      OP_LOADBOOL: 3,
      OP_LOADNIL: 4,
      OP_GETUPVAL: 5,
      OP_GETTABUP: 6,
      OP_GETTABLE: 7,
      OP_SETTABUP: 8,
      OP_SETUPVAL: 9,
      OP_SETTABLE: 10,
      OP_NEWTABLE: 11,
      OP_SELF: 12,
      OP_ADD: 13,
      OP_SUB: 14,
      OP_MUL: 15,
      OP_MOD: 16,
      OP_POW: 17,
      OP_DIV: 18,
      OP_IDIV: 19,
      OP_BAND: 20,
      OP_BOR: 21,
      OP_BXOR: 22,
      OP_SHL: 23,
      OP_SHR: 24,
      OP_UNM: 25,
      OP_BNOT: 26,
      OP_NOT: 27,
      OP_LEN: 28,
      OP_CONCAT: 29,
      OP_JMP: 30,
      OP_EQ: 31,
      OP_LT: 32,
      OP_LE: 33,
      OP_TEST: 34,
      OP_TESTSET: 35,
      OP_CALL: 36,
      OP_TAILCALL: 37,
      OP_RETURN: 38,
      OP_FORLOOP: 39,
      OP_FORPREP: 40,
      OP_TFORCALL: 41,
      OP_TFORLOOP: 42,
      OP_SETLIST: 43,
      OP_CLOSURE: 44,
      OP_VARARG: 45,
      OP_EXTRAARG: 46
    };
    var OpArgN = 0;
    var OpArgU = 1;
    var OpArgR = 2;
    var OpArgK = 3;
    var iABC = 0;
    var iABx = 1;
    var iAsBx = 2;
    var iAx = 3;
    var luaP_opmodes = [
      0 << 7 | 1 << 6 | OpArgR << 4 | OpArgN << 2 | iABC,
      /* OP_MOVE */
      0 << 7 | 1 << 6 | OpArgK << 4 | OpArgN << 2 | iABx,
      /* OP_LOADK */
      0 << 7 | 1 << 6 | OpArgN << 4 | OpArgN << 2 | iABx,
      /* OP_LOADKX */
      0 << 7 | 1 << 6 | OpArgU << 4 | OpArgU << 2 | iABC,
      /* OP_LOADBOOL */
      0 << 7 | 1 << 6 | OpArgU << 4 | OpArgN << 2 | iABC,
      /* OP_LOADNIL */
      0 << 7 | 1 << 6 | OpArgU << 4 | OpArgN << 2 | iABC,
      /* OP_GETUPVAL */
      0 << 7 | 1 << 6 | OpArgU << 4 | OpArgK << 2 | iABC,
      /* OP_GETTABUP */
      0 << 7 | 1 << 6 | OpArgR << 4 | OpArgK << 2 | iABC,
      /* OP_GETTABLE */
      0 << 7 | 0 << 6 | OpArgK << 4 | OpArgK << 2 | iABC,
      /* OP_SETTABUP */
      0 << 7 | 0 << 6 | OpArgU << 4 | OpArgN << 2 | iABC,
      /* OP_SETUPVAL */
      0 << 7 | 0 << 6 | OpArgK << 4 | OpArgK << 2 | iABC,
      /* OP_SETTABLE */
      0 << 7 | 1 << 6 | OpArgU << 4 | OpArgU << 2 | iABC,
      /* OP_NEWTABLE */
      0 << 7 | 1 << 6 | OpArgR << 4 | OpArgK << 2 | iABC,
      /* OP_SELF */
      0 << 7 | 1 << 6 | OpArgK << 4 | OpArgK << 2 | iABC,
      /* OP_ADD */
      0 << 7 | 1 << 6 | OpArgK << 4 | OpArgK << 2 | iABC,
      /* OP_SUB */
      0 << 7 | 1 << 6 | OpArgK << 4 | OpArgK << 2 | iABC,
      /* OP_MUL */
      0 << 7 | 1 << 6 | OpArgK << 4 | OpArgK << 2 | iABC,
      /* OP_MOD */
      0 << 7 | 1 << 6 | OpArgK << 4 | OpArgK << 2 | iABC,
      /* OP_POW */
      0 << 7 | 1 << 6 | OpArgK << 4 | OpArgK << 2 | iABC,
      /* OP_DIV */
      0 << 7 | 1 << 6 | OpArgK << 4 | OpArgK << 2 | iABC,
      /* OP_IDIV */
      0 << 7 | 1 << 6 | OpArgK << 4 | OpArgK << 2 | iABC,
      /* OP_BAND */
      0 << 7 | 1 << 6 | OpArgK << 4 | OpArgK << 2 | iABC,
      /* OP_BOR */
      0 << 7 | 1 << 6 | OpArgK << 4 | OpArgK << 2 | iABC,
      /* OP_BXOR */
      0 << 7 | 1 << 6 | OpArgK << 4 | OpArgK << 2 | iABC,
      /* OP_SHL */
      0 << 7 | 1 << 6 | OpArgK << 4 | OpArgK << 2 | iABC,
      /* OP_SHR */
      0 << 7 | 1 << 6 | OpArgR << 4 | OpArgN << 2 | iABC,
      /* OP_UNM */
      0 << 7 | 1 << 6 | OpArgR << 4 | OpArgN << 2 | iABC,
      /* OP_BNOT */
      0 << 7 | 1 << 6 | OpArgR << 4 | OpArgN << 2 | iABC,
      /* OP_NOT */
      0 << 7 | 1 << 6 | OpArgR << 4 | OpArgN << 2 | iABC,
      /* OP_LEN */
      0 << 7 | 1 << 6 | OpArgR << 4 | OpArgR << 2 | iABC,
      /* OP_CONCAT */
      0 << 7 | 0 << 6 | OpArgR << 4 | OpArgN << 2 | iAsBx,
      /* OP_JMP */
      1 << 7 | 0 << 6 | OpArgK << 4 | OpArgK << 2 | iABC,
      /* OP_EQ */
      1 << 7 | 0 << 6 | OpArgK << 4 | OpArgK << 2 | iABC,
      /* OP_LT */
      1 << 7 | 0 << 6 | OpArgK << 4 | OpArgK << 2 | iABC,
      /* OP_LE */
      1 << 7 | 0 << 6 | OpArgN << 4 | OpArgU << 2 | iABC,
      /* OP_TEST */
      1 << 7 | 1 << 6 | OpArgR << 4 | OpArgU << 2 | iABC,
      /* OP_TESTSET */
      0 << 7 | 1 << 6 | OpArgU << 4 | OpArgU << 2 | iABC,
      /* OP_CALL */
      0 << 7 | 1 << 6 | OpArgU << 4 | OpArgU << 2 | iABC,
      /* OP_TAILCALL */
      0 << 7 | 0 << 6 | OpArgU << 4 | OpArgN << 2 | iABC,
      /* OP_RETURN */
      0 << 7 | 1 << 6 | OpArgR << 4 | OpArgN << 2 | iAsBx,
      /* OP_FORLOOP */
      0 << 7 | 1 << 6 | OpArgR << 4 | OpArgN << 2 | iAsBx,
      /* OP_FORPREP */
      0 << 7 | 0 << 6 | OpArgN << 4 | OpArgU << 2 | iABC,
      /* OP_TFORCALL */
      0 << 7 | 1 << 6 | OpArgR << 4 | OpArgN << 2 | iAsBx,
      /* OP_TFORLOOP */
      0 << 7 | 0 << 6 | OpArgU << 4 | OpArgU << 2 | iABC,
      /* OP_SETLIST */
      0 << 7 | 1 << 6 | OpArgU << 4 | OpArgN << 2 | iABx,
      /* OP_CLOSURE */
      0 << 7 | 1 << 6 | OpArgU << 4 | OpArgN << 2 | iABC,
      /* OP_VARARG */
      0 << 7 | 0 << 6 | OpArgU << 4 | OpArgU << 2 | iAx
      /* OP_EXTRAARG */
    ];
    var getOpMode = function(m) {
      return luaP_opmodes[m] & 3;
    };
    var getBMode = function(m) {
      return luaP_opmodes[m] >> 4 & 3;
    };
    var getCMode = function(m) {
      return luaP_opmodes[m] >> 2 & 3;
    };
    var testAMode = function(m) {
      return luaP_opmodes[m] & 1 << 6;
    };
    var testTMode = function(m) {
      return luaP_opmodes[m] & 1 << 7;
    };
    var SIZE_C = 9;
    var SIZE_B = 9;
    var SIZE_Bx = SIZE_C + SIZE_B;
    var SIZE_A = 8;
    var SIZE_Ax = SIZE_C + SIZE_B + SIZE_A;
    var SIZE_OP = 6;
    var POS_OP = 0;
    var POS_A = POS_OP + SIZE_OP;
    var POS_C = POS_A + SIZE_A;
    var POS_B = POS_C + SIZE_C;
    var POS_Bx = POS_C;
    var POS_Ax = POS_A;
    var MAXARG_Bx = (1 << SIZE_Bx) - 1;
    var MAXARG_sBx = MAXARG_Bx >> 1;
    var MAXARG_Ax = (1 << SIZE_Ax) - 1;
    var MAXARG_A = (1 << SIZE_A) - 1;
    var MAXARG_B = (1 << SIZE_B) - 1;
    var MAXARG_C = (1 << SIZE_C) - 1;
    var BITRK = 1 << SIZE_B - 1;
    var MAXINDEXRK = BITRK - 1;
    var NO_REG = MAXARG_A;
    var ISK = function(x) {
      return x & BITRK;
    };
    var INDEXK = function(r) {
      return r & ~BITRK;
    };
    var RKASK = function(x) {
      return x | BITRK;
    };
    var MASK1 = function(n2, p) {
      return ~(~0 << n2) << p;
    };
    var MASK0 = function(n2, p) {
      return ~MASK1(n2, p);
    };
    var GET_OPCODE = function(i2) {
      return i2.opcode;
    };
    var SET_OPCODE = function(i2, o2) {
      i2.code = i2.code & MASK0(SIZE_OP, POS_OP) | o2 << POS_OP & MASK1(SIZE_OP, POS_OP);
      return fullins(i2);
    };
    var setarg = function(i2, v, pos, size) {
      i2.code = i2.code & MASK0(size, pos) | v << pos & MASK1(size, pos);
      return fullins(i2);
    };
    var GETARG_A = function(i2) {
      return i2.A;
    };
    var SETARG_A = function(i2, v) {
      return setarg(i2, v, POS_A, SIZE_A);
    };
    var GETARG_B = function(i2) {
      return i2.B;
    };
    var SETARG_B = function(i2, v) {
      return setarg(i2, v, POS_B, SIZE_B);
    };
    var GETARG_C = function(i2) {
      return i2.C;
    };
    var SETARG_C = function(i2, v) {
      return setarg(i2, v, POS_C, SIZE_C);
    };
    var GETARG_Bx = function(i2) {
      return i2.Bx;
    };
    var SETARG_Bx = function(i2, v) {
      return setarg(i2, v, POS_Bx, SIZE_Bx);
    };
    var GETARG_Ax = function(i2) {
      return i2.Ax;
    };
    var SETARG_Ax = function(i2, v) {
      return setarg(i2, v, POS_Ax, SIZE_Ax);
    };
    var GETARG_sBx = function(i2) {
      return i2.sBx;
    };
    var SETARG_sBx = function(i2, b) {
      return SETARG_Bx(i2, b + MAXARG_sBx);
    };
    var fullins = function(ins) {
      if (typeof ins === "number") {
        return {
          code: ins,
          opcode: ins >> POS_OP & MASK1(SIZE_OP, 0),
          A: ins >> POS_A & MASK1(SIZE_A, 0),
          B: ins >> POS_B & MASK1(SIZE_B, 0),
          C: ins >> POS_C & MASK1(SIZE_C, 0),
          Bx: ins >> POS_Bx & MASK1(SIZE_Bx, 0),
          Ax: ins >> POS_Ax & MASK1(SIZE_Ax, 0),
          sBx: (ins >> POS_Bx & MASK1(SIZE_Bx, 0)) - MAXARG_sBx
        };
      } else {
        let i2 = ins.code;
        ins.opcode = i2 >> POS_OP & MASK1(SIZE_OP, 0);
        ins.A = i2 >> POS_A & MASK1(SIZE_A, 0);
        ins.B = i2 >> POS_B & MASK1(SIZE_B, 0);
        ins.C = i2 >> POS_C & MASK1(SIZE_C, 0);
        ins.Bx = i2 >> POS_Bx & MASK1(SIZE_Bx, 0);
        ins.Ax = i2 >> POS_Ax & MASK1(SIZE_Ax, 0);
        ins.sBx = (i2 >> POS_Bx & MASK1(SIZE_Bx, 0)) - MAXARG_sBx;
        return ins;
      }
    };
    var CREATE_ABC = function(o2, a2, b, c3) {
      return fullins(o2 << POS_OP | a2 << POS_A | b << POS_B | c3 << POS_C);
    };
    var CREATE_ABx = function(o2, a2, bc) {
      return fullins(o2 << POS_OP | a2 << POS_A | bc << POS_Bx);
    };
    var CREATE_Ax = function(o2, a2) {
      return fullins(o2 << POS_OP | a2 << POS_Ax);
    };
    var LFIELDS_PER_FLUSH = 50;
    module.exports.BITRK = BITRK;
    module.exports.CREATE_ABC = CREATE_ABC;
    module.exports.CREATE_ABx = CREATE_ABx;
    module.exports.CREATE_Ax = CREATE_Ax;
    module.exports.GET_OPCODE = GET_OPCODE;
    module.exports.GETARG_A = GETARG_A;
    module.exports.GETARG_B = GETARG_B;
    module.exports.GETARG_C = GETARG_C;
    module.exports.GETARG_Bx = GETARG_Bx;
    module.exports.GETARG_Ax = GETARG_Ax;
    module.exports.GETARG_sBx = GETARG_sBx;
    module.exports.INDEXK = INDEXK;
    module.exports.ISK = ISK;
    module.exports.LFIELDS_PER_FLUSH = LFIELDS_PER_FLUSH;
    module.exports.MAXARG_A = MAXARG_A;
    module.exports.MAXARG_Ax = MAXARG_Ax;
    module.exports.MAXARG_B = MAXARG_B;
    module.exports.MAXARG_Bx = MAXARG_Bx;
    module.exports.MAXARG_C = MAXARG_C;
    module.exports.MAXARG_sBx = MAXARG_sBx;
    module.exports.MAXINDEXRK = MAXINDEXRK;
    module.exports.NO_REG = NO_REG;
    module.exports.OpArgK = OpArgK;
    module.exports.OpArgN = OpArgN;
    module.exports.OpArgR = OpArgR;
    module.exports.OpArgU = OpArgU;
    module.exports.OpCodes = OpCodes;
    module.exports.OpCodesI = OpCodesI;
    module.exports.POS_A = POS_A;
    module.exports.POS_Ax = POS_Ax;
    module.exports.POS_B = POS_B;
    module.exports.POS_Bx = POS_Bx;
    module.exports.POS_C = POS_C;
    module.exports.POS_OP = POS_OP;
    module.exports.RKASK = RKASK;
    module.exports.SETARG_A = SETARG_A;
    module.exports.SETARG_Ax = SETARG_Ax;
    module.exports.SETARG_B = SETARG_B;
    module.exports.SETARG_Bx = SETARG_Bx;
    module.exports.SETARG_C = SETARG_C;
    module.exports.SETARG_sBx = SETARG_sBx;
    module.exports.SET_OPCODE = SET_OPCODE;
    module.exports.SIZE_A = SIZE_A;
    module.exports.SIZE_Ax = SIZE_Ax;
    module.exports.SIZE_B = SIZE_B;
    module.exports.SIZE_Bx = SIZE_Bx;
    module.exports.SIZE_C = SIZE_C;
    module.exports.SIZE_OP = SIZE_OP;
    module.exports.fullins = fullins;
    module.exports.getBMode = getBMode;
    module.exports.getCMode = getCMode;
    module.exports.getOpMode = getOpMode;
    module.exports.iABC = iABC;
    module.exports.iABx = iABx;
    module.exports.iAsBx = iAsBx;
    module.exports.iAx = iAx;
    module.exports.testAMode = testAMode;
    module.exports.testTMode = testTMode;
  }
});

// node_modules/fengari/src/lvm.js
var require_lvm = __commonJS({
  "node_modules/fengari/src/lvm.js"(exports, module) {
    "use strict";
    var {
      LUA_MASKLINE,
      LUA_MASKCOUNT,
      LUA_MULTRET,
      constant_types: {
        LUA_TBOOLEAN,
        LUA_TLCF,
        LUA_TLIGHTUSERDATA,
        LUA_TLNGSTR,
        LUA_TNIL,
        LUA_TNUMBER,
        LUA_TNUMFLT,
        LUA_TNUMINT,
        LUA_TSHRSTR,
        LUA_TTABLE,
        LUA_TUSERDATA
      },
      to_luastring: to_luastring10
    } = require_defs();
    var {
      INDEXK,
      ISK,
      LFIELDS_PER_FLUSH,
      OpCodesI: {
        OP_ADD,
        OP_BAND,
        OP_BNOT,
        OP_BOR,
        OP_BXOR,
        OP_CALL,
        OP_CLOSURE,
        OP_CONCAT,
        OP_DIV,
        OP_EQ,
        OP_EXTRAARG,
        OP_FORLOOP,
        OP_FORPREP,
        OP_GETTABLE,
        OP_GETTABUP,
        OP_GETUPVAL,
        OP_IDIV,
        OP_JMP,
        OP_LE,
        OP_LEN,
        OP_LOADBOOL,
        OP_LOADK,
        OP_LOADKX,
        OP_LOADNIL,
        OP_LT,
        OP_MOD,
        OP_MOVE,
        OP_MUL,
        OP_NEWTABLE,
        OP_NOT,
        OP_POW,
        OP_RETURN,
        OP_SELF,
        OP_SETLIST,
        OP_SETTABLE,
        OP_SETTABUP,
        OP_SETUPVAL,
        OP_SHL,
        OP_SHR,
        OP_SUB,
        OP_TAILCALL,
        OP_TEST,
        OP_TESTSET,
        OP_TFORCALL,
        OP_TFORLOOP,
        OP_UNM,
        OP_VARARG
      }
    } = require_lopcodes();
    var {
      LUA_MAXINTEGER,
      LUA_MININTEGER,
      lua_numbertointeger
    } = require_luaconf();
    var {
      lua_assert,
      luai_nummod
    } = require_llimits();
    var lobject = require_lobject();
    var lfunc = require_lfunc();
    var lstate = require_lstate();
    var {
      luaS_bless,
      luaS_eqlngstr,
      luaS_hashlongstr
    } = require_lstring();
    var ldo = require_ldo();
    var ltm = require_ltm();
    var ltable = require_ltable();
    var ldebug = require_ldebug();
    var luaV_finishOp = function(L) {
      let ci = L.ci;
      let base = ci.l_base;
      let inst = ci.l_code[ci.l_savedpc - 1];
      let op = inst.opcode;
      switch (op) {
        /* finish its execution */
        case OP_ADD:
        case OP_SUB:
        case OP_MUL:
        case OP_DIV:
        case OP_IDIV:
        case OP_BAND:
        case OP_BOR:
        case OP_BXOR:
        case OP_SHL:
        case OP_SHR:
        case OP_MOD:
        case OP_POW:
        case OP_UNM:
        case OP_BNOT:
        case OP_LEN:
        case OP_GETTABUP:
        case OP_GETTABLE:
        case OP_SELF: {
          lobject.setobjs2s(L, base + inst.A, L.top - 1);
          delete L.stack[--L.top];
          break;
        }
        case OP_LE:
        case OP_LT:
        case OP_EQ: {
          let res = !L.stack[L.top - 1].l_isfalse();
          delete L.stack[--L.top];
          if (ci.callstatus & lstate.CIST_LEQ) {
            lua_assert(op === OP_LE);
            ci.callstatus ^= lstate.CIST_LEQ;
            res = !res;
          }
          lua_assert(ci.l_code[ci.l_savedpc].opcode === OP_JMP);
          if (res !== (inst.A ? true : false))
            ci.l_savedpc++;
          break;
        }
        case OP_CONCAT: {
          let top = L.top - 1;
          let b = inst.B;
          let total = top - 1 - (base + b);
          lobject.setobjs2s(L, top - 2, top);
          if (total > 1) {
            L.top = top - 1;
            luaV_concat(L, total);
          }
          lobject.setobjs2s(L, ci.l_base + inst.A, L.top - 1);
          ldo.adjust_top(L, ci.top);
          break;
        }
        case OP_TFORCALL: {
          lua_assert(ci.l_code[ci.l_savedpc].opcode === OP_TFORLOOP);
          ldo.adjust_top(L, ci.top);
          break;
        }
        case OP_CALL: {
          if (inst.C - 1 >= 0)
            ldo.adjust_top(L, ci.top);
          break;
        }
      }
    };
    var RA = function(L, base, i2) {
      return base + i2.A;
    };
    var RB = function(L, base, i2) {
      return base + i2.B;
    };
    var RKB = function(L, base, k, i2) {
      return ISK(i2.B) ? k[INDEXK(i2.B)] : L.stack[base + i2.B];
    };
    var RKC = function(L, base, k, i2) {
      return ISK(i2.C) ? k[INDEXK(i2.C)] : L.stack[base + i2.C];
    };
    var luaV_execute = function(L) {
      let ci = L.ci;
      ci.callstatus |= lstate.CIST_FRESH;
      newframe:
        for (; ; ) {
          lua_assert(ci === L.ci);
          let cl = ci.func.value;
          let k = cl.p.k;
          let base = ci.l_base;
          let i2 = ci.l_code[ci.l_savedpc++];
          if (L.hookmask & (LUA_MASKLINE | LUA_MASKCOUNT)) {
            ldebug.luaG_traceexec(L);
          }
          let ra = RA(L, base, i2);
          let opcode = i2.opcode;
          switch (opcode) {
            case OP_MOVE: {
              lobject.setobjs2s(L, ra, RB(L, base, i2));
              break;
            }
            case OP_LOADK: {
              let konst = k[i2.Bx];
              lobject.setobj2s(L, ra, konst);
              break;
            }
            case OP_LOADKX: {
              lua_assert(ci.l_code[ci.l_savedpc].opcode === OP_EXTRAARG);
              let konst = k[ci.l_code[ci.l_savedpc++].Ax];
              lobject.setobj2s(L, ra, konst);
              break;
            }
            case OP_LOADBOOL: {
              L.stack[ra].setbvalue(i2.B !== 0);
              if (i2.C !== 0)
                ci.l_savedpc++;
              break;
            }
            case OP_LOADNIL: {
              for (let j = 0; j <= i2.B; j++)
                L.stack[ra + j].setnilvalue();
              break;
            }
            case OP_GETUPVAL: {
              let b = i2.B;
              lobject.setobj2s(L, ra, cl.upvals[b]);
              break;
            }
            case OP_GETTABUP: {
              let upval = cl.upvals[i2.B];
              let rc = RKC(L, base, k, i2);
              luaV_gettable(L, upval, rc, ra);
              break;
            }
            case OP_GETTABLE: {
              let rb = L.stack[RB(L, base, i2)];
              let rc = RKC(L, base, k, i2);
              luaV_gettable(L, rb, rc, ra);
              break;
            }
            case OP_SETTABUP: {
              let upval = cl.upvals[i2.A];
              let rb = RKB(L, base, k, i2);
              let rc = RKC(L, base, k, i2);
              settable(L, upval, rb, rc);
              break;
            }
            case OP_SETUPVAL: {
              let uv = cl.upvals[i2.B];
              uv.setfrom(L.stack[ra]);
              break;
            }
            case OP_SETTABLE: {
              let table = L.stack[ra];
              let key = RKB(L, base, k, i2);
              let v = RKC(L, base, k, i2);
              settable(L, table, key, v);
              break;
            }
            case OP_NEWTABLE: {
              L.stack[ra].sethvalue(ltable.luaH_new(L));
              break;
            }
            case OP_SELF: {
              let rb = RB(L, base, i2);
              let rc = RKC(L, base, k, i2);
              lobject.setobjs2s(L, ra + 1, rb);
              luaV_gettable(L, L.stack[rb], rc, ra);
              break;
            }
            case OP_ADD: {
              let op1 = RKB(L, base, k, i2);
              let op2 = RKC(L, base, k, i2);
              let numberop1, numberop2;
              if (op1.ttisinteger() && op2.ttisinteger()) {
                L.stack[ra].setivalue(op1.value + op2.value | 0);
              } else if ((numberop1 = tonumber(op1)) !== false && (numberop2 = tonumber(op2)) !== false) {
                L.stack[ra].setfltvalue(numberop1 + numberop2);
              } else {
                ltm.luaT_trybinTM(L, op1, op2, L.stack[ra], ltm.TMS.TM_ADD);
              }
              break;
            }
            case OP_SUB: {
              let op1 = RKB(L, base, k, i2);
              let op2 = RKC(L, base, k, i2);
              let numberop1, numberop2;
              if (op1.ttisinteger() && op2.ttisinteger()) {
                L.stack[ra].setivalue(op1.value - op2.value | 0);
              } else if ((numberop1 = tonumber(op1)) !== false && (numberop2 = tonumber(op2)) !== false) {
                L.stack[ra].setfltvalue(numberop1 - numberop2);
              } else {
                ltm.luaT_trybinTM(L, op1, op2, L.stack[ra], ltm.TMS.TM_SUB);
              }
              break;
            }
            case OP_MUL: {
              let op1 = RKB(L, base, k, i2);
              let op2 = RKC(L, base, k, i2);
              let numberop1, numberop2;
              if (op1.ttisinteger() && op2.ttisinteger()) {
                L.stack[ra].setivalue(luaV_imul(op1.value, op2.value));
              } else if ((numberop1 = tonumber(op1)) !== false && (numberop2 = tonumber(op2)) !== false) {
                L.stack[ra].setfltvalue(numberop1 * numberop2);
              } else {
                ltm.luaT_trybinTM(L, op1, op2, L.stack[ra], ltm.TMS.TM_MUL);
              }
              break;
            }
            case OP_MOD: {
              let op1 = RKB(L, base, k, i2);
              let op2 = RKC(L, base, k, i2);
              let numberop1, numberop2;
              if (op1.ttisinteger() && op2.ttisinteger()) {
                L.stack[ra].setivalue(luaV_mod(L, op1.value, op2.value));
              } else if ((numberop1 = tonumber(op1)) !== false && (numberop2 = tonumber(op2)) !== false) {
                L.stack[ra].setfltvalue(luai_nummod(L, numberop1, numberop2));
              } else {
                ltm.luaT_trybinTM(L, op1, op2, L.stack[ra], ltm.TMS.TM_MOD);
              }
              break;
            }
            case OP_POW: {
              let op1 = RKB(L, base, k, i2);
              let op2 = RKC(L, base, k, i2);
              let numberop1, numberop2;
              if ((numberop1 = tonumber(op1)) !== false && (numberop2 = tonumber(op2)) !== false) {
                L.stack[ra].setfltvalue(Math.pow(numberop1, numberop2));
              } else {
                ltm.luaT_trybinTM(L, op1, op2, L.stack[ra], ltm.TMS.TM_POW);
              }
              break;
            }
            case OP_DIV: {
              let op1 = RKB(L, base, k, i2);
              let op2 = RKC(L, base, k, i2);
              let numberop1, numberop2;
              if ((numberop1 = tonumber(op1)) !== false && (numberop2 = tonumber(op2)) !== false) {
                L.stack[ra].setfltvalue(numberop1 / numberop2);
              } else {
                ltm.luaT_trybinTM(L, op1, op2, L.stack[ra], ltm.TMS.TM_DIV);
              }
              break;
            }
            case OP_IDIV: {
              let op1 = RKB(L, base, k, i2);
              let op2 = RKC(L, base, k, i2);
              let numberop1, numberop2;
              if (op1.ttisinteger() && op2.ttisinteger()) {
                L.stack[ra].setivalue(luaV_div(L, op1.value, op2.value));
              } else if ((numberop1 = tonumber(op1)) !== false && (numberop2 = tonumber(op2)) !== false) {
                L.stack[ra].setfltvalue(Math.floor(numberop1 / numberop2));
              } else {
                ltm.luaT_trybinTM(L, op1, op2, L.stack[ra], ltm.TMS.TM_IDIV);
              }
              break;
            }
            case OP_BAND: {
              let op1 = RKB(L, base, k, i2);
              let op2 = RKC(L, base, k, i2);
              let numberop1, numberop2;
              if ((numberop1 = tointeger(op1)) !== false && (numberop2 = tointeger(op2)) !== false) {
                L.stack[ra].setivalue(numberop1 & numberop2);
              } else {
                ltm.luaT_trybinTM(L, op1, op2, L.stack[ra], ltm.TMS.TM_BAND);
              }
              break;
            }
            case OP_BOR: {
              let op1 = RKB(L, base, k, i2);
              let op2 = RKC(L, base, k, i2);
              let numberop1, numberop2;
              if ((numberop1 = tointeger(op1)) !== false && (numberop2 = tointeger(op2)) !== false) {
                L.stack[ra].setivalue(numberop1 | numberop2);
              } else {
                ltm.luaT_trybinTM(L, op1, op2, L.stack[ra], ltm.TMS.TM_BOR);
              }
              break;
            }
            case OP_BXOR: {
              let op1 = RKB(L, base, k, i2);
              let op2 = RKC(L, base, k, i2);
              let numberop1, numberop2;
              if ((numberop1 = tointeger(op1)) !== false && (numberop2 = tointeger(op2)) !== false) {
                L.stack[ra].setivalue(numberop1 ^ numberop2);
              } else {
                ltm.luaT_trybinTM(L, op1, op2, L.stack[ra], ltm.TMS.TM_BXOR);
              }
              break;
            }
            case OP_SHL: {
              let op1 = RKB(L, base, k, i2);
              let op2 = RKC(L, base, k, i2);
              let numberop1, numberop2;
              if ((numberop1 = tointeger(op1)) !== false && (numberop2 = tointeger(op2)) !== false) {
                L.stack[ra].setivalue(luaV_shiftl(numberop1, numberop2));
              } else {
                ltm.luaT_trybinTM(L, op1, op2, L.stack[ra], ltm.TMS.TM_SHL);
              }
              break;
            }
            case OP_SHR: {
              let op1 = RKB(L, base, k, i2);
              let op2 = RKC(L, base, k, i2);
              let numberop1, numberop2;
              if ((numberop1 = tointeger(op1)) !== false && (numberop2 = tointeger(op2)) !== false) {
                L.stack[ra].setivalue(luaV_shiftl(numberop1, -numberop2));
              } else {
                ltm.luaT_trybinTM(L, op1, op2, L.stack[ra], ltm.TMS.TM_SHR);
              }
              break;
            }
            case OP_UNM: {
              let op = L.stack[RB(L, base, i2)];
              let numberop;
              if (op.ttisinteger()) {
                L.stack[ra].setivalue(-op.value | 0);
              } else if ((numberop = tonumber(op)) !== false) {
                L.stack[ra].setfltvalue(-numberop);
              } else {
                ltm.luaT_trybinTM(L, op, op, L.stack[ra], ltm.TMS.TM_UNM);
              }
              break;
            }
            case OP_BNOT: {
              let op = L.stack[RB(L, base, i2)];
              if (op.ttisinteger()) {
                L.stack[ra].setivalue(~op.value);
              } else {
                ltm.luaT_trybinTM(L, op, op, L.stack[ra], ltm.TMS.TM_BNOT);
              }
              break;
            }
            case OP_NOT: {
              let op = L.stack[RB(L, base, i2)];
              L.stack[ra].setbvalue(op.l_isfalse());
              break;
            }
            case OP_LEN: {
              luaV_objlen(L, L.stack[ra], L.stack[RB(L, base, i2)]);
              break;
            }
            case OP_CONCAT: {
              let b = i2.B;
              let c3 = i2.C;
              L.top = base + c3 + 1;
              luaV_concat(L, c3 - b + 1);
              let rb = base + b;
              lobject.setobjs2s(L, ra, rb);
              ldo.adjust_top(L, ci.top);
              break;
            }
            case OP_JMP: {
              dojump(L, ci, i2, 0);
              break;
            }
            case OP_EQ: {
              if (luaV_equalobj(L, RKB(L, base, k, i2), RKC(L, base, k, i2)) !== i2.A)
                ci.l_savedpc++;
              else
                donextjump(L, ci);
              break;
            }
            case OP_LT: {
              if (luaV_lessthan(L, RKB(L, base, k, i2), RKC(L, base, k, i2)) !== i2.A)
                ci.l_savedpc++;
              else
                donextjump(L, ci);
              break;
            }
            case OP_LE: {
              if (luaV_lessequal(L, RKB(L, base, k, i2), RKC(L, base, k, i2)) !== i2.A)
                ci.l_savedpc++;
              else
                donextjump(L, ci);
              break;
            }
            case OP_TEST: {
              if (i2.C ? L.stack[ra].l_isfalse() : !L.stack[ra].l_isfalse())
                ci.l_savedpc++;
              else
                donextjump(L, ci);
              break;
            }
            case OP_TESTSET: {
              let rbIdx = RB(L, base, i2);
              let rb = L.stack[rbIdx];
              if (i2.C ? rb.l_isfalse() : !rb.l_isfalse())
                ci.l_savedpc++;
              else {
                lobject.setobjs2s(L, ra, rbIdx);
                donextjump(L, ci);
              }
              break;
            }
            case OP_CALL: {
              let b = i2.B;
              let nresults = i2.C - 1;
              if (b !== 0) ldo.adjust_top(L, ra + b);
              if (ldo.luaD_precall(L, ra, nresults)) {
                if (nresults >= 0)
                  ldo.adjust_top(L, ci.top);
              } else {
                ci = L.ci;
                continue newframe;
              }
              break;
            }
            case OP_TAILCALL: {
              let b = i2.B;
              if (b !== 0) ldo.adjust_top(L, ra + b);
              if (ldo.luaD_precall(L, ra, LUA_MULTRET)) {
              } else {
                let nci = L.ci;
                let oci = nci.previous;
                let nfunc = nci.func;
                let nfuncOff = nci.funcOff;
                let ofuncOff = oci.funcOff;
                let lim = nci.l_base + nfunc.value.p.numparams;
                if (cl.p.p.length > 0) lfunc.luaF_close(L, oci.l_base);
                for (let aux = 0; nfuncOff + aux < lim; aux++)
                  lobject.setobjs2s(L, ofuncOff + aux, nfuncOff + aux);
                oci.l_base = ofuncOff + (nci.l_base - nfuncOff);
                oci.top = ofuncOff + (L.top - nfuncOff);
                ldo.adjust_top(L, oci.top);
                oci.l_code = nci.l_code;
                oci.l_savedpc = nci.l_savedpc;
                oci.callstatus |= lstate.CIST_TAIL;
                oci.next = null;
                ci = L.ci = oci;
                lua_assert(L.top === oci.l_base + L.stack[ofuncOff].value.p.maxstacksize);
                continue newframe;
              }
              break;
            }
            case OP_RETURN: {
              if (cl.p.p.length > 0) lfunc.luaF_close(L, base);
              let b = ldo.luaD_poscall(L, ci, ra, i2.B !== 0 ? i2.B - 1 : L.top - ra);
              if (ci.callstatus & lstate.CIST_FRESH)
                return;
              ci = L.ci;
              if (b) ldo.adjust_top(L, ci.top);
              lua_assert(ci.callstatus & lstate.CIST_LUA);
              lua_assert(ci.l_code[ci.l_savedpc - 1].opcode === OP_CALL);
              continue newframe;
            }
            case OP_FORLOOP: {
              if (L.stack[ra].ttisinteger()) {
                let step = L.stack[ra + 2].value;
                let idx = L.stack[ra].value + step | 0;
                let limit = L.stack[ra + 1].value;
                if (0 < step ? idx <= limit : limit <= idx) {
                  ci.l_savedpc += i2.sBx;
                  L.stack[ra].chgivalue(idx);
                  L.stack[ra + 3].setivalue(idx);
                }
              } else {
                let step = L.stack[ra + 2].value;
                let idx = L.stack[ra].value + step;
                let limit = L.stack[ra + 1].value;
                if (0 < step ? idx <= limit : limit <= idx) {
                  ci.l_savedpc += i2.sBx;
                  L.stack[ra].chgfltvalue(idx);
                  L.stack[ra + 3].setfltvalue(idx);
                }
              }
              break;
            }
            case OP_FORPREP: {
              let init = L.stack[ra];
              let plimit = L.stack[ra + 1];
              let pstep = L.stack[ra + 2];
              let forlim;
              if (init.ttisinteger() && pstep.ttisinteger() && (forlim = forlimit(plimit, pstep.value))) {
                let initv = forlim.stopnow ? 0 : init.value;
                plimit.value = forlim.ilimit;
                init.value = initv - pstep.value | 0;
              } else {
                let nlimit, nstep, ninit;
                if ((nlimit = tonumber(plimit)) === false)
                  ldebug.luaG_runerror(L, to_luastring10("'for' limit must be a number", true));
                L.stack[ra + 1].setfltvalue(nlimit);
                if ((nstep = tonumber(pstep)) === false)
                  ldebug.luaG_runerror(L, to_luastring10("'for' step must be a number", true));
                L.stack[ra + 2].setfltvalue(nstep);
                if ((ninit = tonumber(init)) === false)
                  ldebug.luaG_runerror(L, to_luastring10("'for' initial value must be a number", true));
                L.stack[ra].setfltvalue(ninit - nstep);
              }
              ci.l_savedpc += i2.sBx;
              break;
            }
            case OP_TFORCALL: {
              let cb = ra + 3;
              lobject.setobjs2s(L, cb + 2, ra + 2);
              lobject.setobjs2s(L, cb + 1, ra + 1);
              lobject.setobjs2s(L, cb, ra);
              ldo.adjust_top(L, cb + 3);
              ldo.luaD_call(L, cb, i2.C);
              ldo.adjust_top(L, ci.top);
              i2 = ci.l_code[ci.l_savedpc++];
              ra = RA(L, base, i2);
              lua_assert(i2.opcode === OP_TFORLOOP);
            }
            /* fall through */
            case OP_TFORLOOP: {
              if (!L.stack[ra + 1].ttisnil()) {
                lobject.setobjs2s(L, ra, ra + 1);
                ci.l_savedpc += i2.sBx;
              }
              break;
            }
            case OP_SETLIST: {
              let n2 = i2.B;
              let c3 = i2.C;
              if (n2 === 0) n2 = L.top - ra - 1;
              if (c3 === 0) {
                lua_assert(ci.l_code[ci.l_savedpc].opcode === OP_EXTRAARG);
                c3 = ci.l_code[ci.l_savedpc++].Ax;
              }
              let h2 = L.stack[ra].value;
              let last = (c3 - 1) * LFIELDS_PER_FLUSH + n2;
              for (; n2 > 0; n2--) {
                ltable.luaH_setint(h2, last--, L.stack[ra + n2]);
              }
              ldo.adjust_top(L, ci.top);
              break;
            }
            case OP_CLOSURE: {
              let p = cl.p.p[i2.Bx];
              let ncl = getcached(p, cl.upvals, L.stack, base);
              if (ncl === null)
                pushclosure(L, p, cl.upvals, base, ra);
              else
                L.stack[ra].setclLvalue(ncl);
              break;
            }
            case OP_VARARG: {
              let b = i2.B - 1;
              let n2 = base - ci.funcOff - cl.p.numparams - 1;
              let j;
              if (n2 < 0)
                n2 = 0;
              if (b < 0) {
                b = n2;
                ldo.luaD_checkstack(L, n2);
                ldo.adjust_top(L, ra + n2);
              }
              for (j = 0; j < b && j < n2; j++)
                lobject.setobjs2s(L, ra + j, base - n2 + j);
              for (; j < b; j++)
                L.stack[ra + j].setnilvalue();
              break;
            }
            case OP_EXTRAARG: {
              throw Error("invalid opcode");
            }
          }
        }
    };
    var dojump = function(L, ci, i2, e) {
      let a2 = i2.A;
      if (a2 !== 0) lfunc.luaF_close(L, ci.l_base + a2 - 1);
      ci.l_savedpc += i2.sBx + e;
    };
    var donextjump = function(L, ci) {
      dojump(L, ci, ci.l_code[ci.l_savedpc], 1);
    };
    var luaV_lessthan = function(L, l, r) {
      if (l.ttisnumber() && r.ttisnumber())
        return LTnum(l, r) ? 1 : 0;
      else if (l.ttisstring() && r.ttisstring())
        return l_strcmp(l.tsvalue(), r.tsvalue()) < 0 ? 1 : 0;
      else {
        let res = ltm.luaT_callorderTM(L, l, r, ltm.TMS.TM_LT);
        if (res === null)
          ldebug.luaG_ordererror(L, l, r);
        return res ? 1 : 0;
      }
    };
    var luaV_lessequal = function(L, l, r) {
      let res;
      if (l.ttisnumber() && r.ttisnumber())
        return LEnum(l, r) ? 1 : 0;
      else if (l.ttisstring() && r.ttisstring())
        return l_strcmp(l.tsvalue(), r.tsvalue()) <= 0 ? 1 : 0;
      else {
        res = ltm.luaT_callorderTM(L, l, r, ltm.TMS.TM_LE);
        if (res !== null)
          return res ? 1 : 0;
      }
      L.ci.callstatus |= lstate.CIST_LEQ;
      res = ltm.luaT_callorderTM(L, r, l, ltm.TMS.TM_LT);
      L.ci.callstatus ^= lstate.CIST_LEQ;
      if (res === null)
        ldebug.luaG_ordererror(L, l, r);
      return res ? 0 : 1;
    };
    var luaV_equalobj = function(L, t1, t2) {
      if (t1.ttype() !== t2.ttype()) {
        if (t1.ttnov() !== t2.ttnov() || t1.ttnov() !== LUA_TNUMBER)
          return 0;
        else {
          return t1.value === t2.value ? 1 : 0;
        }
      }
      let tm;
      switch (t1.ttype()) {
        case LUA_TNIL:
          return 1;
        case LUA_TBOOLEAN:
          return t1.value == t2.value ? 1 : 0;
        // Might be 1 or true
        case LUA_TLIGHTUSERDATA:
        case LUA_TNUMINT:
        case LUA_TNUMFLT:
        case LUA_TLCF:
          return t1.value === t2.value ? 1 : 0;
        case LUA_TSHRSTR:
        case LUA_TLNGSTR: {
          return luaS_eqlngstr(t1.tsvalue(), t2.tsvalue()) ? 1 : 0;
        }
        case LUA_TUSERDATA:
        case LUA_TTABLE:
          if (t1.value === t2.value) return 1;
          else if (L === null) return 0;
          tm = ltm.fasttm(L, t1.value.metatable, ltm.TMS.TM_EQ);
          if (tm === null)
            tm = ltm.fasttm(L, t2.value.metatable, ltm.TMS.TM_EQ);
          break;
        default:
          return t1.value === t2.value ? 1 : 0;
      }
      if (tm === null)
        return 0;
      let tv = new lobject.TValue();
      ltm.luaT_callTM(L, tm, t1, t2, tv, 1);
      return tv.l_isfalse() ? 0 : 1;
    };
    var luaV_rawequalobj = function(t1, t2) {
      return luaV_equalobj(null, t1, t2);
    };
    var forlimit = function(obj, step) {
      let stopnow = false;
      let ilimit = luaV_tointeger(obj, step < 0 ? 2 : 1);
      if (ilimit === false) {
        let n2 = tonumber(obj);
        if (n2 === false)
          return false;
        if (0 < n2) {
          ilimit = LUA_MAXINTEGER;
          if (step < 0) stopnow = true;
        } else {
          ilimit = LUA_MININTEGER;
          if (step >= 0) stopnow = true;
        }
      }
      return {
        stopnow,
        ilimit
      };
    };
    var luaV_tointeger = function(obj, mode) {
      if (obj.ttisfloat()) {
        let n2 = obj.value;
        let f = Math.floor(n2);
        if (n2 !== f) {
          if (mode === 0)
            return false;
          else if (mode > 1)
            f += 1;
        }
        return lua_numbertointeger(f);
      } else if (obj.ttisinteger()) {
        return obj.value;
      } else if (cvt2num(obj)) {
        let v = new lobject.TValue();
        if (lobject.luaO_str2num(obj.svalue(), v) === obj.vslen() + 1)
          return luaV_tointeger(v, mode);
      }
      return false;
    };
    var tointeger = function(o2) {
      return o2.ttisinteger() ? o2.value : luaV_tointeger(o2, 0);
    };
    var tonumber = function(o2) {
      if (o2.ttnov() === LUA_TNUMBER)
        return o2.value;
      if (cvt2num(o2)) {
        let v = new lobject.TValue();
        if (lobject.luaO_str2num(o2.svalue(), v) === o2.vslen() + 1)
          return v.value;
      }
      return false;
    };
    var LTnum = function(l, r) {
      return l.value < r.value;
    };
    var LEnum = function(l, r) {
      return l.value <= r.value;
    };
    var l_strcmp = function(ls, rs) {
      let l = luaS_hashlongstr(ls);
      let r = luaS_hashlongstr(rs);
      if (l === r)
        return 0;
      else if (l < r)
        return -1;
      else
        return 1;
    };
    var luaV_objlen = function(L, ra, rb) {
      let tm;
      switch (rb.ttype()) {
        case LUA_TTABLE: {
          let h2 = rb.value;
          tm = ltm.fasttm(L, h2.metatable, ltm.TMS.TM_LEN);
          if (tm !== null) break;
          ra.setivalue(ltable.luaH_getn(h2));
          return;
        }
        case LUA_TSHRSTR:
        case LUA_TLNGSTR:
          ra.setivalue(rb.vslen());
          return;
        default: {
          tm = ltm.luaT_gettmbyobj(L, rb, ltm.TMS.TM_LEN);
          if (tm.ttisnil())
            ldebug.luaG_typeerror(L, rb, to_luastring10("get length of", true));
          break;
        }
      }
      ltm.luaT_callTM(L, tm, rb, rb, ra, 1);
    };
    var luaV_imul = Math.imul || function(a2, b) {
      let aHi = a2 >>> 16 & 65535;
      let aLo = a2 & 65535;
      let bHi = b >>> 16 & 65535;
      let bLo = b & 65535;
      return aLo * bLo + (aHi * bLo + aLo * bHi << 16 >>> 0) | 0;
    };
    var luaV_div = function(L, m, n2) {
      if (n2 === 0)
        ldebug.luaG_runerror(L, to_luastring10("attempt to divide by zero"));
      return Math.floor(m / n2) | 0;
    };
    var luaV_mod = function(L, m, n2) {
      if (n2 === 0)
        ldebug.luaG_runerror(L, to_luastring10("attempt to perform 'n%%0'"));
      return m - Math.floor(m / n2) * n2 | 0;
    };
    var NBITS = 32;
    var luaV_shiftl = function(x, y) {
      if (y < 0) {
        if (y <= -NBITS) return 0;
        else return x >>> -y;
      } else {
        if (y >= NBITS) return 0;
        else return x << y;
      }
    };
    var getcached = function(p, encup, stack, base) {
      let c3 = p.cache;
      if (c3 !== null) {
        let uv = p.upvalues;
        let nup = uv.length;
        for (let i2 = 0; i2 < nup; i2++) {
          let v = uv[i2].instack ? stack[base + uv[i2].idx] : encup[uv[i2].idx];
          if (c3.upvals[i2] !== v)
            return null;
        }
      }
      return c3;
    };
    var pushclosure = function(L, p, encup, base, ra) {
      let nup = p.upvalues.length;
      let uv = p.upvalues;
      let ncl = new lobject.LClosure(L, nup);
      ncl.p = p;
      L.stack[ra].setclLvalue(ncl);
      for (let i2 = 0; i2 < nup; i2++) {
        if (uv[i2].instack)
          ncl.upvals[i2] = lfunc.luaF_findupval(L, base + uv[i2].idx);
        else
          ncl.upvals[i2] = encup[uv[i2].idx];
      }
      p.cache = ncl;
    };
    var cvt2str = function(o2) {
      return o2.ttisnumber();
    };
    var cvt2num = function(o2) {
      return o2.ttisstring();
    };
    var tostring = function(L, i2) {
      let o2 = L.stack[i2];
      if (o2.ttisstring()) return true;
      if (cvt2str(o2)) {
        lobject.luaO_tostring(L, o2);
        return true;
      }
      return false;
    };
    var isemptystr = function(o2) {
      return o2.ttisstring() && o2.vslen() === 0;
    };
    var copy2buff = function(L, top, n2, buff) {
      let tl = 0;
      do {
        let tv = L.stack[top - n2];
        let l = tv.vslen();
        let s = tv.svalue();
        buff.set(s, tl);
        tl += l;
      } while (--n2 > 0);
    };
    var luaV_concat = function(L, total) {
      lua_assert(total >= 2);
      do {
        let top = L.top;
        let n2 = 2;
        if (!(L.stack[top - 2].ttisstring() || cvt2str(L.stack[top - 2])) || !tostring(L, top - 1)) {
          ltm.luaT_trybinTM(L, L.stack[top - 2], L.stack[top - 1], L.stack[top - 2], ltm.TMS.TM_CONCAT);
        } else if (isemptystr(L.stack[top - 1])) {
          tostring(L, top - 2);
        } else if (isemptystr(L.stack[top - 2])) {
          lobject.setobjs2s(L, top - 2, top - 1);
        } else {
          let tl = L.stack[top - 1].vslen();
          for (n2 = 1; n2 < total && tostring(L, top - n2 - 1); n2++) {
            let l = L.stack[top - n2 - 1].vslen();
            tl += l;
          }
          let buff = new Uint8Array(tl);
          copy2buff(L, top, n2, buff);
          let ts = luaS_bless(L, buff);
          lobject.setsvalue2s(L, top - n2, ts);
        }
        total -= n2 - 1;
        for (; L.top > top - (n2 - 1); )
          delete L.stack[--L.top];
      } while (total > 1);
    };
    var MAXTAGLOOP = 2e3;
    var luaV_gettable = function(L, t, key, ra) {
      for (let loop = 0; loop < MAXTAGLOOP; loop++) {
        let tm;
        if (!t.ttistable()) {
          tm = ltm.luaT_gettmbyobj(L, t, ltm.TMS.TM_INDEX);
          if (tm.ttisnil())
            ldebug.luaG_typeerror(L, t, to_luastring10("index", true));
        } else {
          let slot = ltable.luaH_get(L, t.value, key);
          if (!slot.ttisnil()) {
            lobject.setobj2s(L, ra, slot);
            return;
          } else {
            tm = ltm.fasttm(L, t.value.metatable, ltm.TMS.TM_INDEX);
            if (tm === null) {
              L.stack[ra].setnilvalue();
              return;
            }
          }
        }
        if (tm.ttisfunction()) {
          ltm.luaT_callTM(L, tm, t, key, L.stack[ra], 1);
          return;
        }
        t = tm;
      }
      ldebug.luaG_runerror(L, to_luastring10("'__index' chain too long; possible loop", true));
    };
    var settable = function(L, t, key, val) {
      for (let loop = 0; loop < MAXTAGLOOP; loop++) {
        let tm;
        if (t.ttistable()) {
          let h2 = t.value;
          let slot = ltable.luaH_get(L, h2, key);
          if (!slot.ttisnil() || (tm = ltm.fasttm(L, h2.metatable, ltm.TMS.TM_NEWINDEX)) === null) {
            ltable.luaH_setfrom(L, h2, key, val);
            ltable.invalidateTMcache(h2);
            return;
          }
        } else {
          if ((tm = ltm.luaT_gettmbyobj(L, t, ltm.TMS.TM_NEWINDEX)).ttisnil())
            ldebug.luaG_typeerror(L, t, to_luastring10("index", true));
        }
        if (tm.ttisfunction()) {
          ltm.luaT_callTM(L, tm, t, key, val, 0);
          return;
        }
        t = tm;
      }
      ldebug.luaG_runerror(L, to_luastring10("'__newindex' chain too long; possible loop", true));
    };
    module.exports.cvt2str = cvt2str;
    module.exports.cvt2num = cvt2num;
    module.exports.luaV_gettable = luaV_gettable;
    module.exports.luaV_concat = luaV_concat;
    module.exports.luaV_div = luaV_div;
    module.exports.luaV_equalobj = luaV_equalobj;
    module.exports.luaV_execute = luaV_execute;
    module.exports.luaV_finishOp = luaV_finishOp;
    module.exports.luaV_imul = luaV_imul;
    module.exports.luaV_lessequal = luaV_lessequal;
    module.exports.luaV_lessthan = luaV_lessthan;
    module.exports.luaV_mod = luaV_mod;
    module.exports.luaV_objlen = luaV_objlen;
    module.exports.luaV_rawequalobj = luaV_rawequalobj;
    module.exports.luaV_shiftl = luaV_shiftl;
    module.exports.luaV_tointeger = luaV_tointeger;
    module.exports.settable = settable;
    module.exports.tointeger = tointeger;
    module.exports.tonumber = tonumber;
  }
});

// node_modules/fengari/src/ltm.js
var require_ltm = __commonJS({
  "node_modules/fengari/src/ltm.js"(exports, module) {
    "use strict";
    var {
      constant_types: {
        LUA_TTABLE,
        LUA_TUSERDATA
      },
      to_luastring: to_luastring10
    } = require_defs();
    var { lua_assert } = require_llimits();
    var lobject = require_lobject();
    var ldo = require_ldo();
    var lstate = require_lstate();
    var {
      luaS_bless,
      luaS_new
    } = require_lstring();
    var ltable = require_ltable();
    var ldebug = require_ldebug();
    var lvm = require_lvm();
    var luaT_typenames_ = [
      "no value",
      "nil",
      "boolean",
      "userdata",
      "number",
      "string",
      "table",
      "function",
      "userdata",
      "thread",
      "proto"
      /* this last case is used for tests only */
    ].map((e) => to_luastring10(e));
    var ttypename = function(t) {
      return luaT_typenames_[t + 1];
    };
    var TMS = {
      TM_INDEX: 0,
      TM_NEWINDEX: 1,
      TM_GC: 2,
      TM_MODE: 3,
      TM_LEN: 4,
      TM_EQ: 5,
      /* last tag method with fast access */
      TM_ADD: 6,
      TM_SUB: 7,
      TM_MUL: 8,
      TM_MOD: 9,
      TM_POW: 10,
      TM_DIV: 11,
      TM_IDIV: 12,
      TM_BAND: 13,
      TM_BOR: 14,
      TM_BXOR: 15,
      TM_SHL: 16,
      TM_SHR: 17,
      TM_UNM: 18,
      TM_BNOT: 19,
      TM_LT: 20,
      TM_LE: 21,
      TM_CONCAT: 22,
      TM_CALL: 23,
      TM_N: 24
      /* number of elements in the enum */
    };
    var luaT_init = function(L) {
      L.l_G.tmname[TMS.TM_INDEX] = new luaS_new(L, to_luastring10("__index", true));
      L.l_G.tmname[TMS.TM_NEWINDEX] = new luaS_new(L, to_luastring10("__newindex", true));
      L.l_G.tmname[TMS.TM_GC] = new luaS_new(L, to_luastring10("__gc", true));
      L.l_G.tmname[TMS.TM_MODE] = new luaS_new(L, to_luastring10("__mode", true));
      L.l_G.tmname[TMS.TM_LEN] = new luaS_new(L, to_luastring10("__len", true));
      L.l_G.tmname[TMS.TM_EQ] = new luaS_new(L, to_luastring10("__eq", true));
      L.l_G.tmname[TMS.TM_ADD] = new luaS_new(L, to_luastring10("__add", true));
      L.l_G.tmname[TMS.TM_SUB] = new luaS_new(L, to_luastring10("__sub", true));
      L.l_G.tmname[TMS.TM_MUL] = new luaS_new(L, to_luastring10("__mul", true));
      L.l_G.tmname[TMS.TM_MOD] = new luaS_new(L, to_luastring10("__mod", true));
      L.l_G.tmname[TMS.TM_POW] = new luaS_new(L, to_luastring10("__pow", true));
      L.l_G.tmname[TMS.TM_DIV] = new luaS_new(L, to_luastring10("__div", true));
      L.l_G.tmname[TMS.TM_IDIV] = new luaS_new(L, to_luastring10("__idiv", true));
      L.l_G.tmname[TMS.TM_BAND] = new luaS_new(L, to_luastring10("__band", true));
      L.l_G.tmname[TMS.TM_BOR] = new luaS_new(L, to_luastring10("__bor", true));
      L.l_G.tmname[TMS.TM_BXOR] = new luaS_new(L, to_luastring10("__bxor", true));
      L.l_G.tmname[TMS.TM_SHL] = new luaS_new(L, to_luastring10("__shl", true));
      L.l_G.tmname[TMS.TM_SHR] = new luaS_new(L, to_luastring10("__shr", true));
      L.l_G.tmname[TMS.TM_UNM] = new luaS_new(L, to_luastring10("__unm", true));
      L.l_G.tmname[TMS.TM_BNOT] = new luaS_new(L, to_luastring10("__bnot", true));
      L.l_G.tmname[TMS.TM_LT] = new luaS_new(L, to_luastring10("__lt", true));
      L.l_G.tmname[TMS.TM_LE] = new luaS_new(L, to_luastring10("__le", true));
      L.l_G.tmname[TMS.TM_CONCAT] = new luaS_new(L, to_luastring10("__concat", true));
      L.l_G.tmname[TMS.TM_CALL] = new luaS_new(L, to_luastring10("__call", true));
    };
    var __name = to_luastring10("__name", true);
    var luaT_objtypename = function(L, o2) {
      let mt;
      if (o2.ttistable() && (mt = o2.value.metatable) !== null || o2.ttisfulluserdata() && (mt = o2.value.metatable) !== null) {
        let name = ltable.luaH_getstr(mt, luaS_bless(L, __name));
        if (name.ttisstring())
          return name.svalue();
      }
      return ttypename(o2.ttnov());
    };
    var luaT_callTM = function(L, f, p1, p2, p3, hasres) {
      let func = L.top;
      lobject.pushobj2s(L, f);
      lobject.pushobj2s(L, p1);
      lobject.pushobj2s(L, p2);
      if (!hasres)
        lobject.pushobj2s(L, p3);
      if (L.ci.callstatus & lstate.CIST_LUA)
        ldo.luaD_call(L, func, hasres);
      else
        ldo.luaD_callnoyield(L, func, hasres);
      if (hasres) {
        let tv = L.stack[L.top - 1];
        delete L.stack[--L.top];
        p3.setfrom(tv);
      }
    };
    var luaT_callbinTM = function(L, p1, p2, res, event) {
      let tm = luaT_gettmbyobj(L, p1, event);
      if (tm.ttisnil())
        tm = luaT_gettmbyobj(L, p2, event);
      if (tm.ttisnil()) return false;
      luaT_callTM(L, tm, p1, p2, res, 1);
      return true;
    };
    var luaT_trybinTM = function(L, p1, p2, res, event) {
      if (!luaT_callbinTM(L, p1, p2, res, event)) {
        switch (event) {
          case TMS.TM_CONCAT:
            return ldebug.luaG_concaterror(L, p1, p2);
          case TMS.TM_BAND:
          case TMS.TM_BOR:
          case TMS.TM_BXOR:
          case TMS.TM_SHL:
          case TMS.TM_SHR:
          case TMS.TM_BNOT: {
            let n1 = lvm.tonumber(p1);
            let n2 = lvm.tonumber(p2);
            if (n1 !== false && n2 !== false)
              return ldebug.luaG_tointerror(L, p1, p2);
            else
              return ldebug.luaG_opinterror(L, p1, p2, to_luastring10("perform bitwise operation on", true));
          }
          default:
            return ldebug.luaG_opinterror(L, p1, p2, to_luastring10("perform arithmetic on", true));
        }
      }
    };
    var luaT_callorderTM = function(L, p1, p2, event) {
      let res = new lobject.TValue();
      if (!luaT_callbinTM(L, p1, p2, res, event))
        return null;
      else
        return !res.l_isfalse();
    };
    var fasttm = function(l, et, e) {
      return et === null ? null : et.flags & 1 << e ? null : luaT_gettm(et, e, l.l_G.tmname[e]);
    };
    var luaT_gettm = function(events, event, ename) {
      const tm = ltable.luaH_getstr(events, ename);
      lua_assert(event <= TMS.TM_EQ);
      if (tm.ttisnil()) {
        events.flags |= 1 << event;
        return null;
      } else return tm;
    };
    var luaT_gettmbyobj = function(L, o2, event) {
      let mt;
      switch (o2.ttnov()) {
        case LUA_TTABLE:
        case LUA_TUSERDATA:
          mt = o2.value.metatable;
          break;
        default:
          mt = L.l_G.mt[o2.ttnov()];
      }
      return mt ? ltable.luaH_getstr(mt, L.l_G.tmname[event]) : lobject.luaO_nilobject;
    };
    module.exports.fasttm = fasttm;
    module.exports.TMS = TMS;
    module.exports.luaT_callTM = luaT_callTM;
    module.exports.luaT_callbinTM = luaT_callbinTM;
    module.exports.luaT_trybinTM = luaT_trybinTM;
    module.exports.luaT_callorderTM = luaT_callorderTM;
    module.exports.luaT_gettm = luaT_gettm;
    module.exports.luaT_gettmbyobj = luaT_gettmbyobj;
    module.exports.luaT_init = luaT_init;
    module.exports.luaT_objtypename = luaT_objtypename;
    module.exports.ttypename = ttypename;
  }
});

// node_modules/fengari/src/lstate.js
var require_lstate = __commonJS({
  "node_modules/fengari/src/lstate.js"(exports, module) {
    "use strict";
    var {
      LUA_MINSTACK,
      LUA_RIDX_GLOBALS,
      LUA_RIDX_MAINTHREAD,
      constant_types: {
        LUA_NUMTAGS,
        LUA_TNIL,
        LUA_TTABLE,
        LUA_TTHREAD
      },
      thread_status: {
        LUA_OK
      }
    } = require_defs();
    var lobject = require_lobject();
    var ldo = require_ldo();
    var lapi = require_lapi();
    var ltable = require_ltable();
    var ltm = require_ltm();
    var EXTRA_STACK = 5;
    var BASIC_STACK_SIZE = 2 * LUA_MINSTACK;
    var CallInfo = class {
      constructor() {
        this.func = null;
        this.funcOff = NaN;
        this.top = NaN;
        this.previous = null;
        this.next = null;
        this.l_base = NaN;
        this.l_code = null;
        this.l_savedpc = NaN;
        this.c_k = null;
        this.c_old_errfunc = null;
        this.c_ctx = null;
        this.nresults = NaN;
        this.callstatus = NaN;
      }
    };
    var lua_State = class {
      constructor(g) {
        this.id = g.id_counter++;
        this.base_ci = new CallInfo();
        this.top = NaN;
        this.stack_last = NaN;
        this.oldpc = NaN;
        this.l_G = g;
        this.stack = null;
        this.ci = null;
        this.errorJmp = null;
        this.nCcalls = 0;
        this.hook = null;
        this.hookmask = 0;
        this.basehookcount = 0;
        this.allowhook = 1;
        this.hookcount = this.basehookcount;
        this.nny = 1;
        this.status = LUA_OK;
        this.errfunc = 0;
      }
    };
    var global_State = class {
      constructor() {
        this.id_counter = 1;
        this.ids = /* @__PURE__ */ new WeakMap();
        this.mainthread = null;
        this.l_registry = new lobject.TValue(LUA_TNIL, null);
        this.panic = null;
        this.atnativeerror = null;
        this.version = null;
        this.tmname = new Array(ltm.TMS.TM_N);
        this.mt = new Array(LUA_NUMTAGS);
      }
    };
    var luaE_extendCI = function(L) {
      let ci = new CallInfo();
      L.ci.next = ci;
      ci.previous = L.ci;
      ci.next = null;
      L.ci = ci;
      return ci;
    };
    var luaE_freeCI = function(L) {
      let ci = L.ci;
      ci.next = null;
    };
    var stack_init = function(L1, L) {
      L1.stack = new Array(BASIC_STACK_SIZE);
      L1.top = 0;
      L1.stack_last = BASIC_STACK_SIZE - EXTRA_STACK;
      let ci = L1.base_ci;
      ci.next = ci.previous = null;
      ci.callstatus = 0;
      ci.funcOff = L1.top;
      ci.func = L1.stack[L1.top];
      L1.stack[L1.top++] = new lobject.TValue(LUA_TNIL, null);
      ci.top = L1.top + LUA_MINSTACK;
      L1.ci = ci;
    };
    var freestack = function(L) {
      L.ci = L.base_ci;
      luaE_freeCI(L);
      L.stack = null;
    };
    var init_registry = function(L, g) {
      let registry = ltable.luaH_new(L);
      g.l_registry.sethvalue(registry);
      ltable.luaH_setint(registry, LUA_RIDX_MAINTHREAD, new lobject.TValue(LUA_TTHREAD, L));
      ltable.luaH_setint(registry, LUA_RIDX_GLOBALS, new lobject.TValue(LUA_TTABLE, ltable.luaH_new(L)));
    };
    var f_luaopen = function(L) {
      let g = L.l_G;
      stack_init(L, L);
      init_registry(L, g);
      ltm.luaT_init(L);
      g.version = lapi.lua_version(null);
    };
    var lua_newthread = function(L) {
      let g = L.l_G;
      let L1 = new lua_State(g);
      L.stack[L.top] = new lobject.TValue(LUA_TTHREAD, L1);
      lapi.api_incr_top(L);
      L1.hookmask = L.hookmask;
      L1.basehookcount = L.basehookcount;
      L1.hook = L.hook;
      L1.hookcount = L1.basehookcount;
      stack_init(L1, L);
      return L1;
    };
    var luaE_freethread = function(L, L1) {
      freestack(L1);
    };
    var lua_newstate = function() {
      let g = new global_State();
      let L = new lua_State(g);
      g.mainthread = L;
      if (ldo.luaD_rawrunprotected(L, f_luaopen, null) !== LUA_OK) {
        L = null;
      }
      return L;
    };
    var close_state = function(L) {
      freestack(L);
    };
    var lua_close = function(L) {
      L = L.l_G.mainthread;
      close_state(L);
    };
    module.exports.lua_State = lua_State;
    module.exports.CallInfo = CallInfo;
    module.exports.CIST_OAH = 1 << 0;
    module.exports.CIST_LUA = 1 << 1;
    module.exports.CIST_HOOKED = 1 << 2;
    module.exports.CIST_FRESH = 1 << 3;
    module.exports.CIST_YPCALL = 1 << 4;
    module.exports.CIST_TAIL = 1 << 5;
    module.exports.CIST_HOOKYIELD = 1 << 6;
    module.exports.CIST_LEQ = 1 << 7;
    module.exports.CIST_FIN = 1 << 8;
    module.exports.EXTRA_STACK = EXTRA_STACK;
    module.exports.lua_close = lua_close;
    module.exports.lua_newstate = lua_newstate;
    module.exports.lua_newthread = lua_newthread;
    module.exports.luaE_extendCI = luaE_extendCI;
    module.exports.luaE_freeCI = luaE_freeCI;
    module.exports.luaE_freethread = luaE_freethread;
  }
});

// node_modules/fengari/src/lobject.js
var require_lobject = __commonJS({
  "node_modules/fengari/src/lobject.js"(exports, module) {
    "use strict";
    var {
      LUA_OPADD,
      LUA_OPBAND,
      LUA_OPBNOT,
      LUA_OPBOR,
      LUA_OPBXOR,
      LUA_OPDIV,
      LUA_OPIDIV,
      LUA_OPMOD,
      LUA_OPMUL,
      LUA_OPPOW,
      LUA_OPSHL,
      LUA_OPSHR,
      LUA_OPSUB,
      LUA_OPUNM,
      constant_types: {
        LUA_NUMTAGS,
        LUA_TBOOLEAN,
        LUA_TCCL,
        LUA_TFUNCTION,
        LUA_TLCF,
        LUA_TLCL,
        LUA_TLIGHTUSERDATA,
        LUA_TLNGSTR,
        LUA_TNIL,
        LUA_TNUMBER,
        LUA_TNUMFLT,
        LUA_TNUMINT,
        LUA_TSHRSTR,
        LUA_TSTRING,
        LUA_TTABLE,
        LUA_TTHREAD,
        LUA_TUSERDATA
      },
      from_userstring,
      luastring_indexOf,
      luastring_of,
      to_jsstring: to_jsstring3,
      to_luastring: to_luastring10
    } = require_defs();
    var {
      lisdigit,
      lisprint,
      lisspace,
      lisxdigit
    } = require_ljstype();
    var ldebug = require_ldebug();
    var ldo = require_ldo();
    var lstate = require_lstate();
    var {
      luaS_bless,
      luaS_new
    } = require_lstring();
    var ltable = require_ltable();
    var {
      LUA_COMPAT_FLOATSTRING,
      ldexp,
      lua_integer2str,
      lua_number2str
    } = require_luaconf();
    var lvm = require_lvm();
    var {
      MAX_INT,
      luai_nummod,
      lua_assert
    } = require_llimits();
    var ltm = require_ltm();
    var LUA_TPROTO = LUA_NUMTAGS;
    var LUA_TDEADKEY = LUA_NUMTAGS + 1;
    var TValue = class {
      constructor(type, value) {
        this.type = type;
        this.value = value;
      }
      /* type tag of a TValue (bits 0-3 for tags + variant bits 4-5) */
      ttype() {
        return this.type & 63;
      }
      /* type tag of a TValue with no variants (bits 0-3) */
      ttnov() {
        return this.type & 15;
      }
      checktag(t) {
        return this.type === t;
      }
      checktype(t) {
        return this.ttnov() === t;
      }
      ttisnumber() {
        return this.checktype(LUA_TNUMBER);
      }
      ttisfloat() {
        return this.checktag(LUA_TNUMFLT);
      }
      ttisinteger() {
        return this.checktag(LUA_TNUMINT);
      }
      ttisnil() {
        return this.checktag(LUA_TNIL);
      }
      ttisboolean() {
        return this.checktag(LUA_TBOOLEAN);
      }
      ttislightuserdata() {
        return this.checktag(LUA_TLIGHTUSERDATA);
      }
      ttisstring() {
        return this.checktype(LUA_TSTRING);
      }
      ttisshrstring() {
        return this.checktag(LUA_TSHRSTR);
      }
      ttislngstring() {
        return this.checktag(LUA_TLNGSTR);
      }
      ttistable() {
        return this.checktag(LUA_TTABLE);
      }
      ttisfunction() {
        return this.checktype(LUA_TFUNCTION);
      }
      ttisclosure() {
        return (this.type & 31) === LUA_TFUNCTION;
      }
      ttisCclosure() {
        return this.checktag(LUA_TCCL);
      }
      ttisLclosure() {
        return this.checktag(LUA_TLCL);
      }
      ttislcf() {
        return this.checktag(LUA_TLCF);
      }
      ttisfulluserdata() {
        return this.checktag(LUA_TUSERDATA);
      }
      ttisthread() {
        return this.checktag(LUA_TTHREAD);
      }
      ttisdeadkey() {
        return this.checktag(LUA_TDEADKEY);
      }
      l_isfalse() {
        return this.ttisnil() || this.ttisboolean() && this.value === false;
      }
      setfltvalue(x) {
        this.type = LUA_TNUMFLT;
        this.value = x;
      }
      chgfltvalue(x) {
        lua_assert(this.type == LUA_TNUMFLT);
        this.value = x;
      }
      setivalue(x) {
        this.type = LUA_TNUMINT;
        this.value = x;
      }
      chgivalue(x) {
        lua_assert(this.type == LUA_TNUMINT);
        this.value = x;
      }
      setnilvalue() {
        this.type = LUA_TNIL;
        this.value = null;
      }
      setfvalue(x) {
        this.type = LUA_TLCF;
        this.value = x;
      }
      setpvalue(x) {
        this.type = LUA_TLIGHTUSERDATA;
        this.value = x;
      }
      setbvalue(x) {
        this.type = LUA_TBOOLEAN;
        this.value = x;
      }
      setsvalue(x) {
        this.type = LUA_TLNGSTR;
        this.value = x;
      }
      setuvalue(x) {
        this.type = LUA_TUSERDATA;
        this.value = x;
      }
      setthvalue(x) {
        this.type = LUA_TTHREAD;
        this.value = x;
      }
      setclLvalue(x) {
        this.type = LUA_TLCL;
        this.value = x;
      }
      setclCvalue(x) {
        this.type = LUA_TCCL;
        this.value = x;
      }
      sethvalue(x) {
        this.type = LUA_TTABLE;
        this.value = x;
      }
      setdeadvalue() {
        this.type = LUA_TDEADKEY;
        this.value = null;
      }
      setfrom(tv) {
        this.type = tv.type;
        this.value = tv.value;
      }
      tsvalue() {
        lua_assert(this.ttisstring());
        return this.value;
      }
      svalue() {
        return this.tsvalue().getstr();
      }
      vslen() {
        return this.tsvalue().tsslen();
      }
      jsstring(from, to) {
        return to_jsstring3(this.svalue(), from, to, true);
      }
    };
    var pushobj2s = function(L, tv) {
      L.stack[L.top++] = new TValue(tv.type, tv.value);
    };
    var pushsvalue2s = function(L, ts) {
      L.stack[L.top++] = new TValue(LUA_TLNGSTR, ts);
    };
    var setobjs2s = function(L, newidx, oldidx) {
      L.stack[newidx].setfrom(L.stack[oldidx]);
    };
    var setobj2s = function(L, newidx, oldtv) {
      L.stack[newidx].setfrom(oldtv);
    };
    var setsvalue2s = function(L, newidx, ts) {
      L.stack[newidx].setsvalue(ts);
    };
    var luaO_nilobject = new TValue(LUA_TNIL, null);
    Object.freeze(luaO_nilobject);
    module.exports.luaO_nilobject = luaO_nilobject;
    var LClosure = class {
      constructor(L, n2) {
        this.id = L.l_G.id_counter++;
        this.p = null;
        this.nupvalues = n2;
        this.upvals = new Array(n2);
      }
    };
    var CClosure = class {
      constructor(L, f, n2) {
        this.id = L.l_G.id_counter++;
        this.f = f;
        this.nupvalues = n2;
        this.upvalue = new Array(n2);
        while (n2--) {
          this.upvalue[n2] = new TValue(LUA_TNIL, null);
        }
      }
    };
    var Udata = class {
      constructor(L, size) {
        this.id = L.l_G.id_counter++;
        this.metatable = null;
        this.uservalue = new TValue(LUA_TNIL, null);
        this.len = size;
        this.data = /* @__PURE__ */ Object.create(null);
      }
    };
    var LocVar = class {
      constructor() {
        this.varname = null;
        this.startpc = NaN;
        this.endpc = NaN;
      }
    };
    var RETS = to_luastring10("...");
    var PRE = to_luastring10('[string "');
    var POS = to_luastring10('"]');
    var luaO_chunkid = function(source, bufflen) {
      let l = source.length;
      let out;
      if (source[0] === 61) {
        if (l < bufflen) {
          out = new Uint8Array(l - 1);
          out.set(source.subarray(1));
        } else {
          out = new Uint8Array(bufflen);
          out.set(source.subarray(1, bufflen + 1));
        }
      } else if (source[0] === 64) {
        if (l <= bufflen) {
          out = new Uint8Array(l - 1);
          out.set(source.subarray(1));
        } else {
          out = new Uint8Array(bufflen);
          out.set(RETS);
          bufflen -= RETS.length;
          out.set(source.subarray(l - bufflen), RETS.length);
        }
      } else {
        out = new Uint8Array(bufflen);
        let nli = luastring_indexOf(
          source,
          10
          /* ('\n').charCodeAt(0) */
        );
        out.set(PRE);
        let out_i = PRE.length;
        bufflen -= PRE.length + RETS.length + POS.length;
        if (l < bufflen && nli === -1) {
          out.set(source, out_i);
          out_i += source.length;
        } else {
          if (nli !== -1) l = nli;
          if (l > bufflen) l = bufflen;
          out.set(source.subarray(0, l), out_i);
          out_i += l;
          out.set(RETS, out_i);
          out_i += RETS.length;
        }
        out.set(POS, out_i);
        out_i += POS.length;
        out = out.subarray(0, out_i);
      }
      return out;
    };
    var luaO_hexavalue = function(c3) {
      if (lisdigit(c3)) return c3 - 48;
      else return (c3 & 223) - 55;
    };
    var UTF8BUFFSZ = 8;
    var luaO_utf8esc = function(buff, x) {
      let n2 = 1;
      lua_assert(x <= 1114111);
      if (x < 128)
        buff[UTF8BUFFSZ - 1] = x;
      else {
        let mfb = 63;
        do {
          buff[UTF8BUFFSZ - n2++] = 128 | x & 63;
          x >>= 6;
          mfb >>= 1;
        } while (x > mfb);
        buff[UTF8BUFFSZ - n2] = ~mfb << 1 | x;
      }
      return n2;
    };
    var MAXSIGDIG = 30;
    var lua_strx2number = function(s) {
      let i2 = 0;
      let r = 0;
      let sigdig = 0;
      let nosigdig = 0;
      let e = 0;
      let neg;
      let hasdot = false;
      while (lisspace(s[i2])) i2++;
      if (neg = s[i2] === 45) i2++;
      else if (s[i2] === 43) i2++;
      if (!(s[i2] === 48 && (s[i2 + 1] === 120 || s[i2 + 1] === 88)))
        return null;
      for (i2 += 2; ; i2++) {
        if (s[i2] === 46) {
          if (hasdot) break;
          else hasdot = true;
        } else if (lisxdigit(s[i2])) {
          if (sigdig === 0 && s[i2] === 48)
            nosigdig++;
          else if (++sigdig <= MAXSIGDIG)
            r = r * 16 + luaO_hexavalue(s[i2]);
          else e++;
          if (hasdot) e--;
        } else break;
      }
      if (nosigdig + sigdig === 0)
        return null;
      e *= 4;
      if (s[i2] === 112 || s[i2] === 80) {
        let exp1 = 0;
        let neg1;
        i2++;
        if (neg1 = s[i2] === 45) i2++;
        else if (s[i2] === 43) i2++;
        if (!lisdigit(s[i2]))
          return null;
        while (lisdigit(s[i2]))
          exp1 = exp1 * 10 + s[i2++] - 48;
        if (neg1) exp1 = -exp1;
        e += exp1;
      }
      if (neg) r = -r;
      return {
        n: ldexp(r, e),
        i: i2
      };
    };
    var lua_str2number = function(s) {
      try {
        s = to_jsstring3(s);
      } catch (e) {
        return null;
      }
      let r = /^[\t\v\f \n\r]*[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]*)(?:[eE][+-]?[0-9]+)?/.exec(s);
      if (!r)
        return null;
      let flt = parseFloat(r[0]);
      return !isNaN(flt) ? { n: flt, i: r[0].length } : null;
    };
    var l_str2dloc = function(s, mode) {
      let result = mode === "x" ? lua_strx2number(s) : lua_str2number(s);
      if (result === null) return null;
      while (lisspace(s[result.i])) result.i++;
      return result.i === s.length || s[result.i] === 0 ? result : null;
    };
    var SIGILS = [
      46,
      120,
      88,
      110,
      78
      /* ("N").charCodeAt(0) */
    ];
    var modes = {
      [46]: ".",
      [120]: "x",
      [88]: "x",
      [110]: "n",
      [78]: "n"
    };
    var l_str2d = function(s) {
      let l = s.length;
      let pmode = 0;
      for (let i2 = 0; i2 < l; i2++) {
        let v = s[i2];
        if (SIGILS.indexOf(v) !== -1) {
          pmode = v;
          break;
        }
      }
      let mode = modes[pmode];
      if (mode === "n")
        return null;
      let end = l_str2dloc(s, mode);
      return end;
    };
    var MAXBY10 = Math.floor(MAX_INT / 10);
    var MAXLASTD = MAX_INT % 10;
    var l_str2int = function(s) {
      let i2 = 0;
      let a2 = 0;
      let empty = true;
      let neg;
      while (lisspace(s[i2])) i2++;
      if (neg = s[i2] === 45) i2++;
      else if (s[i2] === 43) i2++;
      if (s[i2] === 48 && (s[i2 + 1] === 120 || s[i2 + 1] === 88)) {
        i2 += 2;
        for (; i2 < s.length && lisxdigit(s[i2]); i2++) {
          a2 = a2 * 16 + luaO_hexavalue(s[i2]) | 0;
          empty = false;
        }
      } else {
        for (; i2 < s.length && lisdigit(s[i2]); i2++) {
          let d = s[i2] - 48;
          if (a2 >= MAXBY10 && (a2 > MAXBY10 || d > MAXLASTD + neg))
            return null;
          a2 = a2 * 10 + d | 0;
          empty = false;
        }
      }
      while (i2 < s.length && lisspace(s[i2])) i2++;
      if (empty || i2 !== s.length && s[i2] !== 0) return null;
      else {
        return {
          n: (neg ? -a2 : a2) | 0,
          i: i2
        };
      }
    };
    var luaO_str2num = function(s, o2) {
      let s2i = l_str2int(s);
      if (s2i !== null) {
        o2.setivalue(s2i.n);
        return s2i.i + 1;
      } else {
        s2i = l_str2d(s);
        if (s2i !== null) {
          o2.setfltvalue(s2i.n);
          return s2i.i + 1;
        } else
          return 0;
      }
    };
    var luaO_tostring = function(L, obj) {
      let buff;
      if (obj.ttisinteger())
        buff = to_luastring10(lua_integer2str(obj.value));
      else {
        let str = lua_number2str(obj.value);
        if (!LUA_COMPAT_FLOATSTRING && /^[-0123456789]+$/.test(str)) {
          str += ".0";
        }
        buff = to_luastring10(str);
      }
      obj.setsvalue(luaS_bless(L, buff));
    };
    var pushstr = function(L, str) {
      ldo.luaD_inctop(L);
      setsvalue2s(L, L.top - 1, luaS_new(L, str));
    };
    var luaO_pushvfstring = function(L, fmt, argp) {
      let n2 = 0;
      let i2 = 0;
      let a2 = 0;
      let e;
      for (; ; ) {
        e = luastring_indexOf(fmt, 37, i2);
        if (e == -1) break;
        pushstr(L, fmt.subarray(i2, e));
        switch (fmt[e + 1]) {
          case 115: {
            let s = argp[a2++];
            if (s === null) s = to_luastring10("(null)", true);
            else {
              s = from_userstring(s);
              let i3 = luastring_indexOf(s, 0);
              if (i3 !== -1)
                s = s.subarray(0, i3);
            }
            pushstr(L, s);
            break;
          }
          case 99: {
            let buff = argp[a2++];
            if (lisprint(buff))
              pushstr(L, luastring_of(buff));
            else
              luaO_pushfstring(L, to_luastring10("<\\%d>", true), buff);
            break;
          }
          case 100:
          case 73:
            ldo.luaD_inctop(L);
            L.stack[L.top - 1].setivalue(argp[a2++]);
            luaO_tostring(L, L.stack[L.top - 1]);
            break;
          case 102:
            ldo.luaD_inctop(L);
            L.stack[L.top - 1].setfltvalue(argp[a2++]);
            luaO_tostring(L, L.stack[L.top - 1]);
            break;
          case 112: {
            let v = argp[a2++];
            if (v instanceof lstate.lua_State || v instanceof ltable.Table || v instanceof Udata || v instanceof LClosure || v instanceof CClosure) {
              pushstr(L, to_luastring10("0x" + v.id.toString(16)));
            } else {
              switch (typeof v) {
                case "undefined":
                  pushstr(L, to_luastring10("undefined"));
                  break;
                case "number":
                  pushstr(L, to_luastring10("Number(" + v + ")"));
                  break;
                case "string":
                  pushstr(L, to_luastring10("String(" + JSON.stringify(v) + ")"));
                  break;
                case "boolean":
                  pushstr(L, to_luastring10(v ? "Boolean(true)" : "Boolean(false)"));
                  break;
                case "object":
                  if (v === null) {
                    pushstr(L, to_luastring10("null"));
                    break;
                  }
                /* fall through */
                case "function": {
                  let id = L.l_G.ids.get(v);
                  if (!id) {
                    id = L.l_G.id_counter++;
                    L.l_G.ids.set(v, id);
                  }
                  pushstr(L, to_luastring10("0x" + id.toString(16)));
                  break;
                }
                default:
                  pushstr(L, to_luastring10("<id NYI>"));
              }
            }
            break;
          }
          case 85: {
            let buff = new Uint8Array(UTF8BUFFSZ);
            let l = luaO_utf8esc(buff, argp[a2++]);
            pushstr(L, buff.subarray(UTF8BUFFSZ - l));
            break;
          }
          case 37:
            pushstr(L, to_luastring10("%", true));
            break;
          default:
            ldebug.luaG_runerror(L, to_luastring10("invalid option '%%%c' to 'lua_pushfstring'"), fmt[e + 1]);
        }
        n2 += 2;
        i2 = e + 2;
      }
      ldo.luaD_checkstack(L, 1);
      pushstr(L, fmt.subarray(i2));
      if (n2 > 0) lvm.luaV_concat(L, n2 + 1);
      return L.stack[L.top - 1].svalue();
    };
    var luaO_pushfstring = function(L, fmt, ...argp) {
      return luaO_pushvfstring(L, fmt, argp);
    };
    var luaO_int2fb = function(x) {
      let e = 0;
      if (x < 8) return x;
      while (x >= 8 << 4) {
        x = x + 15 >> 4;
        e += 4;
      }
      while (x >= 8 << 1) {
        x = x + 1 >> 1;
        e++;
      }
      return e + 1 << 3 | x - 8;
    };
    var intarith = function(L, op, v1, v2) {
      switch (op) {
        case LUA_OPADD:
          return v1 + v2 | 0;
        case LUA_OPSUB:
          return v1 - v2 | 0;
        case LUA_OPMUL:
          return lvm.luaV_imul(v1, v2);
        case LUA_OPMOD:
          return lvm.luaV_mod(L, v1, v2);
        case LUA_OPIDIV:
          return lvm.luaV_div(L, v1, v2);
        case LUA_OPBAND:
          return v1 & v2;
        case LUA_OPBOR:
          return v1 | v2;
        case LUA_OPBXOR:
          return v1 ^ v2;
        case LUA_OPSHL:
          return lvm.luaV_shiftl(v1, v2);
        case LUA_OPSHR:
          return lvm.luaV_shiftl(v1, -v2);
        case LUA_OPUNM:
          return 0 - v1 | 0;
        case LUA_OPBNOT:
          return ~0 ^ v1;
        default:
          lua_assert(0);
      }
    };
    var numarith = function(L, op, v1, v2) {
      switch (op) {
        case LUA_OPADD:
          return v1 + v2;
        case LUA_OPSUB:
          return v1 - v2;
        case LUA_OPMUL:
          return v1 * v2;
        case LUA_OPDIV:
          return v1 / v2;
        case LUA_OPPOW:
          return Math.pow(v1, v2);
        case LUA_OPIDIV:
          return Math.floor(v1 / v2);
        case LUA_OPUNM:
          return -v1;
        case LUA_OPMOD:
          return luai_nummod(L, v1, v2);
        default:
          lua_assert(0);
      }
    };
    var luaO_arith = function(L, op, p1, p2, p3) {
      let res = typeof p3 === "number" ? L.stack[p3] : p3;
      switch (op) {
        case LUA_OPBAND:
        case LUA_OPBOR:
        case LUA_OPBXOR:
        case LUA_OPSHL:
        case LUA_OPSHR:
        case LUA_OPBNOT: {
          let i1, i2;
          if ((i1 = lvm.tointeger(p1)) !== false && (i2 = lvm.tointeger(p2)) !== false) {
            res.setivalue(intarith(L, op, i1, i2));
            return;
          } else break;
        }
        case LUA_OPDIV:
        case LUA_OPPOW: {
          let n1, n2;
          if ((n1 = lvm.tonumber(p1)) !== false && (n2 = lvm.tonumber(p2)) !== false) {
            res.setfltvalue(numarith(L, op, n1, n2));
            return;
          } else break;
        }
        default: {
          let n1, n2;
          if (p1.ttisinteger() && p2.ttisinteger()) {
            res.setivalue(intarith(L, op, p1.value, p2.value));
            return;
          } else if ((n1 = lvm.tonumber(p1)) !== false && (n2 = lvm.tonumber(p2)) !== false) {
            res.setfltvalue(numarith(L, op, n1, n2));
            return;
          } else break;
        }
      }
      lua_assert(L !== null);
      ltm.luaT_trybinTM(L, p1, p2, p3, op - LUA_OPADD + ltm.TMS.TM_ADD);
    };
    module.exports.CClosure = CClosure;
    module.exports.LClosure = LClosure;
    module.exports.LUA_TDEADKEY = LUA_TDEADKEY;
    module.exports.LUA_TPROTO = LUA_TPROTO;
    module.exports.LocVar = LocVar;
    module.exports.TValue = TValue;
    module.exports.Udata = Udata;
    module.exports.UTF8BUFFSZ = UTF8BUFFSZ;
    module.exports.luaO_arith = luaO_arith;
    module.exports.luaO_chunkid = luaO_chunkid;
    module.exports.luaO_hexavalue = luaO_hexavalue;
    module.exports.luaO_int2fb = luaO_int2fb;
    module.exports.luaO_pushfstring = luaO_pushfstring;
    module.exports.luaO_pushvfstring = luaO_pushvfstring;
    module.exports.luaO_str2num = luaO_str2num;
    module.exports.luaO_tostring = luaO_tostring;
    module.exports.luaO_utf8esc = luaO_utf8esc;
    module.exports.numarith = numarith;
    module.exports.pushobj2s = pushobj2s;
    module.exports.pushsvalue2s = pushsvalue2s;
    module.exports.setobjs2s = setobjs2s;
    module.exports.setobj2s = setobj2s;
    module.exports.setsvalue2s = setsvalue2s;
  }
});

// node_modules/fengari/src/lfunc.js
var require_lfunc = __commonJS({
  "node_modules/fengari/src/lfunc.js"(exports, module) {
    "use strict";
    var { constant_types: { LUA_TNIL } } = require_defs();
    var lobject = require_lobject();
    var Proto = class {
      constructor(L) {
        this.id = L.l_G.id_counter++;
        this.k = [];
        this.p = [];
        this.code = [];
        this.cache = null;
        this.lineinfo = [];
        this.upvalues = [];
        this.numparams = 0;
        this.is_vararg = false;
        this.maxstacksize = 0;
        this.locvars = [];
        this.linedefined = 0;
        this.lastlinedefined = 0;
        this.source = null;
      }
    };
    var luaF_newLclosure = function(L, n2) {
      return new lobject.LClosure(L, n2);
    };
    var luaF_findupval = function(L, level) {
      return L.stack[level];
    };
    var luaF_close = function(L, level) {
      for (let i2 = level; i2 < L.top; i2++) {
        let old = L.stack[i2];
        L.stack[i2] = new lobject.TValue(old.type, old.value);
      }
    };
    var luaF_initupvals = function(L, cl) {
      for (let i2 = 0; i2 < cl.nupvalues; i2++)
        cl.upvals[i2] = new lobject.TValue(LUA_TNIL, null);
    };
    var luaF_getlocalname = function(f, local_number, pc) {
      for (let i2 = 0; i2 < f.locvars.length && f.locvars[i2].startpc <= pc; i2++) {
        if (pc < f.locvars[i2].endpc) {
          local_number--;
          if (local_number === 0)
            return f.locvars[i2].varname.getstr();
        }
      }
      return null;
    };
    module.exports.MAXUPVAL = 255;
    module.exports.Proto = Proto;
    module.exports.luaF_findupval = luaF_findupval;
    module.exports.luaF_close = luaF_close;
    module.exports.luaF_getlocalname = luaF_getlocalname;
    module.exports.luaF_initupvals = luaF_initupvals;
    module.exports.luaF_newLclosure = luaF_newLclosure;
  }
});

// node_modules/fengari/src/lzio.js
var require_lzio = __commonJS({
  "node_modules/fengari/src/lzio.js"(exports, module) {
    "use strict";
    var { lua_assert } = require_llimits();
    var MBuffer = class {
      constructor() {
        this.buffer = null;
        this.n = 0;
      }
    };
    var luaZ_buffer = function(buff) {
      return buff.buffer.subarray(0, buff.n);
    };
    var luaZ_buffremove = function(buff, i2) {
      buff.n -= i2;
    };
    var luaZ_resetbuffer = function(buff) {
      buff.n = 0;
    };
    var luaZ_resizebuffer = function(L, buff, size) {
      let newbuff = new Uint8Array(size);
      if (buff.buffer)
        newbuff.set(buff.buffer);
      buff.buffer = newbuff;
    };
    var ZIO = class {
      constructor(L, reader, data) {
        this.L = L;
        lua_assert(typeof reader == "function", "ZIO requires a reader");
        this.reader = reader;
        this.data = data;
        this.n = 0;
        this.buffer = null;
        this.off = 0;
      }
      zgetc() {
        return this.n-- > 0 ? this.buffer[this.off++] : luaZ_fill(this);
      }
    };
    var EOZ = -1;
    var luaZ_fill = function(z) {
      let buff = z.reader(z.L, z.data);
      if (buff === null)
        return EOZ;
      lua_assert(buff instanceof Uint8Array, "Should only load binary of array of bytes");
      let size = buff.length;
      if (size === 0)
        return EOZ;
      z.buffer = buff;
      z.off = 0;
      z.n = size - 1;
      return z.buffer[z.off++];
    };
    var luaZ_read = function(z, b, b_offset, n2) {
      while (n2) {
        if (z.n === 0) {
          if (luaZ_fill(z) === EOZ)
            return n2;
          else {
            z.n++;
            z.off--;
          }
        }
        let m = n2 <= z.n ? n2 : z.n;
        for (let i2 = 0; i2 < m; i2++) {
          b[b_offset++] = z.buffer[z.off++];
        }
        z.n -= m;
        if (z.n === 0)
          z.buffer = null;
        n2 -= m;
      }
      return 0;
    };
    module.exports.EOZ = EOZ;
    module.exports.luaZ_buffer = luaZ_buffer;
    module.exports.luaZ_buffremove = luaZ_buffremove;
    module.exports.luaZ_fill = luaZ_fill;
    module.exports.luaZ_read = luaZ_read;
    module.exports.luaZ_resetbuffer = luaZ_resetbuffer;
    module.exports.luaZ_resizebuffer = luaZ_resizebuffer;
    module.exports.MBuffer = MBuffer;
    module.exports.ZIO = ZIO;
  }
});

// node_modules/fengari/src/llex.js
var require_llex = __commonJS({
  "node_modules/fengari/src/llex.js"(exports, module) {
    "use strict";
    var {
      constant_types: { LUA_TBOOLEAN, LUA_TLNGSTR },
      thread_status: { LUA_ERRSYNTAX },
      to_luastring: to_luastring10
    } = require_defs();
    var {
      LUA_MINBUFFER,
      MAX_INT,
      lua_assert
    } = require_llimits();
    var ldebug = require_ldebug();
    var ldo = require_ldo();
    var {
      lisdigit,
      lislalnum,
      lislalpha,
      lisspace,
      lisxdigit
    } = require_ljstype();
    var lobject = require_lobject();
    var {
      luaS_bless,
      luaS_hash,
      luaS_hashlongstr,
      luaS_new
    } = require_lstring();
    var ltable = require_ltable();
    var {
      EOZ,
      luaZ_buffer,
      luaZ_buffremove,
      luaZ_resetbuffer,
      luaZ_resizebuffer
    } = require_lzio();
    var FIRST_RESERVED = 257;
    var LUA_ENV = to_luastring10("_ENV", true);
    var TK_AND = FIRST_RESERVED;
    var TK_BREAK = FIRST_RESERVED + 1;
    var TK_DO = FIRST_RESERVED + 2;
    var TK_ELSE = FIRST_RESERVED + 3;
    var TK_ELSEIF = FIRST_RESERVED + 4;
    var TK_END = FIRST_RESERVED + 5;
    var TK_FALSE = FIRST_RESERVED + 6;
    var TK_FOR = FIRST_RESERVED + 7;
    var TK_FUNCTION = FIRST_RESERVED + 8;
    var TK_GOTO = FIRST_RESERVED + 9;
    var TK_IF = FIRST_RESERVED + 10;
    var TK_IN = FIRST_RESERVED + 11;
    var TK_LOCAL = FIRST_RESERVED + 12;
    var TK_NIL = FIRST_RESERVED + 13;
    var TK_NOT = FIRST_RESERVED + 14;
    var TK_OR = FIRST_RESERVED + 15;
    var TK_REPEAT = FIRST_RESERVED + 16;
    var TK_RETURN = FIRST_RESERVED + 17;
    var TK_THEN = FIRST_RESERVED + 18;
    var TK_TRUE = FIRST_RESERVED + 19;
    var TK_UNTIL = FIRST_RESERVED + 20;
    var TK_WHILE = FIRST_RESERVED + 21;
    var TK_IDIV = FIRST_RESERVED + 22;
    var TK_CONCAT = FIRST_RESERVED + 23;
    var TK_DOTS = FIRST_RESERVED + 24;
    var TK_EQ = FIRST_RESERVED + 25;
    var TK_GE = FIRST_RESERVED + 26;
    var TK_LE = FIRST_RESERVED + 27;
    var TK_NE = FIRST_RESERVED + 28;
    var TK_SHL = FIRST_RESERVED + 29;
    var TK_SHR = FIRST_RESERVED + 30;
    var TK_DBCOLON = FIRST_RESERVED + 31;
    var TK_EOS = FIRST_RESERVED + 32;
    var TK_FLT = FIRST_RESERVED + 33;
    var TK_INT = FIRST_RESERVED + 34;
    var TK_NAME = FIRST_RESERVED + 35;
    var TK_STRING = FIRST_RESERVED + 36;
    var RESERVED = {
      "TK_AND": TK_AND,
      "TK_BREAK": TK_BREAK,
      "TK_DO": TK_DO,
      "TK_ELSE": TK_ELSE,
      "TK_ELSEIF": TK_ELSEIF,
      "TK_END": TK_END,
      "TK_FALSE": TK_FALSE,
      "TK_FOR": TK_FOR,
      "TK_FUNCTION": TK_FUNCTION,
      "TK_GOTO": TK_GOTO,
      "TK_IF": TK_IF,
      "TK_IN": TK_IN,
      "TK_LOCAL": TK_LOCAL,
      "TK_NIL": TK_NIL,
      "TK_NOT": TK_NOT,
      "TK_OR": TK_OR,
      "TK_REPEAT": TK_REPEAT,
      "TK_RETURN": TK_RETURN,
      "TK_THEN": TK_THEN,
      "TK_TRUE": TK_TRUE,
      "TK_UNTIL": TK_UNTIL,
      "TK_WHILE": TK_WHILE,
      "TK_IDIV": TK_IDIV,
      "TK_CONCAT": TK_CONCAT,
      "TK_DOTS": TK_DOTS,
      "TK_EQ": TK_EQ,
      "TK_GE": TK_GE,
      "TK_LE": TK_LE,
      "TK_NE": TK_NE,
      "TK_SHL": TK_SHL,
      "TK_SHR": TK_SHR,
      "TK_DBCOLON": TK_DBCOLON,
      "TK_EOS": TK_EOS,
      "TK_FLT": TK_FLT,
      "TK_INT": TK_INT,
      "TK_NAME": TK_NAME,
      "TK_STRING": TK_STRING
    };
    var luaX_tokens = [
      "and",
      "break",
      "do",
      "else",
      "elseif",
      "end",
      "false",
      "for",
      "function",
      "goto",
      "if",
      "in",
      "local",
      "nil",
      "not",
      "or",
      "repeat",
      "return",
      "then",
      "true",
      "until",
      "while",
      "//",
      "..",
      "...",
      "==",
      ">=",
      "<=",
      "~=",
      "<<",
      ">>",
      "::",
      "<eof>",
      "<number>",
      "<integer>",
      "<name>",
      "<string>"
    ].map((e, i2) => to_luastring10(e));
    var SemInfo = class {
      constructor() {
        this.r = NaN;
        this.i = NaN;
        this.ts = null;
      }
    };
    var Token = class {
      constructor() {
        this.token = NaN;
        this.seminfo = new SemInfo();
      }
    };
    var LexState = class {
      constructor() {
        this.current = NaN;
        this.linenumber = NaN;
        this.lastline = NaN;
        this.t = new Token();
        this.lookahead = new Token();
        this.fs = null;
        this.L = null;
        this.z = null;
        this.buff = null;
        this.h = null;
        this.dyd = null;
        this.source = null;
        this.envn = null;
      }
    };
    var save = function(ls, c3) {
      let b = ls.buff;
      if (b.n + 1 > b.buffer.length) {
        if (b.buffer.length >= MAX_INT / 2)
          lexerror(ls, to_luastring10("lexical element too long", true), 0);
        let newsize = b.buffer.length * 2;
        luaZ_resizebuffer(ls.L, b, newsize);
      }
      b.buffer[b.n++] = c3 < 0 ? 255 + c3 + 1 : c3;
    };
    var luaX_token2str = function(ls, token) {
      if (token < FIRST_RESERVED) {
        return lobject.luaO_pushfstring(ls.L, to_luastring10("'%c'", true), token);
      } else {
        let s = luaX_tokens[token - FIRST_RESERVED];
        if (token < TK_EOS)
          return lobject.luaO_pushfstring(ls.L, to_luastring10("'%s'", true), s);
        else
          return s;
      }
    };
    var currIsNewline = function(ls) {
      return ls.current === 10 || ls.current === 13;
    };
    var next = function(ls) {
      ls.current = ls.z.zgetc();
    };
    var save_and_next = function(ls) {
      save(ls, ls.current);
      next(ls);
    };
    var TVtrue = new lobject.TValue(LUA_TBOOLEAN, true);
    var luaX_newstring = function(ls, str) {
      let L = ls.L;
      let ts = luaS_new(L, str);
      let tpair = ls.h.strong.get(luaS_hashlongstr(ts));
      if (!tpair) {
        let key = new lobject.TValue(LUA_TLNGSTR, ts);
        ltable.luaH_setfrom(L, ls.h, key, TVtrue);
      } else {
        ts = tpair.key.tsvalue();
      }
      return ts;
    };
    var inclinenumber = function(ls) {
      let old = ls.current;
      lua_assert(currIsNewline(ls));
      next(ls);
      if (currIsNewline(ls) && ls.current !== old)
        next(ls);
      if (++ls.linenumber >= MAX_INT)
        lexerror(ls, to_luastring10("chunk has too many lines", true), 0);
    };
    var luaX_setinput = function(L, ls, z, source, firstchar) {
      ls.t = {
        token: 0,
        seminfo: new SemInfo()
      };
      ls.L = L;
      ls.current = firstchar;
      ls.lookahead = {
        token: TK_EOS,
        seminfo: new SemInfo()
      };
      ls.z = z;
      ls.fs = null;
      ls.linenumber = 1;
      ls.lastline = 1;
      ls.source = source;
      ls.envn = luaS_bless(L, LUA_ENV);
      luaZ_resizebuffer(L, ls.buff, LUA_MINBUFFER);
    };
    var check_next1 = function(ls, c3) {
      if (ls.current === c3) {
        next(ls);
        return true;
      }
      return false;
    };
    var check_next2 = function(ls, set) {
      if (ls.current === set[0].charCodeAt(0) || ls.current === set[1].charCodeAt(0)) {
        save_and_next(ls);
        return true;
      }
      return false;
    };
    var read_numeral = function(ls, seminfo) {
      let expo = "Ee";
      let first = ls.current;
      lua_assert(lisdigit(ls.current));
      save_and_next(ls);
      if (first === 48 && check_next2(ls, "xX"))
        expo = "Pp";
      for (; ; ) {
        if (check_next2(ls, expo))
          check_next2(ls, "-+");
        if (lisxdigit(ls.current))
          save_and_next(ls);
        else if (ls.current === 46)
          save_and_next(ls);
        else break;
      }
      let obj = new lobject.TValue();
      if (lobject.luaO_str2num(luaZ_buffer(ls.buff), obj) === 0)
        lexerror(ls, to_luastring10("malformed number", true), TK_FLT);
      if (obj.ttisinteger()) {
        seminfo.i = obj.value;
        return TK_INT;
      } else {
        lua_assert(obj.ttisfloat());
        seminfo.r = obj.value;
        return TK_FLT;
      }
    };
    var txtToken = function(ls, token) {
      switch (token) {
        case TK_NAME:
        case TK_STRING:
        case TK_FLT:
        case TK_INT:
          return lobject.luaO_pushfstring(ls.L, to_luastring10("'%s'", true), luaZ_buffer(ls.buff));
        default:
          return luaX_token2str(ls, token);
      }
    };
    var lexerror = function(ls, msg, token) {
      msg = ldebug.luaG_addinfo(ls.L, msg, ls.source, ls.linenumber);
      if (token)
        lobject.luaO_pushfstring(ls.L, to_luastring10("%s near %s"), msg, txtToken(ls, token));
      ldo.luaD_throw(ls.L, LUA_ERRSYNTAX);
    };
    var luaX_syntaxerror = function(ls, msg) {
      lexerror(ls, msg, ls.t.token);
    };
    var skip_sep = function(ls) {
      let count3 = 0;
      let s = ls.current;
      lua_assert(
        s === 91 || s === 93
        /* (']').charCodeAt(0) */
      );
      save_and_next(ls);
      while (ls.current === 61) {
        save_and_next(ls);
        count3++;
      }
      return ls.current === s ? count3 : -count3 - 1;
    };
    var read_long_string = function(ls, seminfo, sep) {
      let line = ls.linenumber;
      save_and_next(ls);
      if (currIsNewline(ls))
        inclinenumber(ls);
      let skip = false;
      for (; !skip; ) {
        switch (ls.current) {
          case EOZ: {
            let what = seminfo ? "string" : "comment";
            let msg = `unfinished long ${what} (starting at line ${line})`;
            lexerror(ls, to_luastring10(msg), TK_EOS);
            break;
          }
          case 93: {
            if (skip_sep(ls) === sep) {
              save_and_next(ls);
              skip = true;
            }
            break;
          }
          case 10:
          case 13: {
            save(
              ls,
              10
              /* ('\n').charCodeAt(0) */
            );
            inclinenumber(ls);
            if (!seminfo) luaZ_resetbuffer(ls.buff);
            break;
          }
          default: {
            if (seminfo) save_and_next(ls);
            else next(ls);
          }
        }
      }
      if (seminfo)
        seminfo.ts = luaX_newstring(ls, ls.buff.buffer.subarray(2 + sep, ls.buff.n - (2 + sep)));
    };
    var esccheck = function(ls, c3, msg) {
      if (!c3) {
        if (ls.current !== EOZ)
          save_and_next(ls);
        lexerror(ls, msg, TK_STRING);
      }
    };
    var gethexa = function(ls) {
      save_and_next(ls);
      esccheck(ls, lisxdigit(ls.current), to_luastring10("hexadecimal digit expected", true));
      return lobject.luaO_hexavalue(ls.current);
    };
    var readhexaesc = function(ls) {
      let r = gethexa(ls);
      r = (r << 4) + gethexa(ls);
      luaZ_buffremove(ls.buff, 2);
      return r;
    };
    var readutf8desc = function(ls) {
      let i2 = 4;
      save_and_next(ls);
      esccheck(ls, ls.current === 123, to_luastring10("missing '{'", true));
      let r = gethexa(ls);
      save_and_next(ls);
      while (lisxdigit(ls.current)) {
        i2++;
        r = (r << 4) + lobject.luaO_hexavalue(ls.current);
        esccheck(ls, r <= 1114111, to_luastring10("UTF-8 value too large", true));
        save_and_next(ls);
      }
      esccheck(ls, ls.current === 125, to_luastring10("missing '}'", true));
      next(ls);
      luaZ_buffremove(ls.buff, i2);
      return r;
    };
    var utf8esc = function(ls) {
      let buff = new Uint8Array(lobject.UTF8BUFFSZ);
      let n2 = lobject.luaO_utf8esc(buff, readutf8desc(ls));
      for (; n2 > 0; n2--)
        save(ls, buff[lobject.UTF8BUFFSZ - n2]);
    };
    var readdecesc = function(ls) {
      let r = 0;
      let i2;
      for (i2 = 0; i2 < 3 && lisdigit(ls.current); i2++) {
        r = 10 * r + ls.current - 48;
        save_and_next(ls);
      }
      esccheck(ls, r <= 255, to_luastring10("decimal escape too large", true));
      luaZ_buffremove(ls.buff, i2);
      return r;
    };
    var read_string = function(ls, del, seminfo) {
      save_and_next(ls);
      while (ls.current !== del) {
        switch (ls.current) {
          case EOZ:
            lexerror(ls, to_luastring10("unfinished string", true), TK_EOS);
            break;
          case 10:
          case 13:
            lexerror(ls, to_luastring10("unfinished string", true), TK_STRING);
            break;
          case 92: {
            save_and_next(ls);
            let will;
            let c3;
            switch (ls.current) {
              case 97:
                c3 = 7;
                will = "read_save";
                break;
              case 98:
                c3 = 8;
                will = "read_save";
                break;
              case 102:
                c3 = 12;
                will = "read_save";
                break;
              case 110:
                c3 = 10;
                will = "read_save";
                break;
              case 114:
                c3 = 13;
                will = "read_save";
                break;
              case 116:
                c3 = 9;
                will = "read_save";
                break;
              case 118:
                c3 = 11;
                will = "read_save";
                break;
              case 120:
                c3 = readhexaesc(ls);
                will = "read_save";
                break;
              case 117:
                utf8esc(ls);
                will = "no_save";
                break;
              case 10:
              case 13:
                inclinenumber(ls);
                c3 = 10;
                will = "only_save";
                break;
              case 92:
              case 34:
              case 39:
                c3 = ls.current;
                will = "read_save";
                break;
              case EOZ:
                will = "no_save";
                break;
              /* will raise an error next loop */
              case 122: {
                luaZ_buffremove(ls.buff, 1);
                next(ls);
                while (lisspace(ls.current)) {
                  if (currIsNewline(ls)) inclinenumber(ls);
                  else next(ls);
                }
                will = "no_save";
                break;
              }
              default: {
                esccheck(ls, lisdigit(ls.current), to_luastring10("invalid escape sequence", true));
                c3 = readdecesc(ls);
                will = "only_save";
                break;
              }
            }
            if (will === "read_save")
              next(ls);
            if (will === "read_save" || will === "only_save") {
              luaZ_buffremove(ls.buff, 1);
              save(ls, c3);
            }
            break;
          }
          default:
            save_and_next(ls);
        }
      }
      save_and_next(ls);
      seminfo.ts = luaX_newstring(ls, ls.buff.buffer.subarray(1, ls.buff.n - 1));
    };
    var token_to_index = /* @__PURE__ */ Object.create(null);
    luaX_tokens.forEach((e, i2) => token_to_index[luaS_hash(e)] = i2);
    var isreserved = function(w) {
      let kidx = token_to_index[luaS_hashlongstr(w)];
      return kidx !== void 0 && kidx <= 22;
    };
    var llex = function(ls, seminfo) {
      luaZ_resetbuffer(ls.buff);
      for (; ; ) {
        lua_assert(typeof ls.current == "number");
        switch (ls.current) {
          case 10:
          case 13: {
            inclinenumber(ls);
            break;
          }
          case 32:
          case 12:
          case 9:
          case 11: {
            next(ls);
            break;
          }
          case 45: {
            next(ls);
            if (ls.current !== 45) return 45;
            next(ls);
            if (ls.current === 91) {
              let sep = skip_sep(ls);
              luaZ_resetbuffer(ls.buff);
              if (sep >= 0) {
                read_long_string(ls, null, sep);
                luaZ_resetbuffer(ls.buff);
                break;
              }
            }
            while (!currIsNewline(ls) && ls.current !== EOZ)
              next(ls);
            break;
          }
          case 91: {
            let sep = skip_sep(ls);
            if (sep >= 0) {
              read_long_string(ls, seminfo, sep);
              return TK_STRING;
            } else if (sep !== -1)
              lexerror(ls, to_luastring10("invalid long string delimiter", true), TK_STRING);
            return 91;
          }
          case 61: {
            next(ls);
            if (check_next1(
              ls,
              61
              /* ('=').charCodeAt(0) */
            )) return TK_EQ;
            else return 61;
          }
          case 60: {
            next(ls);
            if (check_next1(
              ls,
              61
              /* ('=').charCodeAt(0) */
            )) return TK_LE;
            else if (check_next1(
              ls,
              60
              /* ('<').charCodeAt(0) */
            )) return TK_SHL;
            else return 60;
          }
          case 62: {
            next(ls);
            if (check_next1(
              ls,
              61
              /* ('=').charCodeAt(0) */
            )) return TK_GE;
            else if (check_next1(
              ls,
              62
              /* ('>').charCodeAt(0) */
            )) return TK_SHR;
            else return 62;
          }
          case 47: {
            next(ls);
            if (check_next1(
              ls,
              47
              /* ('/').charCodeAt(0) */
            )) return TK_IDIV;
            else return 47;
          }
          case 126: {
            next(ls);
            if (check_next1(
              ls,
              61
              /* ('=').charCodeAt(0) */
            )) return TK_NE;
            else return 126;
          }
          case 58: {
            next(ls);
            if (check_next1(
              ls,
              58
              /* (':').charCodeAt(0) */
            )) return TK_DBCOLON;
            else return 58;
          }
          case 34:
          case 39: {
            read_string(ls, ls.current, seminfo);
            return TK_STRING;
          }
          case 46: {
            save_and_next(ls);
            if (check_next1(
              ls,
              46
              /* ('.').charCodeAt(0) */
            )) {
              if (check_next1(
                ls,
                46
                /* ('.').charCodeAt(0) */
              ))
                return TK_DOTS;
              else return TK_CONCAT;
            } else if (!lisdigit(ls.current)) return 46;
            else return read_numeral(ls, seminfo);
          }
          case 48:
          case 49:
          case 50:
          case 51:
          case 52:
          case 53:
          case 54:
          case 55:
          case 56:
          case 57: {
            return read_numeral(ls, seminfo);
          }
          case EOZ: {
            return TK_EOS;
          }
          default: {
            if (lislalpha(ls.current)) {
              do {
                save_and_next(ls);
              } while (lislalnum(ls.current));
              let ts = luaX_newstring(ls, luaZ_buffer(ls.buff));
              seminfo.ts = ts;
              let kidx = token_to_index[luaS_hashlongstr(ts)];
              if (kidx !== void 0 && kidx <= 22)
                return kidx + FIRST_RESERVED;
              else
                return TK_NAME;
            } else {
              let c3 = ls.current;
              next(ls);
              return c3;
            }
          }
        }
      }
    };
    var luaX_next = function(ls) {
      ls.lastline = ls.linenumber;
      if (ls.lookahead.token !== TK_EOS) {
        ls.t.token = ls.lookahead.token;
        ls.t.seminfo.i = ls.lookahead.seminfo.i;
        ls.t.seminfo.r = ls.lookahead.seminfo.r;
        ls.t.seminfo.ts = ls.lookahead.seminfo.ts;
        ls.lookahead.token = TK_EOS;
      } else
        ls.t.token = llex(ls, ls.t.seminfo);
    };
    var luaX_lookahead = function(ls) {
      lua_assert(ls.lookahead.token === TK_EOS);
      ls.lookahead.token = llex(ls, ls.lookahead.seminfo);
      return ls.lookahead.token;
    };
    module.exports.FIRST_RESERVED = FIRST_RESERVED;
    module.exports.LUA_ENV = LUA_ENV;
    module.exports.LexState = LexState;
    module.exports.RESERVED = RESERVED;
    module.exports.isreserved = isreserved;
    module.exports.luaX_lookahead = luaX_lookahead;
    module.exports.luaX_newstring = luaX_newstring;
    module.exports.luaX_next = luaX_next;
    module.exports.luaX_setinput = luaX_setinput;
    module.exports.luaX_syntaxerror = luaX_syntaxerror;
    module.exports.luaX_token2str = luaX_token2str;
    module.exports.luaX_tokens = luaX_tokens;
  }
});

// node_modules/fengari/src/lcode.js
var require_lcode = __commonJS({
  "node_modules/fengari/src/lcode.js"(exports, module) {
    "use strict";
    var {
      LUA_MULTRET,
      LUA_OPADD,
      LUA_OPBAND,
      LUA_OPBNOT,
      LUA_OPBOR,
      LUA_OPBXOR,
      LUA_OPDIV,
      LUA_OPIDIV,
      LUA_OPMOD,
      LUA_OPSHL,
      LUA_OPSHR,
      LUA_OPUNM,
      constant_types: {
        LUA_TBOOLEAN,
        LUA_TLIGHTUSERDATA,
        LUA_TLNGSTR,
        LUA_TNIL,
        LUA_TNUMFLT,
        LUA_TNUMINT,
        LUA_TTABLE
      },
      to_luastring: to_luastring10
    } = require_defs();
    var { lua_assert } = require_llimits();
    var llex = require_llex();
    var lobject = require_lobject();
    var lopcodes = require_lopcodes();
    var lparser = require_lparser();
    var ltable = require_ltable();
    var lvm = require_lvm();
    var OpCodesI = lopcodes.OpCodesI;
    var TValue = lobject.TValue;
    var MAXREGS = 255;
    var NO_JUMP = -1;
    var BinOpr = {
      OPR_ADD: 0,
      OPR_SUB: 1,
      OPR_MUL: 2,
      OPR_MOD: 3,
      OPR_POW: 4,
      OPR_DIV: 5,
      OPR_IDIV: 6,
      OPR_BAND: 7,
      OPR_BOR: 8,
      OPR_BXOR: 9,
      OPR_SHL: 10,
      OPR_SHR: 11,
      OPR_CONCAT: 12,
      OPR_EQ: 13,
      OPR_LT: 14,
      OPR_LE: 15,
      OPR_NE: 16,
      OPR_GT: 17,
      OPR_GE: 18,
      OPR_AND: 19,
      OPR_OR: 20,
      OPR_NOBINOPR: 21
    };
    var UnOpr = {
      OPR_MINUS: 0,
      OPR_BNOT: 1,
      OPR_NOT: 2,
      OPR_LEN: 3,
      OPR_NOUNOPR: 4
    };
    var hasjumps = function(e) {
      return e.t !== e.f;
    };
    var tonumeral = function(e, make_tvalue) {
      let ek = lparser.expkind;
      if (hasjumps(e))
        return false;
      switch (e.k) {
        case ek.VKINT:
          if (make_tvalue) {
            return new TValue(LUA_TNUMINT, e.u.ival);
          }
          return true;
        case ek.VKFLT:
          if (make_tvalue) {
            return new TValue(LUA_TNUMFLT, e.u.nval);
          }
          return true;
        default:
          return false;
      }
    };
    var luaK_nil = function(fs, from, n2) {
      let previous;
      let l = from + n2 - 1;
      if (fs.pc > fs.lasttarget) {
        previous = fs.f.code[fs.pc - 1];
        if (previous.opcode === OpCodesI.OP_LOADNIL) {
          let pfrom = previous.A;
          let pl = pfrom + previous.B;
          if (pfrom <= from && from <= pl + 1 || from <= pfrom && pfrom <= l + 1) {
            if (pfrom < from) from = pfrom;
            if (pl > l) l = pl;
            lopcodes.SETARG_A(previous, from);
            lopcodes.SETARG_B(previous, l - from);
            return;
          }
        }
      }
      luaK_codeABC(fs, OpCodesI.OP_LOADNIL, from, n2 - 1, 0);
    };
    var getinstruction = function(fs, e) {
      return fs.f.code[e.u.info];
    };
    var getjump = function(fs, pc) {
      let offset = fs.f.code[pc].sBx;
      if (offset === NO_JUMP)
        return NO_JUMP;
      else
        return pc + 1 + offset;
    };
    var fixjump = function(fs, pc, dest) {
      let jmp = fs.f.code[pc];
      let offset = dest - (pc + 1);
      lua_assert(dest !== NO_JUMP);
      if (Math.abs(offset) > lopcodes.MAXARG_sBx)
        llex.luaX_syntaxerror(fs.ls, to_luastring10("control structure too long", true));
      lopcodes.SETARG_sBx(jmp, offset);
    };
    var luaK_concat = function(fs, l1, l2) {
      if (l2 === NO_JUMP) return l1;
      else if (l1 === NO_JUMP)
        l1 = l2;
      else {
        let list = l1;
        let next = getjump(fs, list);
        while (next !== NO_JUMP) {
          list = next;
          next = getjump(fs, list);
        }
        fixjump(fs, list, l2);
      }
      return l1;
    };
    var luaK_jump = function(fs) {
      let jpc = fs.jpc;
      fs.jpc = NO_JUMP;
      let j = luaK_codeAsBx(fs, OpCodesI.OP_JMP, 0, NO_JUMP);
      j = luaK_concat(fs, j, jpc);
      return j;
    };
    var luaK_jumpto = function(fs, t) {
      return luaK_patchlist(fs, luaK_jump(fs), t);
    };
    var luaK_ret = function(fs, first, nret) {
      luaK_codeABC(fs, OpCodesI.OP_RETURN, first, nret + 1, 0);
    };
    var condjump = function(fs, op, A, B, C) {
      luaK_codeABC(fs, op, A, B, C);
      return luaK_jump(fs);
    };
    var luaK_getlabel = function(fs) {
      fs.lasttarget = fs.pc;
      return fs.pc;
    };
    var getjumpcontroloffset = function(fs, pc) {
      if (pc >= 1 && lopcodes.testTMode(fs.f.code[pc - 1].opcode))
        return pc - 1;
      else
        return pc;
    };
    var getjumpcontrol = function(fs, pc) {
      return fs.f.code[getjumpcontroloffset(fs, pc)];
    };
    var patchtestreg = function(fs, node, reg) {
      let pc = getjumpcontroloffset(fs, node);
      let i2 = fs.f.code[pc];
      if (i2.opcode !== OpCodesI.OP_TESTSET)
        return false;
      if (reg !== lopcodes.NO_REG && reg !== i2.B)
        lopcodes.SETARG_A(i2, reg);
      else {
        fs.f.code[pc] = lopcodes.CREATE_ABC(OpCodesI.OP_TEST, i2.B, 0, i2.C);
      }
      return true;
    };
    var removevalues = function(fs, list) {
      for (; list !== NO_JUMP; list = getjump(fs, list))
        patchtestreg(fs, list, lopcodes.NO_REG);
    };
    var patchlistaux = function(fs, list, vtarget, reg, dtarget) {
      while (list !== NO_JUMP) {
        let next = getjump(fs, list);
        if (patchtestreg(fs, list, reg))
          fixjump(fs, list, vtarget);
        else
          fixjump(fs, list, dtarget);
        list = next;
      }
    };
    var dischargejpc = function(fs) {
      patchlistaux(fs, fs.jpc, fs.pc, lopcodes.NO_REG, fs.pc);
      fs.jpc = NO_JUMP;
    };
    var luaK_patchtohere = function(fs, list) {
      luaK_getlabel(fs);
      fs.jpc = luaK_concat(fs, fs.jpc, list);
    };
    var luaK_patchlist = function(fs, list, target) {
      if (target === fs.pc)
        luaK_patchtohere(fs, list);
      else {
        lua_assert(target < fs.pc);
        patchlistaux(fs, list, target, lopcodes.NO_REG, target);
      }
    };
    var luaK_patchclose = function(fs, list, level) {
      level++;
      for (; list !== NO_JUMP; list = getjump(fs, list)) {
        let ins = fs.f.code[list];
        lua_assert(ins.opcode === OpCodesI.OP_JMP && (ins.A === 0 || ins.A >= level));
        lopcodes.SETARG_A(ins, level);
      }
    };
    var luaK_code = function(fs, i2) {
      let f = fs.f;
      dischargejpc(fs);
      f.code[fs.pc] = i2;
      f.lineinfo[fs.pc] = fs.ls.lastline;
      return fs.pc++;
    };
    var luaK_codeABC = function(fs, o2, a2, b, c3) {
      lua_assert(lopcodes.getOpMode(o2) === lopcodes.iABC);
      lua_assert(lopcodes.getBMode(o2) !== lopcodes.OpArgN || b === 0);
      lua_assert(lopcodes.getCMode(o2) !== lopcodes.OpArgN || c3 === 0);
      lua_assert(a2 <= lopcodes.MAXARG_A && b <= lopcodes.MAXARG_B && c3 <= lopcodes.MAXARG_C);
      return luaK_code(fs, lopcodes.CREATE_ABC(o2, a2, b, c3));
    };
    var luaK_codeABx = function(fs, o2, a2, bc) {
      lua_assert(lopcodes.getOpMode(o2) === lopcodes.iABx || lopcodes.getOpMode(o2) === lopcodes.iAsBx);
      lua_assert(lopcodes.getCMode(o2) === lopcodes.OpArgN);
      lua_assert(a2 <= lopcodes.MAXARG_A && bc <= lopcodes.MAXARG_Bx);
      return luaK_code(fs, lopcodes.CREATE_ABx(o2, a2, bc));
    };
    var luaK_codeAsBx = function(fs, o2, A, sBx) {
      return luaK_codeABx(fs, o2, A, sBx + lopcodes.MAXARG_sBx);
    };
    var codeextraarg = function(fs, a2) {
      lua_assert(a2 <= lopcodes.MAXARG_Ax);
      return luaK_code(fs, lopcodes.CREATE_Ax(OpCodesI.OP_EXTRAARG, a2));
    };
    var luaK_codek = function(fs, reg, k) {
      if (k <= lopcodes.MAXARG_Bx)
        return luaK_codeABx(fs, OpCodesI.OP_LOADK, reg, k);
      else {
        let p = luaK_codeABx(fs, OpCodesI.OP_LOADKX, reg, 0);
        codeextraarg(fs, k);
        return p;
      }
    };
    var luaK_checkstack = function(fs, n2) {
      let newstack = fs.freereg + n2;
      if (newstack > fs.f.maxstacksize) {
        if (newstack >= MAXREGS)
          llex.luaX_syntaxerror(fs.ls, to_luastring10("function or expression needs too many registers", true));
        fs.f.maxstacksize = newstack;
      }
    };
    var luaK_reserveregs = function(fs, n2) {
      luaK_checkstack(fs, n2);
      fs.freereg += n2;
    };
    var freereg = function(fs, reg) {
      if (!lopcodes.ISK(reg) && reg >= fs.nactvar) {
        fs.freereg--;
        lua_assert(reg === fs.freereg);
      }
    };
    var freeexp = function(fs, e) {
      if (e.k === lparser.expkind.VNONRELOC)
        freereg(fs, e.u.info);
    };
    var freeexps = function(fs, e1, e2) {
      let r1 = e1.k === lparser.expkind.VNONRELOC ? e1.u.info : -1;
      let r2 = e2.k === lparser.expkind.VNONRELOC ? e2.u.info : -1;
      if (r1 > r2) {
        freereg(fs, r1);
        freereg(fs, r2);
      } else {
        freereg(fs, r2);
        freereg(fs, r1);
      }
    };
    var addk = function(fs, key, v) {
      let f = fs.f;
      let idx = ltable.luaH_get(fs.L, fs.ls.h, key);
      if (idx.ttisinteger()) {
        let k2 = idx.value;
        if (k2 < fs.nk && f.k[k2].ttype() === v.ttype() && f.k[k2].value === v.value)
          return k2;
      }
      let k = fs.nk;
      ltable.luaH_setfrom(fs.L, fs.ls.h, key, new lobject.TValue(LUA_TNUMINT, k));
      f.k[k] = v;
      fs.nk++;
      return k;
    };
    var luaK_stringK = function(fs, s) {
      let o2 = new TValue(LUA_TLNGSTR, s);
      return addk(fs, o2, o2);
    };
    var luaK_intK = function(fs, n2) {
      let k = new TValue(LUA_TLIGHTUSERDATA, n2);
      let o2 = new TValue(LUA_TNUMINT, n2);
      return addk(fs, k, o2);
    };
    var luaK_numberK = function(fs, r) {
      let o2 = new TValue(LUA_TNUMFLT, r);
      return addk(fs, o2, o2);
    };
    var boolK = function(fs, b) {
      let o2 = new TValue(LUA_TBOOLEAN, b);
      return addk(fs, o2, o2);
    };
    var nilK = function(fs) {
      let v = new TValue(LUA_TNIL, null);
      let k = new TValue(LUA_TTABLE, fs.ls.h);
      return addk(fs, k, v);
    };
    var luaK_setreturns = function(fs, e, nresults) {
      let ek = lparser.expkind;
      if (e.k === ek.VCALL) {
        lopcodes.SETARG_C(getinstruction(fs, e), nresults + 1);
      } else if (e.k === ek.VVARARG) {
        let pc = getinstruction(fs, e);
        lopcodes.SETARG_B(pc, nresults + 1);
        lopcodes.SETARG_A(pc, fs.freereg);
        luaK_reserveregs(fs, 1);
      } else lua_assert(nresults === LUA_MULTRET);
    };
    var luaK_setmultret = function(fs, e) {
      luaK_setreturns(fs, e, LUA_MULTRET);
    };
    var luaK_setoneret = function(fs, e) {
      let ek = lparser.expkind;
      if (e.k === ek.VCALL) {
        lua_assert(getinstruction(fs, e).C === 2);
        e.k = ek.VNONRELOC;
        e.u.info = getinstruction(fs, e).A;
      } else if (e.k === ek.VVARARG) {
        lopcodes.SETARG_B(getinstruction(fs, e), 2);
        e.k = ek.VRELOCABLE;
      }
    };
    var luaK_dischargevars = function(fs, e) {
      let ek = lparser.expkind;
      switch (e.k) {
        case ek.VLOCAL: {
          e.k = ek.VNONRELOC;
          break;
        }
        case ek.VUPVAL: {
          e.u.info = luaK_codeABC(fs, OpCodesI.OP_GETUPVAL, 0, e.u.info, 0);
          e.k = ek.VRELOCABLE;
          break;
        }
        case ek.VINDEXED: {
          let op;
          freereg(fs, e.u.ind.idx);
          if (e.u.ind.vt === ek.VLOCAL) {
            freereg(fs, e.u.ind.t);
            op = OpCodesI.OP_GETTABLE;
          } else {
            lua_assert(e.u.ind.vt === ek.VUPVAL);
            op = OpCodesI.OP_GETTABUP;
          }
          e.u.info = luaK_codeABC(fs, op, 0, e.u.ind.t, e.u.ind.idx);
          e.k = ek.VRELOCABLE;
          break;
        }
        case ek.VVARARG:
        case ek.VCALL: {
          luaK_setoneret(fs, e);
          break;
        }
        default:
          break;
      }
    };
    var code_loadbool = function(fs, A, b, jump) {
      luaK_getlabel(fs);
      return luaK_codeABC(fs, OpCodesI.OP_LOADBOOL, A, b, jump);
    };
    var discharge2reg = function(fs, e, reg) {
      let ek = lparser.expkind;
      luaK_dischargevars(fs, e);
      switch (e.k) {
        case ek.VNIL: {
          luaK_nil(fs, reg, 1);
          break;
        }
        case ek.VFALSE:
        case ek.VTRUE: {
          luaK_codeABC(fs, OpCodesI.OP_LOADBOOL, reg, e.k === ek.VTRUE, 0);
          break;
        }
        case ek.VK: {
          luaK_codek(fs, reg, e.u.info);
          break;
        }
        case ek.VKFLT: {
          luaK_codek(fs, reg, luaK_numberK(fs, e.u.nval));
          break;
        }
        case ek.VKINT: {
          luaK_codek(fs, reg, luaK_intK(fs, e.u.ival));
          break;
        }
        case ek.VRELOCABLE: {
          let pc = getinstruction(fs, e);
          lopcodes.SETARG_A(pc, reg);
          break;
        }
        case ek.VNONRELOC: {
          if (reg !== e.u.info)
            luaK_codeABC(fs, OpCodesI.OP_MOVE, reg, e.u.info, 0);
          break;
        }
        default: {
          lua_assert(e.k === ek.VJMP);
          return;
        }
      }
      e.u.info = reg;
      e.k = ek.VNONRELOC;
    };
    var discharge2anyreg = function(fs, e) {
      if (e.k !== lparser.expkind.VNONRELOC) {
        luaK_reserveregs(fs, 1);
        discharge2reg(fs, e, fs.freereg - 1);
      }
    };
    var need_value = function(fs, list) {
      for (; list !== NO_JUMP; list = getjump(fs, list)) {
        let i2 = getjumpcontrol(fs, list);
        if (i2.opcode !== OpCodesI.OP_TESTSET) return true;
      }
      return false;
    };
    var exp2reg = function(fs, e, reg) {
      let ek = lparser.expkind;
      discharge2reg(fs, e, reg);
      if (e.k === ek.VJMP)
        e.t = luaK_concat(fs, e.t, e.u.info);
      if (hasjumps(e)) {
        let final;
        let p_f = NO_JUMP;
        let p_t = NO_JUMP;
        if (need_value(fs, e.t) || need_value(fs, e.f)) {
          let fj = e.k === ek.VJMP ? NO_JUMP : luaK_jump(fs);
          p_f = code_loadbool(fs, reg, 0, 1);
          p_t = code_loadbool(fs, reg, 1, 0);
          luaK_patchtohere(fs, fj);
        }
        final = luaK_getlabel(fs);
        patchlistaux(fs, e.f, final, reg, p_f);
        patchlistaux(fs, e.t, final, reg, p_t);
      }
      e.f = e.t = NO_JUMP;
      e.u.info = reg;
      e.k = ek.VNONRELOC;
    };
    var luaK_exp2nextreg = function(fs, e) {
      luaK_dischargevars(fs, e);
      freeexp(fs, e);
      luaK_reserveregs(fs, 1);
      exp2reg(fs, e, fs.freereg - 1);
    };
    var luaK_exp2anyreg = function(fs, e) {
      luaK_dischargevars(fs, e);
      if (e.k === lparser.expkind.VNONRELOC) {
        if (!hasjumps(e))
          return e.u.info;
        if (e.u.info >= fs.nactvar) {
          exp2reg(fs, e, e.u.info);
          return e.u.info;
        }
      }
      luaK_exp2nextreg(fs, e);
      return e.u.info;
    };
    var luaK_exp2anyregup = function(fs, e) {
      if (e.k !== lparser.expkind.VUPVAL || hasjumps(e))
        luaK_exp2anyreg(fs, e);
    };
    var luaK_exp2val = function(fs, e) {
      if (hasjumps(e))
        luaK_exp2anyreg(fs, e);
      else
        luaK_dischargevars(fs, e);
    };
    var luaK_exp2RK = function(fs, e) {
      let ek = lparser.expkind;
      let vk = false;
      luaK_exp2val(fs, e);
      switch (e.k) {
        /* move constants to 'k' */
        case ek.VTRUE:
          e.u.info = boolK(fs, true);
          vk = true;
          break;
        case ek.VFALSE:
          e.u.info = boolK(fs, false);
          vk = true;
          break;
        case ek.VNIL:
          e.u.info = nilK(fs);
          vk = true;
          break;
        case ek.VKINT:
          e.u.info = luaK_intK(fs, e.u.ival);
          vk = true;
          break;
        case ek.VKFLT:
          e.u.info = luaK_numberK(fs, e.u.nval);
          vk = true;
          break;
        case ek.VK:
          vk = true;
          break;
        default:
          break;
      }
      if (vk) {
        e.k = ek.VK;
        if (e.u.info <= lopcodes.MAXINDEXRK)
          return lopcodes.RKASK(e.u.info);
      }
      return luaK_exp2anyreg(fs, e);
    };
    var luaK_storevar = function(fs, vr, ex) {
      let ek = lparser.expkind;
      switch (vr.k) {
        case ek.VLOCAL: {
          freeexp(fs, ex);
          exp2reg(fs, ex, vr.u.info);
          return;
        }
        case ek.VUPVAL: {
          let e = luaK_exp2anyreg(fs, ex);
          luaK_codeABC(fs, OpCodesI.OP_SETUPVAL, e, vr.u.info, 0);
          break;
        }
        case ek.VINDEXED: {
          let op = vr.u.ind.vt === ek.VLOCAL ? OpCodesI.OP_SETTABLE : OpCodesI.OP_SETTABUP;
          let e = luaK_exp2RK(fs, ex);
          luaK_codeABC(fs, op, vr.u.ind.t, vr.u.ind.idx, e);
          break;
        }
      }
      freeexp(fs, ex);
    };
    var luaK_self = function(fs, e, key) {
      luaK_exp2anyreg(fs, e);
      let ereg = e.u.info;
      freeexp(fs, e);
      e.u.info = fs.freereg;
      e.k = lparser.expkind.VNONRELOC;
      luaK_reserveregs(fs, 2);
      luaK_codeABC(fs, OpCodesI.OP_SELF, e.u.info, ereg, luaK_exp2RK(fs, key));
      freeexp(fs, key);
    };
    var negatecondition = function(fs, e) {
      let pc = getjumpcontrol(fs, e.u.info);
      lua_assert(lopcodes.testTMode(pc.opcode) && pc.opcode !== OpCodesI.OP_TESTSET && pc.opcode !== OpCodesI.OP_TEST);
      lopcodes.SETARG_A(pc, !pc.A);
    };
    var jumponcond = function(fs, e, cond) {
      if (e.k === lparser.expkind.VRELOCABLE) {
        let ie = getinstruction(fs, e);
        if (ie.opcode === OpCodesI.OP_NOT) {
          fs.pc--;
          return condjump(fs, OpCodesI.OP_TEST, ie.B, 0, !cond);
        }
      }
      discharge2anyreg(fs, e);
      freeexp(fs, e);
      return condjump(fs, OpCodesI.OP_TESTSET, lopcodes.NO_REG, e.u.info, cond);
    };
    var luaK_goiftrue = function(fs, e) {
      let ek = lparser.expkind;
      let pc;
      luaK_dischargevars(fs, e);
      switch (e.k) {
        case ek.VJMP: {
          negatecondition(fs, e);
          pc = e.u.info;
          break;
        }
        case ek.VK:
        case ek.VKFLT:
        case ek.VKINT:
        case ek.VTRUE: {
          pc = NO_JUMP;
          break;
        }
        default: {
          pc = jumponcond(fs, e, 0);
          break;
        }
      }
      e.f = luaK_concat(fs, e.f, pc);
      luaK_patchtohere(fs, e.t);
      e.t = NO_JUMP;
    };
    var luaK_goiffalse = function(fs, e) {
      let ek = lparser.expkind;
      let pc;
      luaK_dischargevars(fs, e);
      switch (e.k) {
        case ek.VJMP: {
          pc = e.u.info;
          break;
        }
        case ek.VNIL:
        case ek.VFALSE: {
          pc = NO_JUMP;
          break;
        }
        default: {
          pc = jumponcond(fs, e, 1);
          break;
        }
      }
      e.t = luaK_concat(fs, e.t, pc);
      luaK_patchtohere(fs, e.f);
      e.f = NO_JUMP;
    };
    var codenot = function(fs, e) {
      let ek = lparser.expkind;
      luaK_dischargevars(fs, e);
      switch (e.k) {
        case ek.VNIL:
        case ek.VFALSE: {
          e.k = ek.VTRUE;
          break;
        }
        case ek.VK:
        case ek.VKFLT:
        case ek.VKINT:
        case ek.VTRUE: {
          e.k = ek.VFALSE;
          break;
        }
        case ek.VJMP: {
          negatecondition(fs, e);
          break;
        }
        case ek.VRELOCABLE:
        case ek.VNONRELOC: {
          discharge2anyreg(fs, e);
          freeexp(fs, e);
          e.u.info = luaK_codeABC(fs, OpCodesI.OP_NOT, 0, e.u.info, 0);
          e.k = ek.VRELOCABLE;
          break;
        }
      }
      {
        let temp = e.f;
        e.f = e.t;
        e.t = temp;
      }
      removevalues(fs, e.f);
      removevalues(fs, e.t);
    };
    var luaK_indexed = function(fs, t, k) {
      let ek = lparser.expkind;
      lua_assert(!hasjumps(t) && (lparser.vkisinreg(t.k) || t.k === ek.VUPVAL));
      t.u.ind.t = t.u.info;
      t.u.ind.idx = luaK_exp2RK(fs, k);
      t.u.ind.vt = t.k === ek.VUPVAL ? ek.VUPVAL : ek.VLOCAL;
      t.k = ek.VINDEXED;
    };
    var validop = function(op, v1, v2) {
      switch (op) {
        case LUA_OPBAND:
        case LUA_OPBOR:
        case LUA_OPBXOR:
        case LUA_OPSHL:
        case LUA_OPSHR:
        case LUA_OPBNOT: {
          return lvm.tointeger(v1) !== false && lvm.tointeger(v2) !== false;
        }
        case LUA_OPDIV:
        case LUA_OPIDIV:
        case LUA_OPMOD:
          return v2.value !== 0;
        default:
          return 1;
      }
    };
    var constfolding = function(op, e1, e2) {
      let ek = lparser.expkind;
      let v1, v2;
      if (!(v1 = tonumeral(e1, true)) || !(v2 = tonumeral(e2, true)) || !validop(op, v1, v2))
        return 0;
      let res = new TValue();
      lobject.luaO_arith(null, op, v1, v2, res);
      if (res.ttisinteger()) {
        e1.k = ek.VKINT;
        e1.u.ival = res.value;
      } else {
        let n2 = res.value;
        if (isNaN(n2) || n2 === 0)
          return false;
        e1.k = ek.VKFLT;
        e1.u.nval = n2;
      }
      return true;
    };
    var codeunexpval = function(fs, op, e, line) {
      let r = luaK_exp2anyreg(fs, e);
      freeexp(fs, e);
      e.u.info = luaK_codeABC(fs, op, 0, r, 0);
      e.k = lparser.expkind.VRELOCABLE;
      luaK_fixline(fs, line);
    };
    var codebinexpval = function(fs, op, e1, e2, line) {
      let rk2 = luaK_exp2RK(fs, e2);
      let rk1 = luaK_exp2RK(fs, e1);
      freeexps(fs, e1, e2);
      e1.u.info = luaK_codeABC(fs, op, 0, rk1, rk2);
      e1.k = lparser.expkind.VRELOCABLE;
      luaK_fixline(fs, line);
    };
    var codecomp = function(fs, opr, e1, e2) {
      let ek = lparser.expkind;
      let rk1;
      if (e1.k === ek.VK)
        rk1 = lopcodes.RKASK(e1.u.info);
      else {
        lua_assert(e1.k === ek.VNONRELOC);
        rk1 = e1.u.info;
      }
      let rk2 = luaK_exp2RK(fs, e2);
      freeexps(fs, e1, e2);
      switch (opr) {
        case BinOpr.OPR_NE: {
          e1.u.info = condjump(fs, OpCodesI.OP_EQ, 0, rk1, rk2);
          break;
        }
        case BinOpr.OPR_GT:
        case BinOpr.OPR_GE: {
          let op = opr - BinOpr.OPR_NE + OpCodesI.OP_EQ;
          e1.u.info = condjump(fs, op, 1, rk2, rk1);
          break;
        }
        default: {
          let op = opr - BinOpr.OPR_EQ + OpCodesI.OP_EQ;
          e1.u.info = condjump(fs, op, 1, rk1, rk2);
          break;
        }
      }
      e1.k = ek.VJMP;
    };
    var luaK_prefix = function(fs, op, e, line) {
      let ef = new lparser.expdesc();
      ef.k = lparser.expkind.VKINT;
      ef.u.ival = ef.u.nval = ef.u.info = 0;
      ef.t = NO_JUMP;
      ef.f = NO_JUMP;
      switch (op) {
        case UnOpr.OPR_MINUS:
        case UnOpr.OPR_BNOT:
          if (constfolding(op + LUA_OPUNM, e, ef))
            break;
        /* FALLTHROUGH */
        case UnOpr.OPR_LEN:
          codeunexpval(fs, op + OpCodesI.OP_UNM, e, line);
          break;
        case UnOpr.OPR_NOT:
          codenot(fs, e);
          break;
      }
    };
    var luaK_infix = function(fs, op, v) {
      switch (op) {
        case BinOpr.OPR_AND: {
          luaK_goiftrue(fs, v);
          break;
        }
        case BinOpr.OPR_OR: {
          luaK_goiffalse(fs, v);
          break;
        }
        case BinOpr.OPR_CONCAT: {
          luaK_exp2nextreg(fs, v);
          break;
        }
        case BinOpr.OPR_ADD:
        case BinOpr.OPR_SUB:
        case BinOpr.OPR_MUL:
        case BinOpr.OPR_DIV:
        case BinOpr.OPR_IDIV:
        case BinOpr.OPR_MOD:
        case BinOpr.OPR_POW:
        case BinOpr.OPR_BAND:
        case BinOpr.OPR_BOR:
        case BinOpr.OPR_BXOR:
        case BinOpr.OPR_SHL:
        case BinOpr.OPR_SHR: {
          if (!tonumeral(v, false))
            luaK_exp2RK(fs, v);
          break;
        }
        default: {
          luaK_exp2RK(fs, v);
          break;
        }
      }
    };
    var luaK_posfix = function(fs, op, e1, e2, line) {
      let ek = lparser.expkind;
      switch (op) {
        case BinOpr.OPR_AND: {
          lua_assert(e1.t === NO_JUMP);
          luaK_dischargevars(fs, e2);
          e2.f = luaK_concat(fs, e2.f, e1.f);
          e1.to(e2);
          break;
        }
        case BinOpr.OPR_OR: {
          lua_assert(e1.f === NO_JUMP);
          luaK_dischargevars(fs, e2);
          e2.t = luaK_concat(fs, e2.t, e1.t);
          e1.to(e2);
          break;
        }
        case BinOpr.OPR_CONCAT: {
          luaK_exp2val(fs, e2);
          let ins = getinstruction(fs, e2);
          if (e2.k === ek.VRELOCABLE && ins.opcode === OpCodesI.OP_CONCAT) {
            lua_assert(e1.u.info === ins.B - 1);
            freeexp(fs, e1);
            lopcodes.SETARG_B(ins, e1.u.info);
            e1.k = ek.VRELOCABLE;
            e1.u.info = e2.u.info;
          } else {
            luaK_exp2nextreg(fs, e2);
            codebinexpval(fs, OpCodesI.OP_CONCAT, e1, e2, line);
          }
          break;
        }
        case BinOpr.OPR_ADD:
        case BinOpr.OPR_SUB:
        case BinOpr.OPR_MUL:
        case BinOpr.OPR_DIV:
        case BinOpr.OPR_IDIV:
        case BinOpr.OPR_MOD:
        case BinOpr.OPR_POW:
        case BinOpr.OPR_BAND:
        case BinOpr.OPR_BOR:
        case BinOpr.OPR_BXOR:
        case BinOpr.OPR_SHL:
        case BinOpr.OPR_SHR: {
          if (!constfolding(op + LUA_OPADD, e1, e2))
            codebinexpval(fs, op + OpCodesI.OP_ADD, e1, e2, line);
          break;
        }
        case BinOpr.OPR_EQ:
        case BinOpr.OPR_LT:
        case BinOpr.OPR_LE:
        case BinOpr.OPR_NE:
        case BinOpr.OPR_GT:
        case BinOpr.OPR_GE: {
          codecomp(fs, op, e1, e2);
          break;
        }
      }
      return e1;
    };
    var luaK_fixline = function(fs, line) {
      fs.f.lineinfo[fs.pc - 1] = line;
    };
    var luaK_setlist = function(fs, base, nelems, tostore) {
      let c3 = (nelems - 1) / lopcodes.LFIELDS_PER_FLUSH + 1;
      let b = tostore === LUA_MULTRET ? 0 : tostore;
      lua_assert(tostore !== 0 && tostore <= lopcodes.LFIELDS_PER_FLUSH);
      if (c3 <= lopcodes.MAXARG_C)
        luaK_codeABC(fs, OpCodesI.OP_SETLIST, base, b, c3);
      else if (c3 <= lopcodes.MAXARG_Ax) {
        luaK_codeABC(fs, OpCodesI.OP_SETLIST, base, b, 0);
        codeextraarg(fs, c3);
      } else
        llex.luaX_syntaxerror(fs.ls, to_luastring10("constructor too long", true));
      fs.freereg = base + 1;
    };
    module.exports.BinOpr = BinOpr;
    module.exports.NO_JUMP = NO_JUMP;
    module.exports.UnOpr = UnOpr;
    module.exports.getinstruction = getinstruction;
    module.exports.luaK_checkstack = luaK_checkstack;
    module.exports.luaK_code = luaK_code;
    module.exports.luaK_codeABC = luaK_codeABC;
    module.exports.luaK_codeABx = luaK_codeABx;
    module.exports.luaK_codeAsBx = luaK_codeAsBx;
    module.exports.luaK_codek = luaK_codek;
    module.exports.luaK_concat = luaK_concat;
    module.exports.luaK_dischargevars = luaK_dischargevars;
    module.exports.luaK_exp2RK = luaK_exp2RK;
    module.exports.luaK_exp2anyreg = luaK_exp2anyreg;
    module.exports.luaK_exp2anyregup = luaK_exp2anyregup;
    module.exports.luaK_exp2nextreg = luaK_exp2nextreg;
    module.exports.luaK_exp2val = luaK_exp2val;
    module.exports.luaK_fixline = luaK_fixline;
    module.exports.luaK_getlabel = luaK_getlabel;
    module.exports.luaK_goiffalse = luaK_goiffalse;
    module.exports.luaK_goiftrue = luaK_goiftrue;
    module.exports.luaK_indexed = luaK_indexed;
    module.exports.luaK_infix = luaK_infix;
    module.exports.luaK_intK = luaK_intK;
    module.exports.luaK_jump = luaK_jump;
    module.exports.luaK_jumpto = luaK_jumpto;
    module.exports.luaK_nil = luaK_nil;
    module.exports.luaK_numberK = luaK_numberK;
    module.exports.luaK_patchclose = luaK_patchclose;
    module.exports.luaK_patchlist = luaK_patchlist;
    module.exports.luaK_patchtohere = luaK_patchtohere;
    module.exports.luaK_posfix = luaK_posfix;
    module.exports.luaK_prefix = luaK_prefix;
    module.exports.luaK_reserveregs = luaK_reserveregs;
    module.exports.luaK_ret = luaK_ret;
    module.exports.luaK_self = luaK_self;
    module.exports.luaK_setlist = luaK_setlist;
    module.exports.luaK_setmultret = luaK_setmultret;
    module.exports.luaK_setoneret = luaK_setoneret;
    module.exports.luaK_setreturns = luaK_setreturns;
    module.exports.luaK_storevar = luaK_storevar;
    module.exports.luaK_stringK = luaK_stringK;
  }
});

// node_modules/fengari/src/lparser.js
var require_lparser = __commonJS({
  "node_modules/fengari/src/lparser.js"(exports, module) {
    "use strict";
    var {
      LUA_MULTRET,
      to_luastring: to_luastring10
    } = require_defs();
    var {
      BinOpr: {
        OPR_ADD,
        OPR_AND,
        OPR_BAND,
        OPR_BOR,
        OPR_BXOR,
        OPR_CONCAT,
        OPR_DIV,
        OPR_EQ,
        OPR_GE,
        OPR_GT,
        OPR_IDIV,
        OPR_LE,
        OPR_LT,
        OPR_MOD,
        OPR_MUL,
        OPR_NE,
        OPR_NOBINOPR,
        OPR_OR,
        OPR_POW,
        OPR_SHL,
        OPR_SHR,
        OPR_SUB
      },
      UnOpr: {
        OPR_BNOT,
        OPR_LEN,
        OPR_MINUS,
        OPR_NOT,
        OPR_NOUNOPR
      },
      NO_JUMP,
      getinstruction,
      luaK_checkstack,
      luaK_codeABC,
      luaK_codeABx,
      luaK_codeAsBx,
      luaK_codek,
      luaK_concat,
      luaK_dischargevars,
      luaK_exp2RK,
      luaK_exp2anyreg,
      luaK_exp2anyregup,
      luaK_exp2nextreg,
      luaK_exp2val,
      luaK_fixline,
      luaK_getlabel,
      luaK_goiffalse,
      luaK_goiftrue,
      luaK_indexed,
      luaK_infix,
      luaK_intK,
      luaK_jump,
      luaK_jumpto,
      luaK_nil,
      luaK_patchclose,
      luaK_patchlist,
      luaK_patchtohere,
      luaK_posfix,
      luaK_prefix,
      luaK_reserveregs,
      luaK_ret,
      luaK_self,
      luaK_setlist,
      luaK_setmultret,
      luaK_setoneret,
      luaK_setreturns,
      luaK_storevar,
      luaK_stringK
    } = require_lcode();
    var ldo = require_ldo();
    var lfunc = require_lfunc();
    var llex = require_llex();
    var {
      LUAI_MAXCCALLS,
      MAX_INT,
      lua_assert
    } = require_llimits();
    var lobject = require_lobject();
    var {
      OpCodesI: {
        OP_CALL,
        OP_CLOSURE,
        OP_FORLOOP,
        OP_FORPREP,
        OP_GETUPVAL,
        OP_MOVE,
        OP_NEWTABLE,
        OP_SETTABLE,
        OP_TAILCALL,
        OP_TFORCALL,
        OP_TFORLOOP,
        OP_VARARG
      },
      LFIELDS_PER_FLUSH,
      SETARG_B,
      SETARG_C,
      SET_OPCODE
    } = require_lopcodes();
    var {
      luaS_eqlngstr,
      luaS_new,
      luaS_newliteral
    } = require_lstring();
    var ltable = require_ltable();
    var Proto = lfunc.Proto;
    var R = llex.RESERVED;
    var MAXVARS = 200;
    var hasmultret = function(k) {
      return k === expkind.VCALL || k === expkind.VVARARG;
    };
    var eqstr = function(a2, b) {
      return luaS_eqlngstr(a2, b);
    };
    var BlockCnt = class {
      constructor() {
        this.previous = null;
        this.firstlabel = NaN;
        this.firstgoto = NaN;
        this.nactvar = NaN;
        this.upval = NaN;
        this.isloop = NaN;
      }
    };
    var expkind = {
      VVOID: 0,
      /* when 'expdesc' describes the last expression a list,
         this kind means an empty list (so, no expression) */
      VNIL: 1,
      /* constant nil */
      VTRUE: 2,
      /* constant true */
      VFALSE: 3,
      /* constant false */
      VK: 4,
      /* constant in 'k'; info = index of constant in 'k' */
      VKFLT: 5,
      /* floating constant; nval = numerical float value */
      VKINT: 6,
      /* integer constant; nval = numerical integer value */
      VNONRELOC: 7,
      /* expression has its value in a fixed register;
         info = result register */
      VLOCAL: 8,
      /* local variable; info = local register */
      VUPVAL: 9,
      /* upvalue variable; info = index of upvalue in 'upvalues' */
      VINDEXED: 10,
      /* indexed variable;
         ind.vt = whether 't' is register or upvalue;
         ind.t = table register or upvalue;
         ind.idx = key's R/K index */
      VJMP: 11,
      /* expression is a test/comparison;
         info = pc of corresponding jump instruction */
      VRELOCABLE: 12,
      /* expression can put result in any register;
         info = instruction pc */
      VCALL: 13,
      /* expression is a function call; info = instruction pc */
      VVARARG: 14
      /* vararg expression; info = instruction pc */
    };
    var vkisvar = function(k) {
      return expkind.VLOCAL <= k && k <= expkind.VINDEXED;
    };
    var vkisinreg = function(k) {
      return k === expkind.VNONRELOC || k === expkind.VLOCAL;
    };
    var expdesc = class {
      constructor() {
        this.k = NaN;
        this.u = {
          ival: NaN,
          /* for VKINT */
          nval: NaN,
          /* for VKFLT */
          info: NaN,
          /* for generic use */
          ind: {
            /* for indexed variables (VINDEXED) */
            idx: NaN,
            /* index (R/K) */
            t: NaN,
            /* table (register or upvalue) */
            vt: NaN
            /* whether 't' is register (VLOCAL) or upvalue (VUPVAL) */
          }
        };
        this.t = NaN;
        this.f = NaN;
      }
      to(e) {
        this.k = e.k;
        this.u = e.u;
        this.t = e.t;
        this.f = e.f;
      }
    };
    var FuncState = class {
      constructor() {
        this.f = null;
        this.prev = null;
        this.ls = null;
        this.bl = null;
        this.pc = NaN;
        this.lasttarget = NaN;
        this.jpc = NaN;
        this.nk = NaN;
        this.np = NaN;
        this.firstlocal = NaN;
        this.nlocvars = NaN;
        this.nactvar = NaN;
        this.nups = NaN;
        this.freereg = NaN;
      }
    };
    var Vardesc = class {
      constructor() {
        this.idx = NaN;
      }
    };
    var Labeldesc = class {
      constructor() {
        this.name = null;
        this.pc = NaN;
        this.line = NaN;
        this.nactvar = NaN;
      }
    };
    var Labellist = class {
      constructor() {
        this.arr = [];
        this.n = NaN;
        this.size = NaN;
      }
    };
    var Dyndata = class {
      constructor() {
        this.actvar = {
          /* list of active local variables */
          arr: [],
          n: NaN,
          size: NaN
        };
        this.gt = new Labellist();
        this.label = new Labellist();
      }
    };
    var semerror = function(ls, msg) {
      ls.t.token = 0;
      llex.luaX_syntaxerror(ls, msg);
    };
    var error_expected = function(ls, token) {
      llex.luaX_syntaxerror(ls, lobject.luaO_pushfstring(ls.L, to_luastring10("%s expected", true), llex.luaX_token2str(ls, token)));
    };
    var errorlimit = function(fs, limit, what) {
      let L = fs.ls.L;
      let line = fs.f.linedefined;
      let where = line === 0 ? to_luastring10("main function", true) : lobject.luaO_pushfstring(L, to_luastring10("function at line %d", true), line);
      let msg = lobject.luaO_pushfstring(
        L,
        to_luastring10("too many %s (limit is %d) in %s", true),
        what,
        limit,
        where
      );
      llex.luaX_syntaxerror(fs.ls, msg);
    };
    var checklimit = function(fs, v, l, what) {
      if (v > l) errorlimit(fs, l, what);
    };
    var testnext = function(ls, c3) {
      if (ls.t.token === c3) {
        llex.luaX_next(ls);
        return true;
      }
      return false;
    };
    var check = function(ls, c3) {
      if (ls.t.token !== c3)
        error_expected(ls, c3);
    };
    var checknext = function(ls, c3) {
      check(ls, c3);
      llex.luaX_next(ls);
    };
    var check_condition = function(ls, c3, msg) {
      if (!c3)
        llex.luaX_syntaxerror(ls, msg);
    };
    var check_match = function(ls, what, who, where) {
      if (!testnext(ls, what)) {
        if (where === ls.linenumber)
          error_expected(ls, what);
        else
          llex.luaX_syntaxerror(ls, lobject.luaO_pushfstring(
            ls.L,
            to_luastring10("%s expected (to close %s at line %d)"),
            llex.luaX_token2str(ls, what),
            llex.luaX_token2str(ls, who),
            where
          ));
      }
    };
    var str_checkname = function(ls) {
      check(ls, R.TK_NAME);
      let ts = ls.t.seminfo.ts;
      llex.luaX_next(ls);
      return ts;
    };
    var init_exp = function(e, k, i2) {
      e.f = e.t = NO_JUMP;
      e.k = k;
      e.u.info = i2;
    };
    var codestring = function(ls, e, s) {
      init_exp(e, expkind.VK, luaK_stringK(ls.fs, s));
    };
    var checkname = function(ls, e) {
      codestring(ls, e, str_checkname(ls));
    };
    var registerlocalvar = function(ls, varname) {
      let fs = ls.fs;
      let f = fs.f;
      f.locvars[fs.nlocvars] = new lobject.LocVar();
      f.locvars[fs.nlocvars].varname = varname;
      return fs.nlocvars++;
    };
    var new_localvar = function(ls, name) {
      let fs = ls.fs;
      let dyd = ls.dyd;
      let reg = registerlocalvar(ls, name);
      checklimit(fs, dyd.actvar.n + 1 - fs.firstlocal, MAXVARS, to_luastring10("local variables", true));
      dyd.actvar.arr[dyd.actvar.n] = new Vardesc();
      dyd.actvar.arr[dyd.actvar.n].idx = reg;
      dyd.actvar.n++;
    };
    var new_localvarliteral = function(ls, name) {
      new_localvar(ls, llex.luaX_newstring(ls, to_luastring10(name, true)));
    };
    var getlocvar = function(fs, i2) {
      let idx = fs.ls.dyd.actvar.arr[fs.firstlocal + i2].idx;
      lua_assert(idx < fs.nlocvars);
      return fs.f.locvars[idx];
    };
    var adjustlocalvars = function(ls, nvars) {
      let fs = ls.fs;
      fs.nactvar = fs.nactvar + nvars;
      for (; nvars; nvars--)
        getlocvar(fs, fs.nactvar - nvars).startpc = fs.pc;
    };
    var removevars = function(fs, tolevel) {
      fs.ls.dyd.actvar.n -= fs.nactvar - tolevel;
      while (fs.nactvar > tolevel)
        getlocvar(fs, --fs.nactvar).endpc = fs.pc;
    };
    var searchupvalue = function(fs, name) {
      let up = fs.f.upvalues;
      for (let i2 = 0; i2 < fs.nups; i2++) {
        if (eqstr(up[i2].name, name))
          return i2;
      }
      return -1;
    };
    var newupvalue = function(fs, name, v) {
      let f = fs.f;
      checklimit(fs, fs.nups + 1, lfunc.MAXUPVAL, to_luastring10("upvalues", true));
      f.upvalues[fs.nups] = {
        instack: v.k === expkind.VLOCAL,
        idx: v.u.info,
        name
      };
      return fs.nups++;
    };
    var searchvar = function(fs, n2) {
      for (let i2 = fs.nactvar - 1; i2 >= 0; i2--) {
        if (eqstr(n2, getlocvar(fs, i2).varname))
          return i2;
      }
      return -1;
    };
    var markupval = function(fs, level) {
      let bl = fs.bl;
      while (bl.nactvar > level)
        bl = bl.previous;
      bl.upval = 1;
    };
    var singlevaraux = function(fs, n2, vr, base) {
      if (fs === null)
        init_exp(vr, expkind.VVOID, 0);
      else {
        let v = searchvar(fs, n2);
        if (v >= 0) {
          init_exp(vr, expkind.VLOCAL, v);
          if (!base)
            markupval(fs, v);
        } else {
          let idx = searchupvalue(fs, n2);
          if (idx < 0) {
            singlevaraux(fs.prev, n2, vr, 0);
            if (vr.k === expkind.VVOID)
              return;
            idx = newupvalue(fs, n2, vr);
          }
          init_exp(vr, expkind.VUPVAL, idx);
        }
      }
    };
    var singlevar = function(ls, vr) {
      let varname = str_checkname(ls);
      let fs = ls.fs;
      singlevaraux(fs, varname, vr, 1);
      if (vr.k === expkind.VVOID) {
        let key = new expdesc();
        singlevaraux(fs, ls.envn, vr, 1);
        lua_assert(vr.k !== expkind.VVOID);
        codestring(ls, key, varname);
        luaK_indexed(fs, vr, key);
      }
    };
    var adjust_assign = function(ls, nvars, nexps, e) {
      let fs = ls.fs;
      let extra = nvars - nexps;
      if (hasmultret(e.k)) {
        extra++;
        if (extra < 0) extra = 0;
        luaK_setreturns(fs, e, extra);
        if (extra > 1) luaK_reserveregs(fs, extra - 1);
      } else {
        if (e.k !== expkind.VVOID) luaK_exp2nextreg(fs, e);
        if (extra > 0) {
          let reg = fs.freereg;
          luaK_reserveregs(fs, extra);
          luaK_nil(fs, reg, extra);
        }
      }
      if (nexps > nvars)
        ls.fs.freereg -= nexps - nvars;
    };
    var enterlevel = function(ls) {
      let L = ls.L;
      ++L.nCcalls;
      checklimit(ls.fs, L.nCcalls, LUAI_MAXCCALLS, to_luastring10("JS levels", true));
    };
    var leavelevel = function(ls) {
      return ls.L.nCcalls--;
    };
    var closegoto = function(ls, g, label) {
      let fs = ls.fs;
      let gl = ls.dyd.gt;
      let gt = gl.arr[g];
      lua_assert(eqstr(gt.name, label.name));
      if (gt.nactvar < label.nactvar) {
        let vname = getlocvar(fs, gt.nactvar).varname;
        let msg = lobject.luaO_pushfstring(
          ls.L,
          to_luastring10("<goto %s> at line %d jumps into the scope of local '%s'"),
          gt.name.getstr(),
          gt.line,
          vname.getstr()
        );
        semerror(ls, msg);
      }
      luaK_patchlist(fs, gt.pc, label.pc);
      for (let i2 = g; i2 < gl.n - 1; i2++)
        gl.arr[i2] = gl.arr[i2 + 1];
      gl.n--;
    };
    var findlabel = function(ls, g) {
      let bl = ls.fs.bl;
      let dyd = ls.dyd;
      let gt = dyd.gt.arr[g];
      for (let i2 = bl.firstlabel; i2 < dyd.label.n; i2++) {
        let lb = dyd.label.arr[i2];
        if (eqstr(lb.name, gt.name)) {
          if (gt.nactvar > lb.nactvar && (bl.upval || dyd.label.n > bl.firstlabel))
            luaK_patchclose(ls.fs, gt.pc, lb.nactvar);
          closegoto(ls, g, lb);
          return true;
        }
      }
      return false;
    };
    var newlabelentry = function(ls, l, name, line, pc) {
      let n2 = l.n;
      l.arr[n2] = new Labeldesc();
      l.arr[n2].name = name;
      l.arr[n2].line = line;
      l.arr[n2].nactvar = ls.fs.nactvar;
      l.arr[n2].pc = pc;
      l.n = n2 + 1;
      return n2;
    };
    var findgotos = function(ls, lb) {
      let gl = ls.dyd.gt;
      let i2 = ls.fs.bl.firstgoto;
      while (i2 < gl.n) {
        if (eqstr(gl.arr[i2].name, lb.name))
          closegoto(ls, i2, lb);
        else
          i2++;
      }
    };
    var movegotosout = function(fs, bl) {
      let i2 = bl.firstgoto;
      let gl = fs.ls.dyd.gt;
      while (i2 < gl.n) {
        let gt = gl.arr[i2];
        if (gt.nactvar > bl.nactvar) {
          if (bl.upval)
            luaK_patchclose(fs, gt.pc, bl.nactvar);
          gt.nactvar = bl.nactvar;
        }
        if (!findlabel(fs.ls, i2))
          i2++;
      }
    };
    var enterblock = function(fs, bl, isloop) {
      bl.isloop = isloop;
      bl.nactvar = fs.nactvar;
      bl.firstlabel = fs.ls.dyd.label.n;
      bl.firstgoto = fs.ls.dyd.gt.n;
      bl.upval = 0;
      bl.previous = fs.bl;
      fs.bl = bl;
      lua_assert(fs.freereg === fs.nactvar);
    };
    var breaklabel = function(ls) {
      let n2 = luaS_newliteral(ls.L, "break");
      let l = newlabelentry(ls, ls.dyd.label, n2, 0, ls.fs.pc);
      findgotos(ls, ls.dyd.label.arr[l]);
    };
    var undefgoto = function(ls, gt) {
      let msg = llex.isreserved(gt.name) ? "<%s> at line %d not inside a loop" : "no visible label '%s' for <goto> at line %d";
      msg = lobject.luaO_pushfstring(ls.L, to_luastring10(msg), gt.name.getstr(), gt.line);
      semerror(ls, msg);
    };
    var addprototype = function(ls) {
      let L = ls.L;
      let clp = new Proto(L);
      let fs = ls.fs;
      let f = fs.f;
      f.p[fs.np++] = clp;
      return clp;
    };
    var codeclosure = function(ls, v) {
      let fs = ls.fs.prev;
      init_exp(v, expkind.VRELOCABLE, luaK_codeABx(fs, OP_CLOSURE, 0, fs.np - 1));
      luaK_exp2nextreg(fs, v);
    };
    var open_func = function(ls, fs, bl) {
      fs.prev = ls.fs;
      fs.ls = ls;
      ls.fs = fs;
      fs.pc = 0;
      fs.lasttarget = 0;
      fs.jpc = NO_JUMP;
      fs.freereg = 0;
      fs.nk = 0;
      fs.np = 0;
      fs.nups = 0;
      fs.nlocvars = 0;
      fs.nactvar = 0;
      fs.firstlocal = ls.dyd.actvar.n;
      fs.bl = null;
      let f = fs.f;
      f.source = ls.source;
      f.maxstacksize = 2;
      enterblock(fs, bl, false);
    };
    var leaveblock = function(fs) {
      let bl = fs.bl;
      let ls = fs.ls;
      if (bl.previous && bl.upval) {
        let j = luaK_jump(fs);
        luaK_patchclose(fs, j, bl.nactvar);
        luaK_patchtohere(fs, j);
      }
      if (bl.isloop)
        breaklabel(ls);
      fs.bl = bl.previous;
      removevars(fs, bl.nactvar);
      lua_assert(bl.nactvar === fs.nactvar);
      fs.freereg = fs.nactvar;
      ls.dyd.label.n = bl.firstlabel;
      if (bl.previous)
        movegotosout(fs, bl);
      else if (bl.firstgoto < ls.dyd.gt.n)
        undefgoto(ls, ls.dyd.gt.arr[bl.firstgoto]);
    };
    var close_func = function(ls) {
      let fs = ls.fs;
      luaK_ret(fs, 0, 0);
      leaveblock(fs);
      lua_assert(fs.bl === null);
      ls.fs = fs.prev;
    };
    var block_follow = function(ls, withuntil) {
      switch (ls.t.token) {
        case R.TK_ELSE:
        case R.TK_ELSEIF:
        case R.TK_END:
        case R.TK_EOS:
          return true;
        case R.TK_UNTIL:
          return withuntil;
        default:
          return false;
      }
    };
    var statlist = function(ls) {
      while (!block_follow(ls, 1)) {
        if (ls.t.token === R.TK_RETURN) {
          statement(ls);
          return;
        }
        statement(ls);
      }
    };
    var fieldsel = function(ls, v) {
      let fs = ls.fs;
      let key = new expdesc();
      luaK_exp2anyregup(fs, v);
      llex.luaX_next(ls);
      checkname(ls, key);
      luaK_indexed(fs, v, key);
    };
    var yindex = function(ls, v) {
      llex.luaX_next(ls);
      expr(ls, v);
      luaK_exp2val(ls.fs, v);
      checknext(
        ls,
        93
        /* (']').charCodeAt(0) */
      );
    };
    var ConsControl = class {
      constructor() {
        this.v = new expdesc();
        this.t = new expdesc();
        this.nh = NaN;
        this.na = NaN;
        this.tostore = NaN;
      }
    };
    var recfield = function(ls, cc) {
      let fs = ls.fs;
      let reg = ls.fs.freereg;
      let key = new expdesc();
      let val = new expdesc();
      if (ls.t.token === R.TK_NAME) {
        checklimit(fs, cc.nh, MAX_INT, to_luastring10("items in a constructor", true));
        checkname(ls, key);
      } else
        yindex(ls, key);
      cc.nh++;
      checknext(
        ls,
        61
        /* ('=').charCodeAt(0) */
      );
      let rkkey = luaK_exp2RK(fs, key);
      expr(ls, val);
      luaK_codeABC(fs, OP_SETTABLE, cc.t.u.info, rkkey, luaK_exp2RK(fs, val));
      fs.freereg = reg;
    };
    var closelistfield = function(fs, cc) {
      if (cc.v.k === expkind.VVOID) return;
      luaK_exp2nextreg(fs, cc.v);
      cc.v.k = expkind.VVOID;
      if (cc.tostore === LFIELDS_PER_FLUSH) {
        luaK_setlist(fs, cc.t.u.info, cc.na, cc.tostore);
        cc.tostore = 0;
      }
    };
    var lastlistfield = function(fs, cc) {
      if (cc.tostore === 0) return;
      if (hasmultret(cc.v.k)) {
        luaK_setmultret(fs, cc.v);
        luaK_setlist(fs, cc.t.u.info, cc.na, LUA_MULTRET);
        cc.na--;
      } else {
        if (cc.v.k !== expkind.VVOID)
          luaK_exp2nextreg(fs, cc.v);
        luaK_setlist(fs, cc.t.u.info, cc.na, cc.tostore);
      }
    };
    var listfield = function(ls, cc) {
      expr(ls, cc.v);
      checklimit(ls.fs, cc.na, MAX_INT, to_luastring10("items in a constructor", true));
      cc.na++;
      cc.tostore++;
    };
    var field = function(ls, cc) {
      switch (ls.t.token) {
        case R.TK_NAME: {
          if (llex.luaX_lookahead(ls) !== 61)
            listfield(ls, cc);
          else
            recfield(ls, cc);
          break;
        }
        case 91: {
          recfield(ls, cc);
          break;
        }
        default: {
          listfield(ls, cc);
          break;
        }
      }
    };
    var constructor = function(ls, t) {
      let fs = ls.fs;
      let line = ls.linenumber;
      let pc = luaK_codeABC(fs, OP_NEWTABLE, 0, 0, 0);
      let cc = new ConsControl();
      cc.na = cc.nh = cc.tostore = 0;
      cc.t = t;
      init_exp(t, expkind.VRELOCABLE, pc);
      init_exp(cc.v, expkind.VVOID, 0);
      luaK_exp2nextreg(ls.fs, t);
      checknext(
        ls,
        123
        /* ('{').charCodeAt(0) */
      );
      do {
        lua_assert(cc.v.k === expkind.VVOID || cc.tostore > 0);
        if (ls.t.token === 125) break;
        closelistfield(fs, cc);
        field(ls, cc);
      } while (testnext(
        ls,
        44
        /* (',').charCodeAt(0) */
      ) || testnext(
        ls,
        59
        /* (';').charCodeAt(0) */
      ));
      check_match(ls, 125, 123, line);
      lastlistfield(fs, cc);
      SETARG_B(fs.f.code[pc], lobject.luaO_int2fb(cc.na));
      SETARG_C(fs.f.code[pc], lobject.luaO_int2fb(cc.nh));
    };
    var parlist = function(ls) {
      let fs = ls.fs;
      let f = fs.f;
      let nparams = 0;
      f.is_vararg = false;
      if (ls.t.token !== 41) {
        do {
          switch (ls.t.token) {
            case R.TK_NAME: {
              new_localvar(ls, str_checkname(ls));
              nparams++;
              break;
            }
            case R.TK_DOTS: {
              llex.luaX_next(ls);
              f.is_vararg = true;
              break;
            }
            default:
              llex.luaX_syntaxerror(ls, to_luastring10("<name> or '...' expected", true));
          }
        } while (!f.is_vararg && testnext(
          ls,
          44
          /* (',').charCodeAt(0) */
        ));
      }
      adjustlocalvars(ls, nparams);
      f.numparams = fs.nactvar;
      luaK_reserveregs(fs, fs.nactvar);
    };
    var body = function(ls, e, ismethod, line) {
      let new_fs = new FuncState();
      let bl = new BlockCnt();
      new_fs.f = addprototype(ls);
      new_fs.f.linedefined = line;
      open_func(ls, new_fs, bl);
      checknext(
        ls,
        40
        /* ('(').charCodeAt(0) */
      );
      if (ismethod) {
        new_localvarliteral(ls, "self");
        adjustlocalvars(ls, 1);
      }
      parlist(ls);
      checknext(
        ls,
        41
        /* (')').charCodeAt(0) */
      );
      statlist(ls);
      new_fs.f.lastlinedefined = ls.linenumber;
      check_match(ls, R.TK_END, R.TK_FUNCTION, line);
      codeclosure(ls, e);
      close_func(ls);
    };
    var explist = function(ls, v) {
      let n2 = 1;
      expr(ls, v);
      while (testnext(
        ls,
        44
        /* (',').charCodeAt(0) */
      )) {
        luaK_exp2nextreg(ls.fs, v);
        expr(ls, v);
        n2++;
      }
      return n2;
    };
    var funcargs = function(ls, f, line) {
      let fs = ls.fs;
      let args = new expdesc();
      switch (ls.t.token) {
        case 40: {
          llex.luaX_next(ls);
          if (ls.t.token === 41)
            args.k = expkind.VVOID;
          else {
            explist(ls, args);
            luaK_setmultret(fs, args);
          }
          check_match(ls, 41, 40, line);
          break;
        }
        case 123: {
          constructor(ls, args);
          break;
        }
        case R.TK_STRING: {
          codestring(ls, args, ls.t.seminfo.ts);
          llex.luaX_next(ls);
          break;
        }
        default: {
          llex.luaX_syntaxerror(ls, to_luastring10("function arguments expected", true));
        }
      }
      lua_assert(f.k === expkind.VNONRELOC);
      let nparams;
      let base = f.u.info;
      if (hasmultret(args.k))
        nparams = LUA_MULTRET;
      else {
        if (args.k !== expkind.VVOID)
          luaK_exp2nextreg(fs, args);
        nparams = fs.freereg - (base + 1);
      }
      init_exp(f, expkind.VCALL, luaK_codeABC(fs, OP_CALL, base, nparams + 1, 2));
      luaK_fixline(fs, line);
      fs.freereg = base + 1;
    };
    var primaryexp = function(ls, v) {
      switch (ls.t.token) {
        case 40: {
          let line = ls.linenumber;
          llex.luaX_next(ls);
          expr(ls, v);
          check_match(ls, 41, 40, line);
          luaK_dischargevars(ls.fs, v);
          return;
        }
        case R.TK_NAME: {
          singlevar(ls, v);
          return;
        }
        default: {
          llex.luaX_syntaxerror(ls, to_luastring10("unexpected symbol", true));
        }
      }
    };
    var suffixedexp = function(ls, v) {
      let fs = ls.fs;
      let line = ls.linenumber;
      primaryexp(ls, v);
      for (; ; ) {
        switch (ls.t.token) {
          case 46: {
            fieldsel(ls, v);
            break;
          }
          case 91: {
            let key = new expdesc();
            luaK_exp2anyregup(fs, v);
            yindex(ls, key);
            luaK_indexed(fs, v, key);
            break;
          }
          case 58: {
            let key = new expdesc();
            llex.luaX_next(ls);
            checkname(ls, key);
            luaK_self(fs, v, key);
            funcargs(ls, v, line);
            break;
          }
          case 40:
          case R.TK_STRING:
          case 123: {
            luaK_exp2nextreg(fs, v);
            funcargs(ls, v, line);
            break;
          }
          default:
            return;
        }
      }
    };
    var simpleexp = function(ls, v) {
      switch (ls.t.token) {
        case R.TK_FLT: {
          init_exp(v, expkind.VKFLT, 0);
          v.u.nval = ls.t.seminfo.r;
          break;
        }
        case R.TK_INT: {
          init_exp(v, expkind.VKINT, 0);
          v.u.ival = ls.t.seminfo.i;
          break;
        }
        case R.TK_STRING: {
          codestring(ls, v, ls.t.seminfo.ts);
          break;
        }
        case R.TK_NIL: {
          init_exp(v, expkind.VNIL, 0);
          break;
        }
        case R.TK_TRUE: {
          init_exp(v, expkind.VTRUE, 0);
          break;
        }
        case R.TK_FALSE: {
          init_exp(v, expkind.VFALSE, 0);
          break;
        }
        case R.TK_DOTS: {
          let fs = ls.fs;
          check_condition(ls, fs.f.is_vararg, to_luastring10("cannot use '...' outside a vararg function", true));
          init_exp(v, expkind.VVARARG, luaK_codeABC(fs, OP_VARARG, 0, 1, 0));
          break;
        }
        case 123: {
          constructor(ls, v);
          return;
        }
        case R.TK_FUNCTION: {
          llex.luaX_next(ls);
          body(ls, v, 0, ls.linenumber);
          return;
        }
        default: {
          suffixedexp(ls, v);
          return;
        }
      }
      llex.luaX_next(ls);
    };
    var getunopr = function(op) {
      switch (op) {
        case R.TK_NOT:
          return OPR_NOT;
        case 45:
          return OPR_MINUS;
        case 126:
          return OPR_BNOT;
        case 35:
          return OPR_LEN;
        default:
          return OPR_NOUNOPR;
      }
    };
    var getbinopr = function(op) {
      switch (op) {
        case 43:
          return OPR_ADD;
        case 45:
          return OPR_SUB;
        case 42:
          return OPR_MUL;
        case 37:
          return OPR_MOD;
        case 94:
          return OPR_POW;
        case 47:
          return OPR_DIV;
        case R.TK_IDIV:
          return OPR_IDIV;
        case 38:
          return OPR_BAND;
        case 124:
          return OPR_BOR;
        case 126:
          return OPR_BXOR;
        case R.TK_SHL:
          return OPR_SHL;
        case R.TK_SHR:
          return OPR_SHR;
        case R.TK_CONCAT:
          return OPR_CONCAT;
        case R.TK_NE:
          return OPR_NE;
        case R.TK_EQ:
          return OPR_EQ;
        case 60:
          return OPR_LT;
        case R.TK_LE:
          return OPR_LE;
        case 62:
          return OPR_GT;
        case R.TK_GE:
          return OPR_GE;
        case R.TK_AND:
          return OPR_AND;
        case R.TK_OR:
          return OPR_OR;
        default:
          return OPR_NOBINOPR;
      }
    };
    var priority = [
      /* ORDER OPR */
      { left: 10, right: 10 },
      { left: 10, right: 10 },
      /* '+' '-' */
      { left: 11, right: 11 },
      { left: 11, right: 11 },
      /* '*' '%' */
      { left: 14, right: 13 },
      /* '^' (right associative) */
      { left: 11, right: 11 },
      { left: 11, right: 11 },
      /* '/' '//' */
      { left: 6, right: 6 },
      { left: 4, right: 4 },
      { left: 5, right: 5 },
      /* '&' '|' '~' */
      { left: 7, right: 7 },
      { left: 7, right: 7 },
      /* '<<' '>>' */
      { left: 9, right: 8 },
      /* '..' (right associative) */
      { left: 3, right: 3 },
      { left: 3, right: 3 },
      { left: 3, right: 3 },
      /* ==, <, <= */
      { left: 3, right: 3 },
      { left: 3, right: 3 },
      { left: 3, right: 3 },
      /* ~=, >, >= */
      { left: 2, right: 2 },
      { left: 1, right: 1 }
      /* and, or */
    ];
    var UNARY_PRIORITY = 12;
    var subexpr = function(ls, v, limit) {
      enterlevel(ls);
      let uop = getunopr(ls.t.token);
      if (uop !== OPR_NOUNOPR) {
        let line = ls.linenumber;
        llex.luaX_next(ls);
        subexpr(ls, v, UNARY_PRIORITY);
        luaK_prefix(ls.fs, uop, v, line);
      } else
        simpleexp(ls, v);
      let op = getbinopr(ls.t.token);
      while (op !== OPR_NOBINOPR && priority[op].left > limit) {
        let v2 = new expdesc();
        let line = ls.linenumber;
        llex.luaX_next(ls);
        luaK_infix(ls.fs, op, v);
        let nextop = subexpr(ls, v2, priority[op].right);
        luaK_posfix(ls.fs, op, v, v2, line);
        op = nextop;
      }
      leavelevel(ls);
      return op;
    };
    var expr = function(ls, v) {
      subexpr(ls, v, 0);
    };
    var block = function(ls) {
      let fs = ls.fs;
      let bl = new BlockCnt();
      enterblock(fs, bl, 0);
      statlist(ls);
      leaveblock(fs);
    };
    var LHS_assign = class {
      constructor() {
        this.prev = null;
        this.v = new expdesc();
      }
    };
    var check_conflict = function(ls, lh, v) {
      let fs = ls.fs;
      let extra = fs.freereg;
      let conflict = false;
      for (; lh; lh = lh.prev) {
        if (lh.v.k === expkind.VINDEXED) {
          if (lh.v.u.ind.vt === v.k && lh.v.u.ind.t === v.u.info) {
            conflict = true;
            lh.v.u.ind.vt = expkind.VLOCAL;
            lh.v.u.ind.t = extra;
          }
          if (v.k === expkind.VLOCAL && lh.v.u.ind.idx === v.u.info) {
            conflict = true;
            lh.v.u.ind.idx = extra;
          }
        }
      }
      if (conflict) {
        let op = v.k === expkind.VLOCAL ? OP_MOVE : OP_GETUPVAL;
        luaK_codeABC(fs, op, extra, v.u.info, 0);
        luaK_reserveregs(fs, 1);
      }
    };
    var assignment = function(ls, lh, nvars) {
      let e = new expdesc();
      check_condition(ls, vkisvar(lh.v.k), to_luastring10("syntax error", true));
      if (testnext(
        ls,
        44
        /* (',').charCodeAt(0) */
      )) {
        let nv = new LHS_assign();
        nv.prev = lh;
        suffixedexp(ls, nv.v);
        if (nv.v.k !== expkind.VINDEXED)
          check_conflict(ls, lh, nv.v);
        checklimit(ls.fs, nvars + ls.L.nCcalls, LUAI_MAXCCALLS, to_luastring10("JS levels", true));
        assignment(ls, nv, nvars + 1);
      } else {
        checknext(
          ls,
          61
          /* ('=').charCodeAt(0) */
        );
        let nexps = explist(ls, e);
        if (nexps !== nvars)
          adjust_assign(ls, nvars, nexps, e);
        else {
          luaK_setoneret(ls.fs, e);
          luaK_storevar(ls.fs, lh.v, e);
          return;
        }
      }
      init_exp(e, expkind.VNONRELOC, ls.fs.freereg - 1);
      luaK_storevar(ls.fs, lh.v, e);
    };
    var cond = function(ls) {
      let v = new expdesc();
      expr(ls, v);
      if (v.k === expkind.VNIL) v.k = expkind.VFALSE;
      luaK_goiftrue(ls.fs, v);
      return v.f;
    };
    var gotostat = function(ls, pc) {
      let line = ls.linenumber;
      let label;
      if (testnext(ls, R.TK_GOTO))
        label = str_checkname(ls);
      else {
        llex.luaX_next(ls);
        label = luaS_newliteral(ls.L, "break");
      }
      let g = newlabelentry(ls, ls.dyd.gt, label, line, pc);
      findlabel(ls, g);
    };
    var checkrepeated = function(fs, ll, label) {
      for (let i2 = fs.bl.firstlabel; i2 < ll.n; i2++) {
        if (eqstr(label, ll.arr[i2].name)) {
          let msg = lobject.luaO_pushfstring(
            fs.ls.L,
            to_luastring10("label '%s' already defined on line %d", true),
            label.getstr(),
            ll.arr[i2].line
          );
          semerror(fs.ls, msg);
        }
      }
    };
    var skipnoopstat = function(ls) {
      while (ls.t.token === 59 || ls.t.token === R.TK_DBCOLON)
        statement(ls);
    };
    var labelstat = function(ls, label, line) {
      let fs = ls.fs;
      let ll = ls.dyd.label;
      let l;
      checkrepeated(fs, ll, label);
      checknext(ls, R.TK_DBCOLON);
      l = newlabelentry(ls, ll, label, line, luaK_getlabel(fs));
      skipnoopstat(ls);
      if (block_follow(ls, 0)) {
        ll.arr[l].nactvar = fs.bl.nactvar;
      }
      findgotos(ls, ll.arr[l]);
    };
    var whilestat = function(ls, line) {
      let fs = ls.fs;
      let bl = new BlockCnt();
      llex.luaX_next(ls);
      let whileinit = luaK_getlabel(fs);
      let condexit = cond(ls);
      enterblock(fs, bl, 1);
      checknext(ls, R.TK_DO);
      block(ls);
      luaK_jumpto(fs, whileinit);
      check_match(ls, R.TK_END, R.TK_WHILE, line);
      leaveblock(fs);
      luaK_patchtohere(fs, condexit);
    };
    var repeatstat = function(ls, line) {
      let fs = ls.fs;
      let repeat_init = luaK_getlabel(fs);
      let bl1 = new BlockCnt();
      let bl2 = new BlockCnt();
      enterblock(fs, bl1, 1);
      enterblock(fs, bl2, 0);
      llex.luaX_next(ls);
      statlist(ls);
      check_match(ls, R.TK_UNTIL, R.TK_REPEAT, line);
      let condexit = cond(ls);
      if (bl2.upval)
        luaK_patchclose(fs, condexit, bl2.nactvar);
      leaveblock(fs);
      luaK_patchlist(fs, condexit, repeat_init);
      leaveblock(fs);
    };
    var exp1 = function(ls) {
      let e = new expdesc();
      expr(ls, e);
      luaK_exp2nextreg(ls.fs, e);
      lua_assert(e.k === expkind.VNONRELOC);
      let reg = e.u.info;
      return reg;
    };
    var forbody = function(ls, base, line, nvars, isnum) {
      let bl = new BlockCnt();
      let fs = ls.fs;
      let endfor;
      adjustlocalvars(ls, 3);
      checknext(ls, R.TK_DO);
      let prep = isnum ? luaK_codeAsBx(fs, OP_FORPREP, base, NO_JUMP) : luaK_jump(fs);
      enterblock(fs, bl, 0);
      adjustlocalvars(ls, nvars);
      luaK_reserveregs(fs, nvars);
      block(ls);
      leaveblock(fs);
      luaK_patchtohere(fs, prep);
      if (isnum)
        endfor = luaK_codeAsBx(fs, OP_FORLOOP, base, NO_JUMP);
      else {
        luaK_codeABC(fs, OP_TFORCALL, base, 0, nvars);
        luaK_fixline(fs, line);
        endfor = luaK_codeAsBx(fs, OP_TFORLOOP, base + 2, NO_JUMP);
      }
      luaK_patchlist(fs, endfor, prep + 1);
      luaK_fixline(fs, line);
    };
    var fornum = function(ls, varname, line) {
      let fs = ls.fs;
      let base = fs.freereg;
      new_localvarliteral(ls, "(for index)");
      new_localvarliteral(ls, "(for limit)");
      new_localvarliteral(ls, "(for step)");
      new_localvar(ls, varname);
      checknext(
        ls,
        61
        /* ('=').charCodeAt(0) */
      );
      exp1(ls);
      checknext(
        ls,
        44
        /* (',').charCodeAt(0) */
      );
      exp1(ls);
      if (testnext(
        ls,
        44
        /* (',').charCodeAt(0) */
      ))
        exp1(ls);
      else {
        luaK_codek(fs, fs.freereg, luaK_intK(fs, 1));
        luaK_reserveregs(fs, 1);
      }
      forbody(ls, base, line, 1, 1);
    };
    var forlist = function(ls, indexname) {
      let fs = ls.fs;
      let e = new expdesc();
      let nvars = 4;
      let base = fs.freereg;
      new_localvarliteral(ls, "(for generator)");
      new_localvarliteral(ls, "(for state)");
      new_localvarliteral(ls, "(for control)");
      new_localvar(ls, indexname);
      while (testnext(
        ls,
        44
        /* (',').charCodeAt(0) */
      )) {
        new_localvar(ls, str_checkname(ls));
        nvars++;
      }
      checknext(ls, R.TK_IN);
      let line = ls.linenumber;
      adjust_assign(ls, 3, explist(ls, e), e);
      luaK_checkstack(fs, 3);
      forbody(ls, base, line, nvars - 3, 0);
    };
    var forstat = function(ls, line) {
      let fs = ls.fs;
      let bl = new BlockCnt();
      enterblock(fs, bl, 1);
      llex.luaX_next(ls);
      let varname = str_checkname(ls);
      switch (ls.t.token) {
        case 61:
          fornum(ls, varname, line);
          break;
        case 44:
        case R.TK_IN:
          forlist(ls, varname);
          break;
        default:
          llex.luaX_syntaxerror(ls, to_luastring10("'=' or 'in' expected", true));
      }
      check_match(ls, R.TK_END, R.TK_FOR, line);
      leaveblock(fs);
    };
    var test_then_block = function(ls, escapelist) {
      let bl = new BlockCnt();
      let fs = ls.fs;
      let v = new expdesc();
      let jf;
      llex.luaX_next(ls);
      expr(ls, v);
      checknext(ls, R.TK_THEN);
      if (ls.t.token === R.TK_GOTO || ls.t.token === R.TK_BREAK) {
        luaK_goiffalse(ls.fs, v);
        enterblock(fs, bl, false);
        gotostat(ls, v.t);
        while (testnext(
          ls,
          59
          /* (';').charCodeAt(0) */
        )) ;
        if (block_follow(ls, 0)) {
          leaveblock(fs);
          return escapelist;
        } else
          jf = luaK_jump(fs);
      } else {
        luaK_goiftrue(ls.fs, v);
        enterblock(fs, bl, false);
        jf = v.f;
      }
      statlist(ls);
      leaveblock(fs);
      if (ls.t.token === R.TK_ELSE || ls.t.token === R.TK_ELSEIF)
        escapelist = luaK_concat(fs, escapelist, luaK_jump(fs));
      luaK_patchtohere(fs, jf);
      return escapelist;
    };
    var ifstat = function(ls, line) {
      let fs = ls.fs;
      let escapelist = NO_JUMP;
      escapelist = test_then_block(ls, escapelist);
      while (ls.t.token === R.TK_ELSEIF)
        escapelist = test_then_block(ls, escapelist);
      if (testnext(ls, R.TK_ELSE))
        block(ls);
      check_match(ls, R.TK_END, R.TK_IF, line);
      luaK_patchtohere(fs, escapelist);
    };
    var localfunc = function(ls) {
      let b = new expdesc();
      let fs = ls.fs;
      new_localvar(ls, str_checkname(ls));
      adjustlocalvars(ls, 1);
      body(ls, b, 0, ls.linenumber);
      getlocvar(fs, b.u.info).startpc = fs.pc;
    };
    var localstat = function(ls) {
      let nvars = 0;
      let nexps;
      let e = new expdesc();
      do {
        new_localvar(ls, str_checkname(ls));
        nvars++;
      } while (testnext(
        ls,
        44
        /* (',').charCodeAt(0) */
      ));
      if (testnext(
        ls,
        61
        /* ('=').charCodeAt(0) */
      ))
        nexps = explist(ls, e);
      else {
        e.k = expkind.VVOID;
        nexps = 0;
      }
      adjust_assign(ls, nvars, nexps, e);
      adjustlocalvars(ls, nvars);
    };
    var funcname = function(ls, v) {
      let ismethod = 0;
      singlevar(ls, v);
      while (ls.t.token === 46)
        fieldsel(ls, v);
      if (ls.t.token === 58) {
        ismethod = 1;
        fieldsel(ls, v);
      }
      return ismethod;
    };
    var funcstat = function(ls, line) {
      let v = new expdesc();
      let b = new expdesc();
      llex.luaX_next(ls);
      let ismethod = funcname(ls, v);
      body(ls, b, ismethod, line);
      luaK_storevar(ls.fs, v, b);
      luaK_fixline(ls.fs, line);
    };
    var exprstat = function(ls) {
      let fs = ls.fs;
      let v = new LHS_assign();
      suffixedexp(ls, v.v);
      if (ls.t.token === 61 || ls.t.token === 44) {
        v.prev = null;
        assignment(ls, v, 1);
      } else {
        check_condition(ls, v.v.k === expkind.VCALL, to_luastring10("syntax error", true));
        SETARG_C(getinstruction(fs, v.v), 1);
      }
    };
    var retstat = function(ls) {
      let fs = ls.fs;
      let e = new expdesc();
      let first, nret;
      if (block_follow(ls, 1) || ls.t.token === 59)
        first = nret = 0;
      else {
        nret = explist(ls, e);
        if (hasmultret(e.k)) {
          luaK_setmultret(fs, e);
          if (e.k === expkind.VCALL && nret === 1) {
            SET_OPCODE(getinstruction(fs, e), OP_TAILCALL);
            lua_assert(getinstruction(fs, e).A === fs.nactvar);
          }
          first = fs.nactvar;
          nret = LUA_MULTRET;
        } else {
          if (nret === 1)
            first = luaK_exp2anyreg(fs, e);
          else {
            luaK_exp2nextreg(fs, e);
            first = fs.nactvar;
            lua_assert(nret === fs.freereg - first);
          }
        }
      }
      luaK_ret(fs, first, nret);
      testnext(
        ls,
        59
        /* (';').charCodeAt(0) */
      );
    };
    var statement = function(ls) {
      let line = ls.linenumber;
      enterlevel(ls);
      switch (ls.t.token) {
        case 59: {
          llex.luaX_next(ls);
          break;
        }
        case R.TK_IF: {
          ifstat(ls, line);
          break;
        }
        case R.TK_WHILE: {
          whilestat(ls, line);
          break;
        }
        case R.TK_DO: {
          llex.luaX_next(ls);
          block(ls);
          check_match(ls, R.TK_END, R.TK_DO, line);
          break;
        }
        case R.TK_FOR: {
          forstat(ls, line);
          break;
        }
        case R.TK_REPEAT: {
          repeatstat(ls, line);
          break;
        }
        case R.TK_FUNCTION: {
          funcstat(ls, line);
          break;
        }
        case R.TK_LOCAL: {
          llex.luaX_next(ls);
          if (testnext(ls, R.TK_FUNCTION))
            localfunc(ls);
          else
            localstat(ls);
          break;
        }
        case R.TK_DBCOLON: {
          llex.luaX_next(ls);
          labelstat(ls, str_checkname(ls), line);
          break;
        }
        case R.TK_RETURN: {
          llex.luaX_next(ls);
          retstat(ls);
          break;
        }
        case R.TK_BREAK:
        /* stat -> breakstat */
        case R.TK_GOTO: {
          gotostat(ls, luaK_jump(ls.fs));
          break;
        }
        default: {
          exprstat(ls);
          break;
        }
      }
      lua_assert(ls.fs.f.maxstacksize >= ls.fs.freereg && ls.fs.freereg >= ls.fs.nactvar);
      ls.fs.freereg = ls.fs.nactvar;
      leavelevel(ls);
    };
    var mainfunc = function(ls, fs) {
      let bl = new BlockCnt();
      let v = new expdesc();
      open_func(ls, fs, bl);
      fs.f.is_vararg = true;
      init_exp(v, expkind.VLOCAL, 0);
      newupvalue(fs, ls.envn, v);
      llex.luaX_next(ls);
      statlist(ls);
      check(ls, R.TK_EOS);
      close_func(ls);
    };
    var luaY_parser = function(L, z, buff, dyd, name, firstchar) {
      let lexstate = new llex.LexState();
      let funcstate = new FuncState();
      let cl = lfunc.luaF_newLclosure(L, 1);
      ldo.luaD_inctop(L);
      L.stack[L.top - 1].setclLvalue(cl);
      lexstate.h = ltable.luaH_new(L);
      ldo.luaD_inctop(L);
      L.stack[L.top - 1].sethvalue(lexstate.h);
      funcstate.f = cl.p = new Proto(L);
      funcstate.f.source = luaS_new(L, name);
      lexstate.buff = buff;
      lexstate.dyd = dyd;
      dyd.actvar.n = dyd.gt.n = dyd.label.n = 0;
      llex.luaX_setinput(L, lexstate, z, funcstate.f.source, firstchar);
      mainfunc(lexstate, funcstate);
      lua_assert(!funcstate.prev && funcstate.nups === 1 && !lexstate.fs);
      lua_assert(dyd.actvar.n === 0 && dyd.gt.n === 0 && dyd.label.n === 0);
      delete L.stack[--L.top];
      return cl;
    };
    module.exports.Dyndata = Dyndata;
    module.exports.expkind = expkind;
    module.exports.expdesc = expdesc;
    module.exports.luaY_parser = luaY_parser;
    module.exports.vkisinreg = vkisinreg;
  }
});

// node_modules/fengari/src/lundump.js
var require_lundump = __commonJS({
  "node_modules/fengari/src/lundump.js"(exports, module) {
    "use strict";
    var {
      LUA_SIGNATURE,
      constant_types: {
        LUA_TBOOLEAN,
        LUA_TLNGSTR,
        LUA_TNIL,
        LUA_TNUMFLT,
        LUA_TNUMINT,
        LUA_TSHRSTR
      },
      thread_status: { LUA_ERRSYNTAX },
      is_luastring,
      luastring_eq,
      to_luastring: to_luastring10
    } = require_defs();
    var ldo = require_ldo();
    var lfunc = require_lfunc();
    var lobject = require_lobject();
    var {
      MAXARG_sBx,
      POS_A,
      POS_Ax,
      POS_B,
      POS_Bx,
      POS_C,
      POS_OP,
      SIZE_A,
      SIZE_Ax,
      SIZE_B,
      SIZE_Bx,
      SIZE_C,
      SIZE_OP
    } = require_lopcodes();
    var { lua_assert } = require_llimits();
    var { luaS_bless } = require_lstring();
    var {
      luaZ_read,
      ZIO
    } = require_lzio();
    var LUAC_DATA = [25, 147, 13, 10, 26, 10];
    var BytecodeParser = class _BytecodeParser {
      constructor(L, Z, name) {
        this.intSize = 4;
        this.size_tSize = 4;
        this.instructionSize = 4;
        this.integerSize = 4;
        this.numberSize = 8;
        lua_assert(Z instanceof ZIO, "BytecodeParser only operates on a ZIO");
        lua_assert(is_luastring(name));
        if (name[0] === 64 || name[0] === 61)
          this.name = name.subarray(1);
        else if (name[0] == LUA_SIGNATURE[0])
          this.name = to_luastring10("binary string", true);
        else
          this.name = name;
        this.L = L;
        this.Z = Z;
        this.arraybuffer = new ArrayBuffer(
          Math.max(this.intSize, this.size_tSize, this.instructionSize, this.integerSize, this.numberSize)
        );
        this.dv = new DataView(this.arraybuffer);
        this.u8 = new Uint8Array(this.arraybuffer);
      }
      read(size) {
        let u8 = new Uint8Array(size);
        if (luaZ_read(this.Z, u8, 0, size) !== 0)
          this.error("truncated");
        return u8;
      }
      LoadByte() {
        if (luaZ_read(this.Z, this.u8, 0, 1) !== 0)
          this.error("truncated");
        return this.u8[0];
      }
      LoadInt() {
        if (luaZ_read(this.Z, this.u8, 0, this.intSize) !== 0)
          this.error("truncated");
        return this.dv.getInt32(0, true);
      }
      LoadNumber() {
        if (luaZ_read(this.Z, this.u8, 0, this.numberSize) !== 0)
          this.error("truncated");
        return this.dv.getFloat64(0, true);
      }
      LoadInteger() {
        if (luaZ_read(this.Z, this.u8, 0, this.integerSize) !== 0)
          this.error("truncated");
        return this.dv.getInt32(0, true);
      }
      LoadSize_t() {
        return this.LoadInteger();
      }
      LoadString() {
        let size = this.LoadByte();
        if (size === 255)
          size = this.LoadSize_t();
        if (size === 0)
          return null;
        return luaS_bless(this.L, this.read(size - 1));
      }
      /* creates a mask with 'n' 1 bits at position 'p' */
      static MASK1(n2, p) {
        return ~(~0 << n2) << p;
      }
      LoadCode(f) {
        let n2 = this.LoadInt();
        let p = _BytecodeParser;
        for (let i2 = 0; i2 < n2; i2++) {
          if (luaZ_read(this.Z, this.u8, 0, this.instructionSize) !== 0)
            this.error("truncated");
          let ins = this.dv.getUint32(0, true);
          f.code[i2] = {
            code: ins,
            opcode: ins >> POS_OP & p.MASK1(SIZE_OP, 0),
            A: ins >> POS_A & p.MASK1(SIZE_A, 0),
            B: ins >> POS_B & p.MASK1(SIZE_B, 0),
            C: ins >> POS_C & p.MASK1(SIZE_C, 0),
            Bx: ins >> POS_Bx & p.MASK1(SIZE_Bx, 0),
            Ax: ins >> POS_Ax & p.MASK1(SIZE_Ax, 0),
            sBx: (ins >> POS_Bx & p.MASK1(SIZE_Bx, 0)) - MAXARG_sBx
          };
        }
      }
      LoadConstants(f) {
        let n2 = this.LoadInt();
        for (let i2 = 0; i2 < n2; i2++) {
          let t = this.LoadByte();
          switch (t) {
            case LUA_TNIL:
              f.k.push(new lobject.TValue(LUA_TNIL, null));
              break;
            case LUA_TBOOLEAN:
              f.k.push(new lobject.TValue(LUA_TBOOLEAN, this.LoadByte() !== 0));
              break;
            case LUA_TNUMFLT:
              f.k.push(new lobject.TValue(LUA_TNUMFLT, this.LoadNumber()));
              break;
            case LUA_TNUMINT:
              f.k.push(new lobject.TValue(LUA_TNUMINT, this.LoadInteger()));
              break;
            case LUA_TSHRSTR:
            case LUA_TLNGSTR:
              f.k.push(new lobject.TValue(LUA_TLNGSTR, this.LoadString()));
              break;
            default:
              this.error(`unrecognized constant '${t}'`);
          }
        }
      }
      LoadProtos(f) {
        let n2 = this.LoadInt();
        for (let i2 = 0; i2 < n2; i2++) {
          f.p[i2] = new lfunc.Proto(this.L);
          this.LoadFunction(f.p[i2], f.source);
        }
      }
      LoadUpvalues(f) {
        let n2 = this.LoadInt();
        for (let i2 = 0; i2 < n2; i2++) {
          f.upvalues[i2] = {
            name: null,
            instack: this.LoadByte(),
            idx: this.LoadByte()
          };
        }
      }
      LoadDebug(f) {
        let n2 = this.LoadInt();
        for (let i2 = 0; i2 < n2; i2++)
          f.lineinfo[i2] = this.LoadInt();
        n2 = this.LoadInt();
        for (let i2 = 0; i2 < n2; i2++) {
          f.locvars[i2] = {
            varname: this.LoadString(),
            startpc: this.LoadInt(),
            endpc: this.LoadInt()
          };
        }
        n2 = this.LoadInt();
        for (let i2 = 0; i2 < n2; i2++) {
          f.upvalues[i2].name = this.LoadString();
        }
      }
      LoadFunction(f, psource) {
        f.source = this.LoadString();
        if (f.source === null)
          f.source = psource;
        f.linedefined = this.LoadInt();
        f.lastlinedefined = this.LoadInt();
        f.numparams = this.LoadByte();
        f.is_vararg = this.LoadByte() !== 0;
        f.maxstacksize = this.LoadByte();
        this.LoadCode(f);
        this.LoadConstants(f);
        this.LoadUpvalues(f);
        this.LoadProtos(f);
        this.LoadDebug(f);
      }
      checkliteral(s, msg) {
        let buff = this.read(s.length);
        if (!luastring_eq(buff, s))
          this.error(msg);
      }
      checkHeader() {
        this.checkliteral(LUA_SIGNATURE.subarray(1), "not a");
        if (this.LoadByte() !== 83)
          this.error("version mismatch in");
        if (this.LoadByte() !== 0)
          this.error("format mismatch in");
        this.checkliteral(LUAC_DATA, "corrupted");
        this.intSize = this.LoadByte();
        this.size_tSize = this.LoadByte();
        this.instructionSize = this.LoadByte();
        this.integerSize = this.LoadByte();
        this.numberSize = this.LoadByte();
        this.checksize(this.intSize, 4, "int");
        this.checksize(this.size_tSize, 4, "size_t");
        this.checksize(this.instructionSize, 4, "instruction");
        this.checksize(this.integerSize, 4, "integer");
        this.checksize(this.numberSize, 8, "number");
        if (this.LoadInteger() !== 22136)
          this.error("endianness mismatch in");
        if (this.LoadNumber() !== 370.5)
          this.error("float format mismatch in");
      }
      error(why) {
        lobject.luaO_pushfstring(this.L, to_luastring10("%s: %s precompiled chunk"), this.name, to_luastring10(why));
        ldo.luaD_throw(this.L, LUA_ERRSYNTAX);
      }
      checksize(byte, size, tname) {
        if (byte !== size)
          this.error(`${tname} size mismatch in`);
      }
    };
    var luaU_undump = function(L, Z, name) {
      let S = new BytecodeParser(L, Z, name);
      S.checkHeader();
      let cl = lfunc.luaF_newLclosure(L, S.LoadByte());
      ldo.luaD_inctop(L);
      L.stack[L.top - 1].setclLvalue(cl);
      cl.p = new lfunc.Proto(L);
      S.LoadFunction(cl.p, null);
      lua_assert(cl.nupvalues === cl.p.upvalues.length);
      return cl;
    };
    module.exports.luaU_undump = luaU_undump;
  }
});

// node_modules/fengari/src/ldo.js
var require_ldo = __commonJS({
  "node_modules/fengari/src/ldo.js"(exports, module) {
    "use strict";
    var {
      LUA_HOOKCALL,
      LUA_HOOKRET,
      LUA_HOOKTAILCALL,
      LUA_MASKCALL,
      LUA_MASKLINE,
      LUA_MASKRET,
      LUA_MINSTACK,
      LUA_MULTRET,
      LUA_SIGNATURE,
      constant_types: {
        LUA_TCCL,
        LUA_TLCF,
        LUA_TLCL,
        LUA_TNIL
      },
      thread_status: {
        LUA_ERRMEM,
        LUA_ERRERR,
        LUA_ERRRUN,
        LUA_ERRSYNTAX,
        LUA_OK,
        LUA_YIELD
      },
      lua_Debug,
      luastring_indexOf,
      to_luastring: to_luastring10
    } = require_defs();
    var lapi = require_lapi();
    var ldebug = require_ldebug();
    var lfunc = require_lfunc();
    var {
      api_check,
      lua_assert,
      LUAI_MAXCCALLS
    } = require_llimits();
    var lobject = require_lobject();
    var lopcodes = require_lopcodes();
    var lparser = require_lparser();
    var lstate = require_lstate();
    var { luaS_newliteral } = require_lstring();
    var ltm = require_ltm();
    var { LUAI_MAXSTACK } = require_luaconf();
    var lundump = require_lundump();
    var lvm = require_lvm();
    var { MBuffer } = require_lzio();
    var adjust_top = function(L, newtop) {
      if (L.top < newtop) {
        while (L.top < newtop)
          L.stack[L.top++] = new lobject.TValue(LUA_TNIL, null);
      } else {
        while (L.top > newtop)
          delete L.stack[--L.top];
      }
    };
    var seterrorobj = function(L, errcode, oldtop) {
      let current_top = L.top;
      while (L.top < oldtop + 1)
        L.stack[L.top++] = new lobject.TValue(LUA_TNIL, null);
      switch (errcode) {
        case LUA_ERRMEM: {
          lobject.setsvalue2s(L, oldtop, luaS_newliteral(L, "not enough memory"));
          break;
        }
        case LUA_ERRERR: {
          lobject.setsvalue2s(L, oldtop, luaS_newliteral(L, "error in error handling"));
          break;
        }
        default: {
          lobject.setobjs2s(L, oldtop, current_top - 1);
        }
      }
      while (L.top > oldtop + 1)
        delete L.stack[--L.top];
    };
    var ERRORSTACKSIZE = LUAI_MAXSTACK + 200;
    var luaD_reallocstack = function(L, newsize) {
      lua_assert(newsize <= LUAI_MAXSTACK || newsize == ERRORSTACKSIZE);
      lua_assert(L.stack_last == L.stack.length - lstate.EXTRA_STACK);
      L.stack.length = newsize;
      L.stack_last = newsize - lstate.EXTRA_STACK;
    };
    var luaD_growstack = function(L, n2) {
      let size = L.stack.length;
      if (size > LUAI_MAXSTACK)
        luaD_throw(L, LUA_ERRERR);
      else {
        let needed = L.top + n2 + lstate.EXTRA_STACK;
        let newsize = 2 * size;
        if (newsize > LUAI_MAXSTACK) newsize = LUAI_MAXSTACK;
        if (newsize < needed) newsize = needed;
        if (newsize > LUAI_MAXSTACK) {
          luaD_reallocstack(L, ERRORSTACKSIZE);
          ldebug.luaG_runerror(L, to_luastring10("stack overflow", true));
        } else
          luaD_reallocstack(L, newsize);
      }
    };
    var luaD_checkstack = function(L, n2) {
      if (L.stack_last - L.top <= n2)
        luaD_growstack(L, n2);
    };
    var stackinuse = function(L) {
      let lim = L.top;
      for (let ci = L.ci; ci !== null; ci = ci.previous) {
        if (lim < ci.top) lim = ci.top;
      }
      lua_assert(lim <= L.stack_last);
      return lim + 1;
    };
    var luaD_shrinkstack = function(L) {
      let inuse = stackinuse(L);
      let goodsize = inuse + Math.floor(inuse / 8) + 2 * lstate.EXTRA_STACK;
      if (goodsize > LUAI_MAXSTACK)
        goodsize = LUAI_MAXSTACK;
      if (L.stack.length > LUAI_MAXSTACK)
        lstate.luaE_freeCI(L);
      if (inuse <= LUAI_MAXSTACK - lstate.EXTRA_STACK && goodsize < L.stack.length)
        luaD_reallocstack(L, goodsize);
    };
    var luaD_inctop = function(L) {
      luaD_checkstack(L, 1);
      L.stack[L.top++] = new lobject.TValue(LUA_TNIL, null);
    };
    var luaD_precall = function(L, off, nresults) {
      let func = L.stack[off];
      switch (func.type) {
        case LUA_TCCL:
        case LUA_TLCF: {
          let f = func.type === LUA_TCCL ? func.value.f : func.value;
          luaD_checkstack(L, LUA_MINSTACK);
          let ci = lstate.luaE_extendCI(L);
          ci.funcOff = off;
          ci.nresults = nresults;
          ci.func = func;
          ci.top = L.top + LUA_MINSTACK;
          lua_assert(ci.top <= L.stack_last);
          ci.callstatus = 0;
          if (L.hookmask & LUA_MASKCALL)
            luaD_hook(L, LUA_HOOKCALL, -1);
          let n2 = f(L);
          if (typeof n2 !== "number" || n2 < 0 || (n2 | 0) !== n2)
            throw Error("invalid return value from JS function (expected integer)");
          lapi.api_checknelems(L, n2);
          luaD_poscall(L, ci, L.top - n2, n2);
          return true;
        }
        case LUA_TLCL: {
          let base;
          let p = func.value.p;
          let n2 = L.top - off - 1;
          let fsize = p.maxstacksize;
          luaD_checkstack(L, fsize);
          if (p.is_vararg) {
            base = adjust_varargs(L, p, n2);
          } else {
            for (; n2 < p.numparams; n2++)
              L.stack[L.top++] = new lobject.TValue(LUA_TNIL, null);
            base = off + 1;
          }
          let ci = lstate.luaE_extendCI(L);
          ci.funcOff = off;
          ci.nresults = nresults;
          ci.func = func;
          ci.l_base = base;
          ci.top = base + fsize;
          adjust_top(L, ci.top);
          ci.l_code = p.code;
          ci.l_savedpc = 0;
          ci.callstatus = lstate.CIST_LUA;
          if (L.hookmask & LUA_MASKCALL)
            callhook(L, ci);
          return false;
        }
        default:
          luaD_checkstack(L, 1);
          tryfuncTM(L, off, func);
          return luaD_precall(L, off, nresults);
      }
    };
    var luaD_poscall = function(L, ci, firstResult, nres) {
      let wanted = ci.nresults;
      if (L.hookmask & (LUA_MASKRET | LUA_MASKLINE)) {
        if (L.hookmask & LUA_MASKRET)
          luaD_hook(L, LUA_HOOKRET, -1);
        L.oldpc = ci.previous.l_savedpc;
      }
      let res = ci.funcOff;
      L.ci = ci.previous;
      L.ci.next = null;
      return moveresults(L, firstResult, res, nres, wanted);
    };
    var moveresults = function(L, firstResult, res, nres, wanted) {
      switch (wanted) {
        case 0:
          break;
        case 1: {
          if (nres === 0)
            L.stack[res].setnilvalue();
          else {
            lobject.setobjs2s(L, res, firstResult);
          }
          break;
        }
        case LUA_MULTRET: {
          for (let i2 = 0; i2 < nres; i2++)
            lobject.setobjs2s(L, res + i2, firstResult + i2);
          for (let i2 = L.top; i2 >= res + nres; i2--)
            delete L.stack[i2];
          L.top = res + nres;
          return false;
        }
        default: {
          let i2;
          if (wanted <= nres) {
            for (i2 = 0; i2 < wanted; i2++)
              lobject.setobjs2s(L, res + i2, firstResult + i2);
          } else {
            for (i2 = 0; i2 < nres; i2++)
              lobject.setobjs2s(L, res + i2, firstResult + i2);
            for (; i2 < wanted; i2++) {
              if (res + i2 >= L.top)
                L.stack[res + i2] = new lobject.TValue(LUA_TNIL, null);
              else
                L.stack[res + i2].setnilvalue();
            }
          }
          break;
        }
      }
      let newtop = res + wanted;
      for (let i2 = L.top; i2 >= newtop; i2--)
        delete L.stack[i2];
      L.top = newtop;
      return true;
    };
    var luaD_hook = function(L, event, line) {
      let hook = L.hook;
      if (hook && L.allowhook) {
        let ci = L.ci;
        let top = L.top;
        let ci_top = ci.top;
        let ar = new lua_Debug();
        ar.event = event;
        ar.currentline = line;
        ar.i_ci = ci;
        luaD_checkstack(L, LUA_MINSTACK);
        ci.top = L.top + LUA_MINSTACK;
        lua_assert(ci.top <= L.stack_last);
        L.allowhook = 0;
        ci.callstatus |= lstate.CIST_HOOKED;
        hook(L, ar);
        lua_assert(!L.allowhook);
        L.allowhook = 1;
        ci.top = ci_top;
        adjust_top(L, top);
        ci.callstatus &= ~lstate.CIST_HOOKED;
      }
    };
    var callhook = function(L, ci) {
      let hook = LUA_HOOKCALL;
      ci.l_savedpc++;
      if (ci.previous.callstatus & lstate.CIST_LUA && ci.previous.l_code[ci.previous.l_savedpc - 1].opcode == lopcodes.OpCodesI.OP_TAILCALL) {
        ci.callstatus |= lstate.CIST_TAIL;
        hook = LUA_HOOKTAILCALL;
      }
      luaD_hook(L, hook, -1);
      ci.l_savedpc--;
    };
    var adjust_varargs = function(L, p, actual) {
      let nfixargs = p.numparams;
      let fixed = L.top - actual;
      let base = L.top;
      let i2;
      for (i2 = 0; i2 < nfixargs && i2 < actual; i2++) {
        lobject.pushobj2s(L, L.stack[fixed + i2]);
        L.stack[fixed + i2].setnilvalue();
      }
      for (; i2 < nfixargs; i2++)
        L.stack[L.top++] = new lobject.TValue(LUA_TNIL, null);
      return base;
    };
    var tryfuncTM = function(L, off, func) {
      let tm = ltm.luaT_gettmbyobj(L, func, ltm.TMS.TM_CALL);
      if (!tm.ttisfunction(tm))
        ldebug.luaG_typeerror(L, func, to_luastring10("call", true));
      lobject.pushobj2s(L, L.stack[L.top - 1]);
      for (let p = L.top - 2; p > off; p--)
        lobject.setobjs2s(L, p, p - 1);
      lobject.setobj2s(L, off, tm);
    };
    var stackerror = function(L) {
      if (L.nCcalls === LUAI_MAXCCALLS)
        ldebug.luaG_runerror(L, to_luastring10("JS stack overflow", true));
      else if (L.nCcalls >= LUAI_MAXCCALLS + (LUAI_MAXCCALLS >> 3))
        luaD_throw(L, LUA_ERRERR);
    };
    var luaD_call = function(L, off, nResults) {
      if (++L.nCcalls >= LUAI_MAXCCALLS)
        stackerror(L);
      if (!luaD_precall(L, off, nResults))
        lvm.luaV_execute(L);
      L.nCcalls--;
    };
    var luaD_throw = function(L, errcode) {
      if (L.errorJmp) {
        L.errorJmp.status = errcode;
        throw L.errorJmp;
      } else {
        let g = L.l_G;
        L.status = errcode;
        if (g.mainthread.errorJmp) {
          g.mainthread.stack[g.mainthread.top++] = L.stack[L.top - 1];
          luaD_throw(g.mainthread, errcode);
        } else {
          let panic = g.panic;
          if (panic) {
            seterrorobj(L, errcode, L.top);
            if (L.ci.top < L.top)
              L.ci.top = L.top;
            panic(L);
          }
          throw new Error(`Aborted ${errcode}`);
        }
      }
    };
    var luaD_rawrunprotected = function(L, f, ud) {
      let oldnCcalls = L.nCcalls;
      let lj = {
        status: LUA_OK,
        previous: L.errorJmp
        /* chain new error handler */
      };
      L.errorJmp = lj;
      try {
        f(L, ud);
      } catch (e) {
        if (lj.status === LUA_OK) {
          let atnativeerror = L.l_G.atnativeerror;
          if (atnativeerror) {
            try {
              lj.status = LUA_OK;
              lapi.lua_pushcfunction(L, atnativeerror);
              lapi.lua_pushlightuserdata(L, e);
              luaD_callnoyield(L, L.top - 2, 1);
              if (L.errfunc !== 0) {
                let errfunc = L.errfunc;
                lobject.pushobj2s(L, L.stack[L.top - 1]);
                lobject.setobjs2s(L, L.top - 2, errfunc);
                luaD_callnoyield(L, L.top - 2, 1);
              }
              lj.status = LUA_ERRRUN;
            } catch (e2) {
              if (lj.status === LUA_OK) {
                lj.status = -1;
              }
            }
          } else {
            lj.status = -1;
          }
        }
      }
      L.errorJmp = lj.previous;
      L.nCcalls = oldnCcalls;
      return lj.status;
    };
    var finishCcall = function(L, status) {
      let ci = L.ci;
      lua_assert(ci.c_k !== null && L.nny === 0);
      lua_assert(ci.callstatus & lstate.CIST_YPCALL || status === LUA_YIELD);
      if (ci.callstatus & lstate.CIST_YPCALL) {
        ci.callstatus &= ~lstate.CIST_YPCALL;
        L.errfunc = ci.c_old_errfunc;
      }
      if (ci.nresults === LUA_MULTRET && L.ci.top < L.top) L.ci.top = L.top;
      let c_k = ci.c_k;
      let n2 = c_k(L, status, ci.c_ctx);
      lapi.api_checknelems(L, n2);
      luaD_poscall(L, ci, L.top - n2, n2);
    };
    var unroll = function(L, ud) {
      if (ud !== null)
        finishCcall(L, ud);
      while (L.ci !== L.base_ci) {
        if (!(L.ci.callstatus & lstate.CIST_LUA))
          finishCcall(L, LUA_YIELD);
        else {
          lvm.luaV_finishOp(L);
          lvm.luaV_execute(L);
        }
      }
    };
    var findpcall = function(L) {
      for (let ci = L.ci; ci !== null; ci = ci.previous) {
        if (ci.callstatus & lstate.CIST_YPCALL)
          return ci;
      }
      return null;
    };
    var recover = function(L, status) {
      let ci = findpcall(L);
      if (ci === null) return 0;
      let oldtop = ci.extra;
      lfunc.luaF_close(L, oldtop);
      seterrorobj(L, status, oldtop);
      L.ci = ci;
      L.allowhook = ci.callstatus & lstate.CIST_OAH;
      L.nny = 0;
      luaD_shrinkstack(L);
      L.errfunc = ci.c_old_errfunc;
      return 1;
    };
    var resume_error = function(L, msg, narg) {
      let ts = luaS_newliteral(L, msg);
      if (narg === 0) {
        lobject.pushsvalue2s(L, ts);
        api_check(L, L.top <= L.ci.top, "stack overflow");
      } else {
        for (let i2 = 1; i2 < narg; i2++)
          delete L.stack[--L.top];
        lobject.setsvalue2s(L, L.top - 1, ts);
      }
      return LUA_ERRRUN;
    };
    var resume = function(L, n2) {
      let firstArg = L.top - n2;
      let ci = L.ci;
      if (L.status === LUA_OK) {
        if (!luaD_precall(L, firstArg - 1, LUA_MULTRET))
          lvm.luaV_execute(L);
      } else {
        lua_assert(L.status === LUA_YIELD);
        L.status = LUA_OK;
        ci.funcOff = ci.extra;
        ci.func = L.stack[ci.funcOff];
        if (ci.callstatus & lstate.CIST_LUA)
          lvm.luaV_execute(L);
        else {
          if (ci.c_k !== null) {
            n2 = ci.c_k(L, LUA_YIELD, ci.c_ctx);
            lapi.api_checknelems(L, n2);
            firstArg = L.top - n2;
          }
          luaD_poscall(L, ci, firstArg, n2);
        }
        unroll(L, null);
      }
    };
    var lua_resume = function(L, from, nargs) {
      let oldnny = L.nny;
      if (L.status === LUA_OK) {
        if (L.ci !== L.base_ci)
          return resume_error(L, "cannot resume non-suspended coroutine", nargs);
      } else if (L.status !== LUA_YIELD)
        return resume_error(L, "cannot resume dead coroutine", nargs);
      L.nCcalls = from ? from.nCcalls + 1 : 1;
      if (L.nCcalls >= LUAI_MAXCCALLS)
        return resume_error(L, "JS stack overflow", nargs);
      L.nny = 0;
      lapi.api_checknelems(L, L.status === LUA_OK ? nargs + 1 : nargs);
      let status = luaD_rawrunprotected(L, resume, nargs);
      if (status === -1)
        status = LUA_ERRRUN;
      else {
        while (status > LUA_YIELD && recover(L, status)) {
          status = luaD_rawrunprotected(L, unroll, status);
        }
        if (status > LUA_YIELD) {
          L.status = status;
          seterrorobj(L, status, L.top);
          L.ci.top = L.top;
        } else
          lua_assert(status === L.status);
      }
      L.nny = oldnny;
      L.nCcalls--;
      lua_assert(L.nCcalls === (from ? from.nCcalls : 0));
      return status;
    };
    var lua_isyieldable = function(L) {
      return L.nny === 0;
    };
    var lua_yieldk = function(L, nresults, ctx, k) {
      let ci = L.ci;
      lapi.api_checknelems(L, nresults);
      if (L.nny > 0) {
        if (L !== L.l_G.mainthread)
          ldebug.luaG_runerror(L, to_luastring10("attempt to yield across a JS-call boundary", true));
        else
          ldebug.luaG_runerror(L, to_luastring10("attempt to yield from outside a coroutine", true));
      }
      L.status = LUA_YIELD;
      ci.extra = ci.funcOff;
      if (ci.callstatus & lstate.CIST_LUA)
        api_check(L, k === null, "hooks cannot continue after yielding");
      else {
        ci.c_k = k;
        if (k !== null)
          ci.c_ctx = ctx;
        ci.funcOff = L.top - nresults - 1;
        ci.func = L.stack[ci.funcOff];
        luaD_throw(L, LUA_YIELD);
      }
      lua_assert(ci.callstatus & lstate.CIST_HOOKED);
      return 0;
    };
    var lua_yield = function(L, n2) {
      lua_yieldk(L, n2, 0, null);
    };
    var luaD_pcall = function(L, func, u2, old_top, ef) {
      let old_ci = L.ci;
      let old_allowhooks = L.allowhook;
      let old_nny = L.nny;
      let old_errfunc = L.errfunc;
      L.errfunc = ef;
      let status = luaD_rawrunprotected(L, func, u2);
      if (status !== LUA_OK) {
        lfunc.luaF_close(L, old_top);
        seterrorobj(L, status, old_top);
        L.ci = old_ci;
        L.allowhook = old_allowhooks;
        L.nny = old_nny;
        luaD_shrinkstack(L);
      }
      L.errfunc = old_errfunc;
      return status;
    };
    var luaD_callnoyield = function(L, off, nResults) {
      L.nny++;
      luaD_call(L, off, nResults);
      L.nny--;
    };
    var SParser = class {
      constructor(z, name, mode) {
        this.z = z;
        this.buff = new MBuffer();
        this.dyd = new lparser.Dyndata();
        this.mode = mode;
        this.name = name;
      }
    };
    var checkmode = function(L, mode, x) {
      if (mode && luastring_indexOf(mode, x[0]) === -1) {
        lobject.luaO_pushfstring(
          L,
          to_luastring10("attempt to load a %s chunk (mode is '%s')"),
          x,
          mode
        );
        luaD_throw(L, LUA_ERRSYNTAX);
      }
    };
    var f_parser = function(L, p) {
      let cl;
      let c3 = p.z.zgetc();
      if (c3 === LUA_SIGNATURE[0]) {
        checkmode(L, p.mode, to_luastring10("binary", true));
        cl = lundump.luaU_undump(L, p.z, p.name);
      } else {
        checkmode(L, p.mode, to_luastring10("text", true));
        cl = lparser.luaY_parser(L, p.z, p.buff, p.dyd, p.name, c3);
      }
      lua_assert(cl.nupvalues === cl.p.upvalues.length);
      lfunc.luaF_initupvals(L, cl);
    };
    var luaD_protectedparser = function(L, z, name, mode) {
      let p = new SParser(z, name, mode);
      L.nny++;
      let status = luaD_pcall(L, f_parser, p, L.top, L.errfunc);
      L.nny--;
      return status;
    };
    module.exports.adjust_top = adjust_top;
    module.exports.luaD_call = luaD_call;
    module.exports.luaD_callnoyield = luaD_callnoyield;
    module.exports.luaD_checkstack = luaD_checkstack;
    module.exports.luaD_growstack = luaD_growstack;
    module.exports.luaD_hook = luaD_hook;
    module.exports.luaD_inctop = luaD_inctop;
    module.exports.luaD_pcall = luaD_pcall;
    module.exports.luaD_poscall = luaD_poscall;
    module.exports.luaD_precall = luaD_precall;
    module.exports.luaD_protectedparser = luaD_protectedparser;
    module.exports.luaD_rawrunprotected = luaD_rawrunprotected;
    module.exports.luaD_reallocstack = luaD_reallocstack;
    module.exports.luaD_throw = luaD_throw;
    module.exports.lua_isyieldable = lua_isyieldable;
    module.exports.lua_resume = lua_resume;
    module.exports.lua_yield = lua_yield;
    module.exports.lua_yieldk = lua_yieldk;
  }
});

// node_modules/fengari/src/ldebug.js
var require_ldebug = __commonJS({
  "node_modules/fengari/src/ldebug.js"(exports, module) {
    "use strict";
    var {
      LUA_HOOKCOUNT,
      LUA_HOOKLINE,
      LUA_MASKCOUNT,
      LUA_MASKLINE,
      constant_types: {
        LUA_TBOOLEAN,
        LUA_TNIL,
        LUA_TTABLE
      },
      thread_status: {
        LUA_ERRRUN,
        LUA_YIELD
      },
      from_userstring,
      luastring_eq,
      luastring_indexOf,
      to_luastring: to_luastring10
    } = require_defs();
    var {
      api_check,
      lua_assert
    } = require_llimits();
    var { LUA_IDSIZE } = require_luaconf();
    var lapi = require_lapi();
    var ldo = require_ldo();
    var lfunc = require_lfunc();
    var llex = require_llex();
    var lobject = require_lobject();
    var lopcodes = require_lopcodes();
    var lstate = require_lstate();
    var ltable = require_ltable();
    var ltm = require_ltm();
    var lvm = require_lvm();
    var currentpc = function(ci) {
      lua_assert(ci.callstatus & lstate.CIST_LUA);
      return ci.l_savedpc - 1;
    };
    var currentline = function(ci) {
      return ci.func.value.p.lineinfo.length !== 0 ? ci.func.value.p.lineinfo[currentpc(ci)] : -1;
    };
    var swapextra = function(L) {
      if (L.status === LUA_YIELD) {
        let ci = L.ci;
        let temp = ci.funcOff;
        ci.func = L.stack[ci.extra];
        ci.funcOff = ci.extra;
        ci.extra = temp;
      }
    };
    var lua_sethook = function(L, func, mask, count3) {
      if (func === null || mask === 0) {
        mask = 0;
        func = null;
      }
      if (L.ci.callstatus & lstate.CIST_LUA)
        L.oldpc = L.ci.l_savedpc;
      L.hook = func;
      L.basehookcount = count3;
      L.hookcount = L.basehookcount;
      L.hookmask = mask;
    };
    var lua_gethook = function(L) {
      return L.hook;
    };
    var lua_gethookmask = function(L) {
      return L.hookmask;
    };
    var lua_gethookcount = function(L) {
      return L.basehookcount;
    };
    var lua_getstack = function(L, level, ar) {
      let ci;
      let status;
      if (level < 0) return 0;
      for (ci = L.ci; level > 0 && ci !== L.base_ci; ci = ci.previous)
        level--;
      if (level === 0 && ci !== L.base_ci) {
        status = 1;
        ar.i_ci = ci;
      } else
        status = 0;
      return status;
    };
    var upvalname = function(p, uv) {
      lua_assert(uv < p.upvalues.length);
      let s = p.upvalues[uv].name;
      if (s === null) return to_luastring10("?", true);
      return s.getstr();
    };
    var findvararg = function(ci, n2) {
      let nparams = ci.func.value.p.numparams;
      if (n2 >= ci.l_base - ci.funcOff - nparams)
        return null;
      else {
        return {
          pos: ci.funcOff + nparams + n2,
          name: to_luastring10("(*vararg)", true)
          /* generic name for any vararg */
        };
      }
    };
    var findlocal = function(L, ci, n2) {
      let base, name = null;
      if (ci.callstatus & lstate.CIST_LUA) {
        if (n2 < 0)
          return findvararg(ci, -n2);
        else {
          base = ci.l_base;
          name = lfunc.luaF_getlocalname(ci.func.value.p, n2, currentpc(ci));
        }
      } else
        base = ci.funcOff + 1;
      if (name === null) {
        let limit = ci === L.ci ? L.top : ci.next.funcOff;
        if (limit - base >= n2 && n2 > 0)
          name = to_luastring10("(*temporary)", true);
        else
          return null;
      }
      return {
        pos: base + (n2 - 1),
        name
      };
    };
    var lua_getlocal = function(L, ar, n2) {
      let name;
      swapextra(L);
      if (ar === null) {
        if (!L.stack[L.top - 1].ttisLclosure())
          name = null;
        else
          name = lfunc.luaF_getlocalname(L.stack[L.top - 1].value.p, n2, 0);
      } else {
        let local = findlocal(L, ar.i_ci, n2);
        if (local) {
          name = local.name;
          lobject.pushobj2s(L, L.stack[local.pos]);
          api_check(L, L.top <= L.ci.top, "stack overflow");
        } else {
          name = null;
        }
      }
      swapextra(L);
      return name;
    };
    var lua_setlocal = function(L, ar, n2) {
      let name;
      swapextra(L);
      let local = findlocal(L, ar.i_ci, n2);
      if (local) {
        name = local.name;
        lobject.setobjs2s(L, local.pos, L.top - 1);
        delete L.stack[--L.top];
      } else {
        name = null;
      }
      swapextra(L);
      return name;
    };
    var funcinfo = function(ar, cl) {
      if (cl === null || cl instanceof lobject.CClosure) {
        ar.source = to_luastring10("=[JS]", true);
        ar.linedefined = -1;
        ar.lastlinedefined = -1;
        ar.what = to_luastring10("J", true);
      } else {
        let p = cl.p;
        ar.source = p.source ? p.source.getstr() : to_luastring10("=?", true);
        ar.linedefined = p.linedefined;
        ar.lastlinedefined = p.lastlinedefined;
        ar.what = ar.linedefined === 0 ? to_luastring10("main", true) : to_luastring10("Lua", true);
      }
      ar.short_src = lobject.luaO_chunkid(ar.source, LUA_IDSIZE);
    };
    var collectvalidlines = function(L, f) {
      if (f === null || f instanceof lobject.CClosure) {
        L.stack[L.top] = new lobject.TValue(LUA_TNIL, null);
        lapi.api_incr_top(L);
      } else {
        let lineinfo = f.p.lineinfo;
        let t = ltable.luaH_new(L);
        L.stack[L.top] = new lobject.TValue(LUA_TTABLE, t);
        lapi.api_incr_top(L);
        let v = new lobject.TValue(LUA_TBOOLEAN, true);
        for (let i2 = 0; i2 < lineinfo.length; i2++)
          ltable.luaH_setint(t, lineinfo[i2], v);
      }
    };
    var getfuncname = function(L, ci) {
      let r = {
        name: null,
        funcname: null
      };
      if (ci === null)
        return null;
      else if (ci.callstatus & lstate.CIST_FIN) {
        r.name = to_luastring10("__gc", true);
        r.funcname = to_luastring10("metamethod", true);
        return r;
      } else if (!(ci.callstatus & lstate.CIST_TAIL) && ci.previous.callstatus & lstate.CIST_LUA)
        return funcnamefromcode(L, ci.previous);
      else return null;
    };
    var auxgetinfo = function(L, what, ar, f, ci) {
      let status = 1;
      for (; what.length > 0; what = what.subarray(1)) {
        switch (what[0]) {
          case 83: {
            funcinfo(ar, f);
            break;
          }
          case 108: {
            ar.currentline = ci && ci.callstatus & lstate.CIST_LUA ? currentline(ci) : -1;
            break;
          }
          case 117: {
            ar.nups = f === null ? 0 : f.nupvalues;
            if (f === null || f instanceof lobject.CClosure) {
              ar.isvararg = true;
              ar.nparams = 0;
            } else {
              ar.isvararg = f.p.is_vararg;
              ar.nparams = f.p.numparams;
            }
            break;
          }
          case 116: {
            ar.istailcall = ci ? ci.callstatus & lstate.CIST_TAIL : 0;
            break;
          }
          case 110: {
            let r = getfuncname(L, ci);
            if (r === null) {
              ar.namewhat = to_luastring10("", true);
              ar.name = null;
            } else {
              ar.namewhat = r.funcname;
              ar.name = r.name;
            }
            break;
          }
          case 76:
          case 102:
            break;
          default:
            status = 0;
        }
      }
      return status;
    };
    var lua_getinfo = function(L, what, ar) {
      what = from_userstring(what);
      let status, cl, ci, func;
      swapextra(L);
      if (what[0] === 62) {
        ci = null;
        func = L.stack[L.top - 1];
        api_check(L, func.ttisfunction(), "function expected");
        what = what.subarray(1);
        L.top--;
      } else {
        ci = ar.i_ci;
        func = ci.func;
        lua_assert(ci.func.ttisfunction());
      }
      cl = func.ttisclosure() ? func.value : null;
      status = auxgetinfo(L, what, ar, cl, ci);
      if (luastring_indexOf(
        what,
        102
        /* ('f').charCodeAt(0) */
      ) >= 0) {
        lobject.pushobj2s(L, func);
        api_check(L, L.top <= L.ci.top, "stack overflow");
      }
      swapextra(L);
      if (luastring_indexOf(
        what,
        76
        /* ('L').charCodeAt(0) */
      ) >= 0)
        collectvalidlines(L, cl);
      return status;
    };
    var kname = function(p, pc, c3) {
      let r = {
        name: null,
        funcname: null
      };
      if (lopcodes.ISK(c3)) {
        let kvalue = p.k[lopcodes.INDEXK(c3)];
        if (kvalue.ttisstring()) {
          r.name = kvalue.svalue();
          return r;
        }
      } else {
        let what = getobjname(p, pc, c3);
        if (what && what.funcname[0] === 99) {
          return what;
        }
      }
      r.name = to_luastring10("?", true);
      return r;
    };
    var filterpc = function(pc, jmptarget) {
      if (pc < jmptarget)
        return -1;
      else return pc;
    };
    var findsetreg = function(p, lastpc, reg) {
      let setreg = -1;
      let jmptarget = 0;
      let OCi = lopcodes.OpCodesI;
      for (let pc = 0; pc < lastpc; pc++) {
        let i2 = p.code[pc];
        let a2 = i2.A;
        switch (i2.opcode) {
          case OCi.OP_LOADNIL: {
            let b = i2.B;
            if (a2 <= reg && reg <= a2 + b)
              setreg = filterpc(pc, jmptarget);
            break;
          }
          case OCi.OP_TFORCALL: {
            if (reg >= a2 + 2)
              setreg = filterpc(pc, jmptarget);
            break;
          }
          case OCi.OP_CALL:
          case OCi.OP_TAILCALL: {
            if (reg >= a2)
              setreg = filterpc(pc, jmptarget);
            break;
          }
          case OCi.OP_JMP: {
            let b = i2.sBx;
            let dest = pc + 1 + b;
            if (pc < dest && dest <= lastpc) {
              if (dest > jmptarget)
                jmptarget = dest;
            }
            break;
          }
          default:
            if (lopcodes.testAMode(i2.opcode) && reg === a2)
              setreg = filterpc(pc, jmptarget);
            break;
        }
      }
      return setreg;
    };
    var getobjname = function(p, lastpc, reg) {
      let r = {
        name: lfunc.luaF_getlocalname(p, reg + 1, lastpc),
        funcname: null
      };
      if (r.name) {
        r.funcname = to_luastring10("local", true);
        return r;
      }
      let pc = findsetreg(p, lastpc, reg);
      let OCi = lopcodes.OpCodesI;
      if (pc !== -1) {
        let i2 = p.code[pc];
        switch (i2.opcode) {
          case OCi.OP_MOVE: {
            let b = i2.B;
            if (b < i2.A)
              return getobjname(p, pc, b);
            break;
          }
          case OCi.OP_GETTABUP:
          case OCi.OP_GETTABLE: {
            let k = i2.C;
            let t = i2.B;
            let vn = i2.opcode === OCi.OP_GETTABLE ? lfunc.luaF_getlocalname(p, t + 1, pc) : upvalname(p, t);
            r.name = kname(p, pc, k).name;
            r.funcname = vn && luastring_eq(vn, llex.LUA_ENV) ? to_luastring10("global", true) : to_luastring10("field", true);
            return r;
          }
          case OCi.OP_GETUPVAL: {
            r.name = upvalname(p, i2.B);
            r.funcname = to_luastring10("upvalue", true);
            return r;
          }
          case OCi.OP_LOADK:
          case OCi.OP_LOADKX: {
            let b = i2.opcode === OCi.OP_LOADK ? i2.Bx : p.code[pc + 1].Ax;
            if (p.k[b].ttisstring()) {
              r.name = p.k[b].svalue();
              r.funcname = to_luastring10("constant", true);
              return r;
            }
            break;
          }
          case OCi.OP_SELF: {
            let k = i2.C;
            r.name = kname(p, pc, k).name;
            r.funcname = to_luastring10("method", true);
            return r;
          }
          default:
            break;
        }
      }
      return null;
    };
    var funcnamefromcode = function(L, ci) {
      let r = {
        name: null,
        funcname: null
      };
      let tm = 0;
      let p = ci.func.value.p;
      let pc = currentpc(ci);
      let i2 = p.code[pc];
      let OCi = lopcodes.OpCodesI;
      if (ci.callstatus & lstate.CIST_HOOKED) {
        r.name = to_luastring10("?", true);
        r.funcname = to_luastring10("hook", true);
        return r;
      }
      switch (i2.opcode) {
        case OCi.OP_CALL:
        case OCi.OP_TAILCALL:
          return getobjname(p, pc, i2.A);
        /* get function name */
        case OCi.OP_TFORCALL:
          r.name = to_luastring10("for iterator", true);
          r.funcname = to_luastring10("for iterator", true);
          return r;
        /* other instructions can do calls through metamethods */
        case OCi.OP_SELF:
        case OCi.OP_GETTABUP:
        case OCi.OP_GETTABLE:
          tm = ltm.TMS.TM_INDEX;
          break;
        case OCi.OP_SETTABUP:
        case OCi.OP_SETTABLE:
          tm = ltm.TMS.TM_NEWINDEX;
          break;
        case OCi.OP_ADD:
          tm = ltm.TMS.TM_ADD;
          break;
        case OCi.OP_SUB:
          tm = ltm.TMS.TM_SUB;
          break;
        case OCi.OP_MUL:
          tm = ltm.TMS.TM_MUL;
          break;
        case OCi.OP_MOD:
          tm = ltm.TMS.TM_MOD;
          break;
        case OCi.OP_POW:
          tm = ltm.TMS.TM_POW;
          break;
        case OCi.OP_DIV:
          tm = ltm.TMS.TM_DIV;
          break;
        case OCi.OP_IDIV:
          tm = ltm.TMS.TM_IDIV;
          break;
        case OCi.OP_BAND:
          tm = ltm.TMS.TM_BAND;
          break;
        case OCi.OP_BOR:
          tm = ltm.TMS.TM_BOR;
          break;
        case OCi.OP_BXOR:
          tm = ltm.TMS.TM_BXOR;
          break;
        case OCi.OP_SHL:
          tm = ltm.TMS.TM_SHL;
          break;
        case OCi.OP_SHR:
          tm = ltm.TMS.TM_SHR;
          break;
        case OCi.OP_UNM:
          tm = ltm.TMS.TM_UNM;
          break;
        case OCi.OP_BNOT:
          tm = ltm.TMS.TM_BNOT;
          break;
        case OCi.OP_LEN:
          tm = ltm.TMS.TM_LEN;
          break;
        case OCi.OP_CONCAT:
          tm = ltm.TMS.TM_CONCAT;
          break;
        case OCi.OP_EQ:
          tm = ltm.TMS.TM_EQ;
          break;
        case OCi.OP_LT:
          tm = ltm.TMS.TM_LT;
          break;
        case OCi.OP_LE:
          tm = ltm.TMS.TM_LE;
          break;
        default:
          return null;
      }
      r.name = L.l_G.tmname[tm].getstr();
      r.funcname = to_luastring10("metamethod", true);
      return r;
    };
    var isinstack = function(L, ci, o2) {
      for (let i2 = ci.l_base; i2 < ci.top; i2++) {
        if (L.stack[i2] === o2)
          return i2;
      }
      return false;
    };
    var getupvalname = function(L, ci, o2) {
      let c3 = ci.func.value;
      for (let i2 = 0; i2 < c3.nupvalues; i2++) {
        if (c3.upvals[i2] === o2) {
          return {
            name: upvalname(c3.p, i2),
            funcname: to_luastring10("upvalue", true)
          };
        }
      }
      return null;
    };
    var varinfo = function(L, o2) {
      let ci = L.ci;
      let kind = null;
      if (ci.callstatus & lstate.CIST_LUA) {
        kind = getupvalname(L, ci, o2);
        let stkid = isinstack(L, ci, o2);
        if (!kind && stkid)
          kind = getobjname(ci.func.value.p, currentpc(ci), stkid - ci.l_base);
      }
      return kind ? lobject.luaO_pushfstring(L, to_luastring10(" (%s '%s')", true), kind.funcname, kind.name) : to_luastring10("", true);
    };
    var luaG_typeerror = function(L, o2, op) {
      let t = ltm.luaT_objtypename(L, o2);
      luaG_runerror(L, to_luastring10("attempt to %s a %s value%s", true), op, t, varinfo(L, o2));
    };
    var luaG_concaterror = function(L, p1, p2) {
      if (p1.ttisstring() || lvm.cvt2str(p1)) p1 = p2;
      luaG_typeerror(L, p1, to_luastring10("concatenate", true));
    };
    var luaG_opinterror = function(L, p1, p2, msg) {
      if (lvm.tonumber(p1) === false)
        p2 = p1;
      luaG_typeerror(L, p2, msg);
    };
    var luaG_ordererror = function(L, p1, p2) {
      let t1 = ltm.luaT_objtypename(L, p1);
      let t2 = ltm.luaT_objtypename(L, p2);
      if (luastring_eq(t1, t2))
        luaG_runerror(L, to_luastring10("attempt to compare two %s values", true), t1);
      else
        luaG_runerror(L, to_luastring10("attempt to compare %s with %s", true), t1, t2);
    };
    var luaG_addinfo = function(L, msg, src, line) {
      let buff;
      if (src)
        buff = lobject.luaO_chunkid(src.getstr(), LUA_IDSIZE);
      else
        buff = to_luastring10("?", true);
      return lobject.luaO_pushfstring(L, to_luastring10("%s:%d: %s", true), buff, line, msg);
    };
    var luaG_runerror = function(L, fmt, ...argp) {
      let ci = L.ci;
      let msg = lobject.luaO_pushvfstring(L, fmt, argp);
      if (ci.callstatus & lstate.CIST_LUA)
        luaG_addinfo(L, msg, ci.func.value.p.source, currentline(ci));
      luaG_errormsg(L);
    };
    var luaG_errormsg = function(L) {
      if (L.errfunc !== 0) {
        let errfunc = L.errfunc;
        lobject.pushobj2s(L, L.stack[L.top - 1]);
        lobject.setobjs2s(L, L.top - 2, errfunc);
        ldo.luaD_callnoyield(L, L.top - 2, 1);
      }
      ldo.luaD_throw(L, LUA_ERRRUN);
    };
    var luaG_tointerror = function(L, p1, p2) {
      let temp = lvm.tointeger(p1);
      if (temp === false)
        p2 = p1;
      luaG_runerror(L, to_luastring10("number%s has no integer representation", true), varinfo(L, p2));
    };
    var luaG_traceexec = function(L) {
      let ci = L.ci;
      let mask = L.hookmask;
      let counthook = --L.hookcount === 0 && mask & LUA_MASKCOUNT;
      if (counthook)
        L.hookcount = L.basehookcount;
      else if (!(mask & LUA_MASKLINE))
        return;
      if (ci.callstatus & lstate.CIST_HOOKYIELD) {
        ci.callstatus &= ~lstate.CIST_HOOKYIELD;
        return;
      }
      if (counthook)
        ldo.luaD_hook(L, LUA_HOOKCOUNT, -1);
      if (mask & LUA_MASKLINE) {
        let p = ci.func.value.p;
        let npc = ci.l_savedpc - 1;
        let newline = p.lineinfo.length !== 0 ? p.lineinfo[npc] : -1;
        if (npc === 0 || /* call linehook when enter a new function, */
        ci.l_savedpc <= L.oldpc || /* when jump back (loop), or when */
        newline !== (p.lineinfo.length !== 0 ? p.lineinfo[L.oldpc - 1] : -1))
          ldo.luaD_hook(L, LUA_HOOKLINE, newline);
      }
      L.oldpc = ci.l_savedpc;
      if (L.status === LUA_YIELD) {
        if (counthook)
          L.hookcount = 1;
        ci.l_savedpc--;
        ci.callstatus |= lstate.CIST_HOOKYIELD;
        ci.funcOff = L.top - 1;
        ci.func = L.stack[ci.funcOff];
        ldo.luaD_throw(L, LUA_YIELD);
      }
    };
    module.exports.luaG_addinfo = luaG_addinfo;
    module.exports.luaG_concaterror = luaG_concaterror;
    module.exports.luaG_errormsg = luaG_errormsg;
    module.exports.luaG_opinterror = luaG_opinterror;
    module.exports.luaG_ordererror = luaG_ordererror;
    module.exports.luaG_runerror = luaG_runerror;
    module.exports.luaG_tointerror = luaG_tointerror;
    module.exports.luaG_traceexec = luaG_traceexec;
    module.exports.luaG_typeerror = luaG_typeerror;
    module.exports.lua_gethook = lua_gethook;
    module.exports.lua_gethookcount = lua_gethookcount;
    module.exports.lua_gethookmask = lua_gethookmask;
    module.exports.lua_getinfo = lua_getinfo;
    module.exports.lua_getlocal = lua_getlocal;
    module.exports.lua_getstack = lua_getstack;
    module.exports.lua_sethook = lua_sethook;
    module.exports.lua_setlocal = lua_setlocal;
  }
});

// node_modules/fengari/src/ldump.js
var require_ldump = __commonJS({
  "node_modules/fengari/src/ldump.js"(exports, module) {
    "use strict";
    var {
      LUA_SIGNATURE,
      LUA_VERSION_MAJOR,
      LUA_VERSION_MINOR,
      constant_types: {
        LUA_TBOOLEAN,
        LUA_TLNGSTR,
        LUA_TNIL,
        LUA_TNUMFLT,
        LUA_TNUMINT,
        LUA_TSHRSTR
      },
      luastring_of
    } = require_defs();
    var LUAC_DATA = luastring_of(25, 147, 13, 10, 26, 10);
    var LUAC_INT = 22136;
    var LUAC_NUM = 370.5;
    var LUAC_VERSION = Number(LUA_VERSION_MAJOR) * 16 + Number(LUA_VERSION_MINOR);
    var LUAC_FORMAT = 0;
    var DumpState = class {
      constructor() {
        this.L = null;
        this.writer = null;
        this.data = null;
        this.strip = NaN;
        this.status = NaN;
      }
    };
    var DumpBlock = function(b, size, D) {
      if (D.status === 0 && size > 0)
        D.status = D.writer(D.L, b, size, D.data);
    };
    var DumpByte = function(y, D) {
      DumpBlock(luastring_of(y), 1, D);
    };
    var DumpInt = function(x, D) {
      let ab = new ArrayBuffer(4);
      let dv = new DataView(ab);
      dv.setInt32(0, x, true);
      let t = new Uint8Array(ab);
      DumpBlock(t, 4, D);
    };
    var DumpInteger = function(x, D) {
      let ab = new ArrayBuffer(4);
      let dv = new DataView(ab);
      dv.setInt32(0, x, true);
      let t = new Uint8Array(ab);
      DumpBlock(t, 4, D);
    };
    var DumpNumber = function(x, D) {
      let ab = new ArrayBuffer(8);
      let dv = new DataView(ab);
      dv.setFloat64(0, x, true);
      let t = new Uint8Array(ab);
      DumpBlock(t, 8, D);
    };
    var DumpString = function(s, D) {
      if (s === null)
        DumpByte(0, D);
      else {
        let size = s.tsslen() + 1;
        let str = s.getstr();
        if (size < 255)
          DumpByte(size, D);
        else {
          DumpByte(255, D);
          DumpInteger(size, D);
        }
        DumpBlock(str, size - 1, D);
      }
    };
    var DumpCode = function(f, D) {
      let s = f.code.map((e) => e.code);
      DumpInt(s.length, D);
      for (let i2 = 0; i2 < s.length; i2++)
        DumpInt(s[i2], D);
    };
    var DumpConstants = function(f, D) {
      let n2 = f.k.length;
      DumpInt(n2, D);
      for (let i2 = 0; i2 < n2; i2++) {
        let o2 = f.k[i2];
        DumpByte(o2.ttype(), D);
        switch (o2.ttype()) {
          case LUA_TNIL:
            break;
          case LUA_TBOOLEAN:
            DumpByte(o2.value ? 1 : 0, D);
            break;
          case LUA_TNUMFLT:
            DumpNumber(o2.value, D);
            break;
          case LUA_TNUMINT:
            DumpInteger(o2.value, D);
            break;
          case LUA_TSHRSTR:
          case LUA_TLNGSTR:
            DumpString(o2.tsvalue(), D);
            break;
        }
      }
    };
    var DumpProtos = function(f, D) {
      let n2 = f.p.length;
      DumpInt(n2, D);
      for (let i2 = 0; i2 < n2; i2++)
        DumpFunction(f.p[i2], f.source, D);
    };
    var DumpUpvalues = function(f, D) {
      let n2 = f.upvalues.length;
      DumpInt(n2, D);
      for (let i2 = 0; i2 < n2; i2++) {
        DumpByte(f.upvalues[i2].instack ? 1 : 0, D);
        DumpByte(f.upvalues[i2].idx, D);
      }
    };
    var DumpDebug = function(f, D) {
      let n2 = D.strip ? 0 : f.lineinfo.length;
      DumpInt(n2, D);
      for (let i2 = 0; i2 < n2; i2++)
        DumpInt(f.lineinfo[i2], D);
      n2 = D.strip ? 0 : f.locvars.length;
      DumpInt(n2, D);
      for (let i2 = 0; i2 < n2; i2++) {
        DumpString(f.locvars[i2].varname, D);
        DumpInt(f.locvars[i2].startpc, D);
        DumpInt(f.locvars[i2].endpc, D);
      }
      n2 = D.strip ? 0 : f.upvalues.length;
      DumpInt(n2, D);
      for (let i2 = 0; i2 < n2; i2++)
        DumpString(f.upvalues[i2].name, D);
    };
    var DumpFunction = function(f, psource, D) {
      if (D.strip || f.source === psource)
        DumpString(null, D);
      else
        DumpString(f.source, D);
      DumpInt(f.linedefined, D);
      DumpInt(f.lastlinedefined, D);
      DumpByte(f.numparams, D);
      DumpByte(f.is_vararg ? 1 : 0, D);
      DumpByte(f.maxstacksize, D);
      DumpCode(f, D);
      DumpConstants(f, D);
      DumpUpvalues(f, D);
      DumpProtos(f, D);
      DumpDebug(f, D);
    };
    var DumpHeader = function(D) {
      DumpBlock(LUA_SIGNATURE, LUA_SIGNATURE.length, D);
      DumpByte(LUAC_VERSION, D);
      DumpByte(LUAC_FORMAT, D);
      DumpBlock(LUAC_DATA, LUAC_DATA.length, D);
      DumpByte(4, D);
      DumpByte(4, D);
      DumpByte(4, D);
      DumpByte(4, D);
      DumpByte(8, D);
      DumpInteger(LUAC_INT, D);
      DumpNumber(LUAC_NUM, D);
    };
    var luaU_dump = function(L, f, w, data, strip) {
      let D = new DumpState();
      D.L = L;
      D.writer = w;
      D.data = data;
      D.strip = strip;
      D.status = 0;
      DumpHeader(D);
      DumpByte(f.upvalues.length, D);
      DumpFunction(f, null, D);
      return D.status;
    };
    module.exports.luaU_dump = luaU_dump;
  }
});

// node_modules/fengari/src/lapi.js
var require_lapi = __commonJS({
  "node_modules/fengari/src/lapi.js"(exports, module) {
    "use strict";
    var {
      LUA_MULTRET,
      LUA_OPBNOT,
      LUA_OPEQ,
      LUA_OPLE,
      LUA_OPLT,
      LUA_OPUNM,
      LUA_REGISTRYINDEX,
      LUA_RIDX_GLOBALS,
      LUA_VERSION_NUM,
      constant_types: {
        LUA_NUMTAGS,
        LUA_TBOOLEAN,
        LUA_TCCL,
        LUA_TFUNCTION,
        LUA_TLCF,
        LUA_TLCL,
        LUA_TLIGHTUSERDATA,
        LUA_TLNGSTR,
        LUA_TNIL,
        LUA_TNONE,
        LUA_TNUMFLT,
        LUA_TNUMINT,
        LUA_TSHRSTR,
        LUA_TTABLE,
        LUA_TTHREAD,
        LUA_TUSERDATA
      },
      thread_status: { LUA_OK },
      from_userstring,
      to_luastring: to_luastring10
    } = require_defs();
    var { api_check } = require_llimits();
    var ldebug = require_ldebug();
    var ldo = require_ldo();
    var { luaU_dump } = require_ldump();
    var lfunc = require_lfunc();
    var lobject = require_lobject();
    var lstate = require_lstate();
    var {
      luaS_bless,
      luaS_new,
      luaS_newliteral
    } = require_lstring();
    var ltm = require_ltm();
    var { LUAI_MAXSTACK } = require_luaconf();
    var lvm = require_lvm();
    var ltable = require_ltable();
    var { ZIO } = require_lzio();
    var TValue = lobject.TValue;
    var CClosure = lobject.CClosure;
    var api_incr_top = function(L) {
      L.top++;
      api_check(L, L.top <= L.ci.top, "stack overflow");
    };
    var api_checknelems = function(L, n2) {
      api_check(L, n2 < L.top - L.ci.funcOff, "not enough elements in the stack");
    };
    var fengari_argcheck = function(c3) {
      if (!c3) throw TypeError("invalid argument");
    };
    var fengari_argcheckinteger = function(n2) {
      fengari_argcheck(typeof n2 === "number" && (n2 | 0) === n2);
    };
    var isvalid = function(o2) {
      return o2 !== lobject.luaO_nilobject;
    };
    var lua_version = function(L) {
      if (L === null) return LUA_VERSION_NUM;
      else return L.l_G.version;
    };
    var lua_atpanic = function(L, panicf) {
      let old = L.l_G.panic;
      L.l_G.panic = panicf;
      return old;
    };
    var lua_atnativeerror = function(L, errorf) {
      let old = L.l_G.atnativeerror;
      L.l_G.atnativeerror = errorf;
      return old;
    };
    var index2addr = function(L, idx) {
      let ci = L.ci;
      if (idx > 0) {
        let o2 = ci.funcOff + idx;
        api_check(L, idx <= ci.top - (ci.funcOff + 1), "unacceptable index");
        if (o2 >= L.top) return lobject.luaO_nilobject;
        else return L.stack[o2];
      } else if (idx > LUA_REGISTRYINDEX) {
        api_check(L, idx !== 0 && -idx <= L.top, "invalid index");
        return L.stack[L.top + idx];
      } else if (idx === LUA_REGISTRYINDEX) {
        return L.l_G.l_registry;
      } else {
        idx = LUA_REGISTRYINDEX - idx;
        api_check(L, idx <= lfunc.MAXUPVAL + 1, "upvalue index too large");
        if (ci.func.ttislcf())
          return lobject.luaO_nilobject;
        else {
          return idx <= ci.func.value.nupvalues ? ci.func.value.upvalue[idx - 1] : lobject.luaO_nilobject;
        }
      }
    };
    var index2addr_ = function(L, idx) {
      let ci = L.ci;
      if (idx > 0) {
        let o2 = ci.funcOff + idx;
        api_check(L, idx <= ci.top - (ci.funcOff + 1), "unacceptable index");
        if (o2 >= L.top) return null;
        else return o2;
      } else if (idx > LUA_REGISTRYINDEX) {
        api_check(L, idx !== 0 && -idx <= L.top, "invalid index");
        return L.top + idx;
      } else {
        throw Error("attempt to use pseudo-index");
      }
    };
    var lua_checkstack = function(L, n2) {
      let res;
      let ci = L.ci;
      api_check(L, n2 >= 0, "negative 'n'");
      if (L.stack_last - L.top > n2)
        res = true;
      else {
        let inuse = L.top + lstate.EXTRA_STACK;
        if (inuse > LUAI_MAXSTACK - n2)
          res = false;
        else {
          ldo.luaD_growstack(L, n2);
          res = true;
        }
      }
      if (res && ci.top < L.top + n2)
        ci.top = L.top + n2;
      return res;
    };
    var lua_xmove = function(from, to, n2) {
      if (from === to) return;
      api_checknelems(from, n2);
      api_check(from, from.l_G === to.l_G, "moving among independent states");
      api_check(from, to.ci.top - to.top >= n2, "stack overflow");
      from.top -= n2;
      for (let i2 = 0; i2 < n2; i2++) {
        to.stack[to.top] = new lobject.TValue();
        lobject.setobj2s(to, to.top, from.stack[from.top + i2]);
        delete from.stack[from.top + i2];
        to.top++;
      }
    };
    var lua_absindex = function(L, idx) {
      return idx > 0 || idx <= LUA_REGISTRYINDEX ? idx : L.top - L.ci.funcOff + idx;
    };
    var lua_gettop = function(L) {
      return L.top - (L.ci.funcOff + 1);
    };
    var lua_pushvalue = function(L, idx) {
      lobject.pushobj2s(L, index2addr(L, idx));
      api_check(L, L.top <= L.ci.top, "stack overflow");
    };
    var lua_settop = function(L, idx) {
      let func = L.ci.funcOff;
      let newtop;
      if (idx >= 0) {
        api_check(L, idx <= L.stack_last - (func + 1), "new top too large");
        newtop = func + 1 + idx;
      } else {
        api_check(L, -(idx + 1) <= L.top - (func + 1), "invalid new top");
        newtop = L.top + idx + 1;
      }
      ldo.adjust_top(L, newtop);
    };
    var lua_pop = function(L, n2) {
      lua_settop(L, -n2 - 1);
    };
    var reverse = function(L, from, to) {
      for (; from < to; from++, to--) {
        let fromtv = L.stack[from];
        let temp = new TValue(fromtv.type, fromtv.value);
        lobject.setobjs2s(L, from, to);
        lobject.setobj2s(L, to, temp);
      }
    };
    var lua_rotate = function(L, idx, n2) {
      let t = L.top - 1;
      let pIdx = index2addr_(L, idx);
      let p = L.stack[pIdx];
      api_check(L, isvalid(p) && idx > LUA_REGISTRYINDEX, "index not in the stack");
      api_check(L, (n2 >= 0 ? n2 : -n2) <= t - pIdx + 1, "invalid 'n'");
      let m = n2 >= 0 ? t - n2 : pIdx - n2 - 1;
      reverse(L, pIdx, m);
      reverse(L, m + 1, L.top - 1);
      reverse(L, pIdx, L.top - 1);
    };
    var lua_copy = function(L, fromidx, toidx) {
      let from = index2addr(L, fromidx);
      index2addr(L, toidx).setfrom(from);
    };
    var lua_remove = function(L, idx) {
      lua_rotate(L, idx, -1);
      lua_pop(L, 1);
    };
    var lua_insert = function(L, idx) {
      lua_rotate(L, idx, 1);
    };
    var lua_replace = function(L, idx) {
      lua_copy(L, -1, idx);
      lua_pop(L, 1);
    };
    var lua_pushnil = function(L) {
      L.stack[L.top] = new TValue(LUA_TNIL, null);
      api_incr_top(L);
    };
    var lua_pushnumber = function(L, n2) {
      fengari_argcheck(typeof n2 === "number");
      L.stack[L.top] = new TValue(LUA_TNUMFLT, n2);
      api_incr_top(L);
    };
    var lua_pushinteger = function(L, n2) {
      fengari_argcheckinteger(n2);
      L.stack[L.top] = new TValue(LUA_TNUMINT, n2);
      api_incr_top(L);
    };
    var lua_pushlstring = function(L, s, len) {
      fengari_argcheckinteger(len);
      let ts;
      if (len === 0) {
        s = to_luastring10("", true);
        ts = luaS_bless(L, s);
      } else {
        s = from_userstring(s);
        api_check(L, s.length >= len, "invalid length to lua_pushlstring");
        ts = luaS_new(L, s.subarray(0, len));
      }
      lobject.pushsvalue2s(L, ts);
      api_check(L, L.top <= L.ci.top, "stack overflow");
      return ts.value;
    };
    var lua_pushstring = function(L, s) {
      if (s === void 0 || s === null) {
        L.stack[L.top] = new TValue(LUA_TNIL, null);
        L.top++;
      } else {
        let ts = luaS_new(L, from_userstring(s));
        lobject.pushsvalue2s(L, ts);
        s = ts.getstr();
      }
      api_check(L, L.top <= L.ci.top, "stack overflow");
      return s;
    };
    var lua_pushvfstring = function(L, fmt, argp) {
      fmt = from_userstring(fmt);
      return lobject.luaO_pushvfstring(L, fmt, argp);
    };
    var lua_pushfstring = function(L, fmt, ...argp) {
      fmt = from_userstring(fmt);
      return lobject.luaO_pushvfstring(L, fmt, argp);
    };
    var lua_pushliteral = function(L, s) {
      if (s === void 0 || s === null) {
        L.stack[L.top] = new TValue(LUA_TNIL, null);
        L.top++;
      } else {
        fengari_argcheck(typeof s === "string");
        let ts = luaS_newliteral(L, s);
        lobject.pushsvalue2s(L, ts);
        s = ts.getstr();
      }
      api_check(L, L.top <= L.ci.top, "stack overflow");
      return s;
    };
    var lua_pushcclosure = function(L, fn, n2) {
      fengari_argcheck(typeof fn === "function");
      fengari_argcheckinteger(n2);
      if (n2 === 0)
        L.stack[L.top] = new TValue(LUA_TLCF, fn);
      else {
        api_checknelems(L, n2);
        api_check(L, n2 <= lfunc.MAXUPVAL, "upvalue index too large");
        let cl = new CClosure(L, fn, n2);
        for (let i2 = 0; i2 < n2; i2++)
          cl.upvalue[i2].setfrom(L.stack[L.top - n2 + i2]);
        for (let i2 = 1; i2 < n2; i2++)
          delete L.stack[--L.top];
        if (n2 > 0)
          --L.top;
        L.stack[L.top].setclCvalue(cl);
      }
      api_incr_top(L);
    };
    var lua_pushjsclosure = lua_pushcclosure;
    var lua_pushcfunction = function(L, fn) {
      lua_pushcclosure(L, fn, 0);
    };
    var lua_pushjsfunction = lua_pushcfunction;
    var lua_pushboolean = function(L, b) {
      L.stack[L.top] = new TValue(LUA_TBOOLEAN, !!b);
      api_incr_top(L);
    };
    var lua_pushlightuserdata = function(L, p) {
      L.stack[L.top] = new TValue(LUA_TLIGHTUSERDATA, p);
      api_incr_top(L);
    };
    var lua_pushthread = function(L) {
      L.stack[L.top] = new TValue(LUA_TTHREAD, L);
      api_incr_top(L);
      return L.l_G.mainthread === L;
    };
    var lua_pushglobaltable = function(L) {
      lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
    };
    var auxsetstr = function(L, t, k) {
      let str = luaS_new(L, from_userstring(k));
      api_checknelems(L, 1);
      lobject.pushsvalue2s(L, str);
      api_check(L, L.top <= L.ci.top, "stack overflow");
      lvm.settable(L, t, L.stack[L.top - 1], L.stack[L.top - 2]);
      delete L.stack[--L.top];
      delete L.stack[--L.top];
    };
    var lua_setglobal = function(L, name) {
      auxsetstr(L, ltable.luaH_getint(L.l_G.l_registry.value, LUA_RIDX_GLOBALS), name);
    };
    var lua_setmetatable = function(L, objindex) {
      api_checknelems(L, 1);
      let mt;
      let obj = index2addr(L, objindex);
      if (L.stack[L.top - 1].ttisnil())
        mt = null;
      else {
        api_check(L, L.stack[L.top - 1].ttistable(), "table expected");
        mt = L.stack[L.top - 1].value;
      }
      switch (obj.ttnov()) {
        case LUA_TUSERDATA:
        case LUA_TTABLE: {
          obj.value.metatable = mt;
          break;
        }
        default: {
          L.l_G.mt[obj.ttnov()] = mt;
          break;
        }
      }
      delete L.stack[--L.top];
      return true;
    };
    var lua_settable = function(L, idx) {
      api_checknelems(L, 2);
      let t = index2addr(L, idx);
      lvm.settable(L, t, L.stack[L.top - 2], L.stack[L.top - 1]);
      delete L.stack[--L.top];
      delete L.stack[--L.top];
    };
    var lua_setfield = function(L, idx, k) {
      auxsetstr(L, index2addr(L, idx), k);
    };
    var lua_seti = function(L, idx, n2) {
      fengari_argcheckinteger(n2);
      api_checknelems(L, 1);
      let t = index2addr(L, idx);
      L.stack[L.top] = new TValue(LUA_TNUMINT, n2);
      api_incr_top(L);
      lvm.settable(L, t, L.stack[L.top - 1], L.stack[L.top - 2]);
      delete L.stack[--L.top];
      delete L.stack[--L.top];
    };
    var lua_rawset = function(L, idx) {
      api_checknelems(L, 2);
      let o2 = index2addr(L, idx);
      api_check(L, o2.ttistable(), "table expected");
      let k = L.stack[L.top - 2];
      let v = L.stack[L.top - 1];
      ltable.luaH_setfrom(L, o2.value, k, v);
      ltable.invalidateTMcache(o2.value);
      delete L.stack[--L.top];
      delete L.stack[--L.top];
    };
    var lua_rawseti = function(L, idx, n2) {
      fengari_argcheckinteger(n2);
      api_checknelems(L, 1);
      let o2 = index2addr(L, idx);
      api_check(L, o2.ttistable(), "table expected");
      ltable.luaH_setint(o2.value, n2, L.stack[L.top - 1]);
      delete L.stack[--L.top];
    };
    var lua_rawsetp = function(L, idx, p) {
      api_checknelems(L, 1);
      let o2 = index2addr(L, idx);
      api_check(L, o2.ttistable(), "table expected");
      let k = new TValue(LUA_TLIGHTUSERDATA, p);
      let v = L.stack[L.top - 1];
      ltable.luaH_setfrom(L, o2.value, k, v);
      delete L.stack[--L.top];
    };
    var auxgetstr = function(L, t, k) {
      let str = luaS_new(L, from_userstring(k));
      lobject.pushsvalue2s(L, str);
      api_check(L, L.top <= L.ci.top, "stack overflow");
      lvm.luaV_gettable(L, t, L.stack[L.top - 1], L.top - 1);
      return L.stack[L.top - 1].ttnov();
    };
    var lua_rawgeti = function(L, idx, n2) {
      let t = index2addr(L, idx);
      fengari_argcheckinteger(n2);
      api_check(L, t.ttistable(), "table expected");
      lobject.pushobj2s(L, ltable.luaH_getint(t.value, n2));
      api_check(L, L.top <= L.ci.top, "stack overflow");
      return L.stack[L.top - 1].ttnov();
    };
    var lua_rawgetp = function(L, idx, p) {
      let t = index2addr(L, idx);
      api_check(L, t.ttistable(), "table expected");
      let k = new TValue(LUA_TLIGHTUSERDATA, p);
      lobject.pushobj2s(L, ltable.luaH_get(L, t.value, k));
      api_check(L, L.top <= L.ci.top, "stack overflow");
      return L.stack[L.top - 1].ttnov();
    };
    var lua_rawget = function(L, idx) {
      let t = index2addr(L, idx);
      api_check(L, t.ttistable(t), "table expected");
      lobject.setobj2s(L, L.top - 1, ltable.luaH_get(L, t.value, L.stack[L.top - 1]));
      return L.stack[L.top - 1].ttnov();
    };
    var lua_createtable = function(L, narray, nrec) {
      let t = new lobject.TValue(LUA_TTABLE, ltable.luaH_new(L));
      L.stack[L.top] = t;
      api_incr_top(L);
    };
    var luaS_newudata = function(L, size) {
      return new lobject.Udata(L, size);
    };
    var lua_newuserdata = function(L, size) {
      let u2 = luaS_newudata(L, size);
      L.stack[L.top] = new lobject.TValue(LUA_TUSERDATA, u2);
      api_incr_top(L);
      return u2.data;
    };
    var aux_upvalue = function(L, fi, n2) {
      fengari_argcheckinteger(n2);
      switch (fi.ttype()) {
        case LUA_TCCL: {
          let f = fi.value;
          if (!(1 <= n2 && n2 <= f.nupvalues)) return null;
          return {
            name: to_luastring10("", true),
            val: f.upvalue[n2 - 1]
          };
        }
        case LUA_TLCL: {
          let f = fi.value;
          let p = f.p;
          if (!(1 <= n2 && n2 <= p.upvalues.length)) return null;
          let name = p.upvalues[n2 - 1].name;
          return {
            name: name ? name.getstr() : to_luastring10("(*no name)", true),
            val: f.upvals[n2 - 1]
          };
        }
        default:
          return null;
      }
    };
    var lua_getupvalue = function(L, funcindex, n2) {
      let up = aux_upvalue(L, index2addr(L, funcindex), n2);
      if (up) {
        let name = up.name;
        let val = up.val;
        lobject.pushobj2s(L, val);
        api_check(L, L.top <= L.ci.top, "stack overflow");
        return name;
      }
      return null;
    };
    var lua_setupvalue = function(L, funcindex, n2) {
      let fi = index2addr(L, funcindex);
      api_checknelems(L, 1);
      let aux = aux_upvalue(L, fi, n2);
      if (aux) {
        let name = aux.name;
        let val = aux.val;
        val.setfrom(L.stack[L.top - 1]);
        delete L.stack[--L.top];
        return name;
      }
      return null;
    };
    var lua_newtable = function(L) {
      lua_createtable(L, 0, 0);
    };
    var lua_register = function(L, n2, f) {
      lua_pushcfunction(L, f);
      lua_setglobal(L, n2);
    };
    var lua_getmetatable = function(L, objindex) {
      let obj = index2addr(L, objindex);
      let mt;
      let res = false;
      switch (obj.ttnov()) {
        case LUA_TTABLE:
        case LUA_TUSERDATA:
          mt = obj.value.metatable;
          break;
        default:
          mt = L.l_G.mt[obj.ttnov()];
          break;
      }
      if (mt !== null && mt !== void 0) {
        L.stack[L.top] = new TValue(LUA_TTABLE, mt);
        api_incr_top(L);
        res = true;
      }
      return res;
    };
    var lua_getuservalue = function(L, idx) {
      let o2 = index2addr(L, idx);
      api_check(L, o2.ttisfulluserdata(), "full userdata expected");
      let uv = o2.value.uservalue;
      L.stack[L.top] = new TValue(uv.type, uv.value);
      api_incr_top(L);
      return L.stack[L.top - 1].ttnov();
    };
    var lua_gettable = function(L, idx) {
      let t = index2addr(L, idx);
      lvm.luaV_gettable(L, t, L.stack[L.top - 1], L.top - 1);
      return L.stack[L.top - 1].ttnov();
    };
    var lua_getfield = function(L, idx, k) {
      return auxgetstr(L, index2addr(L, idx), k);
    };
    var lua_geti = function(L, idx, n2) {
      let t = index2addr(L, idx);
      fengari_argcheckinteger(n2);
      L.stack[L.top] = new TValue(LUA_TNUMINT, n2);
      api_incr_top(L);
      lvm.luaV_gettable(L, t, L.stack[L.top - 1], L.top - 1);
      return L.stack[L.top - 1].ttnov();
    };
    var lua_getglobal = function(L, name) {
      return auxgetstr(L, ltable.luaH_getint(L.l_G.l_registry.value, LUA_RIDX_GLOBALS), name);
    };
    var lua_toboolean = function(L, idx) {
      let o2 = index2addr(L, idx);
      return !o2.l_isfalse();
    };
    var lua_tolstring = function(L, idx) {
      let o2 = index2addr(L, idx);
      if (!o2.ttisstring()) {
        if (!lvm.cvt2str(o2)) {
          return null;
        }
        lobject.luaO_tostring(L, o2);
      }
      return o2.svalue();
    };
    var lua_tostring = lua_tolstring;
    var lua_tojsstring = function(L, idx) {
      let o2 = index2addr(L, idx);
      if (!o2.ttisstring()) {
        if (!lvm.cvt2str(o2)) {
          return null;
        }
        lobject.luaO_tostring(L, o2);
      }
      return o2.jsstring();
    };
    var lua_todataview = function(L, idx) {
      let u8 = lua_tolstring(L, idx);
      return new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
    };
    var lua_rawlen = function(L, idx) {
      let o2 = index2addr(L, idx);
      switch (o2.ttype()) {
        case LUA_TSHRSTR:
        case LUA_TLNGSTR:
          return o2.vslen();
        case LUA_TUSERDATA:
          return o2.value.len;
        case LUA_TTABLE:
          return ltable.luaH_getn(o2.value);
        default:
          return 0;
      }
    };
    var lua_tocfunction = function(L, idx) {
      let o2 = index2addr(L, idx);
      if (o2.ttislcf() || o2.ttisCclosure()) return o2.value;
      else return null;
    };
    var lua_tointeger = function(L, idx) {
      let n2 = lua_tointegerx(L, idx);
      return n2 === false ? 0 : n2;
    };
    var lua_tointegerx = function(L, idx) {
      return lvm.tointeger(index2addr(L, idx));
    };
    var lua_tonumber = function(L, idx) {
      let n2 = lua_tonumberx(L, idx);
      return n2 === false ? 0 : n2;
    };
    var lua_tonumberx = function(L, idx) {
      return lvm.tonumber(index2addr(L, idx));
    };
    var lua_touserdata = function(L, idx) {
      let o2 = index2addr(L, idx);
      switch (o2.ttnov()) {
        case LUA_TUSERDATA:
          return o2.value.data;
        case LUA_TLIGHTUSERDATA:
          return o2.value;
        default:
          return null;
      }
    };
    var lua_tothread = function(L, idx) {
      let o2 = index2addr(L, idx);
      return o2.ttisthread() ? o2.value : null;
    };
    var lua_topointer = function(L, idx) {
      let o2 = index2addr(L, idx);
      switch (o2.ttype()) {
        case LUA_TTABLE:
        case LUA_TLCL:
        case LUA_TCCL:
        case LUA_TLCF:
        case LUA_TTHREAD:
        case LUA_TUSERDATA:
        /* note: this differs in behaviour to reference lua implementation */
        case LUA_TLIGHTUSERDATA:
          return o2.value;
        default:
          return null;
      }
    };
    var seen = /* @__PURE__ */ new WeakMap();
    var lua_isproxy = function(p, L) {
      let G = seen.get(p);
      if (!G)
        return false;
      return L === null || L.l_G === G;
    };
    var create_proxy = function(G, type, value) {
      let proxy = function(L) {
        api_check(L, L instanceof lstate.lua_State && G === L.l_G, "must be from same global state");
        L.stack[L.top] = new TValue(type, value);
        api_incr_top(L);
      };
      seen.set(proxy, G);
      return proxy;
    };
    var lua_toproxy = function(L, idx) {
      let tv = index2addr(L, idx);
      return create_proxy(L.l_G, tv.type, tv.value);
    };
    var lua_compare = function(L, index1, index2, op) {
      let o1 = index2addr(L, index1);
      let o2 = index2addr(L, index2);
      let i2 = 0;
      if (isvalid(o1) && isvalid(o2)) {
        switch (op) {
          case LUA_OPEQ:
            i2 = lvm.luaV_equalobj(L, o1, o2);
            break;
          case LUA_OPLT:
            i2 = lvm.luaV_lessthan(L, o1, o2);
            break;
          case LUA_OPLE:
            i2 = lvm.luaV_lessequal(L, o1, o2);
            break;
          default:
            api_check(L, false, "invalid option");
        }
      }
      return i2;
    };
    var lua_stringtonumber = function(L, s) {
      let tv = new TValue();
      let sz = lobject.luaO_str2num(s, tv);
      if (sz !== 0) {
        L.stack[L.top] = tv;
        api_incr_top(L);
      }
      return sz;
    };
    var f_call = function(L, ud) {
      ldo.luaD_callnoyield(L, ud.funcOff, ud.nresults);
    };
    var lua_type = function(L, idx) {
      let o2 = index2addr(L, idx);
      return isvalid(o2) ? o2.ttnov() : LUA_TNONE;
    };
    var lua_typename = function(L, t) {
      api_check(L, LUA_TNONE <= t && t < LUA_NUMTAGS, "invalid tag");
      return ltm.ttypename(t);
    };
    var lua_iscfunction = function(L, idx) {
      let o2 = index2addr(L, idx);
      return o2.ttislcf(o2) || o2.ttisCclosure();
    };
    var lua_isnil = function(L, n2) {
      return lua_type(L, n2) === LUA_TNIL;
    };
    var lua_isboolean = function(L, n2) {
      return lua_type(L, n2) === LUA_TBOOLEAN;
    };
    var lua_isnone = function(L, n2) {
      return lua_type(L, n2) === LUA_TNONE;
    };
    var lua_isnoneornil = function(L, n2) {
      return lua_type(L, n2) <= 0;
    };
    var lua_istable = function(L, idx) {
      return index2addr(L, idx).ttistable();
    };
    var lua_isinteger = function(L, idx) {
      return index2addr(L, idx).ttisinteger();
    };
    var lua_isnumber = function(L, idx) {
      return lvm.tonumber(index2addr(L, idx)) !== false;
    };
    var lua_isstring = function(L, idx) {
      let o2 = index2addr(L, idx);
      return o2.ttisstring() || lvm.cvt2str(o2);
    };
    var lua_isuserdata = function(L, idx) {
      let o2 = index2addr(L, idx);
      return o2.ttisfulluserdata(o2) || o2.ttislightuserdata();
    };
    var lua_isthread = function(L, idx) {
      return lua_type(L, idx) === LUA_TTHREAD;
    };
    var lua_isfunction = function(L, idx) {
      return lua_type(L, idx) === LUA_TFUNCTION;
    };
    var lua_islightuserdata = function(L, idx) {
      return lua_type(L, idx) === LUA_TLIGHTUSERDATA;
    };
    var lua_rawequal = function(L, index1, index2) {
      let o1 = index2addr(L, index1);
      let o2 = index2addr(L, index2);
      return isvalid(o1) && isvalid(o2) ? lvm.luaV_equalobj(null, o1, o2) : 0;
    };
    var lua_arith = function(L, op) {
      if (op !== LUA_OPUNM && op !== LUA_OPBNOT)
        api_checknelems(L, 2);
      else {
        api_checknelems(L, 1);
        lobject.pushobj2s(L, L.stack[L.top - 1]);
        api_check(L, L.top <= L.ci.top, "stack overflow");
      }
      lobject.luaO_arith(L, op, L.stack[L.top - 2], L.stack[L.top - 1], L.stack[L.top - 2]);
      delete L.stack[--L.top];
    };
    var default_chunkname = to_luastring10("?");
    var lua_load = function(L, reader, data, chunkname, mode) {
      if (!chunkname) chunkname = default_chunkname;
      else chunkname = from_userstring(chunkname);
      if (mode !== null) mode = from_userstring(mode);
      let z = new ZIO(L, reader, data);
      let status = ldo.luaD_protectedparser(L, z, chunkname, mode);
      if (status === LUA_OK) {
        let f = L.stack[L.top - 1].value;
        if (f.nupvalues >= 1) {
          let gt = ltable.luaH_getint(L.l_G.l_registry.value, LUA_RIDX_GLOBALS);
          f.upvals[0].setfrom(gt);
        }
      }
      return status;
    };
    var lua_dump = function(L, writer, data, strip) {
      api_checknelems(L, 1);
      let o2 = L.stack[L.top - 1];
      if (o2.ttisLclosure())
        return luaU_dump(L, o2.value.p, writer, data, strip);
      return 1;
    };
    var lua_status = function(L) {
      return L.status;
    };
    var lua_setuservalue = function(L, idx) {
      api_checknelems(L, 1);
      let o2 = index2addr(L, idx);
      api_check(L, o2.ttisfulluserdata(), "full userdata expected");
      o2.value.uservalue.setfrom(L.stack[L.top - 1]);
      delete L.stack[--L.top];
    };
    var checkresults = function(L, na, nr) {
      api_check(
        L,
        nr === LUA_MULTRET || L.ci.top - L.top >= nr - na,
        "results from function overflow current stack size"
      );
    };
    var lua_callk = function(L, nargs, nresults, ctx, k) {
      api_check(L, k === null || !(L.ci.callstatus & lstate.CIST_LUA), "cannot use continuations inside hooks");
      api_checknelems(L, nargs + 1);
      api_check(L, L.status === LUA_OK, "cannot do calls on non-normal thread");
      checkresults(L, nargs, nresults);
      let func = L.top - (nargs + 1);
      if (k !== null && L.nny === 0) {
        L.ci.c_k = k;
        L.ci.c_ctx = ctx;
        ldo.luaD_call(L, func, nresults);
      } else {
        ldo.luaD_callnoyield(L, func, nresults);
      }
      if (nresults === LUA_MULTRET && L.ci.top < L.top)
        L.ci.top = L.top;
    };
    var lua_call = function(L, n2, r) {
      lua_callk(L, n2, r, 0, null);
    };
    var lua_pcallk = function(L, nargs, nresults, errfunc, ctx, k) {
      api_check(L, k === null || !(L.ci.callstatus & lstate.CIST_LUA), "cannot use continuations inside hooks");
      api_checknelems(L, nargs + 1);
      api_check(L, L.status === LUA_OK, "cannot do calls on non-normal thread");
      checkresults(L, nargs, nresults);
      let status;
      let func;
      if (errfunc === 0)
        func = 0;
      else {
        func = index2addr_(L, errfunc);
      }
      let funcOff = L.top - (nargs + 1);
      if (k === null || L.nny > 0) {
        let c3 = {
          funcOff,
          nresults
          /* do a 'conventional' protected call */
        };
        status = ldo.luaD_pcall(L, f_call, c3, funcOff, func);
      } else {
        let ci = L.ci;
        ci.c_k = k;
        ci.c_ctx = ctx;
        ci.extra = funcOff;
        ci.c_old_errfunc = L.errfunc;
        L.errfunc = func;
        ci.callstatus &= ~lstate.CIST_OAH | L.allowhook;
        ci.callstatus |= lstate.CIST_YPCALL;
        ldo.luaD_call(L, funcOff, nresults);
        ci.callstatus &= ~lstate.CIST_YPCALL;
        L.errfunc = ci.c_old_errfunc;
        status = LUA_OK;
      }
      if (nresults === LUA_MULTRET && L.ci.top < L.top)
        L.ci.top = L.top;
      return status;
    };
    var lua_pcall = function(L, n2, r, f) {
      return lua_pcallk(L, n2, r, f, 0, null);
    };
    var lua_error = function(L) {
      api_checknelems(L, 1);
      ldebug.luaG_errormsg(L);
    };
    var lua_next = function(L, idx) {
      let t = index2addr(L, idx);
      api_check(L, t.ttistable(), "table expected");
      L.stack[L.top] = new TValue();
      let more = ltable.luaH_next(L, t.value, L.top - 1);
      if (more) {
        api_incr_top(L);
        return 1;
      } else {
        delete L.stack[L.top];
        delete L.stack[--L.top];
        return 0;
      }
    };
    var lua_concat = function(L, n2) {
      api_checknelems(L, n2);
      if (n2 >= 2)
        lvm.luaV_concat(L, n2);
      else if (n2 === 0) {
        lobject.pushsvalue2s(L, luaS_bless(L, to_luastring10("", true)));
        api_check(L, L.top <= L.ci.top, "stack overflow");
      }
    };
    var lua_len = function(L, idx) {
      let t = index2addr(L, idx);
      let tv = new TValue();
      lvm.luaV_objlen(L, tv, t);
      L.stack[L.top] = tv;
      api_incr_top(L);
    };
    var getupvalref = function(L, fidx, n2) {
      let fi = index2addr(L, fidx);
      api_check(L, fi.ttisLclosure(), "Lua function expected");
      let f = fi.value;
      fengari_argcheckinteger(n2);
      api_check(L, 1 <= n2 && n2 <= f.p.upvalues.length, "invalid upvalue index");
      return {
        f,
        i: n2 - 1
      };
    };
    var lua_upvalueid = function(L, fidx, n2) {
      let fi = index2addr(L, fidx);
      switch (fi.ttype()) {
        case LUA_TLCL: {
          let ref = getupvalref(L, fidx, n2);
          return ref.f.upvals[ref.i];
        }
        case LUA_TCCL: {
          let f = fi.value;
          api_check(L, (n2 | 0) === n2 && n2 > 0 && n2 <= f.nupvalues, "invalid upvalue index");
          return f.upvalue[n2 - 1];
        }
        default: {
          api_check(L, false, "closure expected");
          return null;
        }
      }
    };
    var lua_upvaluejoin = function(L, fidx1, n1, fidx2, n2) {
      let ref1 = getupvalref(L, fidx1, n1);
      let ref2 = getupvalref(L, fidx2, n2);
      let up2 = ref2.f.upvals[ref2.i];
      ref1.f.upvals[ref1.i] = up2;
    };
    var lua_gc = function() {
    };
    var lua_getallocf = function() {
      console.warn("lua_getallocf is not available");
      return 0;
    };
    var lua_setallocf = function() {
      console.warn("lua_setallocf is not available");
      return 0;
    };
    var lua_getextraspace = function() {
      console.warn("lua_getextraspace is not available");
      return 0;
    };
    module.exports.api_incr_top = api_incr_top;
    module.exports.api_checknelems = api_checknelems;
    module.exports.lua_absindex = lua_absindex;
    module.exports.lua_arith = lua_arith;
    module.exports.lua_atpanic = lua_atpanic;
    module.exports.lua_atnativeerror = lua_atnativeerror;
    module.exports.lua_call = lua_call;
    module.exports.lua_callk = lua_callk;
    module.exports.lua_checkstack = lua_checkstack;
    module.exports.lua_compare = lua_compare;
    module.exports.lua_concat = lua_concat;
    module.exports.lua_copy = lua_copy;
    module.exports.lua_createtable = lua_createtable;
    module.exports.lua_dump = lua_dump;
    module.exports.lua_error = lua_error;
    module.exports.lua_gc = lua_gc;
    module.exports.lua_getallocf = lua_getallocf;
    module.exports.lua_getextraspace = lua_getextraspace;
    module.exports.lua_getfield = lua_getfield;
    module.exports.lua_getglobal = lua_getglobal;
    module.exports.lua_geti = lua_geti;
    module.exports.lua_getmetatable = lua_getmetatable;
    module.exports.lua_gettable = lua_gettable;
    module.exports.lua_gettop = lua_gettop;
    module.exports.lua_getupvalue = lua_getupvalue;
    module.exports.lua_getuservalue = lua_getuservalue;
    module.exports.lua_insert = lua_insert;
    module.exports.lua_isboolean = lua_isboolean;
    module.exports.lua_iscfunction = lua_iscfunction;
    module.exports.lua_isfunction = lua_isfunction;
    module.exports.lua_isinteger = lua_isinteger;
    module.exports.lua_islightuserdata = lua_islightuserdata;
    module.exports.lua_isnil = lua_isnil;
    module.exports.lua_isnone = lua_isnone;
    module.exports.lua_isnoneornil = lua_isnoneornil;
    module.exports.lua_isnumber = lua_isnumber;
    module.exports.lua_isproxy = lua_isproxy;
    module.exports.lua_isstring = lua_isstring;
    module.exports.lua_istable = lua_istable;
    module.exports.lua_isthread = lua_isthread;
    module.exports.lua_isuserdata = lua_isuserdata;
    module.exports.lua_len = lua_len;
    module.exports.lua_load = lua_load;
    module.exports.lua_newtable = lua_newtable;
    module.exports.lua_newuserdata = lua_newuserdata;
    module.exports.lua_next = lua_next;
    module.exports.lua_pcall = lua_pcall;
    module.exports.lua_pcallk = lua_pcallk;
    module.exports.lua_pop = lua_pop;
    module.exports.lua_pushboolean = lua_pushboolean;
    module.exports.lua_pushcclosure = lua_pushcclosure;
    module.exports.lua_pushcfunction = lua_pushcfunction;
    module.exports.lua_pushfstring = lua_pushfstring;
    module.exports.lua_pushglobaltable = lua_pushglobaltable;
    module.exports.lua_pushinteger = lua_pushinteger;
    module.exports.lua_pushjsclosure = lua_pushjsclosure;
    module.exports.lua_pushjsfunction = lua_pushjsfunction;
    module.exports.lua_pushlightuserdata = lua_pushlightuserdata;
    module.exports.lua_pushliteral = lua_pushliteral;
    module.exports.lua_pushlstring = lua_pushlstring;
    module.exports.lua_pushnil = lua_pushnil;
    module.exports.lua_pushnumber = lua_pushnumber;
    module.exports.lua_pushstring = lua_pushstring;
    module.exports.lua_pushthread = lua_pushthread;
    module.exports.lua_pushvalue = lua_pushvalue;
    module.exports.lua_pushvfstring = lua_pushvfstring;
    module.exports.lua_rawequal = lua_rawequal;
    module.exports.lua_rawget = lua_rawget;
    module.exports.lua_rawgeti = lua_rawgeti;
    module.exports.lua_rawgetp = lua_rawgetp;
    module.exports.lua_rawlen = lua_rawlen;
    module.exports.lua_rawset = lua_rawset;
    module.exports.lua_rawseti = lua_rawseti;
    module.exports.lua_rawsetp = lua_rawsetp;
    module.exports.lua_register = lua_register;
    module.exports.lua_remove = lua_remove;
    module.exports.lua_replace = lua_replace;
    module.exports.lua_rotate = lua_rotate;
    module.exports.lua_setallocf = lua_setallocf;
    module.exports.lua_setfield = lua_setfield;
    module.exports.lua_setglobal = lua_setglobal;
    module.exports.lua_seti = lua_seti;
    module.exports.lua_setmetatable = lua_setmetatable;
    module.exports.lua_settable = lua_settable;
    module.exports.lua_settop = lua_settop;
    module.exports.lua_setupvalue = lua_setupvalue;
    module.exports.lua_setuservalue = lua_setuservalue;
    module.exports.lua_status = lua_status;
    module.exports.lua_stringtonumber = lua_stringtonumber;
    module.exports.lua_toboolean = lua_toboolean;
    module.exports.lua_tocfunction = lua_tocfunction;
    module.exports.lua_todataview = lua_todataview;
    module.exports.lua_tointeger = lua_tointeger;
    module.exports.lua_tointegerx = lua_tointegerx;
    module.exports.lua_tojsstring = lua_tojsstring;
    module.exports.lua_tolstring = lua_tolstring;
    module.exports.lua_tonumber = lua_tonumber;
    module.exports.lua_tonumberx = lua_tonumberx;
    module.exports.lua_topointer = lua_topointer;
    module.exports.lua_toproxy = lua_toproxy;
    module.exports.lua_tostring = lua_tostring;
    module.exports.lua_tothread = lua_tothread;
    module.exports.lua_touserdata = lua_touserdata;
    module.exports.lua_type = lua_type;
    module.exports.lua_typename = lua_typename;
    module.exports.lua_upvalueid = lua_upvalueid;
    module.exports.lua_upvaluejoin = lua_upvaluejoin;
    module.exports.lua_version = lua_version;
    module.exports.lua_xmove = lua_xmove;
  }
});

// node_modules/fengari/src/lua.js
var require_lua = __commonJS({
  "node_modules/fengari/src/lua.js"(exports, module) {
    "use strict";
    var defs = require_defs();
    var lapi = require_lapi();
    var ldebug = require_ldebug();
    var ldo = require_ldo();
    var lstate = require_lstate();
    module.exports.LUA_AUTHORS = defs.LUA_AUTHORS;
    module.exports.LUA_COPYRIGHT = defs.LUA_COPYRIGHT;
    module.exports.LUA_ERRERR = defs.thread_status.LUA_ERRERR;
    module.exports.LUA_ERRGCMM = defs.thread_status.LUA_ERRGCMM;
    module.exports.LUA_ERRMEM = defs.thread_status.LUA_ERRMEM;
    module.exports.LUA_ERRRUN = defs.thread_status.LUA_ERRRUN;
    module.exports.LUA_ERRSYNTAX = defs.thread_status.LUA_ERRSYNTAX;
    module.exports.LUA_HOOKCALL = defs.LUA_HOOKCALL;
    module.exports.LUA_HOOKCOUNT = defs.LUA_HOOKCOUNT;
    module.exports.LUA_HOOKLINE = defs.LUA_HOOKLINE;
    module.exports.LUA_HOOKRET = defs.LUA_HOOKRET;
    module.exports.LUA_HOOKTAILCALL = defs.LUA_HOOKTAILCALL;
    module.exports.LUA_MASKCALL = defs.LUA_MASKCALL;
    module.exports.LUA_MASKCOUNT = defs.LUA_MASKCOUNT;
    module.exports.LUA_MASKLINE = defs.LUA_MASKLINE;
    module.exports.LUA_MASKRET = defs.LUA_MASKRET;
    module.exports.LUA_MINSTACK = defs.LUA_MINSTACK;
    module.exports.LUA_MULTRET = defs.LUA_MULTRET;
    module.exports.LUA_NUMTAGS = defs.constant_types.LUA_NUMTAGS;
    module.exports.LUA_OK = defs.thread_status.LUA_OK;
    module.exports.LUA_OPADD = defs.LUA_OPADD;
    module.exports.LUA_OPBAND = defs.LUA_OPBAND;
    module.exports.LUA_OPBNOT = defs.LUA_OPBNOT;
    module.exports.LUA_OPBOR = defs.LUA_OPBOR;
    module.exports.LUA_OPBXOR = defs.LUA_OPBXOR;
    module.exports.LUA_OPDIV = defs.LUA_OPDIV;
    module.exports.LUA_OPEQ = defs.LUA_OPEQ;
    module.exports.LUA_OPIDIV = defs.LUA_OPIDIV;
    module.exports.LUA_OPLE = defs.LUA_OPLE;
    module.exports.LUA_OPLT = defs.LUA_OPLT;
    module.exports.LUA_OPMOD = defs.LUA_OPMOD;
    module.exports.LUA_OPMUL = defs.LUA_OPMUL;
    module.exports.LUA_OPPOW = defs.LUA_OPPOW;
    module.exports.LUA_OPSHL = defs.LUA_OPSHL;
    module.exports.LUA_OPSHR = defs.LUA_OPSHR;
    module.exports.LUA_OPSUB = defs.LUA_OPSUB;
    module.exports.LUA_OPUNM = defs.LUA_OPUNM;
    module.exports.LUA_REGISTRYINDEX = defs.LUA_REGISTRYINDEX;
    module.exports.LUA_RELEASE = defs.LUA_RELEASE;
    module.exports.LUA_RIDX_GLOBALS = defs.LUA_RIDX_GLOBALS;
    module.exports.LUA_RIDX_LAST = defs.LUA_RIDX_LAST;
    module.exports.LUA_RIDX_MAINTHREAD = defs.LUA_RIDX_MAINTHREAD;
    module.exports.LUA_SIGNATURE = defs.LUA_SIGNATURE;
    module.exports.LUA_TNONE = defs.constant_types.LUA_TNONE;
    module.exports.LUA_TNIL = defs.constant_types.LUA_TNIL;
    module.exports.LUA_TBOOLEAN = defs.constant_types.LUA_TBOOLEAN;
    module.exports.LUA_TLIGHTUSERDATA = defs.constant_types.LUA_TLIGHTUSERDATA;
    module.exports.LUA_TNUMBER = defs.constant_types.LUA_TNUMBER;
    module.exports.LUA_TSTRING = defs.constant_types.LUA_TSTRING;
    module.exports.LUA_TTABLE = defs.constant_types.LUA_TTABLE;
    module.exports.LUA_TFUNCTION = defs.constant_types.LUA_TFUNCTION;
    module.exports.LUA_TUSERDATA = defs.constant_types.LUA_TUSERDATA;
    module.exports.LUA_TTHREAD = defs.constant_types.LUA_TTHREAD;
    module.exports.LUA_VERSION = defs.LUA_VERSION;
    module.exports.LUA_VERSION_MAJOR = defs.LUA_VERSION_MAJOR;
    module.exports.LUA_VERSION_MINOR = defs.LUA_VERSION_MINOR;
    module.exports.LUA_VERSION_NUM = defs.LUA_VERSION_NUM;
    module.exports.LUA_VERSION_RELEASE = defs.LUA_VERSION_RELEASE;
    module.exports.LUA_YIELD = defs.thread_status.LUA_YIELD;
    module.exports.lua_Debug = defs.lua_Debug;
    module.exports.lua_upvalueindex = defs.lua_upvalueindex;
    module.exports.lua_absindex = lapi.lua_absindex;
    module.exports.lua_arith = lapi.lua_arith;
    module.exports.lua_atpanic = lapi.lua_atpanic;
    module.exports.lua_atnativeerror = lapi.lua_atnativeerror;
    module.exports.lua_call = lapi.lua_call;
    module.exports.lua_callk = lapi.lua_callk;
    module.exports.lua_checkstack = lapi.lua_checkstack;
    module.exports.lua_close = lstate.lua_close;
    module.exports.lua_compare = lapi.lua_compare;
    module.exports.lua_concat = lapi.lua_concat;
    module.exports.lua_copy = lapi.lua_copy;
    module.exports.lua_createtable = lapi.lua_createtable;
    module.exports.lua_dump = lapi.lua_dump;
    module.exports.lua_error = lapi.lua_error;
    module.exports.lua_gc = lapi.lua_gc;
    module.exports.lua_getallocf = lapi.lua_getallocf;
    module.exports.lua_getextraspace = lapi.lua_getextraspace;
    module.exports.lua_getfield = lapi.lua_getfield;
    module.exports.lua_getglobal = lapi.lua_getglobal;
    module.exports.lua_gethook = ldebug.lua_gethook;
    module.exports.lua_gethookcount = ldebug.lua_gethookcount;
    module.exports.lua_gethookmask = ldebug.lua_gethookmask;
    module.exports.lua_geti = lapi.lua_geti;
    module.exports.lua_getinfo = ldebug.lua_getinfo;
    module.exports.lua_getlocal = ldebug.lua_getlocal;
    module.exports.lua_getmetatable = lapi.lua_getmetatable;
    module.exports.lua_getstack = ldebug.lua_getstack;
    module.exports.lua_gettable = lapi.lua_gettable;
    module.exports.lua_gettop = lapi.lua_gettop;
    module.exports.lua_getupvalue = lapi.lua_getupvalue;
    module.exports.lua_getuservalue = lapi.lua_getuservalue;
    module.exports.lua_insert = lapi.lua_insert;
    module.exports.lua_isboolean = lapi.lua_isboolean;
    module.exports.lua_iscfunction = lapi.lua_iscfunction;
    module.exports.lua_isfunction = lapi.lua_isfunction;
    module.exports.lua_isinteger = lapi.lua_isinteger;
    module.exports.lua_islightuserdata = lapi.lua_islightuserdata;
    module.exports.lua_isnil = lapi.lua_isnil;
    module.exports.lua_isnone = lapi.lua_isnone;
    module.exports.lua_isnoneornil = lapi.lua_isnoneornil;
    module.exports.lua_isnumber = lapi.lua_isnumber;
    module.exports.lua_isproxy = lapi.lua_isproxy;
    module.exports.lua_isstring = lapi.lua_isstring;
    module.exports.lua_istable = lapi.lua_istable;
    module.exports.lua_isthread = lapi.lua_isthread;
    module.exports.lua_isuserdata = lapi.lua_isuserdata;
    module.exports.lua_isyieldable = ldo.lua_isyieldable;
    module.exports.lua_len = lapi.lua_len;
    module.exports.lua_load = lapi.lua_load;
    module.exports.lua_newstate = lstate.lua_newstate;
    module.exports.lua_newtable = lapi.lua_newtable;
    module.exports.lua_newthread = lstate.lua_newthread;
    module.exports.lua_newuserdata = lapi.lua_newuserdata;
    module.exports.lua_next = lapi.lua_next;
    module.exports.lua_pcall = lapi.lua_pcall;
    module.exports.lua_pcallk = lapi.lua_pcallk;
    module.exports.lua_pop = lapi.lua_pop;
    module.exports.lua_pushboolean = lapi.lua_pushboolean;
    module.exports.lua_pushcclosure = lapi.lua_pushcclosure;
    module.exports.lua_pushcfunction = lapi.lua_pushcfunction;
    module.exports.lua_pushfstring = lapi.lua_pushfstring;
    module.exports.lua_pushglobaltable = lapi.lua_pushglobaltable;
    module.exports.lua_pushinteger = lapi.lua_pushinteger;
    module.exports.lua_pushjsclosure = lapi.lua_pushjsclosure;
    module.exports.lua_pushjsfunction = lapi.lua_pushjsfunction;
    module.exports.lua_pushlightuserdata = lapi.lua_pushlightuserdata;
    module.exports.lua_pushliteral = lapi.lua_pushliteral;
    module.exports.lua_pushlstring = lapi.lua_pushlstring;
    module.exports.lua_pushnil = lapi.lua_pushnil;
    module.exports.lua_pushnumber = lapi.lua_pushnumber;
    module.exports.lua_pushstring = lapi.lua_pushstring;
    module.exports.lua_pushthread = lapi.lua_pushthread;
    module.exports.lua_pushvalue = lapi.lua_pushvalue;
    module.exports.lua_pushvfstring = lapi.lua_pushvfstring;
    module.exports.lua_rawequal = lapi.lua_rawequal;
    module.exports.lua_rawget = lapi.lua_rawget;
    module.exports.lua_rawgeti = lapi.lua_rawgeti;
    module.exports.lua_rawgetp = lapi.lua_rawgetp;
    module.exports.lua_rawlen = lapi.lua_rawlen;
    module.exports.lua_rawset = lapi.lua_rawset;
    module.exports.lua_rawseti = lapi.lua_rawseti;
    module.exports.lua_rawsetp = lapi.lua_rawsetp;
    module.exports.lua_register = lapi.lua_register;
    module.exports.lua_remove = lapi.lua_remove;
    module.exports.lua_replace = lapi.lua_replace;
    module.exports.lua_resume = ldo.lua_resume;
    module.exports.lua_rotate = lapi.lua_rotate;
    module.exports.lua_setallocf = lapi.lua_setallocf;
    module.exports.lua_setfield = lapi.lua_setfield;
    module.exports.lua_setglobal = lapi.lua_setglobal;
    module.exports.lua_sethook = ldebug.lua_sethook;
    module.exports.lua_seti = lapi.lua_seti;
    module.exports.lua_setlocal = ldebug.lua_setlocal;
    module.exports.lua_setmetatable = lapi.lua_setmetatable;
    module.exports.lua_settable = lapi.lua_settable;
    module.exports.lua_settop = lapi.lua_settop;
    module.exports.lua_setupvalue = lapi.lua_setupvalue;
    module.exports.lua_setuservalue = lapi.lua_setuservalue;
    module.exports.lua_status = lapi.lua_status;
    module.exports.lua_stringtonumber = lapi.lua_stringtonumber;
    module.exports.lua_toboolean = lapi.lua_toboolean;
    module.exports.lua_todataview = lapi.lua_todataview;
    module.exports.lua_tointeger = lapi.lua_tointeger;
    module.exports.lua_tointegerx = lapi.lua_tointegerx;
    module.exports.lua_tojsstring = lapi.lua_tojsstring;
    module.exports.lua_tolstring = lapi.lua_tolstring;
    module.exports.lua_tonumber = lapi.lua_tonumber;
    module.exports.lua_tonumberx = lapi.lua_tonumberx;
    module.exports.lua_topointer = lapi.lua_topointer;
    module.exports.lua_toproxy = lapi.lua_toproxy;
    module.exports.lua_tostring = lapi.lua_tostring;
    module.exports.lua_tothread = lapi.lua_tothread;
    module.exports.lua_touserdata = lapi.lua_touserdata;
    module.exports.lua_type = lapi.lua_type;
    module.exports.lua_typename = lapi.lua_typename;
    module.exports.lua_upvalueid = lapi.lua_upvalueid;
    module.exports.lua_upvaluejoin = lapi.lua_upvaluejoin;
    module.exports.lua_version = lapi.lua_version;
    module.exports.lua_xmove = lapi.lua_xmove;
    module.exports.lua_yield = ldo.lua_yield;
    module.exports.lua_yieldk = ldo.lua_yieldk;
    module.exports.lua_tocfunction = lapi.lua_tocfunction;
  }
});

// node_modules/fengari/src/lauxlib.js
var require_lauxlib = __commonJS({
  "node_modules/fengari/src/lauxlib.js"(exports, module) {
    "use strict";
    var {
      LUAL_BUFFERSIZE
    } = require_luaconf();
    var {
      LUA_ERRERR,
      LUA_MULTRET,
      LUA_REGISTRYINDEX,
      LUA_SIGNATURE,
      LUA_TBOOLEAN,
      LUA_TLIGHTUSERDATA,
      LUA_TNIL,
      LUA_TNONE,
      LUA_TNUMBER,
      LUA_TSTRING,
      LUA_TTABLE,
      LUA_VERSION_NUM,
      lua_Debug,
      lua_absindex,
      lua_atpanic,
      lua_call,
      lua_checkstack,
      lua_concat,
      lua_copy,
      lua_createtable,
      lua_error,
      lua_getfield,
      lua_getinfo,
      lua_getmetatable,
      lua_getstack,
      lua_gettop,
      lua_insert,
      lua_isinteger,
      lua_isnil,
      lua_isnumber,
      lua_isstring,
      lua_istable,
      lua_len,
      lua_load,
      lua_newstate,
      lua_newtable,
      lua_next,
      lua_pcall,
      lua_pop,
      lua_pushboolean,
      lua_pushcclosure,
      lua_pushcfunction,
      lua_pushfstring,
      lua_pushinteger,
      lua_pushliteral,
      lua_pushlstring,
      lua_pushnil,
      lua_pushstring,
      lua_pushvalue,
      lua_pushvfstring,
      lua_rawequal,
      lua_rawget,
      lua_rawgeti,
      lua_rawlen,
      lua_rawseti,
      lua_remove,
      lua_setfield,
      lua_setglobal,
      lua_setmetatable,
      lua_settop,
      lua_toboolean,
      lua_tointeger,
      lua_tointegerx,
      lua_tojsstring,
      lua_tolstring,
      lua_tonumber,
      lua_tonumberx,
      lua_topointer,
      lua_tostring,
      lua_touserdata,
      lua_type,
      lua_typename,
      lua_version
    } = require_lua();
    var {
      from_userstring,
      luastring_eq,
      to_luastring: to_luastring10,
      to_uristring
    } = require_fengaricore();
    var LUA_ERRFILE = LUA_ERRERR + 1;
    var LUA_LOADED_TABLE = to_luastring10("_LOADED");
    var LUA_PRELOAD_TABLE = to_luastring10("_PRELOAD");
    var LUA_FILEHANDLE = to_luastring10("FILE*");
    var LUAL_NUMSIZES = 4 * 16 + 8;
    var __name = to_luastring10("__name");
    var __tostring = to_luastring10("__tostring");
    var empty = new Uint8Array(0);
    var luaL_Buffer = class {
      constructor() {
        this.L = null;
        this.b = empty;
        this.n = 0;
      }
    };
    var LEVELS1 = 10;
    var LEVELS2 = 11;
    var findfield = function(L, objidx, level) {
      if (level === 0 || !lua_istable(L, -1))
        return 0;
      lua_pushnil(L);
      while (lua_next(L, -2)) {
        if (lua_type(L, -2) === LUA_TSTRING) {
          if (lua_rawequal(L, objidx, -1)) {
            lua_pop(L, 1);
            return 1;
          } else if (findfield(L, objidx, level - 1)) {
            lua_remove(L, -2);
            lua_pushliteral(L, ".");
            lua_insert(L, -2);
            lua_concat(L, 3);
            return 1;
          }
        }
        lua_pop(L, 1);
      }
      return 0;
    };
    var pushglobalfuncname = function(L, ar) {
      let top = lua_gettop(L);
      lua_getinfo(L, to_luastring10("f"), ar);
      lua_getfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
      if (findfield(L, top + 1, 2)) {
        let name = lua_tostring(L, -1);
        if (name[0] === 95 && name[1] === 71 && name[2] === 46) {
          lua_pushstring(L, name.subarray(3));
          lua_remove(L, -2);
        }
        lua_copy(L, -1, top + 1);
        lua_pop(L, 2);
        return 1;
      } else {
        lua_settop(L, top);
        return 0;
      }
    };
    var pushfuncname = function(L, ar) {
      if (pushglobalfuncname(L, ar)) {
        lua_pushfstring(L, to_luastring10("function '%s'"), lua_tostring(L, -1));
        lua_remove(L, -2);
      } else if (ar.namewhat.length !== 0)
        lua_pushfstring(L, to_luastring10("%s '%s'"), ar.namewhat, ar.name);
      else if (ar.what && ar.what[0] === 109)
        lua_pushliteral(L, "main chunk");
      else if (ar.what && ar.what[0] === 76)
        lua_pushfstring(L, to_luastring10("function <%s:%d>"), ar.short_src, ar.linedefined);
      else
        lua_pushliteral(L, "?");
    };
    var lastlevel = function(L) {
      let ar = new lua_Debug();
      let li = 1;
      let le = 1;
      while (lua_getstack(L, le, ar)) {
        li = le;
        le *= 2;
      }
      while (li < le) {
        let m = Math.floor((li + le) / 2);
        if (lua_getstack(L, m, ar)) li = m + 1;
        else le = m;
      }
      return le - 1;
    };
    var luaL_traceback = function(L, L1, msg, level) {
      let ar = new lua_Debug();
      let top = lua_gettop(L);
      let last = lastlevel(L1);
      let n1 = last - level > LEVELS1 + LEVELS2 ? LEVELS1 : -1;
      if (msg)
        lua_pushfstring(L, to_luastring10("%s\n"), msg);
      luaL_checkstack(L, 10, null);
      lua_pushliteral(L, "stack traceback:");
      while (lua_getstack(L1, level++, ar)) {
        if (n1-- === 0) {
          lua_pushliteral(L, "\n	...");
          level = last - LEVELS2 + 1;
        } else {
          lua_getinfo(L1, to_luastring10("Slnt", true), ar);
          lua_pushfstring(L, to_luastring10("\n	%s:"), ar.short_src);
          if (ar.currentline > 0)
            lua_pushliteral(L, `${ar.currentline}:`);
          lua_pushliteral(L, " in ");
          pushfuncname(L, ar);
          if (ar.istailcall)
            lua_pushliteral(L, "\n	(...tail calls..)");
          lua_concat(L, lua_gettop(L) - top);
        }
      }
      lua_concat(L, lua_gettop(L) - top);
    };
    var panic = function(L) {
      let msg = "PANIC: unprotected error in call to Lua API (" + lua_tojsstring(L, -1) + ")";
      throw new Error(msg);
    };
    var luaL_argerror = function(L, arg, extramsg) {
      let ar = new lua_Debug();
      if (!lua_getstack(L, 0, ar))
        return luaL_error(L, to_luastring10("bad argument #%d (%s)"), arg, extramsg);
      lua_getinfo(L, to_luastring10("n"), ar);
      if (luastring_eq(ar.namewhat, to_luastring10("method"))) {
        arg--;
        if (arg === 0)
          return luaL_error(L, to_luastring10("calling '%s' on bad self (%s)"), ar.name, extramsg);
      }
      if (ar.name === null)
        ar.name = pushglobalfuncname(L, ar) ? lua_tostring(L, -1) : to_luastring10("?");
      return luaL_error(L, to_luastring10("bad argument #%d to '%s' (%s)"), arg, ar.name, extramsg);
    };
    var typeerror = function(L, arg, tname) {
      let typearg;
      if (luaL_getmetafield(L, arg, __name) === LUA_TSTRING)
        typearg = lua_tostring(L, -1);
      else if (lua_type(L, arg) === LUA_TLIGHTUSERDATA)
        typearg = to_luastring10("light userdata", true);
      else
        typearg = luaL_typename(L, arg);
      let msg = lua_pushfstring(L, to_luastring10("%s expected, got %s"), tname, typearg);
      return luaL_argerror(L, arg, msg);
    };
    var luaL_where = function(L, level) {
      let ar = new lua_Debug();
      if (lua_getstack(L, level, ar)) {
        lua_getinfo(L, to_luastring10("Sl", true), ar);
        if (ar.currentline > 0) {
          lua_pushfstring(L, to_luastring10("%s:%d: "), ar.short_src, ar.currentline);
          return;
        }
      }
      lua_pushstring(L, to_luastring10(""));
    };
    var luaL_error = function(L, fmt, ...argp) {
      luaL_where(L, 1);
      lua_pushvfstring(L, fmt, argp);
      lua_concat(L, 2);
      return lua_error(L);
    };
    var luaL_fileresult = function(L, stat2, fname, e) {
      if (stat2) {
        lua_pushboolean(L, 1);
        return 1;
      } else {
        lua_pushnil(L);
        let message, errno;
        if (e) {
          message = e.message;
          errno = -e.errno;
        } else {
          message = "Success";
          errno = 0;
        }
        if (fname)
          lua_pushfstring(L, to_luastring10("%s: %s"), fname, to_luastring10(message));
        else
          lua_pushstring(L, to_luastring10(message));
        lua_pushinteger(L, errno);
        return 3;
      }
    };
    var luaL_execresult = function(L, e) {
      let what, stat2;
      if (e === null) {
        lua_pushboolean(L, 1);
        lua_pushliteral(L, "exit");
        lua_pushinteger(L, 0);
        return 3;
      } else if (e.status) {
        what = "exit";
        stat2 = e.status;
      } else if (e.signal) {
        what = "signal";
        stat2 = e.signal;
      } else {
        return luaL_fileresult(L, 0, null, e);
      }
      lua_pushnil(L);
      lua_pushliteral(L, what);
      lua_pushinteger(L, stat2);
      return 3;
    };
    var luaL_getmetatable = function(L, n2) {
      return lua_getfield(L, LUA_REGISTRYINDEX, n2);
    };
    var luaL_newmetatable = function(L, tname) {
      if (luaL_getmetatable(L, tname) !== LUA_TNIL)
        return 0;
      lua_pop(L, 1);
      lua_createtable(L, 0, 2);
      lua_pushstring(L, tname);
      lua_setfield(L, -2, __name);
      lua_pushvalue(L, -1);
      lua_setfield(L, LUA_REGISTRYINDEX, tname);
      return 1;
    };
    var luaL_setmetatable = function(L, tname) {
      luaL_getmetatable(L, tname);
      lua_setmetatable(L, -2);
    };
    var luaL_testudata = function(L, ud, tname) {
      let p = lua_touserdata(L, ud);
      if (p !== null) {
        if (lua_getmetatable(L, ud)) {
          luaL_getmetatable(L, tname);
          if (!lua_rawequal(L, -1, -2))
            p = null;
          lua_pop(L, 2);
          return p;
        }
      }
      return null;
    };
    var luaL_checkudata = function(L, ud, tname) {
      let p = luaL_testudata(L, ud, tname);
      if (p === null) typeerror(L, ud, tname);
      return p;
    };
    var luaL_checkoption = function(L, arg, def, lst) {
      let name = def !== null ? luaL_optstring(L, arg, def) : luaL_checkstring(L, arg);
      for (let i2 = 0; lst[i2]; i2++)
        if (luastring_eq(lst[i2], name))
          return i2;
      return luaL_argerror(L, arg, lua_pushfstring(L, to_luastring10("invalid option '%s'"), name));
    };
    var tag_error = function(L, arg, tag) {
      typeerror(L, arg, lua_typename(L, tag));
    };
    var luaL_newstate = function() {
      let L = lua_newstate();
      if (L) lua_atpanic(L, panic);
      return L;
    };
    var luaL_typename = function(L, i2) {
      return lua_typename(L, lua_type(L, i2));
    };
    var luaL_argcheck = function(L, cond, arg, extramsg) {
      if (!cond) luaL_argerror(L, arg, extramsg);
    };
    var luaL_checkany = function(L, arg) {
      if (lua_type(L, arg) === LUA_TNONE)
        luaL_argerror(L, arg, to_luastring10("value expected", true));
    };
    var luaL_checktype = function(L, arg, t) {
      if (lua_type(L, arg) !== t)
        tag_error(L, arg, t);
    };
    var luaL_checklstring = function(L, arg) {
      let s = lua_tolstring(L, arg);
      if (s === null || s === void 0) tag_error(L, arg, LUA_TSTRING);
      return s;
    };
    var luaL_checkstring = luaL_checklstring;
    var luaL_optlstring = function(L, arg, def) {
      if (lua_type(L, arg) <= 0) {
        return def === null ? null : from_userstring(def);
      } else return luaL_checklstring(L, arg);
    };
    var luaL_optstring = luaL_optlstring;
    var interror = function(L, arg) {
      if (lua_isnumber(L, arg))
        luaL_argerror(L, arg, to_luastring10("number has no integer representation", true));
      else
        tag_error(L, arg, LUA_TNUMBER);
    };
    var luaL_checknumber = function(L, arg) {
      let d = lua_tonumberx(L, arg);
      if (d === false)
        tag_error(L, arg, LUA_TNUMBER);
      return d;
    };
    var luaL_optnumber = function(L, arg, def) {
      return luaL_opt(L, luaL_checknumber, arg, def);
    };
    var luaL_checkinteger = function(L, arg) {
      let d = lua_tointegerx(L, arg);
      if (d === false)
        interror(L, arg);
      return d;
    };
    var luaL_optinteger = function(L, arg, def) {
      return luaL_opt(L, luaL_checkinteger, arg, def);
    };
    var luaL_prepbuffsize = function(B, sz) {
      let newend = B.n + sz;
      if (B.b.length < newend) {
        let newsize = Math.max(B.b.length * 2, newend);
        let newbuff = new Uint8Array(newsize);
        newbuff.set(B.b);
        B.b = newbuff;
      }
      return B.b.subarray(B.n, newend);
    };
    var luaL_buffinit = function(L, B) {
      B.L = L;
      B.b = empty;
    };
    var luaL_buffinitsize = function(L, B, sz) {
      luaL_buffinit(L, B);
      return luaL_prepbuffsize(B, sz);
    };
    var luaL_prepbuffer = function(B) {
      return luaL_prepbuffsize(B, LUAL_BUFFERSIZE);
    };
    var luaL_addlstring = function(B, s, l) {
      if (l > 0) {
        s = from_userstring(s);
        let b = luaL_prepbuffsize(B, l);
        b.set(s.subarray(0, l));
        luaL_addsize(B, l);
      }
    };
    var luaL_addstring = function(B, s) {
      s = from_userstring(s);
      luaL_addlstring(B, s, s.length);
    };
    var luaL_pushresult = function(B) {
      lua_pushlstring(B.L, B.b, B.n);
      B.n = 0;
      B.b = empty;
    };
    var luaL_addchar = function(B, c3) {
      luaL_prepbuffsize(B, 1);
      B.b[B.n++] = c3;
    };
    var luaL_addsize = function(B, s) {
      B.n += s;
    };
    var luaL_pushresultsize = function(B, sz) {
      luaL_addsize(B, sz);
      luaL_pushresult(B);
    };
    var luaL_addvalue = function(B) {
      let L = B.L;
      let s = lua_tostring(L, -1);
      luaL_addlstring(B, s, s.length);
      lua_pop(L, 1);
    };
    var luaL_opt = function(L, f, n2, d) {
      return lua_type(L, n2) <= 0 ? d : f(L, n2);
    };
    var getS = function(L, ud) {
      let s = ud.string;
      ud.string = null;
      return s;
    };
    var luaL_loadbufferx = function(L, buff, size, name, mode) {
      return lua_load(L, getS, { string: buff }, name, mode);
    };
    var luaL_loadbuffer = function(L, s, sz, n2) {
      return luaL_loadbufferx(L, s, sz, n2, null);
    };
    var luaL_loadstring = function(L, s) {
      return luaL_loadbuffer(L, s, s.length, s);
    };
    var luaL_dostring = function(L, s) {
      return luaL_loadstring(L, s) || lua_pcall(L, 0, LUA_MULTRET, 0);
    };
    var luaL_getmetafield = function(L, obj, event) {
      if (!lua_getmetatable(L, obj))
        return LUA_TNIL;
      else {
        lua_pushstring(L, event);
        let tt = lua_rawget(L, -2);
        if (tt === LUA_TNIL)
          lua_pop(L, 2);
        else
          lua_remove(L, -2);
        return tt;
      }
    };
    var luaL_callmeta = function(L, obj, event) {
      obj = lua_absindex(L, obj);
      if (luaL_getmetafield(L, obj, event) === LUA_TNIL)
        return false;
      lua_pushvalue(L, obj);
      lua_call(L, 1, 1);
      return true;
    };
    var luaL_len = function(L, idx) {
      lua_len(L, idx);
      let l = lua_tointegerx(L, -1);
      if (l === false)
        luaL_error(L, to_luastring10("object length is not an integer", true));
      lua_pop(L, 1);
      return l;
    };
    var p_I = to_luastring10("%I");
    var p_f = to_luastring10("%f");
    var luaL_tolstring = function(L, idx) {
      if (luaL_callmeta(L, idx, __tostring)) {
        if (!lua_isstring(L, -1))
          luaL_error(L, to_luastring10("'__tostring' must return a string"));
      } else {
        let t = lua_type(L, idx);
        switch (t) {
          case LUA_TNUMBER: {
            if (lua_isinteger(L, idx))
              lua_pushfstring(L, p_I, lua_tointeger(L, idx));
            else
              lua_pushfstring(L, p_f, lua_tonumber(L, idx));
            break;
          }
          case LUA_TSTRING:
            lua_pushvalue(L, idx);
            break;
          case LUA_TBOOLEAN:
            lua_pushliteral(L, lua_toboolean(L, idx) ? "true" : "false");
            break;
          case LUA_TNIL:
            lua_pushliteral(L, "nil");
            break;
          default: {
            let tt = luaL_getmetafield(L, idx, __name);
            let kind = tt === LUA_TSTRING ? lua_tostring(L, -1) : luaL_typename(L, idx);
            lua_pushfstring(L, to_luastring10("%s: %p"), kind, lua_topointer(L, idx));
            if (tt !== LUA_TNIL)
              lua_remove(L, -2);
            break;
          }
        }
      }
      return lua_tolstring(L, -1);
    };
    var luaL_requiref = function(L, modname, openf, glb) {
      luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
      lua_getfield(L, -1, modname);
      if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        lua_pushcfunction(L, openf);
        lua_pushstring(L, modname);
        lua_call(L, 1, 1);
        lua_pushvalue(L, -1);
        lua_setfield(L, -3, modname);
      }
      lua_remove(L, -2);
      if (glb) {
        lua_pushvalue(L, -1);
        lua_setglobal(L, modname);
      }
    };
    var find_subarray = function(arr, subarr, from_index) {
      var i2 = from_index >>> 0, sl = subarr.length, l = arr.length + 1 - sl;
      loop: for (; i2 < l; i2++) {
        for (let j = 0; j < sl; j++)
          if (arr[i2 + j] !== subarr[j])
            continue loop;
        return i2;
      }
      return -1;
    };
    var luaL_gsub = function(L, s, p, r) {
      let wild;
      let b = new luaL_Buffer();
      luaL_buffinit(L, b);
      while ((wild = find_subarray(s, p)) >= 0) {
        luaL_addlstring(b, s, wild);
        luaL_addstring(b, r);
        s = s.subarray(wild + p.length);
      }
      luaL_addstring(b, s);
      luaL_pushresult(b);
      return lua_tostring(L, -1);
    };
    var luaL_getsubtable = function(L, idx, fname) {
      if (lua_getfield(L, idx, fname) === LUA_TTABLE)
        return true;
      else {
        lua_pop(L, 1);
        idx = lua_absindex(L, idx);
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_setfield(L, idx, fname);
        return false;
      }
    };
    var luaL_setfuncs = function(L, l, nup) {
      luaL_checkstack(L, nup, to_luastring10("too many upvalues", true));
      for (let lib in l) {
        for (let i2 = 0; i2 < nup; i2++)
          lua_pushvalue(L, -nup);
        lua_pushcclosure(L, l[lib], nup);
        lua_setfield(L, -(nup + 2), to_luastring10(lib));
      }
      lua_pop(L, nup);
    };
    var luaL_checkstack = function(L, space, msg) {
      if (!lua_checkstack(L, space)) {
        if (msg)
          luaL_error(L, to_luastring10("stack overflow (%s)"), msg);
        else
          luaL_error(L, to_luastring10("stack overflow", true));
      }
    };
    var luaL_newlibtable = function(L) {
      lua_createtable(L);
    };
    var luaL_newlib = function(L, l) {
      lua_createtable(L);
      luaL_setfuncs(L, l, 0);
    };
    var LUA_NOREF = -2;
    var LUA_REFNIL = -1;
    var luaL_ref = function(L, t) {
      let ref;
      if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return LUA_REFNIL;
      }
      t = lua_absindex(L, t);
      lua_rawgeti(L, t, 0);
      ref = lua_tointeger(L, -1);
      lua_pop(L, 1);
      if (ref !== 0) {
        lua_rawgeti(L, t, ref);
        lua_rawseti(L, t, 0);
      } else
        ref = lua_rawlen(L, t) + 1;
      lua_rawseti(L, t, ref);
      return ref;
    };
    var luaL_unref = function(L, t, ref) {
      if (ref >= 0) {
        t = lua_absindex(L, t);
        lua_rawgeti(L, t, 0);
        lua_rawseti(L, t, ref);
        lua_pushinteger(L, ref);
        lua_rawseti(L, t, 0);
      }
    };
    var errfile = function(L, what, fnameindex, error) {
      let serr = error.message;
      let filename = lua_tostring(L, fnameindex).subarray(1);
      lua_pushfstring(L, to_luastring10("cannot %s %s: %s"), to_luastring10(what), filename, to_luastring10(serr));
      lua_remove(L, fnameindex);
      return LUA_ERRFILE;
    };
    var getc;
    var utf8_bom = [239, 187, 191];
    var skipBOM = function(lf) {
      lf.n = 0;
      let c3;
      let p = 0;
      do {
        c3 = getc(lf);
        if (c3 === null || c3 !== utf8_bom[p]) return c3;
        p++;
        lf.buff[lf.n++] = c3;
      } while (p < utf8_bom.length);
      lf.n = 0;
      return getc(lf);
    };
    var skipcomment = function(lf) {
      let c3 = skipBOM(lf);
      if (c3 === 35) {
        do {
          c3 = getc(lf);
        } while (c3 && c3 !== 10);
        return {
          skipped: true,
          c: getc(lf)
          /* skip end-of-line, if present */
        };
      } else {
        return {
          skipped: false,
          c: c3
        };
      }
    };
    var luaL_loadfilex;
    if (typeof process === "undefined") {
      class LoadF {
        constructor() {
          this.n = NaN;
          this.f = null;
          this.buff = new Uint8Array(1024);
          this.pos = 0;
          this.err = void 0;
        }
      }
      const getF = function(L, ud) {
        let lf = ud;
        if (lf.f !== null && lf.n > 0) {
          let bytes = lf.n;
          lf.n = 0;
          lf.f = lf.f.subarray(lf.pos);
          return lf.buff.subarray(0, bytes);
        }
        let f = lf.f;
        lf.f = null;
        return f;
      };
      getc = function(lf) {
        return lf.pos < lf.f.length ? lf.f[lf.pos++] : null;
      };
      luaL_loadfilex = function(L, filename, mode) {
        let lf = new LoadF();
        let fnameindex = lua_gettop(L) + 1;
        if (filename === null) {
          throw new Error("Can't read stdin in the browser");
        } else {
          lua_pushfstring(L, to_luastring10("@%s"), filename);
          let path16 = to_uristring(filename);
          let xhr = new XMLHttpRequest();
          xhr.open("GET", path16, false);
          if (typeof window === "undefined") {
            xhr.responseType = "arraybuffer";
          }
          xhr.send();
          if (xhr.status >= 200 && xhr.status <= 299) {
            if (typeof xhr.response === "string") {
              lf.f = to_luastring10(xhr.response);
            } else {
              lf.f = new Uint8Array(xhr.response);
            }
          } else {
            lf.err = xhr.status;
            return errfile(L, "open", fnameindex, { message: `${xhr.status}: ${xhr.statusText}` });
          }
        }
        let com = skipcomment(lf);
        if (com.c === LUA_SIGNATURE[0] && filename) {
        } else if (com.skipped) {
          lf.buff[lf.n++] = 10;
        }
        if (com.c !== null)
          lf.buff[lf.n++] = com.c;
        let status = lua_load(L, getF, lf, lua_tostring(L, -1), mode);
        let readstatus = lf.err;
        if (readstatus) {
          lua_settop(L, fnameindex);
          return errfile(L, "read", fnameindex, readstatus);
        }
        lua_remove(L, fnameindex);
        return status;
      };
    } else {
      const fs = __require("fs");
      class LoadF {
        constructor() {
          this.n = NaN;
          this.f = null;
          this.buff = Buffer.alloc(1024);
          this.pos = 0;
          this.err = void 0;
        }
      }
      const getF = function(L, ud) {
        let lf = ud;
        let bytes = 0;
        if (lf.n > 0) {
          bytes = lf.n;
          lf.n = 0;
        } else {
          try {
            bytes = fs.readSync(lf.f, lf.buff, 0, lf.buff.length, lf.pos);
          } catch (e) {
            lf.err = e;
            bytes = 0;
          }
          lf.pos += bytes;
        }
        if (bytes > 0)
          return lf.buff.subarray(0, bytes);
        else return null;
      };
      getc = function(lf) {
        let b = Buffer.alloc(1);
        let bytes;
        try {
          bytes = fs.readSync(lf.f, b, 0, 1, lf.pos);
        } catch (e) {
          lf.err = e;
          return null;
        }
        lf.pos += bytes;
        return bytes > 0 ? b.readUInt8() : null;
      };
      luaL_loadfilex = function(L, filename, mode) {
        let lf = new LoadF();
        let fnameindex = lua_gettop(L) + 1;
        if (filename === null) {
          lua_pushliteral(L, "=stdin");
          lf.f = process.stdin.fd;
        } else {
          lua_pushfstring(L, to_luastring10("@%s"), filename);
          try {
            lf.f = fs.openSync(filename, "r");
          } catch (e) {
            return errfile(L, "open", fnameindex, e);
          }
        }
        let com = skipcomment(lf);
        if (com.c === LUA_SIGNATURE[0] && filename) {
        } else if (com.skipped) {
          lf.buff[lf.n++] = 10;
        }
        if (com.c !== null)
          lf.buff[lf.n++] = com.c;
        let status = lua_load(L, getF, lf, lua_tostring(L, -1), mode);
        let readstatus = lf.err;
        if (filename) try {
          fs.closeSync(lf.f);
        } catch (e) {
        }
        if (readstatus) {
          lua_settop(L, fnameindex);
          return errfile(L, "read", fnameindex, readstatus);
        }
        lua_remove(L, fnameindex);
        return status;
      };
    }
    var luaL_loadfile = function(L, filename) {
      return luaL_loadfilex(L, filename, null);
    };
    var luaL_dofile = function(L, filename) {
      return luaL_loadfile(L, filename) || lua_pcall(L, 0, LUA_MULTRET, 0);
    };
    var lua_writestringerror = function() {
      for (let i2 = 0; i2 < arguments.length; i2++) {
        let a2 = arguments[i2];
        if (typeof process === "undefined") {
          do {
            let r = /([^\n]*)\n?([\d\D]*)/.exec(a2);
            console.error(r[1]);
            a2 = r[2];
          } while (a2 !== "");
        } else {
          process.stderr.write(a2);
        }
      }
    };
    var luaL_checkversion_ = function(L, ver, sz) {
      let v = lua_version(L);
      if (sz != LUAL_NUMSIZES)
        luaL_error(L, to_luastring10("core and library have incompatible numeric types"));
      if (v != lua_version(null))
        luaL_error(L, to_luastring10("multiple Lua VMs detected"));
      else if (v !== ver)
        luaL_error(L, to_luastring10("version mismatch: app. needs %f, Lua core provides %f"), ver, v);
    };
    var luaL_checkversion = function(L) {
      luaL_checkversion_(L, LUA_VERSION_NUM, LUAL_NUMSIZES);
    };
    module.exports.LUA_ERRFILE = LUA_ERRFILE;
    module.exports.LUA_FILEHANDLE = LUA_FILEHANDLE;
    module.exports.LUA_LOADED_TABLE = LUA_LOADED_TABLE;
    module.exports.LUA_NOREF = LUA_NOREF;
    module.exports.LUA_PRELOAD_TABLE = LUA_PRELOAD_TABLE;
    module.exports.LUA_REFNIL = LUA_REFNIL;
    module.exports.luaL_Buffer = luaL_Buffer;
    module.exports.luaL_addchar = luaL_addchar;
    module.exports.luaL_addlstring = luaL_addlstring;
    module.exports.luaL_addsize = luaL_addsize;
    module.exports.luaL_addstring = luaL_addstring;
    module.exports.luaL_addvalue = luaL_addvalue;
    module.exports.luaL_argcheck = luaL_argcheck;
    module.exports.luaL_argerror = luaL_argerror;
    module.exports.luaL_buffinit = luaL_buffinit;
    module.exports.luaL_buffinitsize = luaL_buffinitsize;
    module.exports.luaL_callmeta = luaL_callmeta;
    module.exports.luaL_checkany = luaL_checkany;
    module.exports.luaL_checkinteger = luaL_checkinteger;
    module.exports.luaL_checklstring = luaL_checklstring;
    module.exports.luaL_checknumber = luaL_checknumber;
    module.exports.luaL_checkoption = luaL_checkoption;
    module.exports.luaL_checkstack = luaL_checkstack;
    module.exports.luaL_checkstring = luaL_checkstring;
    module.exports.luaL_checktype = luaL_checktype;
    module.exports.luaL_checkudata = luaL_checkudata;
    module.exports.luaL_checkversion = luaL_checkversion;
    module.exports.luaL_checkversion_ = luaL_checkversion_;
    module.exports.luaL_dofile = luaL_dofile;
    module.exports.luaL_dostring = luaL_dostring;
    module.exports.luaL_error = luaL_error;
    module.exports.luaL_execresult = luaL_execresult;
    module.exports.luaL_fileresult = luaL_fileresult;
    module.exports.luaL_getmetafield = luaL_getmetafield;
    module.exports.luaL_getmetatable = luaL_getmetatable;
    module.exports.luaL_getsubtable = luaL_getsubtable;
    module.exports.luaL_gsub = luaL_gsub;
    module.exports.luaL_len = luaL_len;
    module.exports.luaL_loadbuffer = luaL_loadbuffer;
    module.exports.luaL_loadbufferx = luaL_loadbufferx;
    module.exports.luaL_loadfile = luaL_loadfile;
    module.exports.luaL_loadfilex = luaL_loadfilex;
    module.exports.luaL_loadstring = luaL_loadstring;
    module.exports.luaL_newlib = luaL_newlib;
    module.exports.luaL_newlibtable = luaL_newlibtable;
    module.exports.luaL_newmetatable = luaL_newmetatable;
    module.exports.luaL_newstate = luaL_newstate;
    module.exports.luaL_opt = luaL_opt;
    module.exports.luaL_optinteger = luaL_optinteger;
    module.exports.luaL_optlstring = luaL_optlstring;
    module.exports.luaL_optnumber = luaL_optnumber;
    module.exports.luaL_optstring = luaL_optstring;
    module.exports.luaL_prepbuffer = luaL_prepbuffer;
    module.exports.luaL_prepbuffsize = luaL_prepbuffsize;
    module.exports.luaL_pushresult = luaL_pushresult;
    module.exports.luaL_pushresultsize = luaL_pushresultsize;
    module.exports.luaL_ref = luaL_ref;
    module.exports.luaL_requiref = luaL_requiref;
    module.exports.luaL_setfuncs = luaL_setfuncs;
    module.exports.luaL_setmetatable = luaL_setmetatable;
    module.exports.luaL_testudata = luaL_testudata;
    module.exports.luaL_tolstring = luaL_tolstring;
    module.exports.luaL_traceback = luaL_traceback;
    module.exports.luaL_typename = luaL_typename;
    module.exports.luaL_unref = luaL_unref;
    module.exports.luaL_where = luaL_where;
    module.exports.lua_writestringerror = lua_writestringerror;
  }
});

// node_modules/fengari/src/lbaselib.js
var require_lbaselib = __commonJS({
  "node_modules/fengari/src/lbaselib.js"(exports, module) {
    "use strict";
    var {
      LUA_MULTRET,
      LUA_OK,
      LUA_TFUNCTION,
      LUA_TNIL,
      LUA_TNONE,
      LUA_TNUMBER,
      LUA_TSTRING,
      LUA_TTABLE,
      LUA_VERSION,
      LUA_YIELD,
      lua_call,
      lua_callk,
      lua_concat,
      lua_error,
      lua_getglobal,
      lua_geti,
      lua_getmetatable,
      lua_gettop,
      lua_insert,
      lua_isnil,
      lua_isnone,
      lua_isstring,
      lua_load,
      lua_next,
      lua_pcallk,
      lua_pop,
      lua_pushboolean,
      lua_pushcfunction,
      lua_pushglobaltable,
      lua_pushinteger,
      lua_pushliteral,
      lua_pushnil,
      lua_pushstring,
      lua_pushvalue,
      lua_rawequal,
      lua_rawget,
      lua_rawlen,
      lua_rawset,
      lua_remove,
      lua_replace,
      lua_rotate,
      lua_setfield,
      lua_setmetatable,
      lua_settop,
      lua_setupvalue,
      lua_stringtonumber,
      lua_toboolean,
      lua_tolstring,
      lua_tostring,
      lua_type,
      lua_typename
    } = require_lua();
    var {
      luaL_argcheck,
      luaL_checkany,
      luaL_checkinteger,
      luaL_checkoption,
      luaL_checkstack,
      luaL_checktype,
      luaL_error,
      luaL_getmetafield,
      luaL_loadbufferx,
      luaL_loadfile,
      luaL_loadfilex,
      luaL_optinteger,
      luaL_optstring,
      luaL_setfuncs,
      luaL_tolstring,
      luaL_where
    } = require_lauxlib();
    var {
      to_jsstring: to_jsstring3,
      to_luastring: to_luastring10
    } = require_fengaricore();
    var lua_writestring;
    var lua_writeline;
    if (typeof process === "undefined") {
      if (typeof TextDecoder === "function") {
        let buff = "";
        let decoder2 = new TextDecoder("utf-8");
        lua_writestring = function(s) {
          buff += decoder2.decode(s, { stream: true });
        };
        let empty = new Uint8Array(0);
        lua_writeline = function() {
          buff += decoder2.decode(empty);
          console.log(buff);
          buff = "";
        };
      } else {
        let buff = [];
        lua_writestring = function(s) {
          try {
            s = to_jsstring3(s);
          } catch (e) {
            let copy = new Uint8Array(s.length);
            copy.set(s);
            s = copy;
          }
          buff.push(s);
        };
        lua_writeline = function() {
          console.log.apply(console.log, buff);
          buff = [];
        };
      }
    } else {
      lua_writestring = function(s) {
        process.stdout.write(Buffer.from(s));
      };
      lua_writeline = function() {
        process.stdout.write("\n");
      };
    }
    var luaB_print = function(L) {
      let n2 = lua_gettop(L);
      lua_getglobal(L, to_luastring10("tostring", true));
      for (let i2 = 1; i2 <= n2; i2++) {
        lua_pushvalue(L, -1);
        lua_pushvalue(L, i2);
        lua_call(L, 1, 1);
        let s = lua_tolstring(L, -1);
        if (s === null)
          return luaL_error(L, to_luastring10("'tostring' must return a string to 'print'"));
        if (i2 > 1) lua_writestring(to_luastring10("	"));
        lua_writestring(s);
        lua_pop(L, 1);
      }
      lua_writeline();
      return 0;
    };
    var luaB_tostring = function(L) {
      luaL_checkany(L, 1);
      luaL_tolstring(L, 1);
      return 1;
    };
    var luaB_getmetatable = function(L) {
      luaL_checkany(L, 1);
      if (!lua_getmetatable(L, 1)) {
        lua_pushnil(L);
        return 1;
      }
      luaL_getmetafield(L, 1, to_luastring10("__metatable", true));
      return 1;
    };
    var luaB_setmetatable = function(L) {
      let t = lua_type(L, 2);
      luaL_checktype(L, 1, LUA_TTABLE);
      luaL_argcheck(L, t === LUA_TNIL || t === LUA_TTABLE, 2, "nil or table expected");
      if (luaL_getmetafield(L, 1, to_luastring10("__metatable", true)) !== LUA_TNIL)
        return luaL_error(L, to_luastring10("cannot change a protected metatable"));
      lua_settop(L, 2);
      lua_setmetatable(L, 1);
      return 1;
    };
    var luaB_rawequal = function(L) {
      luaL_checkany(L, 1);
      luaL_checkany(L, 2);
      lua_pushboolean(L, lua_rawequal(L, 1, 2));
      return 1;
    };
    var luaB_rawlen = function(L) {
      let t = lua_type(L, 1);
      luaL_argcheck(L, t === LUA_TTABLE || t === LUA_TSTRING, 1, "table or string expected");
      lua_pushinteger(L, lua_rawlen(L, 1));
      return 1;
    };
    var luaB_rawget = function(L) {
      luaL_checktype(L, 1, LUA_TTABLE);
      luaL_checkany(L, 2);
      lua_settop(L, 2);
      lua_rawget(L, 1);
      return 1;
    };
    var luaB_rawset = function(L) {
      luaL_checktype(L, 1, LUA_TTABLE);
      luaL_checkany(L, 2);
      luaL_checkany(L, 3);
      lua_settop(L, 3);
      lua_rawset(L, 1);
      return 1;
    };
    var opts = [
      "stop",
      "restart",
      "collect",
      "count",
      "step",
      "setpause",
      "setstepmul",
      "isrunning"
    ].map((e) => to_luastring10(e));
    var luaB_collectgarbage = function(L) {
      luaL_checkoption(L, 1, "collect", opts);
      luaL_optinteger(L, 2, 0);
      luaL_error(L, to_luastring10("lua_gc not implemented"));
    };
    var luaB_type = function(L) {
      let t = lua_type(L, 1);
      luaL_argcheck(L, t !== LUA_TNONE, 1, "value expected");
      lua_pushstring(L, lua_typename(L, t));
      return 1;
    };
    var pairsmeta = function(L, method, iszero, iter) {
      luaL_checkany(L, 1);
      if (luaL_getmetafield(L, 1, method) === LUA_TNIL) {
        lua_pushcfunction(L, iter);
        lua_pushvalue(L, 1);
        if (iszero) lua_pushinteger(L, 0);
        else lua_pushnil(L);
      } else {
        lua_pushvalue(L, 1);
        lua_call(L, 1, 3);
      }
      return 3;
    };
    var luaB_next = function(L) {
      luaL_checktype(L, 1, LUA_TTABLE);
      lua_settop(L, 2);
      if (lua_next(L, 1))
        return 2;
      else {
        lua_pushnil(L);
        return 1;
      }
    };
    var luaB_pairs = function(L) {
      return pairsmeta(L, to_luastring10("__pairs", true), 0, luaB_next);
    };
    var ipairsaux = function(L) {
      let i2 = luaL_checkinteger(L, 2) + 1;
      lua_pushinteger(L, i2);
      return lua_geti(L, 1, i2) === LUA_TNIL ? 1 : 2;
    };
    var luaB_ipairs = function(L) {
      luaL_checkany(L, 1);
      lua_pushcfunction(L, ipairsaux);
      lua_pushvalue(L, 1);
      lua_pushinteger(L, 0);
      return 3;
    };
    var b_str2int = function(s, base) {
      try {
        s = to_jsstring3(s);
      } catch (e) {
        return null;
      }
      let r = /^[\t\v\f \n\r]*([+-]?)0*([0-9A-Za-z]+)[\t\v\f \n\r]*$/.exec(s);
      if (!r) return null;
      let v = parseInt(r[1] + r[2], base);
      if (isNaN(v)) return null;
      return v | 0;
    };
    var luaB_tonumber = function(L) {
      if (lua_type(L, 2) <= 0) {
        luaL_checkany(L, 1);
        if (lua_type(L, 1) === LUA_TNUMBER) {
          lua_settop(L, 1);
          return 1;
        } else {
          let s = lua_tostring(L, 1);
          if (s !== null && lua_stringtonumber(L, s) === s.length + 1)
            return 1;
        }
      } else {
        let base = luaL_checkinteger(L, 2);
        luaL_checktype(L, 1, LUA_TSTRING);
        let s = lua_tostring(L, 1);
        luaL_argcheck(L, 2 <= base && base <= 36, 2, "base out of range");
        let n2 = b_str2int(s, base);
        if (n2 !== null) {
          lua_pushinteger(L, n2);
          return 1;
        }
      }
      lua_pushnil(L);
      return 1;
    };
    var luaB_error = function(L) {
      let level = luaL_optinteger(L, 2, 1);
      lua_settop(L, 1);
      if (lua_type(L, 1) === LUA_TSTRING && level > 0) {
        luaL_where(L, level);
        lua_pushvalue(L, 1);
        lua_concat(L, 2);
      }
      return lua_error(L);
    };
    var luaB_assert = function(L) {
      if (lua_toboolean(L, 1))
        return lua_gettop(L);
      else {
        luaL_checkany(L, 1);
        lua_remove(L, 1);
        lua_pushliteral(L, "assertion failed!");
        lua_settop(L, 1);
        return luaB_error(L);
      }
    };
    var luaB_select = function(L) {
      let n2 = lua_gettop(L);
      if (lua_type(L, 1) === LUA_TSTRING && lua_tostring(L, 1)[0] === 35) {
        lua_pushinteger(L, n2 - 1);
        return 1;
      } else {
        let i2 = luaL_checkinteger(L, 1);
        if (i2 < 0) i2 = n2 + i2;
        else if (i2 > n2) i2 = n2;
        luaL_argcheck(L, 1 <= i2, 1, "index out of range");
        return n2 - i2;
      }
    };
    var finishpcall = function(L, status, extra) {
      if (status !== LUA_OK && status !== LUA_YIELD) {
        lua_pushboolean(L, 0);
        lua_pushvalue(L, -2);
        return 2;
      } else
        return lua_gettop(L) - extra;
    };
    var luaB_pcall = function(L) {
      luaL_checkany(L, 1);
      lua_pushboolean(L, 1);
      lua_insert(L, 1);
      let status = lua_pcallk(L, lua_gettop(L) - 2, LUA_MULTRET, 0, 0, finishpcall);
      return finishpcall(L, status, 0);
    };
    var luaB_xpcall = function(L) {
      let n2 = lua_gettop(L);
      luaL_checktype(L, 2, LUA_TFUNCTION);
      lua_pushboolean(L, 1);
      lua_pushvalue(L, 1);
      lua_rotate(L, 3, 2);
      let status = lua_pcallk(L, n2 - 2, LUA_MULTRET, 2, 2, finishpcall);
      return finishpcall(L, status, 2);
    };
    var load_aux = function(L, status, envidx) {
      if (status === LUA_OK) {
        if (envidx !== 0) {
          lua_pushvalue(L, envidx);
          if (!lua_setupvalue(L, -2, 1))
            lua_pop(L, 1);
        }
        return 1;
      } else {
        lua_pushnil(L);
        lua_insert(L, -2);
        return 2;
      }
    };
    var RESERVEDSLOT = 5;
    var generic_reader = function(L, ud) {
      luaL_checkstack(L, 2, "too many nested functions");
      lua_pushvalue(L, 1);
      lua_call(L, 0, 1);
      if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return null;
      } else if (!lua_isstring(L, -1))
        luaL_error(L, to_luastring10("reader function must return a string"));
      lua_replace(L, RESERVEDSLOT);
      return lua_tostring(L, RESERVEDSLOT);
    };
    var luaB_load = function(L) {
      let s = lua_tostring(L, 1);
      let mode = luaL_optstring(L, 3, "bt");
      let env = !lua_isnone(L, 4) ? 4 : 0;
      let status;
      if (s !== null) {
        let chunkname = luaL_optstring(L, 2, s);
        status = luaL_loadbufferx(L, s, s.length, chunkname, mode);
      } else {
        let chunkname = luaL_optstring(L, 2, "=(load)");
        luaL_checktype(L, 1, LUA_TFUNCTION);
        lua_settop(L, RESERVEDSLOT);
        status = lua_load(L, generic_reader, null, chunkname, mode);
      }
      return load_aux(L, status, env);
    };
    var luaB_loadfile = function(L) {
      let fname = luaL_optstring(L, 1, null);
      let mode = luaL_optstring(L, 2, null);
      let env = !lua_isnone(L, 3) ? 3 : 0;
      let status = luaL_loadfilex(L, fname, mode);
      return load_aux(L, status, env);
    };
    var dofilecont = function(L, d1, d2) {
      return lua_gettop(L) - 1;
    };
    var luaB_dofile = function(L) {
      let fname = luaL_optstring(L, 1, null);
      lua_settop(L, 1);
      if (luaL_loadfile(L, fname) !== LUA_OK)
        return lua_error(L);
      lua_callk(L, 0, LUA_MULTRET, 0, dofilecont);
      return dofilecont(L, 0, 0);
    };
    var base_funcs = {
      "assert": luaB_assert,
      "collectgarbage": luaB_collectgarbage,
      "dofile": luaB_dofile,
      "error": luaB_error,
      "getmetatable": luaB_getmetatable,
      "ipairs": luaB_ipairs,
      "load": luaB_load,
      "loadfile": luaB_loadfile,
      "next": luaB_next,
      "pairs": luaB_pairs,
      "pcall": luaB_pcall,
      "print": luaB_print,
      "rawequal": luaB_rawequal,
      "rawget": luaB_rawget,
      "rawlen": luaB_rawlen,
      "rawset": luaB_rawset,
      "select": luaB_select,
      "setmetatable": luaB_setmetatable,
      "tonumber": luaB_tonumber,
      "tostring": luaB_tostring,
      "type": luaB_type,
      "xpcall": luaB_xpcall
    };
    var luaopen_base = function(L) {
      lua_pushglobaltable(L);
      luaL_setfuncs(L, base_funcs, 0);
      lua_pushvalue(L, -1);
      lua_setfield(L, -2, to_luastring10("_G"));
      lua_pushliteral(L, LUA_VERSION);
      lua_setfield(L, -2, to_luastring10("_VERSION"));
      return 1;
    };
    module.exports.luaopen_base = luaopen_base;
  }
});

// node_modules/fengari/src/lcorolib.js
var require_lcorolib = __commonJS({
  "node_modules/fengari/src/lcorolib.js"(exports, module) {
    "use strict";
    var {
      LUA_OK,
      LUA_TFUNCTION,
      LUA_TSTRING,
      LUA_YIELD,
      lua_Debug,
      lua_checkstack,
      lua_concat,
      lua_error,
      lua_getstack,
      lua_gettop,
      lua_insert,
      lua_isyieldable,
      lua_newthread,
      lua_pop,
      lua_pushboolean,
      lua_pushcclosure,
      lua_pushliteral,
      lua_pushthread,
      lua_pushvalue,
      lua_resume,
      lua_status,
      lua_tothread,
      lua_type,
      lua_upvalueindex,
      lua_xmove,
      lua_yield
    } = require_lua();
    var {
      luaL_argcheck,
      luaL_checktype,
      luaL_newlib,
      luaL_where
    } = require_lauxlib();
    var getco = function(L) {
      let co = lua_tothread(L, 1);
      luaL_argcheck(L, co, 1, "thread expected");
      return co;
    };
    var auxresume = function(L, co, narg) {
      if (!lua_checkstack(co, narg)) {
        lua_pushliteral(L, "too many arguments to resume");
        return -1;
      }
      if (lua_status(co) === LUA_OK && lua_gettop(co) === 0) {
        lua_pushliteral(L, "cannot resume dead coroutine");
        return -1;
      }
      lua_xmove(L, co, narg);
      let status = lua_resume(co, L, narg);
      if (status === LUA_OK || status === LUA_YIELD) {
        let nres = lua_gettop(co);
        if (!lua_checkstack(L, nres + 1)) {
          lua_pop(co, nres);
          lua_pushliteral(L, "too many results to resume");
          return -1;
        }
        lua_xmove(co, L, nres);
        return nres;
      } else {
        lua_xmove(co, L, 1);
        return -1;
      }
    };
    var luaB_coresume = function(L) {
      let co = getco(L);
      let r = auxresume(L, co, lua_gettop(L) - 1);
      if (r < 0) {
        lua_pushboolean(L, 0);
        lua_insert(L, -2);
        return 2;
      } else {
        lua_pushboolean(L, 1);
        lua_insert(L, -(r + 1));
        return r + 1;
      }
    };
    var luaB_auxwrap = function(L) {
      let co = lua_tothread(L, lua_upvalueindex(1));
      let r = auxresume(L, co, lua_gettop(L));
      if (r < 0) {
        if (lua_type(L, -1) === LUA_TSTRING) {
          luaL_where(L, 1);
          lua_insert(L, -2);
          lua_concat(L, 2);
        }
        return lua_error(L);
      }
      return r;
    };
    var luaB_cocreate = function(L) {
      luaL_checktype(L, 1, LUA_TFUNCTION);
      let NL = lua_newthread(L);
      lua_pushvalue(L, 1);
      lua_xmove(L, NL, 1);
      return 1;
    };
    var luaB_cowrap = function(L) {
      luaB_cocreate(L);
      lua_pushcclosure(L, luaB_auxwrap, 1);
      return 1;
    };
    var luaB_yield = function(L) {
      return lua_yield(L, lua_gettop(L));
    };
    var luaB_costatus = function(L) {
      let co = getco(L);
      if (L === co) lua_pushliteral(L, "running");
      else {
        switch (lua_status(co)) {
          case LUA_YIELD:
            lua_pushliteral(L, "suspended");
            break;
          case LUA_OK: {
            let ar = new lua_Debug();
            if (lua_getstack(co, 0, ar) > 0)
              lua_pushliteral(L, "normal");
            else if (lua_gettop(co) === 0)
              lua_pushliteral(L, "dead");
            else
              lua_pushliteral(L, "suspended");
            break;
          }
          default:
            lua_pushliteral(L, "dead");
            break;
        }
      }
      return 1;
    };
    var luaB_yieldable = function(L) {
      lua_pushboolean(L, lua_isyieldable(L));
      return 1;
    };
    var luaB_corunning = function(L) {
      lua_pushboolean(L, lua_pushthread(L));
      return 2;
    };
    var co_funcs = {
      "create": luaB_cocreate,
      "isyieldable": luaB_yieldable,
      "resume": luaB_coresume,
      "running": luaB_corunning,
      "status": luaB_costatus,
      "wrap": luaB_cowrap,
      "yield": luaB_yield
    };
    var luaopen_coroutine = function(L) {
      luaL_newlib(L, co_funcs);
      return 1;
    };
    module.exports.luaopen_coroutine = luaopen_coroutine;
  }
});

// node_modules/fengari/src/ltablib.js
var require_ltablib = __commonJS({
  "node_modules/fengari/src/ltablib.js"(exports, module) {
    "use strict";
    var { LUA_MAXINTEGER } = require_luaconf();
    var {
      LUA_OPEQ,
      LUA_OPLT,
      LUA_TFUNCTION,
      LUA_TNIL,
      LUA_TTABLE,
      lua_call,
      lua_checkstack,
      lua_compare,
      lua_createtable,
      lua_geti,
      lua_getmetatable,
      lua_gettop,
      lua_insert,
      lua_isnil,
      lua_isnoneornil,
      lua_isstring,
      lua_pop,
      lua_pushinteger,
      lua_pushnil,
      lua_pushstring,
      lua_pushvalue,
      lua_rawget,
      lua_setfield,
      lua_seti,
      lua_settop,
      lua_toboolean,
      lua_type
    } = require_lua();
    var {
      luaL_Buffer,
      luaL_addlstring,
      luaL_addvalue,
      luaL_argcheck,
      luaL_buffinit,
      luaL_checkinteger,
      luaL_checktype,
      luaL_error,
      luaL_len,
      luaL_newlib,
      luaL_opt,
      luaL_optinteger,
      luaL_optlstring,
      luaL_pushresult,
      luaL_typename
    } = require_lauxlib();
    var lualib2 = require_lualib();
    var { to_luastring: to_luastring10 } = require_fengaricore();
    var TAB_R = 1;
    var TAB_W = 2;
    var TAB_L = 4;
    var TAB_RW = TAB_R | TAB_W;
    var checkfield = function(L, key, n2) {
      lua_pushstring(L, key);
      return lua_rawget(L, -n2) !== LUA_TNIL;
    };
    var checktab = function(L, arg, what) {
      if (lua_type(L, arg) !== LUA_TTABLE) {
        let n2 = 1;
        if (lua_getmetatable(L, arg) && /* must have metatable */
        (!(what & TAB_R) || checkfield(L, to_luastring10("__index", true), ++n2)) && (!(what & TAB_W) || checkfield(L, to_luastring10("__newindex", true), ++n2)) && (!(what & TAB_L) || checkfield(L, to_luastring10("__len", true), ++n2))) {
          lua_pop(L, n2);
        } else
          luaL_checktype(L, arg, LUA_TTABLE);
      }
    };
    var aux_getn = function(L, n2, w) {
      checktab(L, n2, w | TAB_L);
      return luaL_len(L, n2);
    };
    var addfield = function(L, b, i2) {
      lua_geti(L, 1, i2);
      if (!lua_isstring(L, -1))
        luaL_error(
          L,
          to_luastring10("invalid value (%s) at index %d in table for 'concat'"),
          luaL_typename(L, -1),
          i2
        );
      luaL_addvalue(b);
    };
    var tinsert = function(L) {
      let e = aux_getn(L, 1, TAB_RW) + 1;
      let pos;
      switch (lua_gettop(L)) {
        case 2:
          pos = e;
          break;
        case 3: {
          pos = luaL_checkinteger(L, 2);
          luaL_argcheck(L, 1 <= pos && pos <= e, 2, "position out of bounds");
          for (let i2 = e; i2 > pos; i2--) {
            lua_geti(L, 1, i2 - 1);
            lua_seti(L, 1, i2);
          }
          break;
        }
        default: {
          return luaL_error(L, "wrong number of arguments to 'insert'");
        }
      }
      lua_seti(L, 1, pos);
      return 0;
    };
    var tremove = function(L) {
      let size = aux_getn(L, 1, TAB_RW);
      let pos = luaL_optinteger(L, 2, size);
      if (pos !== size)
        luaL_argcheck(L, 1 <= pos && pos <= size + 1, 1, "position out of bounds");
      lua_geti(L, 1, pos);
      for (; pos < size; pos++) {
        lua_geti(L, 1, pos + 1);
        lua_seti(L, 1, pos);
      }
      lua_pushnil(L);
      lua_seti(L, 1, pos);
      return 1;
    };
    var tmove = function(L) {
      let f = luaL_checkinteger(L, 2);
      let e = luaL_checkinteger(L, 3);
      let t = luaL_checkinteger(L, 4);
      let tt = !lua_isnoneornil(L, 5) ? 5 : 1;
      checktab(L, 1, TAB_R);
      checktab(L, tt, TAB_W);
      if (e >= f) {
        luaL_argcheck(L, f > 0 || e < LUA_MAXINTEGER + f, 3, "too many elements to move");
        let n2 = e - f + 1;
        luaL_argcheck(L, t <= LUA_MAXINTEGER - n2 + 1, 4, "destination wrap around");
        if (t > e || t <= f || tt !== 1 && lua_compare(L, 1, tt, LUA_OPEQ) !== 1) {
          for (let i2 = 0; i2 < n2; i2++) {
            lua_geti(L, 1, f + i2);
            lua_seti(L, tt, t + i2);
          }
        } else {
          for (let i2 = n2 - 1; i2 >= 0; i2--) {
            lua_geti(L, 1, f + i2);
            lua_seti(L, tt, t + i2);
          }
        }
      }
      lua_pushvalue(L, tt);
      return 1;
    };
    var tconcat = function(L) {
      let last = aux_getn(L, 1, TAB_R);
      let sep = luaL_optlstring(L, 2, "");
      let lsep = sep.length;
      let i2 = luaL_optinteger(L, 3, 1);
      last = luaL_optinteger(L, 4, last);
      let b = new luaL_Buffer();
      luaL_buffinit(L, b);
      for (; i2 < last; i2++) {
        addfield(L, b, i2);
        luaL_addlstring(b, sep, lsep);
      }
      if (i2 === last)
        addfield(L, b, i2);
      luaL_pushresult(b);
      return 1;
    };
    var pack = function(L) {
      let n2 = lua_gettop(L);
      lua_createtable(L, n2, 1);
      lua_insert(L, 1);
      for (let i2 = n2; i2 >= 1; i2--)
        lua_seti(L, 1, i2);
      lua_pushinteger(L, n2);
      lua_setfield(L, 1, to_luastring10("n"));
      return 1;
    };
    var unpack = function(L) {
      let i2 = luaL_optinteger(L, 2, 1);
      let e = luaL_opt(L, luaL_checkinteger, 3, luaL_len(L, 1));
      if (i2 > e) return 0;
      let n2 = e - i2;
      if (n2 >= Number.MAX_SAFE_INTEGER || !lua_checkstack(L, ++n2))
        return luaL_error(L, to_luastring10("too many results to unpack"));
      for (; i2 < e; i2++)
        lua_geti(L, 1, i2);
      lua_geti(L, 1, e);
      return n2;
    };
    var l_randomizePivot = function() {
      return Math.floor(Math.random() * 4294967296);
    };
    var RANLIMIT = 100;
    var set2 = function(L, i2, j) {
      lua_seti(L, 1, i2);
      lua_seti(L, 1, j);
    };
    var sort_comp = function(L, a2, b) {
      if (lua_isnil(L, 2))
        return lua_compare(L, a2, b, LUA_OPLT);
      else {
        lua_pushvalue(L, 2);
        lua_pushvalue(L, a2 - 1);
        lua_pushvalue(L, b - 2);
        lua_call(L, 2, 1);
        let res = lua_toboolean(L, -1);
        lua_pop(L, 1);
        return res;
      }
    };
    var partition = function(L, lo, up) {
      let i2 = lo;
      let j = up - 1;
      for (; ; ) {
        while (lua_geti(L, 1, ++i2), sort_comp(L, -1, -2)) {
          if (i2 == up - 1)
            luaL_error(L, to_luastring10("invalid order function for sorting"));
          lua_pop(L, 1);
        }
        while (lua_geti(L, 1, --j), sort_comp(L, -3, -1)) {
          if (j < i2)
            luaL_error(L, to_luastring10("invalid order function for sorting"));
          lua_pop(L, 1);
        }
        if (j < i2) {
          lua_pop(L, 1);
          set2(L, up - 1, i2);
          return i2;
        }
        set2(L, i2, j);
      }
    };
    var choosePivot = function(lo, up, rnd) {
      let r4 = Math.floor((up - lo) / 4);
      let p = rnd % (r4 * 2) + (lo + r4);
      lualib2.lua_assert(lo + r4 <= p && p <= up - r4);
      return p;
    };
    var auxsort = function(L, lo, up, rnd) {
      while (lo < up) {
        lua_geti(L, 1, lo);
        lua_geti(L, 1, up);
        if (sort_comp(L, -1, -2))
          set2(L, lo, up);
        else
          lua_pop(L, 2);
        if (up - lo == 1)
          return;
        let p;
        if (up - lo < RANLIMIT || rnd === 0)
          p = Math.floor((lo + up) / 2);
        else
          p = choosePivot(lo, up, rnd);
        lua_geti(L, 1, p);
        lua_geti(L, 1, lo);
        if (sort_comp(L, -2, -1))
          set2(L, p, lo);
        else {
          lua_pop(L, 1);
          lua_geti(L, 1, up);
          if (sort_comp(L, -1, -2))
            set2(L, p, up);
          else
            lua_pop(L, 2);
        }
        if (up - lo == 2)
          return;
        lua_geti(L, 1, p);
        lua_pushvalue(L, -1);
        lua_geti(L, 1, up - 1);
        set2(L, p, up - 1);
        p = partition(L, lo, up);
        let n2;
        if (p - lo < up - p) {
          auxsort(L, lo, p - 1, rnd);
          n2 = p - lo;
          lo = p + 1;
        } else {
          auxsort(L, p + 1, up, rnd);
          n2 = up - p;
          up = p - 1;
        }
        if ((up - lo) / 128 > n2)
          rnd = l_randomizePivot();
      }
    };
    var sort = function(L) {
      let n2 = aux_getn(L, 1, TAB_RW);
      if (n2 > 1) {
        luaL_argcheck(L, n2 < LUA_MAXINTEGER, 1, "array too big");
        if (!lua_isnoneornil(L, 2))
          luaL_checktype(L, 2, LUA_TFUNCTION);
        lua_settop(L, 2);
        auxsort(L, 1, n2, 0);
      }
      return 0;
    };
    var tab_funcs = {
      "concat": tconcat,
      "insert": tinsert,
      "move": tmove,
      "pack": pack,
      "remove": tremove,
      "sort": sort,
      "unpack": unpack
    };
    var luaopen_table = function(L) {
      luaL_newlib(L, tab_funcs);
      return 1;
    };
    module.exports.luaopen_table = luaopen_table;
  }
});

// node_modules/fengari/src/liolib.js
var require_liolib = __commonJS({
  "node_modules/fengari/src/liolib.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var {
      LUA_REGISTRYINDEX,
      lua_getfield,
      lua_gettop,
      lua_isnone,
      lua_isnoneornil,
      lua_newuserdata,
      lua_pop,
      lua_pushliteral,
      lua_pushnil,
      lua_pushstring,
      lua_pushvalue,
      lua_setfield,
      lua_tostring,
      lua_touserdata
    } = require_lua();
    var {
      LUA_FILEHANDLE,
      luaL_checkany,
      luaL_checklstring,
      luaL_checkudata,
      luaL_error,
      luaL_fileresult,
      luaL_newlib,
      luaL_newmetatable,
      luaL_setfuncs,
      luaL_setmetatable,
      luaL_testudata
    } = require_lauxlib();
    var lualib2 = require_lualib();
    var { to_luastring: to_luastring10 } = require_fengaricore();
    var IO_PREFIX = "_IO_";
    var IOPREF_LEN = IO_PREFIX.length;
    var IO_INPUT = to_luastring10(IO_PREFIX + "input");
    var IO_OUTPUT = to_luastring10(IO_PREFIX + "output");
    var tolstream = function(L) {
      return luaL_checkudata(L, 1, LUA_FILEHANDLE);
    };
    var isclosed = function(p) {
      return p.closef === null;
    };
    var io_type = function(L) {
      luaL_checkany(L, 1);
      let p = luaL_testudata(L, 1, LUA_FILEHANDLE);
      if (p === null)
        lua_pushnil(L);
      else if (isclosed(p))
        lua_pushliteral(L, "closed file");
      else
        lua_pushliteral(L, "file");
      return 1;
    };
    var f_tostring = function(L) {
      let p = tolstream(L);
      if (isclosed(p))
        lua_pushliteral(L, "file (closed)");
      else
        lua_pushstring(L, to_luastring10(`file (${p.f.toString()})`));
      return 1;
    };
    var tofile = function(L) {
      let p = tolstream(L);
      if (isclosed(p))
        luaL_error(L, to_luastring10("attempt to use a closed file"));
      lualib2.lua_assert(p.f);
      return p.f;
    };
    var newprefile = function(L) {
      let p = lua_newuserdata(L);
      p.f = null;
      p.closef = null;
      luaL_setmetatable(L, LUA_FILEHANDLE);
      return p;
    };
    var aux_close = function(L) {
      let p = tolstream(L);
      let cf = p.closef;
      p.closef = null;
      return cf(L);
    };
    var io_close = function(L) {
      if (lua_isnone(L, 1))
        lua_getfield(L, LUA_REGISTRYINDEX, IO_OUTPUT);
      tofile(L);
      return aux_close(L);
    };
    var getiofile = function(L, findex) {
      lua_getfield(L, LUA_REGISTRYINDEX, findex);
      let p = lua_touserdata(L, -1);
      if (isclosed(p))
        luaL_error(L, to_luastring10("standard %s file is closed"), findex.subarray(IOPREF_LEN));
      return p.f;
    };
    var g_iofile = function(L, f, mode) {
      if (!lua_isnoneornil(L, 1)) {
        let filename = lua_tostring(L, 1);
        if (filename)
          luaL_error(L, to_luastring10("opening files not yet implemented"));
        else {
          tofile(L);
          lua_pushvalue(L, 1);
        }
        lua_setfield(L, LUA_REGISTRYINDEX, f);
      }
      lua_getfield(L, LUA_REGISTRYINDEX, f);
      return 1;
    };
    var io_input = function(L) {
      return g_iofile(L, IO_INPUT, "r");
    };
    var io_output = function(L) {
      return g_iofile(L, IO_OUTPUT, "w");
    };
    var prepare_string_for_write = process.versions.node > 6 ? (s) => s : (
      // identity function
      (s) => Buffer.from(s.buffer, s.byteOffset, s.byteLength)
    );
    var g_write = function(L, f, arg) {
      let nargs = lua_gettop(L) - arg;
      let status = true;
      let err;
      for (; nargs--; arg++) {
        let s = luaL_checklstring(L, arg);
        try {
          status = status && fs.writeSync(f.fd, prepare_string_for_write(s), 0, s.length) === s.length;
        } catch (e) {
          status = false;
          err = e;
        }
      }
      if (status) return 1;
      else return luaL_fileresult(L, status, null, err);
    };
    var io_write = function(L) {
      return g_write(L, getiofile(L, IO_OUTPUT), 1);
    };
    var f_write = function(L) {
      let f = tofile(L);
      lua_pushvalue(L, 1);
      return g_write(L, f, 2);
    };
    var io_flush = function(L) {
      getiofile(L, IO_OUTPUT);
      return luaL_fileresult(L, true, null, null);
    };
    var f_flush = function(L) {
      tofile(L);
      return luaL_fileresult(L, true, null, null);
    };
    var iolib = {
      "close": io_close,
      "flush": io_flush,
      "input": io_input,
      "output": io_output,
      "type": io_type,
      "write": io_write
    };
    var flib = {
      "close": io_close,
      "flush": f_flush,
      "write": f_write,
      "__tostring": f_tostring
    };
    var createmeta = function(L) {
      luaL_newmetatable(L, LUA_FILEHANDLE);
      lua_pushvalue(L, -1);
      lua_setfield(L, -2, to_luastring10("__index", true));
      luaL_setfuncs(L, flib, 0);
      lua_pop(L, 1);
    };
    var io_noclose = function(L) {
      let p = tolstream(L);
      p.closef = io_noclose;
      lua_pushnil(L);
      lua_pushliteral(L, "cannot close standard file");
      return 2;
    };
    var createstdfile = function(L, f, k, fname) {
      let p = newprefile(L);
      p.f = f;
      p.closef = io_noclose;
      if (k !== null) {
        lua_pushvalue(L, -1);
        lua_setfield(L, LUA_REGISTRYINDEX, k);
      }
      lua_setfield(L, -2, fname);
    };
    var luaopen_io = function(L) {
      luaL_newlib(L, iolib);
      createmeta(L);
      createstdfile(L, process.stdin, IO_INPUT, to_luastring10("stdin"));
      createstdfile(L, process.stdout, IO_OUTPUT, to_luastring10("stdout"));
      createstdfile(L, process.stderr, null, to_luastring10("stderr"));
      return 1;
    };
    module.exports.luaopen_io = luaopen_io;
  }
});

// node_modules/tmp/lib/tmp.js
var require_tmp = __commonJS({
  "node_modules/tmp/lib/tmp.js"(exports, module) {
    var fs = __require("fs");
    var os = __require("os");
    var path16 = __require("path");
    var crypto = __require("crypto");
    var _c = { fs: fs.constants, os: os.constants };
    var RANDOM_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    var TEMPLATE_PATTERN = /XXXXXX/;
    var DEFAULT_TRIES = 3;
    var CREATE_FLAGS = (_c.O_CREAT || _c.fs.O_CREAT) | (_c.O_EXCL || _c.fs.O_EXCL) | (_c.O_RDWR || _c.fs.O_RDWR);
    var IS_WIN32 = os.platform() === "win32";
    var EBADF = _c.EBADF || _c.os.errno.EBADF;
    var ENOENT = _c.ENOENT || _c.os.errno.ENOENT;
    var DIR_MODE2 = 448;
    var FILE_MODE = 384;
    var EXIT = "exit";
    var _removeObjects = [];
    var FN_RMDIR_SYNC = fs.rmdirSync.bind(fs);
    var _gracefulCleanup = false;
    function rimraf(dirPath, callback) {
      return fs.rm(dirPath, { recursive: true }, callback);
    }
    function FN_RIMRAF_SYNC(dirPath) {
      return fs.rmSync(dirPath, { recursive: true });
    }
    function tmpName(options, callback) {
      const args = _parseArguments(options, callback), opts = args[0], cb = args[1];
      _assertAndSanitizeOptions(opts, function(err, sanitizedOptions) {
        if (err) return cb(err);
        let tries = sanitizedOptions.tries;
        (function _getUniqueName() {
          try {
            const name = _generateTmpName(sanitizedOptions);
            fs.stat(name, function(err2) {
              if (!err2) {
                if (tries-- > 0) return _getUniqueName();
                return cb(new Error("Could not get a unique tmp filename, max tries reached " + name));
              }
              cb(null, name);
            });
          } catch (err2) {
            cb(err2);
          }
        })();
      });
    }
    function tmpNameSync(options) {
      const args = _parseArguments(options), opts = args[0];
      const sanitizedOptions = _assertAndSanitizeOptionsSync(opts);
      let tries = sanitizedOptions.tries;
      do {
        const name = _generateTmpName(sanitizedOptions);
        try {
          fs.statSync(name);
        } catch (e) {
          return name;
        }
      } while (tries-- > 0);
      throw new Error("Could not get a unique tmp filename, max tries reached");
    }
    function file(options, callback) {
      const args = _parseArguments(options, callback), opts = args[0], cb = args[1];
      tmpName(opts, function _tmpNameCreated(err, name) {
        if (err) return cb(err);
        fs.open(name, CREATE_FLAGS, opts.mode || FILE_MODE, function _fileCreated(err2, fd) {
          if (err2) return cb(err2);
          if (opts.discardDescriptor) {
            return fs.close(fd, function _discardCallback(possibleErr) {
              return cb(possibleErr, name, void 0, _prepareTmpFileRemoveCallback(name, -1, opts, false));
            });
          } else {
            const discardOrDetachDescriptor = opts.discardDescriptor || opts.detachDescriptor;
            cb(null, name, fd, _prepareTmpFileRemoveCallback(name, discardOrDetachDescriptor ? -1 : fd, opts, false));
          }
        });
      });
    }
    function fileSync(options) {
      const args = _parseArguments(options), opts = args[0];
      const discardOrDetachDescriptor = opts.discardDescriptor || opts.detachDescriptor;
      const name = tmpNameSync(opts);
      let fd = fs.openSync(name, CREATE_FLAGS, opts.mode || FILE_MODE);
      if (opts.discardDescriptor) {
        fs.closeSync(fd);
        fd = void 0;
      }
      return {
        name,
        fd,
        removeCallback: _prepareTmpFileRemoveCallback(name, discardOrDetachDescriptor ? -1 : fd, opts, true)
      };
    }
    function dir(options, callback) {
      const args = _parseArguments(options, callback), opts = args[0], cb = args[1];
      tmpName(opts, function _tmpNameCreated(err, name) {
        if (err) return cb(err);
        fs.mkdir(name, opts.mode || DIR_MODE2, function _dirCreated(err2) {
          if (err2) return cb(err2);
          cb(null, name, _prepareTmpDirRemoveCallback(name, opts, false));
        });
      });
    }
    function dirSync(options) {
      const args = _parseArguments(options), opts = args[0];
      const name = tmpNameSync(opts);
      fs.mkdirSync(name, opts.mode || DIR_MODE2);
      return {
        name,
        removeCallback: _prepareTmpDirRemoveCallback(name, opts, true)
      };
    }
    function _removeFileAsync(fdPath, next) {
      const _handler = function(err) {
        if (err && !_isENOENT(err)) {
          return next(err);
        }
        next();
      };
      if (0 <= fdPath[0])
        fs.close(fdPath[0], function() {
          fs.unlink(fdPath[1], _handler);
        });
      else fs.unlink(fdPath[1], _handler);
    }
    function _removeFileSync(fdPath) {
      let rethrownException = null;
      try {
        if (0 <= fdPath[0]) fs.closeSync(fdPath[0]);
      } catch (e) {
        if (!_isEBADF(e) && !_isENOENT(e)) throw e;
      } finally {
        try {
          fs.unlinkSync(fdPath[1]);
        } catch (e) {
          if (!_isENOENT(e)) rethrownException = e;
        }
      }
      if (rethrownException !== null) {
        throw rethrownException;
      }
    }
    function _prepareTmpFileRemoveCallback(name, fd, opts, sync) {
      const removeCallbackSync = _prepareRemoveCallback(_removeFileSync, [fd, name], sync);
      const removeCallback = _prepareRemoveCallback(_removeFileAsync, [fd, name], sync, removeCallbackSync);
      if (!opts.keep) _removeObjects.unshift(removeCallbackSync);
      return sync ? removeCallbackSync : removeCallback;
    }
    function _prepareTmpDirRemoveCallback(name, opts, sync) {
      const removeFunction = opts.unsafeCleanup ? rimraf : fs.rmdir.bind(fs);
      const removeFunctionSync = opts.unsafeCleanup ? FN_RIMRAF_SYNC : FN_RMDIR_SYNC;
      const removeCallbackSync = _prepareRemoveCallback(removeFunctionSync, name, sync);
      const removeCallback = _prepareRemoveCallback(removeFunction, name, sync, removeCallbackSync);
      if (!opts.keep) _removeObjects.unshift(removeCallbackSync);
      return sync ? removeCallbackSync : removeCallback;
    }
    function _prepareRemoveCallback(removeFunction, fileOrDirName, sync, cleanupCallbackSync) {
      let called = false;
      return function _cleanupCallback(next) {
        if (!called) {
          const toRemove = cleanupCallbackSync || _cleanupCallback;
          const index = _removeObjects.indexOf(toRemove);
          if (index >= 0) _removeObjects.splice(index, 1);
          called = true;
          if (sync || removeFunction === FN_RMDIR_SYNC || removeFunction === FN_RIMRAF_SYNC) {
            return removeFunction(fileOrDirName);
          } else {
            return removeFunction(fileOrDirName, next || function() {
            });
          }
        }
      };
    }
    function _garbageCollector() {
      if (!_gracefulCleanup) return;
      while (_removeObjects.length) {
        try {
          _removeObjects[0]();
        } catch (e) {
        }
      }
    }
    function _randomChars(howMany) {
      let value = [], rnd = null;
      try {
        rnd = crypto.randomBytes(howMany);
      } catch (e) {
        rnd = crypto.pseudoRandomBytes(howMany);
      }
      for (let i2 = 0; i2 < howMany; i2++) {
        value.push(RANDOM_CHARS[rnd[i2] % RANDOM_CHARS.length]);
      }
      return value.join("");
    }
    function _isUndefined(obj) {
      return typeof obj === "undefined";
    }
    function _parseArguments(options, callback) {
      if (typeof options === "function") {
        return [{}, options];
      }
      if (_isUndefined(options)) {
        return [{}, callback];
      }
      const actualOptions = {};
      for (const key of Object.getOwnPropertyNames(options)) {
        actualOptions[key] = options[key];
      }
      return [actualOptions, callback];
    }
    function _resolvePath(name, tmpDir, cb) {
      const pathToResolve = path16.isAbsolute(name) ? name : path16.join(tmpDir, name);
      fs.stat(pathToResolve, function(err) {
        if (err) {
          fs.realpath(path16.dirname(pathToResolve), function(err2, parentDir) {
            if (err2) return cb(err2);
            cb(null, path16.join(parentDir, path16.basename(pathToResolve)));
          });
        } else {
          fs.realpath(pathToResolve, cb);
        }
      });
    }
    function _resolvePathSync(name, tmpDir) {
      const pathToResolve = path16.isAbsolute(name) ? name : path16.join(tmpDir, name);
      try {
        fs.statSync(pathToResolve);
        return fs.realpathSync(pathToResolve);
      } catch (_err) {
        const parentDir = fs.realpathSync(path16.dirname(pathToResolve));
        return path16.join(parentDir, path16.basename(pathToResolve));
      }
    }
    function _generateTmpName(opts) {
      const tmpDir = opts.tmpdir;
      if (!_isUndefined(opts.name)) {
        return path16.join(tmpDir, opts.dir, opts.name);
      }
      if (!_isUndefined(opts.template)) {
        return path16.join(tmpDir, opts.dir, opts.template).replace(TEMPLATE_PATTERN, _randomChars(6));
      }
      const name = [
        opts.prefix ? opts.prefix : "tmp",
        "-",
        process.pid,
        "-",
        _randomChars(12),
        opts.postfix ? "-" + opts.postfix : ""
      ].join("");
      return path16.join(tmpDir, opts.dir, name);
    }
    function _assertPath(option, value) {
      if (typeof value !== "string") {
        throw new Error(`${option} option must be a string, got "${typeof value}".`);
      }
      if (value.includes("..")) {
        throw new Error("Relative value not allowed");
      }
      return value;
    }
    function _assertOptionsBase(options) {
      if (!_isUndefined(options.name)) {
        const name = options.name;
        if (path16.isAbsolute(name)) throw new Error(`name option must not contain an absolute path, found "${name}".`);
        const basename2 = path16.basename(name);
        if (basename2 === ".." || basename2 === "." || basename2 !== name) {
          throw new Error(`name option must not contain a path, found "${name}".`);
        }
      }
      if (!_isUndefined(options.template)) {
        if (typeof options.template !== "string") {
          throw new Error(`template option must be a string, got "${typeof options.template}".`);
        }
        if (!options.template.match(TEMPLATE_PATTERN)) {
          throw new Error(`Invalid template, found "${options.template}".`);
        }
      }
      if (!_isUndefined(options.tries) && isNaN(options.tries) || options.tries < 0) {
        throw new Error(`Invalid tries, found "${options.tries}".`);
      }
      options.tries = _isUndefined(options.name) ? options.tries || DEFAULT_TRIES : 1;
      options.keep = !!options.keep;
      options.detachDescriptor = !!options.detachDescriptor;
      options.discardDescriptor = !!options.discardDescriptor;
      options.unsafeCleanup = !!options.unsafeCleanup;
      options.prefix = _isUndefined(options.prefix) ? "" : _assertPath("prefix", options.prefix);
      options.postfix = _isUndefined(options.postfix) ? "" : _assertPath("postfix", options.postfix);
      options.template = _isUndefined(options.template) ? void 0 : _assertPath("template", options.template);
    }
    function _getRelativePath(option, name, tmpDir, cb) {
      if (_isUndefined(name)) return cb(null);
      _resolvePath(name, tmpDir, function(err, resolvedPath) {
        if (err) return cb(err);
        const relativePath = path16.relative(tmpDir, resolvedPath);
        if (relativePath.startsWith("..") || path16.isAbsolute(relativePath)) {
          return cb(new Error(`${option} option must be relative to "${tmpDir}", found "${relativePath}".`));
        }
        cb(null, relativePath);
      });
    }
    function _getRelativePathSync(option, name, tmpDir) {
      if (_isUndefined(name)) return;
      const resolvedPath = _resolvePathSync(name, tmpDir);
      const relativePath = path16.relative(tmpDir, resolvedPath);
      if (relativePath.startsWith("..") || path16.isAbsolute(relativePath)) {
        throw new Error(`${option} option must be relative to "${tmpDir}", found "${relativePath}".`);
      }
      return relativePath;
    }
    function _assertAndSanitizeOptions(options, cb) {
      _getTmpDir(options, function(err, tmpDir) {
        if (err) return cb(err);
        options.tmpdir = tmpDir;
        try {
          _assertOptionsBase(options, tmpDir);
        } catch (err2) {
          return cb(err2);
        }
        _getRelativePath("dir", options.dir, tmpDir, function(err2, dir2) {
          if (err2) return cb(err2);
          options.dir = _isUndefined(dir2) ? "" : dir2;
          _getRelativePath("template", options.template, tmpDir, function(err3, template) {
            if (err3) return cb(err3);
            options.template = template;
            cb(null, options);
          });
        });
      });
    }
    function _assertAndSanitizeOptionsSync(options) {
      const tmpDir = options.tmpdir = _getTmpDirSync(options);
      _assertOptionsBase(options, tmpDir);
      const dir2 = _getRelativePathSync("dir", options.dir, tmpDir);
      options.dir = _isUndefined(dir2) ? "" : dir2;
      options.template = _getRelativePathSync("template", options.template, tmpDir);
      return options;
    }
    function _isEBADF(error) {
      return _isExpectedError(error, -EBADF, "EBADF");
    }
    function _isENOENT(error) {
      return _isExpectedError(error, -ENOENT, "ENOENT");
    }
    function _isExpectedError(error, errno, code) {
      return IS_WIN32 ? error.code === code : error.code === code && error.errno === errno;
    }
    function setGracefulCleanup() {
      _gracefulCleanup = true;
    }
    function _getTmpDir(options, cb) {
      return fs.realpath(options && options.tmpdir || os.tmpdir(), cb);
    }
    function _getTmpDirSync(options) {
      return fs.realpathSync(options && options.tmpdir || os.tmpdir());
    }
    process.addListener(EXIT, _garbageCollector);
    Object.defineProperty(module.exports, "tmpdir", {
      enumerable: true,
      configurable: false,
      get: function() {
        return _getTmpDirSync();
      }
    });
    module.exports.dir = dir;
    module.exports.dirSync = dirSync;
    module.exports.file = file;
    module.exports.fileSync = fileSync;
    module.exports.tmpName = tmpName;
    module.exports.tmpNameSync = tmpNameSync;
    module.exports.setGracefulCleanup = setGracefulCleanup;
  }
});

// node_modules/fengari/src/loslib.js
var require_loslib = __commonJS({
  "node_modules/fengari/src/loslib.js"(exports, module) {
    "use strict";
    var {
      LUA_TNIL,
      LUA_TTABLE,
      lua_close,
      lua_createtable,
      lua_getfield,
      lua_isboolean,
      lua_isnoneornil,
      lua_pop,
      lua_pushboolean,
      lua_pushfstring,
      lua_pushinteger,
      lua_pushliteral,
      lua_pushnil,
      lua_pushnumber,
      lua_pushstring,
      lua_setfield,
      lua_settop,
      lua_toboolean,
      lua_tointegerx
    } = require_lua();
    var {
      luaL_Buffer,
      luaL_addchar,
      luaL_addstring,
      // luaL_argcheck,
      luaL_argerror,
      luaL_buffinit,
      luaL_checkinteger,
      luaL_checkoption,
      luaL_checkstring,
      luaL_checktype,
      luaL_error,
      luaL_execresult,
      luaL_fileresult,
      luaL_newlib,
      luaL_optinteger,
      luaL_optlstring,
      luaL_optstring,
      luaL_pushresult
    } = require_lauxlib();
    var {
      luastring_eq,
      to_jsstring: to_jsstring3,
      to_luastring: to_luastring10
    } = require_fengaricore();
    var LUA_STRFTIMEOPTIONS = to_luastring10("aAbBcCdDeFhHIjklmMnpPrRStTuUwWxXyYzZ%");
    var setfield = function(L, key, value) {
      lua_pushinteger(L, value);
      lua_setfield(L, -2, to_luastring10(key, true));
    };
    var setallfields = function(L, time, utc) {
      setfield(L, "sec", utc ? time.getUTCSeconds() : time.getSeconds());
      setfield(L, "min", utc ? time.getUTCMinutes() : time.getMinutes());
      setfield(L, "hour", utc ? time.getUTCHours() : time.getHours());
      setfield(L, "day", utc ? time.getUTCDate() : time.getDate());
      setfield(L, "month", (utc ? time.getUTCMonth() : time.getMonth()) + 1);
      setfield(L, "year", utc ? time.getUTCFullYear() : time.getFullYear());
      setfield(L, "wday", (utc ? time.getUTCDay() : time.getDay()) + 1);
      setfield(L, "yday", Math.floor((time - new Date(
        time.getFullYear(),
        0,
        0
        /* shortcut to correct day by one */
      )) / 864e5));
    };
    var L_MAXDATEFIELD = Number.MAX_SAFE_INTEGER / 2;
    var getfield = function(L, key, d, delta) {
      let t = lua_getfield(L, -1, to_luastring10(key, true));
      let res = lua_tointegerx(L, -1);
      if (res === false) {
        if (t !== LUA_TNIL)
          return luaL_error(L, to_luastring10("field '%s' is not an integer"), key);
        else if (d < 0)
          return luaL_error(L, to_luastring10("field '%s' missing in date table"), key);
        res = d;
      } else {
        if (!(-L_MAXDATEFIELD <= res && res <= L_MAXDATEFIELD))
          return luaL_error(L, to_luastring10("field '%s' is out-of-bound"), key);
        res -= delta;
      }
      lua_pop(L, 1);
      return res;
    };
    var locale = {
      days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"].map((s) => to_luastring10(s)),
      shortDays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].map((s) => to_luastring10(s)),
      months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].map((s) => to_luastring10(s)),
      shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map((s) => to_luastring10(s)),
      AM: to_luastring10("AM"),
      PM: to_luastring10("PM"),
      am: to_luastring10("am"),
      pm: to_luastring10("pm"),
      formats: {
        c: to_luastring10("%a %b %e %H:%M:%S %Y"),
        D: to_luastring10("%m/%d/%y"),
        F: to_luastring10("%Y-%m-%d"),
        R: to_luastring10("%H:%M"),
        r: to_luastring10("%I:%M:%S %p"),
        T: to_luastring10("%H:%M:%S"),
        X: to_luastring10("%T"),
        x: to_luastring10("%D")
      }
    };
    var week_number = function(date, start_of_week) {
      let weekday = date.getDay();
      if (start_of_week === "monday") {
        if (weekday === 0)
          weekday = 6;
        else
          weekday--;
      }
      let yday = (date - new Date(date.getFullYear(), 0, 1)) / 864e5;
      return Math.floor((yday + 7 - weekday) / 7);
    };
    var push_pad_2 = function(b, n2, pad) {
      if (n2 < 10)
        luaL_addchar(b, pad);
      luaL_addstring(b, to_luastring10(String(n2)));
    };
    var strftime = function(L, b, s, date) {
      let i2 = 0;
      while (i2 < s.length) {
        if (s[i2] !== 37) {
          luaL_addchar(b, s[i2++]);
        } else {
          i2++;
          let len = checkoption(L, s, i2);
          switch (s[i2]) {
            // '%'
            case 37:
              luaL_addchar(b, 37);
              break;
            // 'Thursday'
            case 65:
              luaL_addstring(b, locale.days[date.getDay()]);
              break;
            // 'January'
            case 66:
              luaL_addstring(b, locale.months[date.getMonth()]);
              break;
            // '19'
            case 67:
              push_pad_2(
                b,
                Math.floor(date.getFullYear() / 100),
                48
                /* 0 */
              );
              break;
            // '01/01/70'
            case 68:
              strftime(L, b, locale.formats.D, date);
              break;
            // '1970-01-01'
            case 70:
              strftime(L, b, locale.formats.F, date);
              break;
            // '00'
            case 72:
              push_pad_2(
                b,
                date.getHours(),
                48
                /* 0 */
              );
              break;
            // '12'
            case 73:
              push_pad_2(
                b,
                (date.getHours() + 11) % 12 + 1,
                48
                /* 0 */
              );
              break;
            // '00'
            case 77:
              push_pad_2(
                b,
                date.getMinutes(),
                48
                /* 0 */
              );
              break;
            // 'am'
            case 80:
              luaL_addstring(b, date.getHours() < 12 ? locale.am : locale.pm);
              break;
            // '00:00'
            case 82:
              strftime(L, b, locale.formats.R, date);
              break;
            // '00'
            case 83:
              push_pad_2(
                b,
                date.getSeconds(),
                48
                /* 0 */
              );
              break;
            // '00:00:00'
            case 84:
              strftime(L, b, locale.formats.T, date);
              break;
            // '00'
            case 85:
              push_pad_2(
                b,
                week_number(date, "sunday"),
                48
                /* 0 */
              );
              break;
            // '00'
            case 87:
              push_pad_2(
                b,
                week_number(date, "monday"),
                48
                /* 0 */
              );
              break;
            // '16:00:00'
            case 88:
              strftime(L, b, locale.formats.X, date);
              break;
            // '1970'
            case 89:
              luaL_addstring(b, to_luastring10(String(date.getFullYear())));
              break;
            // 'GMT'
            case 90: {
              let tzString = date.toString().match(/\(([\w\s]+)\)/);
              if (tzString)
                luaL_addstring(b, to_luastring10(tzString[1]));
              break;
            }
            // 'Thu'
            case 97:
              luaL_addstring(b, locale.shortDays[date.getDay()]);
              break;
            // 'Jan'
            case 98:
            case 104:
              luaL_addstring(b, locale.shortMonths[date.getMonth()]);
              break;
            // ''
            case 99:
              strftime(L, b, locale.formats.c, date);
              break;
            // '01'
            case 100:
              push_pad_2(
                b,
                date.getDate(),
                48
                /* 0 */
              );
              break;
            // ' 1'
            case 101:
              push_pad_2(
                b,
                date.getDate(),
                32
                /* space */
              );
              break;
            // '000'
            case 106: {
              let yday = Math.floor((date - new Date(date.getFullYear(), 0, 1)) / 864e5);
              if (yday < 100) {
                if (yday < 10)
                  luaL_addchar(
                    b,
                    48
                    /* 0 */
                  );
                luaL_addchar(
                  b,
                  48
                  /* 0 */
                );
              }
              luaL_addstring(b, to_luastring10(String(yday)));
              break;
            }
            // ' 0'
            case 107:
              push_pad_2(
                b,
                date.getHours(),
                32
                /* space */
              );
              break;
            // '12'
            case 108:
              push_pad_2(
                b,
                (date.getHours() + 11) % 12 + 1,
                32
                /* space */
              );
              break;
            // '01'
            case 109:
              push_pad_2(
                b,
                date.getMonth() + 1,
                48
                /* 0 */
              );
              break;
            // '\n'
            case 110:
              luaL_addchar(b, 10);
              break;
            // 'AM'
            case 112:
              luaL_addstring(b, date.getHours() < 12 ? locale.AM : locale.PM);
              break;
            // '12:00:00 AM'
            case 114:
              strftime(L, b, locale.formats.r, date);
              break;
            // '0'
            case 115:
              luaL_addstring(b, to_luastring10(String(Math.floor(date / 1e3))));
              break;
            // '\t'
            case 116:
              luaL_addchar(b, 8);
              break;
            // '4'
            case 117: {
              let day = date.getDay();
              luaL_addstring(b, to_luastring10(String(day === 0 ? 7 : day)));
              break;
            }
            // '4'
            case 119:
              luaL_addstring(b, to_luastring10(String(date.getDay())));
              break;
            // '12/31/69'
            case 120:
              strftime(L, b, locale.formats.x, date);
              break;
            // '70'
            case 121:
              push_pad_2(
                b,
                date.getFullYear() % 100,
                48
                /* 0 */
              );
              break;
            // '+0000'
            case 122: {
              let off = date.getTimezoneOffset();
              if (off > 0) {
                luaL_addchar(
                  b,
                  45
                  /* - */
                );
              } else {
                off = -off;
                luaL_addchar(
                  b,
                  43
                  /* + */
                );
              }
              push_pad_2(
                b,
                Math.floor(off / 60),
                48
                /* 0 */
              );
              push_pad_2(
                b,
                off % 60,
                48
                /* 0 */
              );
              break;
            }
          }
          i2 += len;
        }
      }
    };
    var checkoption = function(L, conv, i2) {
      let option = LUA_STRFTIMEOPTIONS;
      let o2 = 0;
      let oplen = 1;
      for (; o2 < option.length && oplen <= conv.length - i2; o2 += oplen) {
        if (option[o2] === "|".charCodeAt(0))
          oplen++;
        else if (luastring_eq(conv.subarray(i2, i2 + oplen), option.subarray(o2, o2 + oplen))) {
          return oplen;
        }
      }
      luaL_argerror(
        L,
        1,
        lua_pushfstring(L, to_luastring10("invalid conversion specifier '%%%s'"), conv)
      );
    };
    var os_date = function(L) {
      let s = luaL_optlstring(L, 1, "%c");
      let stm = lua_isnoneornil(L, 2) ? /* @__PURE__ */ new Date() : new Date(l_checktime(L, 2) * 1e3);
      let utc = false;
      let i2 = 0;
      if (s[i2] === "!".charCodeAt(0)) {
        utc = true;
        i2++;
      }
      if (s[i2] === "*".charCodeAt(0) && s[i2 + 1] === "t".charCodeAt(0)) {
        lua_createtable(L, 0, 9);
        setallfields(L, stm, utc);
      } else {
        let cc = new Uint8Array(4);
        cc[0] = "%".charCodeAt(0);
        let b = new luaL_Buffer();
        luaL_buffinit(L, b);
        strftime(L, b, s, stm);
        luaL_pushresult(b);
      }
      return 1;
    };
    var os_time = function(L) {
      let t;
      if (lua_isnoneornil(L, 1))
        t = /* @__PURE__ */ new Date();
      else {
        luaL_checktype(L, 1, LUA_TTABLE);
        lua_settop(L, 1);
        t = new Date(
          getfield(L, "year", -1, 0),
          getfield(L, "month", -1, 1),
          getfield(L, "day", -1, 0),
          getfield(L, "hour", 12, 0),
          getfield(L, "min", 0, 0),
          getfield(L, "sec", 0, 0)
        );
        setallfields(L, t);
      }
      lua_pushinteger(L, Math.floor(t / 1e3));
      return 1;
    };
    var l_checktime = function(L, arg) {
      let t = luaL_checkinteger(L, arg);
      return t;
    };
    var os_difftime = function(L) {
      let t1 = l_checktime(L, 1);
      let t2 = l_checktime(L, 2);
      lua_pushnumber(L, t1 - t2);
      return 1;
    };
    var catnames = ["all", "collate", "ctype", "monetary", "numeric", "time"].map((lc) => to_luastring10(lc));
    var C = to_luastring10("C");
    var POSIX = to_luastring10("POSIX");
    var os_setlocale = function(L) {
      const l = luaL_optstring(L, 1, null);
      luaL_checkoption(L, 2, "all", catnames);
      lua_pushstring(L, l === null || l.length == 0 || luastring_eq(l, C) || luastring_eq(l, POSIX) ? C : null);
      return 1;
    };
    var syslib = {
      "date": os_date,
      "difftime": os_difftime,
      "setlocale": os_setlocale,
      "time": os_time
    };
    if (typeof process === "undefined") {
      syslib.clock = function(L) {
        lua_pushnumber(L, performance.now() / 1e3);
        return 1;
      };
    } else {
      const fs = __require("fs");
      const tmp = require_tmp();
      const child_process = __require("child_process");
      syslib.exit = function(L) {
        let status;
        if (lua_isboolean(L, 1))
          status = lua_toboolean(L, 1) ? 0 : 1;
        else
          status = luaL_optinteger(L, 1, 0);
        if (lua_toboolean(L, 2))
          lua_close(L);
        if (L) process.exit(status);
        return 0;
      };
      syslib.getenv = function(L) {
        let key = luaL_checkstring(L, 1);
        key = to_jsstring3(key);
        if (Object.prototype.hasOwnProperty.call(process.env, key)) {
          lua_pushliteral(L, process.env[key]);
        } else {
          lua_pushnil(L);
        }
        return 1;
      };
      syslib.clock = function(L) {
        lua_pushnumber(L, process.uptime());
        return 1;
      };
      const lua_tmpname = function() {
        return tmp.tmpNameSync();
      };
      syslib.remove = function(L) {
        let filename = luaL_checkstring(L, 1);
        try {
          fs.unlinkSync(filename);
        } catch (e) {
          if (e.code === "EISDIR") {
            try {
              fs.rmdirSync(filename);
            } catch (e2) {
              return luaL_fileresult(L, false, filename, e2);
            }
          } else {
            return luaL_fileresult(L, false, filename, e);
          }
        }
        return luaL_fileresult(L, true);
      };
      syslib.rename = function(L) {
        let fromname = luaL_checkstring(L, 1);
        let toname = luaL_checkstring(L, 2);
        try {
          fs.renameSync(fromname, toname);
        } catch (e) {
          return luaL_fileresult(L, false, false, e);
        }
        return luaL_fileresult(L, true);
      };
      syslib.tmpname = function(L) {
        let name = lua_tmpname();
        if (!name)
          return luaL_error(L, to_luastring10("unable to generate a unique filename"));
        lua_pushstring(L, to_luastring10(name));
        return 1;
      };
      syslib.execute = function(L) {
        let cmd = luaL_optstring(L, 1, null);
        if (cmd !== null) {
          cmd = to_jsstring3(cmd);
          try {
            child_process.execSync(
              cmd,
              {
                stdio: [process.stdin, process.stdout, process.stderr]
              }
            );
          } catch (e) {
            return luaL_execresult(L, e);
          }
          return luaL_execresult(L, null);
        } else {
          lua_pushboolean(L, 1);
          return 1;
        }
      };
    }
    var luaopen_os = function(L) {
      luaL_newlib(L, syslib);
      return 1;
    };
    module.exports.luaopen_os = luaopen_os;
  }
});

// node_modules/sprintf-js/src/sprintf.js
var require_sprintf = __commonJS({
  "node_modules/sprintf-js/src/sprintf.js"(exports) {
    !(function() {
      "use strict";
      var re = {
        not_string: /[^s]/,
        not_bool: /[^t]/,
        not_type: /[^T]/,
        not_primitive: /[^v]/,
        number: /[diefg]/,
        numeric_arg: /[bcdiefguxX]/,
        json: /[j]/,
        not_json: /[^j]/,
        text: /^[^\x25]+/,
        modulo: /^\x25{2}/,
        placeholder: /^\x25(?:([1-9]\d*)\$|\(([^)]+)\))?(\+)?(0|'[^$])?(-)?(\d+)?(?:\.(\d+))?([b-gijostTuvxX])/,
        key: /^([a-z_][a-z_\d]*)/i,
        key_access: /^\.([a-z_][a-z_\d]*)/i,
        index_access: /^\[(\d+)\]/,
        sign: /^[+-]/
      };
      function sprintf(key) {
        return sprintf_format(sprintf_parse(key), arguments);
      }
      function vsprintf(fmt, argv) {
        return sprintf.apply(null, [fmt].concat(argv || []));
      }
      function sprintf_format(parse_tree, argv) {
        var cursor = 1, tree_length = parse_tree.length, arg, output = "", i2, k, ph, pad, pad_character, pad_length, is_positive, sign;
        for (i2 = 0; i2 < tree_length; i2++) {
          if (typeof parse_tree[i2] === "string") {
            output += parse_tree[i2];
          } else if (typeof parse_tree[i2] === "object") {
            ph = parse_tree[i2];
            if (ph.keys) {
              arg = argv[cursor];
              for (k = 0; k < ph.keys.length; k++) {
                if (arg == void 0) {
                  throw new Error(sprintf('[sprintf] Cannot access property "%s" of undefined value "%s"', ph.keys[k], ph.keys[k - 1]));
                }
                arg = arg[ph.keys[k]];
              }
            } else if (ph.param_no) {
              arg = argv[ph.param_no];
            } else {
              arg = argv[cursor++];
            }
            if (re.not_type.test(ph.type) && re.not_primitive.test(ph.type) && arg instanceof Function) {
              arg = arg();
            }
            if (re.numeric_arg.test(ph.type) && (typeof arg !== "number" && isNaN(arg))) {
              throw new TypeError(sprintf("[sprintf] expecting number but found %T", arg));
            }
            if (re.number.test(ph.type)) {
              is_positive = arg >= 0;
            }
            switch (ph.type) {
              case "b":
                arg = parseInt(arg, 10).toString(2);
                break;
              case "c":
                arg = String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
              case "i":
                arg = parseInt(arg, 10);
                break;
              case "j":
                arg = JSON.stringify(arg, null, ph.width ? parseInt(ph.width) : 0);
                break;
              case "e":
                arg = ph.precision ? parseFloat(arg).toExponential(ph.precision) : parseFloat(arg).toExponential();
                break;
              case "f":
                arg = ph.precision ? parseFloat(arg).toFixed(ph.precision) : parseFloat(arg);
                break;
              case "g":
                arg = ph.precision ? String(Number(arg.toPrecision(ph.precision))) : parseFloat(arg);
                break;
              case "o":
                arg = (parseInt(arg, 10) >>> 0).toString(8);
                break;
              case "s":
                arg = String(arg);
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "t":
                arg = String(!!arg);
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "T":
                arg = Object.prototype.toString.call(arg).slice(8, -1).toLowerCase();
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "u":
                arg = parseInt(arg, 10) >>> 0;
                break;
              case "v":
                arg = arg.valueOf();
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "x":
                arg = (parseInt(arg, 10) >>> 0).toString(16);
                break;
              case "X":
                arg = (parseInt(arg, 10) >>> 0).toString(16).toUpperCase();
                break;
            }
            if (re.json.test(ph.type)) {
              output += arg;
            } else {
              if (re.number.test(ph.type) && (!is_positive || ph.sign)) {
                sign = is_positive ? "+" : "-";
                arg = arg.toString().replace(re.sign, "");
              } else {
                sign = "";
              }
              pad_character = ph.pad_char ? ph.pad_char === "0" ? "0" : ph.pad_char.charAt(1) : " ";
              pad_length = ph.width - (sign + arg).length;
              pad = ph.width ? pad_length > 0 ? pad_character.repeat(pad_length) : "" : "";
              output += ph.align ? sign + arg + pad : pad_character === "0" ? sign + pad + arg : pad + sign + arg;
            }
          }
        }
        return output;
      }
      var sprintf_cache = /* @__PURE__ */ Object.create(null);
      function sprintf_parse(fmt) {
        if (sprintf_cache[fmt]) {
          return sprintf_cache[fmt];
        }
        var _fmt = fmt, match, parse_tree = [], arg_names = 0;
        while (_fmt) {
          if ((match = re.text.exec(_fmt)) !== null) {
            parse_tree.push(match[0]);
          } else if ((match = re.modulo.exec(_fmt)) !== null) {
            parse_tree.push("%");
          } else if ((match = re.placeholder.exec(_fmt)) !== null) {
            if (match[2]) {
              arg_names |= 1;
              var field_list = [], replacement_field = match[2], field_match = [];
              if ((field_match = re.key.exec(replacement_field)) !== null) {
                field_list.push(field_match[1]);
                while ((replacement_field = replacement_field.substring(field_match[0].length)) !== "") {
                  if ((field_match = re.key_access.exec(replacement_field)) !== null) {
                    field_list.push(field_match[1]);
                  } else if ((field_match = re.index_access.exec(replacement_field)) !== null) {
                    field_list.push(field_match[1]);
                  } else {
                    throw new SyntaxError("[sprintf] failed to parse named argument key");
                  }
                }
              } else {
                throw new SyntaxError("[sprintf] failed to parse named argument key");
              }
              match[2] = field_list;
            } else {
              arg_names |= 2;
            }
            if (arg_names === 3) {
              throw new Error("[sprintf] mixing positional and named placeholders is not (yet) supported");
            }
            parse_tree.push(
              {
                placeholder: match[0],
                param_no: match[1],
                keys: match[2],
                sign: match[3],
                pad_char: match[4],
                align: match[5],
                width: match[6],
                precision: match[7],
                type: match[8]
              }
            );
          } else {
            throw new SyntaxError("[sprintf] unexpected placeholder");
          }
          _fmt = _fmt.substring(match[0].length);
        }
        return sprintf_cache[fmt] = parse_tree;
      }
      if (typeof exports !== "undefined") {
        exports["sprintf"] = sprintf;
        exports["vsprintf"] = vsprintf;
      }
      if (typeof window !== "undefined") {
        window["sprintf"] = sprintf;
        window["vsprintf"] = vsprintf;
        if (typeof define === "function" && define["amd"]) {
          define(function() {
            return {
              "sprintf": sprintf,
              "vsprintf": vsprintf
            };
          });
        }
      }
    })();
  }
});

// node_modules/fengari/src/lstrlib.js
var require_lstrlib = __commonJS({
  "node_modules/fengari/src/lstrlib.js"(exports, module) {
    "use strict";
    var { sprintf } = require_sprintf();
    var {
      LUA_INTEGER_FMT,
      LUA_INTEGER_FRMLEN,
      LUA_MININTEGER,
      LUA_NUMBER_FMT,
      LUA_NUMBER_FRMLEN,
      frexp,
      lua_getlocaledecpoint
    } = require_luaconf();
    var {
      LUA_TBOOLEAN,
      LUA_TFUNCTION,
      LUA_TNIL,
      LUA_TNUMBER,
      LUA_TSTRING,
      LUA_TTABLE,
      lua_call,
      lua_createtable,
      lua_dump,
      lua_gettable,
      lua_gettop,
      lua_isinteger,
      lua_isstring,
      lua_pop,
      lua_pushcclosure,
      lua_pushinteger,
      lua_pushlightuserdata,
      lua_pushliteral,
      lua_pushlstring,
      lua_pushnil,
      lua_pushnumber,
      lua_pushstring,
      lua_pushvalue,
      lua_remove,
      lua_setfield,
      lua_setmetatable,
      lua_settop,
      lua_toboolean,
      lua_tointeger,
      lua_tonumber,
      lua_tostring,
      lua_touserdata,
      lua_type,
      lua_upvalueindex
    } = require_lua();
    var {
      luaL_Buffer,
      luaL_addchar,
      luaL_addlstring,
      luaL_addsize,
      luaL_addstring,
      luaL_addvalue,
      luaL_argcheck,
      luaL_argerror,
      luaL_buffinit,
      luaL_buffinitsize,
      luaL_checkinteger,
      luaL_checknumber,
      luaL_checkstack,
      luaL_checkstring,
      luaL_checktype,
      luaL_error,
      luaL_newlib,
      luaL_optinteger,
      luaL_optstring,
      luaL_prepbuffsize,
      luaL_pushresult,
      luaL_pushresultsize,
      luaL_tolstring,
      luaL_typename
    } = require_lauxlib();
    var lualib2 = require_lualib();
    var {
      luastring_eq,
      luastring_indexOf,
      to_jsstring: to_jsstring3,
      to_luastring: to_luastring10
    } = require_fengaricore();
    var sL_ESC = "%";
    var L_ESC = sL_ESC.charCodeAt(0);
    var LUA_MAXCAPTURES = 32;
    var MAXSIZE = 2147483647;
    var strlen = function(s) {
      let len = luastring_indexOf(s, 0);
      return len > -1 ? len : s.length;
    };
    var posrelat = function(pos, len) {
      if (pos >= 0) return pos;
      else if (0 - pos > len) return 0;
      else return len + pos + 1;
    };
    var str_sub = function(L) {
      let s = luaL_checkstring(L, 1);
      let l = s.length;
      let start = posrelat(luaL_checkinteger(L, 2), l);
      let end = posrelat(luaL_optinteger(L, 3, -1), l);
      if (start < 1) start = 1;
      if (end > l) end = l;
      if (start <= end)
        lua_pushstring(L, s.subarray(start - 1, start - 1 + (end - start + 1)));
      else lua_pushliteral(L, "");
      return 1;
    };
    var str_len = function(L) {
      lua_pushinteger(L, luaL_checkstring(L, 1).length);
      return 1;
    };
    var str_char = function(L) {
      let n2 = lua_gettop(L);
      let b = new luaL_Buffer();
      let p = luaL_buffinitsize(L, b, n2);
      for (let i2 = 1; i2 <= n2; i2++) {
        let c3 = luaL_checkinteger(L, i2);
        luaL_argcheck(L, c3 >= 0 && c3 <= 255, "value out of range");
        p[i2 - 1] = c3;
      }
      luaL_pushresultsize(b, n2);
      return 1;
    };
    var writer = function(L, b, size, B) {
      luaL_addlstring(B, b, size);
      return 0;
    };
    var str_dump = function(L) {
      let b = new luaL_Buffer();
      let strip = lua_toboolean(L, 2);
      luaL_checktype(L, 1, LUA_TFUNCTION);
      lua_settop(L, 1);
      luaL_buffinit(L, b);
      if (lua_dump(L, writer, b, strip) !== 0)
        return luaL_error(L, to_luastring10("unable to dump given function"));
      luaL_pushresult(b);
      return 1;
    };
    var SIZELENMOD = LUA_NUMBER_FRMLEN.length + 1;
    var L_NBFD = 1;
    var num2straux = function(x) {
      if (Object.is(x, Infinity))
        return to_luastring10("inf");
      else if (Object.is(x, -Infinity))
        return to_luastring10("-inf");
      else if (Number.isNaN(x))
        return to_luastring10("nan");
      else if (x === 0) {
        let zero = sprintf(LUA_NUMBER_FMT + "x0p+0", x);
        if (Object.is(x, -0))
          zero = "-" + zero;
        return to_luastring10(zero);
      } else {
        let buff = "";
        let fe = frexp(x);
        let m = fe[0];
        let e = fe[1];
        if (m < 0) {
          buff += "-";
          m = -m;
        }
        buff += "0x";
        buff += (m * (1 << L_NBFD)).toString(16);
        e -= L_NBFD;
        buff += sprintf("p%+d", e);
        return to_luastring10(buff);
      }
    };
    var lua_number2strx = function(L, fmt, x) {
      let buff = num2straux(x);
      if (fmt[SIZELENMOD] === 65) {
        for (let i2 = 0; i2 < buff.length; i2++) {
          let c3 = buff[i2];
          if (c3 >= 97)
            buff[i2] = c3 & 223;
        }
      } else if (fmt[SIZELENMOD] !== 97)
        luaL_error(L, to_luastring10("modifiers for format '%%a'/'%%A' not implemented"));
      return buff;
    };
    var FLAGS = to_luastring10("-+ #0");
    var isalpha = (e) => 97 <= e && e <= 122 || 65 <= e && e <= 90;
    var isdigit = (e) => 48 <= e && e <= 57;
    var iscntrl = (e) => 0 <= e && e <= 31 || e === 127;
    var isgraph = (e) => 33 <= e && e <= 126;
    var islower = (e) => 97 <= e && e <= 122;
    var isupper = (e) => 65 <= e && e <= 90;
    var isalnum = (e) => 97 <= e && e <= 122 || 65 <= e && e <= 90 || 48 <= e && e <= 57;
    var ispunct = (e) => isgraph(e) && !isalnum(e);
    var isspace = (e) => e === 32 || e >= 9 && e <= 13;
    var isxdigit = (e) => 48 <= e && e <= 57 || 65 <= e && e <= 70 || 97 <= e && e <= 102;
    var addquoted = function(b, s, len) {
      luaL_addchar(
        b,
        34
        /* '"'.charCodeAt(0) */
      );
      let i2 = 0;
      while (len--) {
        if (s[i2] === 34 || s[i2] === 92 || s[i2] === 10) {
          luaL_addchar(
            b,
            92
            /* '\\'.charCodeAt(0) */
          );
          luaL_addchar(b, s[i2]);
        } else if (iscntrl(s[i2])) {
          let buff = "" + s[i2];
          if (isdigit(s[i2 + 1]))
            buff = ("000" + buff).slice(-3);
          luaL_addstring(b, to_luastring10("\\" + buff));
        } else
          luaL_addchar(b, s[i2]);
        i2++;
      }
      luaL_addchar(
        b,
        34
        /* '"'.charCodeAt(0) */
      );
    };
    var checkdp = function(buff) {
      if (luastring_indexOf(
        buff,
        46
        /* ('.').charCodeAt(0) */
      ) < 0) {
        let point = lua_getlocaledecpoint();
        let ppoint = luastring_indexOf(buff, point);
        if (ppoint) buff[ppoint] = 46;
      }
    };
    var addliteral = function(L, b, arg) {
      switch (lua_type(L, arg)) {
        case LUA_TSTRING: {
          let s = lua_tostring(L, arg);
          addquoted(b, s, s.length);
          break;
        }
        case LUA_TNUMBER: {
          let buff;
          if (!lua_isinteger(L, arg)) {
            let n2 = lua_tonumber(L, arg);
            buff = lua_number2strx(L, to_luastring10(`%${LUA_INTEGER_FRMLEN}a`), n2);
            checkdp(buff);
          } else {
            let n2 = lua_tointeger(L, arg);
            let format2 = n2 === LUA_MININTEGER ? "0x%" + LUA_INTEGER_FRMLEN + "x" : LUA_INTEGER_FMT;
            buff = to_luastring10(sprintf(format2, n2));
          }
          luaL_addstring(b, buff);
          break;
        }
        case LUA_TNIL:
        case LUA_TBOOLEAN: {
          luaL_tolstring(L, arg);
          luaL_addvalue(b);
          break;
        }
        default: {
          luaL_argerror(L, arg, to_luastring10("value has no literal form"));
        }
      }
    };
    var scanformat = function(L, strfrmt, i2, form) {
      let p = i2;
      while (strfrmt[p] !== 0 && luastring_indexOf(FLAGS, strfrmt[p]) >= 0) p++;
      if (p - i2 >= FLAGS.length)
        luaL_error(L, to_luastring10("invalid format (repeated flags)"));
      if (isdigit(strfrmt[p])) p++;
      if (isdigit(strfrmt[p])) p++;
      if (strfrmt[p] === 46) {
        p++;
        if (isdigit(strfrmt[p])) p++;
        if (isdigit(strfrmt[p])) p++;
      }
      if (isdigit(strfrmt[p]))
        luaL_error(L, to_luastring10("invalid format (width or precision too long)"));
      form[0] = 37;
      for (let j = 0; j < p - i2 + 1; j++)
        form[j + 1] = strfrmt[i2 + j];
      return p;
    };
    var addlenmod = function(form, lenmod) {
      let l = form.length;
      let lm = lenmod.length;
      let spec = form[l - 1];
      for (let i2 = 0; i2 < lm; i2++)
        form[i2 + l - 1] = lenmod[i2];
      form[l + lm - 1] = spec;
    };
    var str_format = function(L) {
      let top = lua_gettop(L);
      let arg = 1;
      let strfrmt = luaL_checkstring(L, arg);
      let i2 = 0;
      let b = new luaL_Buffer();
      luaL_buffinit(L, b);
      while (i2 < strfrmt.length) {
        if (strfrmt[i2] !== L_ESC) {
          luaL_addchar(b, strfrmt[i2++]);
        } else if (strfrmt[++i2] === L_ESC) {
          luaL_addchar(b, strfrmt[i2++]);
        } else {
          let form = [];
          if (++arg > top)
            luaL_argerror(L, arg, to_luastring10("no value"));
          i2 = scanformat(L, strfrmt, i2, form);
          switch (String.fromCharCode(strfrmt[i2++])) {
            case "c": {
              luaL_addchar(b, luaL_checkinteger(L, arg));
              break;
            }
            case "d":
            case "i":
            case "o":
            case "u":
            case "x":
            case "X": {
              let n2 = luaL_checkinteger(L, arg);
              addlenmod(form, to_luastring10(LUA_INTEGER_FRMLEN, true));
              luaL_addstring(b, to_luastring10(sprintf(String.fromCharCode(...form), n2)));
              break;
            }
            case "a":
            case "A": {
              addlenmod(form, to_luastring10(LUA_INTEGER_FRMLEN, true));
              luaL_addstring(b, lua_number2strx(L, form, luaL_checknumber(L, arg)));
              break;
            }
            case "e":
            case "E":
            case "f":
            case "g":
            case "G": {
              let n2 = luaL_checknumber(L, arg);
              addlenmod(form, to_luastring10(LUA_INTEGER_FRMLEN, true));
              luaL_addstring(b, to_luastring10(sprintf(String.fromCharCode(...form), n2)));
              break;
            }
            case "q": {
              addliteral(L, b, arg);
              break;
            }
            case "s": {
              let s = luaL_tolstring(L, arg);
              if (form.length <= 2 || form[2] === 0) {
                luaL_addvalue(b);
              } else {
                luaL_argcheck(L, s.length === strlen(s), arg, "string contains zeros");
                if (luastring_indexOf(
                  form,
                  46
                  /* '.'.charCodeAt(0) */
                ) < 0 && s.length >= 100) {
                  luaL_addvalue(b);
                } else {
                  luaL_addstring(b, to_luastring10(sprintf(String.fromCharCode(...form), to_jsstring3(s))));
                  lua_pop(L, 1);
                }
              }
              break;
            }
            default: {
              return luaL_error(L, to_luastring10("invalid option '%%%c' to 'format'"), strfrmt[i2 - 1]);
            }
          }
        }
      }
      luaL_pushresult(b);
      return 1;
    };
    var LUAL_PACKPADBYTE = 0;
    var MAXINTSIZE = 16;
    var SZINT = 4;
    var NB = 8;
    var MC = (1 << NB) - 1;
    var MAXALIGN = 8;
    var Header = class {
      constructor(L) {
        this.L = L;
        this.islittle = true;
        this.maxalign = 1;
      }
    };
    var Kint = 0;
    var Kuint = 1;
    var Kfloat = 2;
    var Kchar = 3;
    var Kstring = 4;
    var Kzstr = 5;
    var Kpadding = 6;
    var Kpaddalign = 7;
    var Knop = 8;
    var digit = isdigit;
    var getnum = function(fmt, df) {
      if (fmt.off >= fmt.s.length || !digit(fmt.s[fmt.off]))
        return df;
      else {
        let a2 = 0;
        do {
          a2 = a2 * 10 + (fmt.s[fmt.off++] - 48);
        } while (fmt.off < fmt.s.length && digit(fmt.s[fmt.off]) && a2 <= (MAXSIZE - 9) / 10);
        return a2;
      }
    };
    var getnumlimit = function(h2, fmt, df) {
      let sz = getnum(fmt, df);
      if (sz > MAXINTSIZE || sz <= 0)
        luaL_error(h2.L, to_luastring10("integral size (%d) out of limits [1,%d]"), sz, MAXINTSIZE);
      return sz;
    };
    var getoption = function(h2, fmt) {
      let r = {
        opt: fmt.s[fmt.off++],
        size: 0
        /* default */
      };
      switch (r.opt) {
        case 98:
          r.size = 1;
          r.opt = Kint;
          return r;
        // sizeof(char): 1
        case 66:
          r.size = 1;
          r.opt = Kuint;
          return r;
        case 104:
          r.size = 2;
          r.opt = Kint;
          return r;
        // sizeof(short): 2
        case 72:
          r.size = 2;
          r.opt = Kuint;
          return r;
        case 108:
          r.size = 4;
          r.opt = Kint;
          return r;
        // sizeof(long): 4
        case 76:
          r.size = 4;
          r.opt = Kuint;
          return r;
        case 106:
          r.size = 4;
          r.opt = Kint;
          return r;
        // sizeof(lua_Integer): 4
        case 74:
          r.size = 4;
          r.opt = Kuint;
          return r;
        case 84:
          r.size = 4;
          r.opt = Kuint;
          return r;
        // sizeof(size_t): 4
        case 102:
          r.size = 4;
          r.opt = Kfloat;
          return r;
        // sizeof(float): 4
        case 100:
          r.size = 8;
          r.opt = Kfloat;
          return r;
        // sizeof(double): 8
        case 110:
          r.size = 8;
          r.opt = Kfloat;
          return r;
        // sizeof(lua_Number): 8
        case 105:
          r.size = getnumlimit(h2, fmt, 4);
          r.opt = Kint;
          return r;
        // sizeof(int): 4
        case 73:
          r.size = getnumlimit(h2, fmt, 4);
          r.opt = Kuint;
          return r;
        case 115:
          r.size = getnumlimit(h2, fmt, 4);
          r.opt = Kstring;
          return r;
        case 99: {
          r.size = getnum(fmt, -1);
          if (r.size === -1)
            luaL_error(h2.L, to_luastring10("missing size for format option 'c'"));
          r.opt = Kchar;
          return r;
        }
        case 122:
          r.opt = Kzstr;
          return r;
        case 120:
          r.size = 1;
          r.opt = Kpadding;
          return r;
        case 88:
          r.opt = Kpaddalign;
          return r;
        case 32:
          break;
        case 60:
          h2.islittle = true;
          break;
        case 62:
          h2.islittle = false;
          break;
        case 61:
          h2.islittle = true;
          break;
        case 33:
          h2.maxalign = getnumlimit(h2, fmt, MAXALIGN);
          break;
        default:
          luaL_error(h2.L, to_luastring10("invalid format option '%c'"), r.opt);
      }
      r.opt = Knop;
      return r;
    };
    var getdetails = function(h2, totalsize, fmt) {
      let r = {
        opt: NaN,
        size: NaN,
        ntoalign: NaN
      };
      let opt = getoption(h2, fmt);
      r.size = opt.size;
      r.opt = opt.opt;
      let align = r.size;
      if (r.opt === Kpaddalign) {
        if (fmt.off >= fmt.s.length || fmt.s[fmt.off] === 0)
          luaL_argerror(h2.L, 1, to_luastring10("invalid next option for option 'X'"));
        else {
          let o2 = getoption(h2, fmt);
          align = o2.size;
          o2 = o2.opt;
          if (o2 === Kchar || align === 0)
            luaL_argerror(h2.L, 1, to_luastring10("invalid next option for option 'X'"));
        }
      }
      if (align <= 1 || r.opt === Kchar)
        r.ntoalign = 0;
      else {
        if (align > h2.maxalign)
          align = h2.maxalign;
        if ((align & align - 1) !== 0)
          luaL_argerror(h2.L, 1, to_luastring10("format asks for alignment not power of 2"));
        r.ntoalign = align - (totalsize & align - 1) & align - 1;
      }
      return r;
    };
    var packint = function(b, n2, islittle, size, neg) {
      let buff = luaL_prepbuffsize(b, size);
      buff[islittle ? 0 : size - 1] = n2 & MC;
      for (let i2 = 1; i2 < size; i2++) {
        n2 >>= NB;
        buff[islittle ? i2 : size - 1 - i2] = n2 & MC;
      }
      if (neg && size > SZINT) {
        for (let i2 = SZINT; i2 < size; i2++)
          buff[islittle ? i2 : size - 1 - i2] = MC;
      }
      luaL_addsize(b, size);
    };
    var str_pack = function(L) {
      let b = new luaL_Buffer();
      let h2 = new Header(L);
      let fmt = {
        s: luaL_checkstring(L, 1),
        /* format string */
        off: 0
      };
      let arg = 1;
      let totalsize = 0;
      lua_pushnil(L);
      luaL_buffinit(L, b);
      while (fmt.off < fmt.s.length) {
        let details = getdetails(h2, totalsize, fmt);
        let opt = details.opt;
        let size = details.size;
        let ntoalign = details.ntoalign;
        totalsize += ntoalign + size;
        while (ntoalign-- > 0)
          luaL_addchar(b, LUAL_PACKPADBYTE);
        arg++;
        switch (opt) {
          case Kint: {
            let n2 = luaL_checkinteger(L, arg);
            if (size < SZINT) {
              let lim = 1 << size * 8 - 1;
              luaL_argcheck(L, -lim <= n2 && n2 < lim, arg, "integer overflow");
            }
            packint(b, n2, h2.islittle, size, n2 < 0);
            break;
          }
          case Kuint: {
            let n2 = luaL_checkinteger(L, arg);
            if (size < SZINT)
              luaL_argcheck(L, n2 >>> 0 < 1 << size * NB, arg, "unsigned overflow");
            packint(b, n2 >>> 0, h2.islittle, size, false);
            break;
          }
          case Kfloat: {
            let buff = luaL_prepbuffsize(b, size);
            let n2 = luaL_checknumber(L, arg);
            let dv = new DataView(buff.buffer, buff.byteOffset, buff.byteLength);
            if (size === 4) dv.setFloat32(0, n2, h2.islittle);
            else dv.setFloat64(0, n2, h2.islittle);
            luaL_addsize(b, size);
            break;
          }
          case Kchar: {
            let s = luaL_checkstring(L, arg);
            let len = s.length;
            luaL_argcheck(L, len <= size, arg, "string longer than given size");
            luaL_addlstring(b, s, len);
            while (len++ < size)
              luaL_addchar(b, LUAL_PACKPADBYTE);
            break;
          }
          case Kstring: {
            let s = luaL_checkstring(L, arg);
            let len = s.length;
            luaL_argcheck(
              L,
              size >= 4 || len < 1 << size * NB,
              arg,
              "string length does not fit in given size"
            );
            packint(b, len, h2.islittle, size, 0);
            luaL_addlstring(b, s, len);
            totalsize += len;
            break;
          }
          case Kzstr: {
            let s = luaL_checkstring(L, arg);
            let len = s.length;
            luaL_argcheck(L, luastring_indexOf(s, 0) < 0, arg, "strings contains zeros");
            luaL_addlstring(b, s, len);
            luaL_addchar(b, 0);
            totalsize += len + 1;
            break;
          }
          case Kpadding:
            luaL_addchar(b, LUAL_PACKPADBYTE);
          /* fall through */
          case Kpaddalign:
          case Knop:
            arg--;
            break;
        }
      }
      luaL_pushresult(b);
      return 1;
    };
    var str_reverse = function(L) {
      let s = luaL_checkstring(L, 1);
      let l = s.length;
      let r = new Uint8Array(l);
      for (let i2 = 0; i2 < l; i2++)
        r[i2] = s[l - 1 - i2];
      lua_pushstring(L, r);
      return 1;
    };
    var str_lower = function(L) {
      let s = luaL_checkstring(L, 1);
      let l = s.length;
      let r = new Uint8Array(l);
      for (let i2 = 0; i2 < l; i2++) {
        let c3 = s[i2];
        if (isupper(c3))
          c3 = c3 | 32;
        r[i2] = c3;
      }
      lua_pushstring(L, r);
      return 1;
    };
    var str_upper = function(L) {
      let s = luaL_checkstring(L, 1);
      let l = s.length;
      let r = new Uint8Array(l);
      for (let i2 = 0; i2 < l; i2++) {
        let c3 = s[i2];
        if (islower(c3))
          c3 = c3 & 223;
        r[i2] = c3;
      }
      lua_pushstring(L, r);
      return 1;
    };
    var str_rep = function(L) {
      let s = luaL_checkstring(L, 1);
      let l = s.length;
      let n2 = luaL_checkinteger(L, 2);
      let sep = luaL_optstring(L, 3, "");
      let lsep = sep.length;
      if (n2 <= 0) lua_pushliteral(L, "");
      else if (l + lsep < l || l + lsep > MAXSIZE / n2)
        return luaL_error(L, to_luastring10("resulting string too large"));
      else {
        let totallen = n2 * l + (n2 - 1) * lsep;
        let b = new luaL_Buffer();
        let p = luaL_buffinitsize(L, b, totallen);
        let pi = 0;
        while (n2-- > 1) {
          p.set(s, pi);
          pi += l;
          if (lsep > 0) {
            p.set(sep, pi);
            pi += lsep;
          }
        }
        p.set(s, pi);
        luaL_pushresultsize(b, totallen);
      }
      return 1;
    };
    var str_byte = function(L) {
      let s = luaL_checkstring(L, 1);
      let l = s.length;
      let posi = posrelat(luaL_optinteger(L, 2, 1), l);
      let pose = posrelat(luaL_optinteger(L, 3, posi), l);
      if (posi < 1) posi = 1;
      if (pose > l) pose = l;
      if (posi > pose) return 0;
      if (pose - posi >= Number.MAX_SAFE_INTEGER)
        return luaL_error(L, "string slice too long");
      let n2 = pose - posi + 1;
      luaL_checkstack(L, n2, "string slice too long");
      for (let i2 = 0; i2 < n2; i2++)
        lua_pushinteger(L, s[posi + i2 - 1]);
      return n2;
    };
    var str_packsize = function(L) {
      let h2 = new Header(L);
      let fmt = {
        s: luaL_checkstring(L, 1),
        off: 0
      };
      let totalsize = 0;
      while (fmt.off < fmt.s.length) {
        let details = getdetails(h2, totalsize, fmt);
        let opt = details.opt;
        let size = details.size;
        let ntoalign = details.ntoalign;
        size += ntoalign;
        luaL_argcheck(L, totalsize <= MAXSIZE - size, 1, "format result too large");
        totalsize += size;
        switch (opt) {
          case Kstring:
          /* strings with length count */
          case Kzstr:
            luaL_argerror(L, 1, "variable-length format");
          /* call never return, but to avoid warnings: */
          /* fall through */
          default:
            break;
        }
      }
      lua_pushinteger(L, totalsize);
      return 1;
    };
    var unpackint = function(L, str, islittle, size, issigned) {
      let res = 0;
      let limit = size <= SZINT ? size : SZINT;
      for (let i2 = limit - 1; i2 >= 0; i2--) {
        res <<= NB;
        res |= str[islittle ? i2 : size - 1 - i2];
      }
      if (size < SZINT) {
        if (issigned) {
          let mask = 1 << size * NB - 1;
          res = (res ^ mask) - mask;
        }
      } else if (size > SZINT) {
        let mask = !issigned || res >= 0 ? 0 : MC;
        for (let i2 = limit; i2 < size; i2++) {
          if (str[islittle ? i2 : size - 1 - i2] !== mask)
            luaL_error(L, to_luastring10("%d-byte integer does not fit into Lua Integer"), size);
        }
      }
      return res;
    };
    var unpacknum = function(L, b, islittle, size) {
      lualib2.lua_assert(b.length >= size);
      let dv = new DataView(new ArrayBuffer(size));
      for (let i2 = 0; i2 < size; i2++)
        dv.setUint8(i2, b[i2]);
      if (size == 4) return dv.getFloat32(0, islittle);
      else return dv.getFloat64(0, islittle);
    };
    var str_unpack = function(L) {
      let h2 = new Header(L);
      let fmt = {
        s: luaL_checkstring(L, 1),
        off: 0
      };
      let data = luaL_checkstring(L, 2);
      let ld = data.length;
      let pos = posrelat(luaL_optinteger(L, 3, 1), ld) - 1;
      let n2 = 0;
      luaL_argcheck(L, pos <= ld && pos >= 0, 3, "initial position out of string");
      while (fmt.off < fmt.s.length) {
        let details = getdetails(h2, pos, fmt);
        let opt = details.opt;
        let size = details.size;
        let ntoalign = details.ntoalign;
        if (
          /*ntoalign + size > ~pos ||*/
          pos + ntoalign + size > ld
        )
          luaL_argerror(L, 2, to_luastring10("data string too short"));
        pos += ntoalign;
        luaL_checkstack(L, 2, "too many results");
        n2++;
        switch (opt) {
          case Kint:
          case Kuint: {
            let res = unpackint(L, data.subarray(pos), h2.islittle, size, opt === Kint);
            lua_pushinteger(L, res);
            break;
          }
          case Kfloat: {
            let res = unpacknum(L, data.subarray(pos), h2.islittle, size);
            lua_pushnumber(L, res);
            break;
          }
          case Kchar: {
            lua_pushstring(L, data.subarray(pos, pos + size));
            break;
          }
          case Kstring: {
            let len = unpackint(L, data.subarray(pos), h2.islittle, size, 0);
            luaL_argcheck(L, pos + len + size <= ld, 2, "data string too short");
            lua_pushstring(L, data.subarray(pos + size, pos + size + len));
            pos += len;
            break;
          }
          case Kzstr: {
            let e = luastring_indexOf(data, 0, pos);
            if (e === -1) e = data.length - pos;
            lua_pushstring(L, data.subarray(pos, e));
            pos = e + 1;
            break;
          }
          case Kpaddalign:
          case Kpadding:
          case Knop:
            n2--;
            break;
        }
        pos += size;
      }
      lua_pushinteger(L, pos + 1);
      return n2 + 1;
    };
    var CAP_UNFINISHED = -1;
    var CAP_POSITION = -2;
    var MAXCCALLS = 200;
    var SPECIALS = to_luastring10("^$*+?.([%-");
    var MatchState = class {
      constructor(L) {
        this.src = null;
        this.src_init = null;
        this.src_end = null;
        this.p = null;
        this.p_end = null;
        this.L = L;
        this.matchdepth = NaN;
        this.level = NaN;
        this.capture = [];
      }
    };
    var check_capture = function(ms, l) {
      l = l - 49;
      if (l < 0 || l >= ms.level || ms.capture[l].len === CAP_UNFINISHED)
        return luaL_error(ms.L, to_luastring10("invalid capture index %%%d"), l + 1);
      return l;
    };
    var capture_to_close = function(ms) {
      let level = ms.level;
      for (level--; level >= 0; level--)
        if (ms.capture[level].len === CAP_UNFINISHED) return level;
      return luaL_error(ms.L, to_luastring10("invalid pattern capture"));
    };
    var classend = function(ms, p) {
      switch (ms.p[p++]) {
        case L_ESC: {
          if (p === ms.p_end)
            luaL_error(ms.L, to_luastring10("malformed pattern (ends with '%%')"));
          return p + 1;
        }
        case 91: {
          if (ms.p[p] === 94) p++;
          do {
            if (p === ms.p_end)
              luaL_error(ms.L, to_luastring10("malformed pattern (missing ']')"));
            if (ms.p[p++] === L_ESC && p < ms.p_end)
              p++;
          } while (ms.p[p] !== 93);
          return p + 1;
        }
        default: {
          return p;
        }
      }
    };
    var match_class = function(c3, cl) {
      switch (cl) {
        case 97:
          return isalpha(c3);
        case 65:
          return !isalpha(c3);
        case 99:
          return iscntrl(c3);
        case 67:
          return !iscntrl(c3);
        case 100:
          return isdigit(c3);
        case 68:
          return !isdigit(c3);
        case 103:
          return isgraph(c3);
        case 71:
          return !isgraph(c3);
        case 108:
          return islower(c3);
        case 76:
          return !islower(c3);
        case 112:
          return ispunct(c3);
        case 80:
          return !ispunct(c3);
        case 115:
          return isspace(c3);
        case 83:
          return !isspace(c3);
        case 117:
          return isupper(c3);
        case 85:
          return !isupper(c3);
        case 119:
          return isalnum(c3);
        case 87:
          return !isalnum(c3);
        case 120:
          return isxdigit(c3);
        case 88:
          return !isxdigit(c3);
        case 122:
          return c3 === 0;
        /* deprecated option */
        case 90:
          return c3 !== 0;
        /* deprecated option */
        default:
          return cl === c3;
      }
    };
    var matchbracketclass = function(ms, c3, p, ec) {
      let sig = true;
      if (ms.p[p + 1] === 94) {
        sig = false;
        p++;
      }
      while (++p < ec) {
        if (ms.p[p] === L_ESC) {
          p++;
          if (match_class(c3, ms.p[p]))
            return sig;
        } else if (ms.p[p + 1] === 45 && p + 2 < ec) {
          p += 2;
          if (ms.p[p - 2] <= c3 && c3 <= ms.p[p])
            return sig;
        } else if (ms.p[p] === c3) return sig;
      }
      return !sig;
    };
    var singlematch = function(ms, s, p, ep) {
      if (s >= ms.src_end)
        return false;
      else {
        let c3 = ms.src[s];
        switch (ms.p[p]) {
          case 46:
            return true;
          /* matches any char */
          case L_ESC:
            return match_class(c3, ms.p[p + 1]);
          case 91:
            return matchbracketclass(ms, c3, p, ep - 1);
          default:
            return ms.p[p] === c3;
        }
      }
    };
    var matchbalance = function(ms, s, p) {
      if (p >= ms.p_end - 1)
        luaL_error(ms.L, to_luastring10("malformed pattern (missing arguments to '%%b'"));
      if (ms.src[s] !== ms.p[p])
        return null;
      else {
        let b = ms.p[p];
        let e = ms.p[p + 1];
        let cont = 1;
        while (++s < ms.src_end) {
          if (ms.src[s] === e) {
            if (--cont === 0) return s + 1;
          } else if (ms.src[s] === b) cont++;
        }
      }
      return null;
    };
    var max_expand = function(ms, s, p, ep) {
      let i2 = 0;
      while (singlematch(ms, s + i2, p, ep))
        i2++;
      while (i2 >= 0) {
        let res = match(ms, s + i2, ep + 1);
        if (res) return res;
        i2--;
      }
      return null;
    };
    var min_expand = function(ms, s, p, ep) {
      for (; ; ) {
        let res = match(ms, s, ep + 1);
        if (res !== null)
          return res;
        else if (singlematch(ms, s, p, ep))
          s++;
        else return null;
      }
    };
    var start_capture = function(ms, s, p, what) {
      let level = ms.level;
      if (level >= LUA_MAXCAPTURES) luaL_error(ms.L, to_luastring10("too many captures"));
      ms.capture[level] = ms.capture[level] ? ms.capture[level] : {};
      ms.capture[level].init = s;
      ms.capture[level].len = what;
      ms.level = level + 1;
      let res;
      if ((res = match(ms, s, p)) === null)
        ms.level--;
      return res;
    };
    var end_capture = function(ms, s, p) {
      let l = capture_to_close(ms);
      ms.capture[l].len = s - ms.capture[l].init;
      let res;
      if ((res = match(ms, s, p)) === null)
        ms.capture[l].len = CAP_UNFINISHED;
      return res;
    };
    var array_cmp = function(a2, ai, b, bi, len) {
      return luastring_eq(a2.subarray(ai, ai + len), b.subarray(bi, bi + len));
    };
    var match_capture = function(ms, s, l) {
      l = check_capture(ms, l);
      let len = ms.capture[l].len;
      if (ms.src_end - s >= len && array_cmp(ms.src, ms.capture[l].init, ms.src, s, len))
        return s + len;
      else return null;
    };
    var match = function(ms, s, p) {
      let gotodefault = false;
      let gotoinit = true;
      if (ms.matchdepth-- === 0)
        luaL_error(ms.L, to_luastring10("pattern too complex"));
      while (gotoinit || gotodefault) {
        gotoinit = false;
        if (p !== ms.p_end) {
          switch (gotodefault ? void 0 : ms.p[p]) {
            case 40: {
              if (ms.p[p + 1] === 41)
                s = start_capture(ms, s, p + 2, CAP_POSITION);
              else
                s = start_capture(ms, s, p + 1, CAP_UNFINISHED);
              break;
            }
            case 41: {
              s = end_capture(ms, s, p + 1);
              break;
            }
            case 36: {
              if (p + 1 !== ms.p_end) {
                gotodefault = true;
                break;
              }
              s = ms.src.length - s === 0 ? s : null;
              break;
            }
            case L_ESC: {
              switch (ms.p[p + 1]) {
                case 98: {
                  s = matchbalance(ms, s, p + 2);
                  if (s !== null) {
                    p += 4;
                    gotoinit = true;
                  }
                  break;
                }
                case 102: {
                  p += 2;
                  if (ms.p[p] !== 91)
                    luaL_error(ms.L, to_luastring10("missing '[' after '%%f' in pattern"));
                  let ep = classend(ms, p);
                  let previous = s === ms.src_init ? 0 : ms.src[s - 1];
                  if (!matchbracketclass(ms, previous, p, ep - 1) && matchbracketclass(ms, s === ms.src_end ? 0 : ms.src[s], p, ep - 1)) {
                    p = ep;
                    gotoinit = true;
                    break;
                  }
                  s = null;
                  break;
                }
                case 48:
                case 49:
                case 50:
                case 51:
                case 52:
                case 53:
                case 54:
                case 55:
                case 56:
                case 57: {
                  s = match_capture(ms, s, ms.p[p + 1]);
                  if (s !== null) {
                    p += 2;
                    gotoinit = true;
                  }
                  break;
                }
                default:
                  gotodefault = true;
              }
              break;
            }
            default: {
              gotodefault = false;
              let ep = classend(ms, p);
              if (!singlematch(ms, s, p, ep)) {
                if (ms.p[ep] === 42 || ms.p[ep] === 63 || ms.p[ep] === 45) {
                  p = ep + 1;
                  gotoinit = true;
                  break;
                } else
                  s = null;
              } else {
                switch (ms.p[ep]) {
                  /* handle optional suffix */
                  case 63: {
                    let res;
                    if ((res = match(ms, s + 1, ep + 1)) !== null)
                      s = res;
                    else {
                      p = ep + 1;
                      gotoinit = true;
                    }
                    break;
                  }
                  case 43:
                    s++;
                  /* 1 match already done */
                  /* fall through */
                  case 42:
                    s = max_expand(ms, s, p, ep);
                    break;
                  case 45:
                    s = min_expand(ms, s, p, ep);
                    break;
                  default:
                    s++;
                    p = ep;
                    gotoinit = true;
                }
              }
              break;
            }
          }
        }
      }
      ms.matchdepth++;
      return s;
    };
    var push_onecapture = function(ms, i2, s, e) {
      if (i2 >= ms.level) {
        if (i2 === 0)
          lua_pushlstring(ms.L, ms.src.subarray(s, e), e - s);
        else
          luaL_error(ms.L, to_luastring10("invalid capture index %%%d"), i2 + 1);
      } else {
        let l = ms.capture[i2].len;
        if (l === CAP_UNFINISHED) luaL_error(ms.L, to_luastring10("unfinished capture"));
        if (l === CAP_POSITION)
          lua_pushinteger(ms.L, ms.capture[i2].init - ms.src_init + 1);
        else
          lua_pushlstring(ms.L, ms.src.subarray(ms.capture[i2].init), l);
      }
    };
    var push_captures = function(ms, s, e) {
      let nlevels = ms.level === 0 && s != null ? 1 : ms.level;
      luaL_checkstack(ms.L, nlevels, "too many captures");
      for (let i2 = 0; i2 < nlevels; i2++)
        push_onecapture(ms, i2, s, e);
      return nlevels;
    };
    var nospecials = function(p, l) {
      for (let i2 = 0; i2 < l; i2++) {
        if (luastring_indexOf(SPECIALS, p[i2]) !== -1)
          return false;
      }
      return true;
    };
    var prepstate = function(ms, L, s, ls, p, lp) {
      ms.L = L;
      ms.matchdepth = MAXCCALLS;
      ms.src = s;
      ms.src_init = 0;
      ms.src_end = ls;
      ms.p = p;
      ms.p_end = lp;
    };
    var reprepstate = function(ms) {
      ms.level = 0;
      lualib2.lua_assert(ms.matchdepth === MAXCCALLS);
    };
    var find_subarray = function(arr, subarr, from_index) {
      var i2 = from_index >>> 0, sl = subarr.length;
      if (sl === 0)
        return i2;
      for (; (i2 = arr.indexOf(subarr[0], i2)) !== -1; i2++) {
        if (luastring_eq(arr.subarray(i2, i2 + sl), subarr))
          return i2;
      }
      return -1;
    };
    var str_find_aux = function(L, find) {
      let s = luaL_checkstring(L, 1);
      let p = luaL_checkstring(L, 2);
      let ls = s.length;
      let lp = p.length;
      let init = posrelat(luaL_optinteger(L, 3, 1), ls);
      if (init < 1) init = 1;
      else if (init > ls + 1) {
        lua_pushnil(L);
        return 1;
      }
      if (find && (lua_toboolean(L, 4) || nospecials(p, lp))) {
        let f = find_subarray(s.subarray(init - 1), p, 0);
        if (f > -1) {
          lua_pushinteger(L, init + f);
          lua_pushinteger(L, init + f + lp - 1);
          return 2;
        }
      } else {
        let ms = new MatchState(L);
        let s1 = init - 1;
        let anchor = p[0] === 94;
        if (anchor) {
          p = p.subarray(1);
          lp--;
        }
        prepstate(ms, L, s, ls, p, lp);
        do {
          let res;
          reprepstate(ms);
          if ((res = match(ms, s1, 0)) !== null) {
            if (find) {
              lua_pushinteger(L, s1 + 1);
              lua_pushinteger(L, res);
              return push_captures(ms, null, 0) + 2;
            } else
              return push_captures(ms, s1, res);
          }
        } while (s1++ < ms.src_end && !anchor);
      }
      lua_pushnil(L);
      return 1;
    };
    var str_find = function(L) {
      return str_find_aux(L, 1);
    };
    var str_match = function(L) {
      return str_find_aux(L, 0);
    };
    var GMatchState = class {
      constructor() {
        this.src = NaN;
        this.p = NaN;
        this.lastmatch = NaN;
        this.ms = new MatchState();
      }
    };
    var gmatch_aux = function(L) {
      let gm = lua_touserdata(L, lua_upvalueindex(3));
      gm.ms.L = L;
      for (let src = gm.src; src <= gm.ms.src_end; src++) {
        reprepstate(gm.ms);
        let e;
        if ((e = match(gm.ms, src, gm.p)) !== null && e !== gm.lastmatch) {
          gm.src = gm.lastmatch = e;
          return push_captures(gm.ms, src, e);
        }
      }
      return 0;
    };
    var str_gmatch = function(L) {
      let s = luaL_checkstring(L, 1);
      let p = luaL_checkstring(L, 2);
      let ls = s.length;
      let lp = p.length;
      lua_settop(L, 2);
      let gm = new GMatchState();
      lua_pushlightuserdata(L, gm);
      prepstate(gm.ms, L, s, ls, p, lp);
      gm.src = 0;
      gm.p = 0;
      gm.lastmatch = null;
      lua_pushcclosure(L, gmatch_aux, 3);
      return 1;
    };
    var add_s = function(ms, b, s, e) {
      let L = ms.L;
      let news = lua_tostring(L, 3);
      let l = news.length;
      for (let i2 = 0; i2 < l; i2++) {
        if (news[i2] !== L_ESC)
          luaL_addchar(b, news[i2]);
        else {
          i2++;
          if (!isdigit(news[i2])) {
            if (news[i2] !== L_ESC)
              luaL_error(L, to_luastring10("invalid use of '%c' in replacement string"), L_ESC);
            luaL_addchar(b, news[i2]);
          } else if (news[i2] === 48)
            luaL_addlstring(b, ms.src.subarray(s, e), e - s);
          else {
            push_onecapture(ms, news[i2] - 49, s, e);
            luaL_tolstring(L, -1);
            lua_remove(L, -2);
            luaL_addvalue(b);
          }
        }
      }
    };
    var add_value = function(ms, b, s, e, tr) {
      let L = ms.L;
      switch (tr) {
        case LUA_TFUNCTION: {
          lua_pushvalue(L, 3);
          let n2 = push_captures(ms, s, e);
          lua_call(L, n2, 1);
          break;
        }
        case LUA_TTABLE: {
          push_onecapture(ms, 0, s, e);
          lua_gettable(L, 3);
          break;
        }
        default: {
          add_s(ms, b, s, e);
          return;
        }
      }
      if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        lua_pushlstring(L, ms.src.subarray(s, e), e - s);
      } else if (!lua_isstring(L, -1))
        luaL_error(L, to_luastring10("invalid replacement value (a %s)"), luaL_typename(L, -1));
      luaL_addvalue(b);
    };
    var str_gsub = function(L) {
      let src = luaL_checkstring(L, 1);
      let srcl = src.length;
      let p = luaL_checkstring(L, 2);
      let lp = p.length;
      let lastmatch = null;
      let tr = lua_type(L, 3);
      let max_s = luaL_optinteger(L, 4, srcl + 1);
      let anchor = p[0] === 94;
      let n2 = 0;
      let ms = new MatchState(L);
      let b = new luaL_Buffer();
      luaL_argcheck(
        L,
        tr === LUA_TNUMBER || tr === LUA_TSTRING || tr === LUA_TFUNCTION || tr === LUA_TTABLE,
        3,
        "string/function/table expected"
      );
      luaL_buffinit(L, b);
      if (anchor) {
        p = p.subarray(1);
        lp--;
      }
      prepstate(ms, L, src, srcl, p, lp);
      src = 0;
      p = 0;
      while (n2 < max_s) {
        let e;
        reprepstate(ms);
        if ((e = match(ms, src, p)) !== null && e !== lastmatch) {
          n2++;
          add_value(ms, b, src, e, tr);
          src = lastmatch = e;
        } else if (src < ms.src_end)
          luaL_addchar(b, ms.src[src++]);
        else break;
        if (anchor) break;
      }
      luaL_addlstring(b, ms.src.subarray(src, ms.src_end), ms.src_end - src);
      luaL_pushresult(b);
      lua_pushinteger(L, n2);
      return 2;
    };
    var strlib = {
      "byte": str_byte,
      "char": str_char,
      "dump": str_dump,
      "find": str_find,
      "format": str_format,
      "gmatch": str_gmatch,
      "gsub": str_gsub,
      "len": str_len,
      "lower": str_lower,
      "match": str_match,
      "pack": str_pack,
      "packsize": str_packsize,
      "rep": str_rep,
      "reverse": str_reverse,
      "sub": str_sub,
      "unpack": str_unpack,
      "upper": str_upper
    };
    var createmetatable = function(L) {
      lua_createtable(L, 0, 1);
      lua_pushliteral(L, "");
      lua_pushvalue(L, -2);
      lua_setmetatable(L, -2);
      lua_pop(L, 1);
      lua_pushvalue(L, -2);
      lua_setfield(L, -2, to_luastring10("__index", true));
      lua_pop(L, 1);
    };
    var luaopen_string = function(L) {
      luaL_newlib(L, strlib);
      createmetatable(L);
      return 1;
    };
    module.exports.luaopen_string = luaopen_string;
  }
});

// node_modules/fengari/src/lutf8lib.js
var require_lutf8lib = __commonJS({
  "node_modules/fengari/src/lutf8lib.js"(exports, module) {
    "use strict";
    var {
      lua_gettop,
      lua_pushcfunction,
      lua_pushfstring,
      lua_pushinteger,
      lua_pushnil,
      lua_pushstring,
      lua_pushvalue,
      lua_setfield,
      lua_tointeger
    } = require_lua();
    var {
      luaL_Buffer,
      luaL_addvalue,
      luaL_argcheck,
      luaL_buffinit,
      luaL_checkinteger,
      luaL_checkstack,
      luaL_checkstring,
      luaL_error,
      luaL_newlib,
      luaL_optinteger,
      luaL_pushresult
    } = require_lauxlib();
    var {
      luastring_of,
      to_luastring: to_luastring10
    } = require_fengaricore();
    var MAXUNICODE = 1114111;
    var iscont = function(p) {
      let c3 = p & 192;
      return c3 === 128;
    };
    var u_posrelat = function(pos, len) {
      if (pos >= 0) return pos;
      else if (0 - pos > len) return 0;
      else return len + pos + 1;
    };
    var limits = [255, 127, 2047, 65535];
    var utf8_decode = function(s, pos) {
      let c3 = s[pos];
      let res = 0;
      if (c3 < 128)
        res = c3;
      else {
        let count3 = 0;
        while (c3 & 64) {
          let cc = s[pos + ++count3];
          if ((cc & 192) !== 128)
            return null;
          res = res << 6 | cc & 63;
          c3 <<= 1;
        }
        res |= (c3 & 127) << count3 * 5;
        if (count3 > 3 || res > MAXUNICODE || res <= limits[count3])
          return null;
        pos += count3;
      }
      return {
        code: res,
        pos: pos + 1
      };
    };
    var utflen = function(L) {
      let n2 = 0;
      let s = luaL_checkstring(L, 1);
      let len = s.length;
      let posi = u_posrelat(luaL_optinteger(L, 2, 1), len);
      let posj = u_posrelat(luaL_optinteger(L, 3, -1), len);
      luaL_argcheck(L, 1 <= posi && --posi <= len, 2, "initial position out of string");
      luaL_argcheck(L, --posj < len, 3, "final position out of string");
      while (posi <= posj) {
        let dec = utf8_decode(s, posi);
        if (dec === null) {
          lua_pushnil(L);
          lua_pushinteger(L, posi + 1);
          return 2;
        }
        posi = dec.pos;
        n2++;
      }
      lua_pushinteger(L, n2);
      return 1;
    };
    var p_U = to_luastring10("%U");
    var pushutfchar = function(L, arg) {
      let code = luaL_checkinteger(L, arg);
      luaL_argcheck(L, 0 <= code && code <= MAXUNICODE, arg, "value out of range");
      lua_pushfstring(L, p_U, code);
    };
    var utfchar = function(L) {
      let n2 = lua_gettop(L);
      if (n2 === 1)
        pushutfchar(L, 1);
      else {
        let b = new luaL_Buffer();
        luaL_buffinit(L, b);
        for (let i2 = 1; i2 <= n2; i2++) {
          pushutfchar(L, i2);
          luaL_addvalue(b);
        }
        luaL_pushresult(b);
      }
      return 1;
    };
    var byteoffset = function(L) {
      let s = luaL_checkstring(L, 1);
      let n2 = luaL_checkinteger(L, 2);
      let posi = n2 >= 0 ? 1 : s.length + 1;
      posi = u_posrelat(luaL_optinteger(L, 3, posi), s.length);
      luaL_argcheck(L, 1 <= posi && --posi <= s.length, 3, "position out of range");
      if (n2 === 0) {
        while (posi > 0 && iscont(s[posi])) posi--;
      } else {
        if (iscont(s[posi]))
          luaL_error(L, "initial position is a continuation byte");
        if (n2 < 0) {
          while (n2 < 0 && posi > 0) {
            do {
              posi--;
            } while (posi > 0 && iscont(s[posi]));
            n2++;
          }
        } else {
          n2--;
          while (n2 > 0 && posi < s.length) {
            do {
              posi++;
            } while (iscont(s[posi]));
            n2--;
          }
        }
      }
      if (n2 === 0)
        lua_pushinteger(L, posi + 1);
      else
        lua_pushnil(L);
      return 1;
    };
    var codepoint = function(L) {
      let s = luaL_checkstring(L, 1);
      let posi = u_posrelat(luaL_optinteger(L, 2, 1), s.length);
      let pose = u_posrelat(luaL_optinteger(L, 3, posi), s.length);
      luaL_argcheck(L, posi >= 1, 2, "out of range");
      luaL_argcheck(L, pose <= s.length, 3, "out of range");
      if (posi > pose) return 0;
      if (pose - posi >= Number.MAX_SAFE_INTEGER)
        return luaL_error(L, "string slice too long");
      let n2 = pose - posi + 1;
      luaL_checkstack(L, n2, "string slice too long");
      n2 = 0;
      for (posi -= 1; posi < pose; ) {
        let dec = utf8_decode(s, posi);
        if (dec === null)
          return luaL_error(L, "invalid UTF-8 code");
        lua_pushinteger(L, dec.code);
        posi = dec.pos;
        n2++;
      }
      return n2;
    };
    var iter_aux = function(L) {
      let s = luaL_checkstring(L, 1);
      let len = s.length;
      let n2 = lua_tointeger(L, 2) - 1;
      if (n2 < 0)
        n2 = 0;
      else if (n2 < len) {
        n2++;
        while (iscont(s[n2])) n2++;
      }
      if (n2 >= len)
        return 0;
      else {
        let dec = utf8_decode(s, n2);
        if (dec === null || iscont(s[dec.pos]))
          return luaL_error(L, to_luastring10("invalid UTF-8 code"));
        lua_pushinteger(L, n2 + 1);
        lua_pushinteger(L, dec.code);
        return 2;
      }
    };
    var iter_codes = function(L) {
      luaL_checkstring(L, 1);
      lua_pushcfunction(L, iter_aux);
      lua_pushvalue(L, 1);
      lua_pushinteger(L, 0);
      return 3;
    };
    var funcs = {
      "char": utfchar,
      "codepoint": codepoint,
      "codes": iter_codes,
      "len": utflen,
      "offset": byteoffset
    };
    var UTF8PATT = luastring_of(91, 0, 45, 127, 194, 45, 244, 93, 91, 128, 45, 191, 93, 42);
    var luaopen_utf8 = function(L) {
      luaL_newlib(L, funcs);
      lua_pushstring(L, UTF8PATT);
      lua_setfield(L, -2, to_luastring10("charpattern", true));
      return 1;
    };
    module.exports.luaopen_utf8 = luaopen_utf8;
  }
});

// node_modules/fengari/src/lmathlib.js
var require_lmathlib = __commonJS({
  "node_modules/fengari/src/lmathlib.js"(exports, module) {
    "use strict";
    var {
      LUA_OPLT,
      LUA_TNUMBER,
      lua_compare,
      lua_gettop,
      lua_isinteger,
      lua_isnoneornil,
      lua_pushboolean,
      lua_pushinteger,
      lua_pushliteral,
      lua_pushnil,
      lua_pushnumber,
      lua_pushvalue,
      lua_setfield,
      lua_settop,
      lua_tointeger,
      lua_tointegerx,
      lua_type
    } = require_lua();
    var {
      luaL_argcheck,
      luaL_argerror,
      luaL_checkany,
      luaL_checkinteger,
      luaL_checknumber,
      luaL_error,
      luaL_newlib,
      luaL_optnumber
    } = require_lauxlib();
    var {
      LUA_MAXINTEGER,
      LUA_MININTEGER,
      lua_numbertointeger
    } = require_luaconf();
    var { to_luastring: to_luastring10 } = require_fengaricore();
    var rand_state;
    var l_rand = function() {
      rand_state = 1103515245 * rand_state + 12345 & 2147483647;
      return rand_state;
    };
    var l_srand = function(x) {
      rand_state = x | 0;
      if (rand_state === 0)
        rand_state = 1;
    };
    var math_random = function(L) {
      let low, up;
      let r = rand_state === void 0 ? Math.random() : l_rand() / 2147483648;
      switch (lua_gettop(L)) {
        /* check number of arguments */
        case 0:
          lua_pushnumber(L, r);
          return 1;
        case 1: {
          low = 1;
          up = luaL_checkinteger(L, 1);
          break;
        }
        case 2: {
          low = luaL_checkinteger(L, 1);
          up = luaL_checkinteger(L, 2);
          break;
        }
        default:
          return luaL_error(L, "wrong number of arguments");
      }
      luaL_argcheck(L, low <= up, 1, "interval is empty");
      luaL_argcheck(
        L,
        low >= 0 || up <= LUA_MAXINTEGER + low,
        1,
        "interval too large"
      );
      r *= up - low + 1;
      lua_pushinteger(L, Math.floor(r) + low);
      return 1;
    };
    var math_randomseed = function(L) {
      l_srand(luaL_checknumber(L, 1));
      l_rand();
      return 0;
    };
    var math_abs = function(L) {
      if (lua_isinteger(L, 1)) {
        let n2 = lua_tointeger(L, 1);
        if (n2 < 0) n2 = -n2 | 0;
        lua_pushinteger(L, n2);
      } else
        lua_pushnumber(L, Math.abs(luaL_checknumber(L, 1)));
      return 1;
    };
    var math_sin = function(L) {
      lua_pushnumber(L, Math.sin(luaL_checknumber(L, 1)));
      return 1;
    };
    var math_cos = function(L) {
      lua_pushnumber(L, Math.cos(luaL_checknumber(L, 1)));
      return 1;
    };
    var math_tan = function(L) {
      lua_pushnumber(L, Math.tan(luaL_checknumber(L, 1)));
      return 1;
    };
    var math_asin = function(L) {
      lua_pushnumber(L, Math.asin(luaL_checknumber(L, 1)));
      return 1;
    };
    var math_acos = function(L) {
      lua_pushnumber(L, Math.acos(luaL_checknumber(L, 1)));
      return 1;
    };
    var math_atan = function(L) {
      let y = luaL_checknumber(L, 1);
      let x = luaL_optnumber(L, 2, 1);
      lua_pushnumber(L, Math.atan2(y, x));
      return 1;
    };
    var math_toint = function(L) {
      let n2 = lua_tointegerx(L, 1);
      if (n2 !== false)
        lua_pushinteger(L, n2);
      else {
        luaL_checkany(L, 1);
        lua_pushnil(L);
      }
      return 1;
    };
    var pushnumint = function(L, d) {
      let n2 = lua_numbertointeger(d);
      if (n2 !== false)
        lua_pushinteger(L, n2);
      else
        lua_pushnumber(L, d);
    };
    var math_floor = function(L) {
      if (lua_isinteger(L, 1))
        lua_settop(L, 1);
      else
        pushnumint(L, Math.floor(luaL_checknumber(L, 1)));
      return 1;
    };
    var math_ceil = function(L) {
      if (lua_isinteger(L, 1))
        lua_settop(L, 1);
      else
        pushnumint(L, Math.ceil(luaL_checknumber(L, 1)));
      return 1;
    };
    var math_sqrt = function(L) {
      lua_pushnumber(L, Math.sqrt(luaL_checknumber(L, 1)));
      return 1;
    };
    var math_ult = function(L) {
      let a2 = luaL_checkinteger(L, 1);
      let b = luaL_checkinteger(L, 2);
      lua_pushboolean(L, a2 >= 0 ? b < 0 || a2 < b : b < 0 && a2 < b);
      return 1;
    };
    var math_log = function(L) {
      let x = luaL_checknumber(L, 1);
      let res;
      if (lua_isnoneornil(L, 2))
        res = Math.log(x);
      else {
        let base = luaL_checknumber(L, 2);
        if (base === 2)
          res = Math.log2(x);
        else if (base === 10)
          res = Math.log10(x);
        else
          res = Math.log(x) / Math.log(base);
      }
      lua_pushnumber(L, res);
      return 1;
    };
    var math_exp = function(L) {
      lua_pushnumber(L, Math.exp(luaL_checknumber(L, 1)));
      return 1;
    };
    var math_deg = function(L) {
      lua_pushnumber(L, luaL_checknumber(L, 1) * (180 / Math.PI));
      return 1;
    };
    var math_rad = function(L) {
      lua_pushnumber(L, luaL_checknumber(L, 1) * (Math.PI / 180));
      return 1;
    };
    var math_min = function(L) {
      let n2 = lua_gettop(L);
      let imin = 1;
      luaL_argcheck(L, n2 >= 1, 1, "value expected");
      for (let i2 = 2; i2 <= n2; i2++) {
        if (lua_compare(L, i2, imin, LUA_OPLT))
          imin = i2;
      }
      lua_pushvalue(L, imin);
      return 1;
    };
    var math_max = function(L) {
      let n2 = lua_gettop(L);
      let imax = 1;
      luaL_argcheck(L, n2 >= 1, 1, "value expected");
      for (let i2 = 2; i2 <= n2; i2++) {
        if (lua_compare(L, imax, i2, LUA_OPLT))
          imax = i2;
      }
      lua_pushvalue(L, imax);
      return 1;
    };
    var math_type = function(L) {
      if (lua_type(L, 1) === LUA_TNUMBER) {
        if (lua_isinteger(L, 1))
          lua_pushliteral(L, "integer");
        else
          lua_pushliteral(L, "float");
      } else {
        luaL_checkany(L, 1);
        lua_pushnil(L);
      }
      return 1;
    };
    var math_fmod = function(L) {
      if (lua_isinteger(L, 1) && lua_isinteger(L, 2)) {
        let d = lua_tointeger(L, 2);
        if (d === 0) {
          luaL_argerror(L, 2, "zero");
        } else
          lua_pushinteger(L, lua_tointeger(L, 1) % d | 0);
      } else {
        let a2 = luaL_checknumber(L, 1);
        let b = luaL_checknumber(L, 2);
        lua_pushnumber(L, a2 % b);
      }
      return 1;
    };
    var math_modf = function(L) {
      if (lua_isinteger(L, 1)) {
        lua_settop(L, 1);
        lua_pushnumber(L, 0);
      } else {
        let n2 = luaL_checknumber(L, 1);
        let ip = n2 < 0 ? Math.ceil(n2) : Math.floor(n2);
        pushnumint(L, ip);
        lua_pushnumber(L, n2 === ip ? 0 : n2 - ip);
      }
      return 2;
    };
    var mathlib = {
      "abs": math_abs,
      "acos": math_acos,
      "asin": math_asin,
      "atan": math_atan,
      "ceil": math_ceil,
      "cos": math_cos,
      "deg": math_deg,
      "exp": math_exp,
      "floor": math_floor,
      "fmod": math_fmod,
      "log": math_log,
      "max": math_max,
      "min": math_min,
      "modf": math_modf,
      "rad": math_rad,
      "random": math_random,
      "randomseed": math_randomseed,
      "sin": math_sin,
      "sqrt": math_sqrt,
      "tan": math_tan,
      "tointeger": math_toint,
      "type": math_type,
      "ult": math_ult
    };
    var luaopen_math = function(L) {
      luaL_newlib(L, mathlib);
      lua_pushnumber(L, Math.PI);
      lua_setfield(L, -2, to_luastring10("pi", true));
      lua_pushnumber(L, Infinity);
      lua_setfield(L, -2, to_luastring10("huge", true));
      lua_pushinteger(L, LUA_MAXINTEGER);
      lua_setfield(L, -2, to_luastring10("maxinteger", true));
      lua_pushinteger(L, LUA_MININTEGER);
      lua_setfield(L, -2, to_luastring10("mininteger", true));
      return 1;
    };
    module.exports.luaopen_math = luaopen_math;
  }
});

// node_modules/readline-sync/lib/readline-sync.js
var require_readline_sync = __commonJS({
  "node_modules/readline-sync/lib/readline-sync.js"(exports) {
    "use strict";
    var IS_WIN = process.platform === "win32";
    var ALGORITHM_CIPHER = "aes-256-cbc";
    var ALGORITHM_HASH = "sha256";
    var DEFAULT_ERR_MSG = "The current environment doesn't support interactive reading from TTY.";
    var fs = __require("fs");
    var TTY = process.binding("tty_wrap").TTY;
    var childProc = __require("child_process");
    var pathUtil = __require("path");
    var defaultOptions = {
      /* eslint-disable key-spacing */
      prompt: "> ",
      hideEchoBack: false,
      mask: "*",
      limit: [],
      limitMessage: "Input another, please.$<( [)limit(])>",
      defaultInput: "",
      trueValue: [],
      falseValue: [],
      caseSensitive: false,
      keepWhitespace: false,
      encoding: "utf8",
      bufferSize: 1024,
      print: void 0,
      history: true,
      cd: false,
      phContent: void 0,
      preCheck: void 0
      /* eslint-enable key-spacing */
    };
    var fdR = "none";
    var isRawMode = false;
    var salt = 0;
    var lastInput = "";
    var inputHistory = [];
    var _DBG_useExt = false;
    var _DBG_checkOptions = false;
    var _DBG_checkMethod = false;
    var fdW;
    var ttyR;
    var extHostPath;
    var extHostArgs;
    var tempdir;
    var rawInput;
    function getHostArgs(options) {
      function encodeArg(arg) {
        return arg.replace(/[^\w\u0080-\uFFFF]/g, function(chr) {
          return "#" + chr.charCodeAt(0) + ";";
        });
      }
      return extHostArgs.concat((function(conf) {
        var args = [];
        Object.keys(conf).forEach(function(optionName) {
          if (conf[optionName] === "boolean") {
            if (options[optionName]) {
              args.push("--" + optionName);
            }
          } else if (conf[optionName] === "string") {
            if (options[optionName]) {
              args.push("--" + optionName, encodeArg(options[optionName]));
            }
          }
        });
        return args;
      })({
        /* eslint-disable key-spacing */
        display: "string",
        displayOnly: "boolean",
        keyIn: "boolean",
        hideEchoBack: "boolean",
        mask: "string",
        limit: "string",
        caseSensitive: "boolean"
        /* eslint-enable key-spacing */
      }));
    }
    function _execFileSync(options, execOptions) {
      function getTempfile(name) {
        var suffix = "", filepath, fd;
        tempdir = tempdir || __require("os").tmpdir();
        while (true) {
          filepath = pathUtil.join(tempdir, name + suffix);
          try {
            fd = fs.openSync(filepath, "wx");
          } catch (e) {
            if (e.code === "EEXIST") {
              suffix++;
              continue;
            } else {
              throw e;
            }
          }
          fs.closeSync(fd);
          break;
        }
        return filepath;
      }
      var res = {}, pathStdout = getTempfile("readline-sync.stdout"), pathStderr = getTempfile("readline-sync.stderr"), pathExit = getTempfile("readline-sync.exit"), pathDone = getTempfile("readline-sync.done"), crypto = __require("crypto"), hostArgs, shellPath, shellArgs, exitCode, extMessage, shasum, decipher, password;
      shasum = crypto.createHash(ALGORITHM_HASH);
      shasum.update("" + process.pid + salt++ + Math.random());
      password = shasum.digest("hex");
      decipher = crypto.createDecipher(ALGORITHM_CIPHER, password);
      hostArgs = getHostArgs(options);
      if (IS_WIN) {
        shellPath = process.env.ComSpec || "cmd.exe";
        process.env.Q = '"';
        shellArgs = [
          "/V:ON",
          "/S",
          "/C",
          "(%Q%" + shellPath + "%Q% /V:ON /S /C %Q%%Q%" + extHostPath + "%Q%" + hostArgs.map(function(arg) {
            return " %Q%" + arg + "%Q%";
          }).join("") + " & (echo !ERRORLEVEL!)>%Q%" + pathExit + "%Q%%Q%) 2>%Q%" + pathStderr + "%Q% |%Q%" + process.execPath + "%Q% %Q%" + __dirname + "\\encrypt.js%Q% %Q%" + ALGORITHM_CIPHER + "%Q% %Q%" + password + "%Q% >%Q%" + pathStdout + "%Q% & (echo 1)>%Q%" + pathDone + "%Q%"
        ];
      } else {
        shellPath = "/bin/sh";
        shellArgs = [
          "-c",
          // Use `()`, not `{}` for `-c` (text param)
          '("' + extHostPath + '"' + /* ESLint bug? */
          // eslint-disable-line no-path-concat
          hostArgs.map(function(arg) {
            return " '" + arg.replace(/'/g, "'\\''") + "'";
          }).join("") + '; echo $?>"' + pathExit + '") 2>"' + pathStderr + '" |"' + process.execPath + '" "' + __dirname + '/encrypt.js" "' + ALGORITHM_CIPHER + '" "' + password + '" >"' + pathStdout + '"; echo 1 >"' + pathDone + '"'
        ];
      }
      if (_DBG_checkMethod) {
        _DBG_checkMethod("_execFileSync", hostArgs);
      }
      try {
        childProc.spawn(shellPath, shellArgs, execOptions);
      } catch (e) {
        res.error = new Error(e.message);
        res.error.method = "_execFileSync - spawn";
        res.error.program = shellPath;
        res.error.args = shellArgs;
      }
      while (fs.readFileSync(pathDone, { encoding: options.encoding }).trim() !== "1") {
      }
      if ((exitCode = fs.readFileSync(pathExit, { encoding: options.encoding }).trim()) === "0") {
        res.input = decipher.update(
          fs.readFileSync(pathStdout, { encoding: "binary" }),
          "hex",
          options.encoding
        ) + decipher.final(options.encoding);
      } else {
        extMessage = fs.readFileSync(pathStderr, { encoding: options.encoding }).trim();
        res.error = new Error(DEFAULT_ERR_MSG + (extMessage ? "\n" + extMessage : ""));
        res.error.method = "_execFileSync";
        res.error.program = shellPath;
        res.error.args = shellArgs;
        res.error.extMessage = extMessage;
        res.error.exitCode = +exitCode;
      }
      fs.unlinkSync(pathStdout);
      fs.unlinkSync(pathStderr);
      fs.unlinkSync(pathExit);
      fs.unlinkSync(pathDone);
      return res;
    }
    function readlineExt(options) {
      var res = {}, execOptions = { env: process.env, encoding: options.encoding }, hostArgs, extMessage;
      if (!extHostPath) {
        if (IS_WIN) {
          if (process.env.PSModulePath) {
            extHostPath = "powershell.exe";
            extHostArgs = [
              "-ExecutionPolicy",
              "Bypass",
              "-File",
              __dirname + "\\read.ps1"
            ];
          } else {
            extHostPath = "cscript.exe";
            extHostArgs = ["//nologo", __dirname + "\\read.cs.js"];
          }
        } else {
          extHostPath = "/bin/sh";
          extHostArgs = [__dirname + "/read.sh"];
        }
      }
      if (IS_WIN && !process.env.PSModulePath) {
        execOptions.stdio = [process.stdin];
      }
      if (childProc.execFileSync) {
        hostArgs = getHostArgs(options);
        if (_DBG_checkMethod) {
          _DBG_checkMethod("execFileSync", hostArgs);
        }
        try {
          res.input = childProc.execFileSync(extHostPath, hostArgs, execOptions);
        } catch (e) {
          extMessage = e.stderr ? (e.stderr + "").trim() : "";
          res.error = new Error(DEFAULT_ERR_MSG + (extMessage ? "\n" + extMessage : ""));
          res.error.method = "execFileSync";
          res.error.program = extHostPath;
          res.error.args = hostArgs;
          res.error.extMessage = extMessage;
          res.error.exitCode = e.status;
          res.error.code = e.code;
          res.error.signal = e.signal;
        }
      } else {
        res = _execFileSync(options, execOptions);
      }
      if (!res.error) {
        res.input = res.input.replace(/^\s*'|'\s*$/g, "");
        options.display = "";
      }
      return res;
    }
    function _readlineSync(options) {
      var input = "", displaySave = options.display, silent = !options.display && options.keyIn && options.hideEchoBack && !options.mask;
      function tryExt() {
        var res = readlineExt(options);
        if (res.error) {
          throw res.error;
        }
        return res.input;
      }
      if (_DBG_checkOptions) {
        _DBG_checkOptions(options);
      }
      (function() {
        var fsB, constants7, verNum;
        function getFsB() {
          if (!fsB) {
            fsB = process.binding("fs");
            constants7 = process.binding("constants");
            constants7 = constants7 && constants7.fs && typeof constants7.fs.O_RDWR === "number" ? constants7.fs : constants7;
          }
          return fsB;
        }
        if (typeof fdR !== "string") {
          return;
        }
        fdR = null;
        if (IS_WIN) {
          verNum = (function(ver) {
            var nums = ver.replace(/^\D+/, "").split(".");
            var verNum2 = 0;
            if (nums[0] = +nums[0]) {
              verNum2 += nums[0] * 1e4;
            }
            if (nums[1] = +nums[1]) {
              verNum2 += nums[1] * 100;
            }
            if (nums[2] = +nums[2]) {
              verNum2 += nums[2];
            }
            return verNum2;
          })(process.version);
          if (!(verNum >= 20302 && verNum < 40204 || verNum >= 5e4 && verNum < 50100 || verNum >= 50600 && verNum < 60200) && process.stdin.isTTY) {
            process.stdin.pause();
            fdR = process.stdin.fd;
            ttyR = process.stdin._handle;
          } else {
            try {
              fdR = getFsB().open("CONIN$", constants7.O_RDWR, parseInt("0666", 8));
              ttyR = new TTY(fdR, true);
            } catch (e) {
            }
          }
          if (process.stdout.isTTY) {
            fdW = process.stdout.fd;
          } else {
            try {
              fdW = fs.openSync("\\\\.\\CON", "w");
            } catch (e) {
            }
            if (typeof fdW !== "number") {
              try {
                fdW = getFsB().open("CONOUT$", constants7.O_RDWR, parseInt("0666", 8));
              } catch (e) {
              }
            }
          }
        } else {
          if (process.stdin.isTTY) {
            process.stdin.pause();
            try {
              fdR = fs.openSync("/dev/tty", "r");
              ttyR = process.stdin._handle;
            } catch (e) {
            }
          } else {
            try {
              fdR = fs.openSync("/dev/tty", "r");
              ttyR = new TTY(fdR, false);
            } catch (e) {
            }
          }
          if (process.stdout.isTTY) {
            fdW = process.stdout.fd;
          } else {
            try {
              fdW = fs.openSync("/dev/tty", "w");
            } catch (e) {
            }
          }
        }
      })();
      (function() {
        var isCooked = !options.hideEchoBack && !options.keyIn, atEol, limit, buffer, reqSize, readSize, chunk, line;
        rawInput = "";
        function setRawMode(mode) {
          if (mode === isRawMode) {
            return true;
          }
          if (ttyR.setRawMode(mode) !== 0) {
            return false;
          }
          isRawMode = mode;
          return true;
        }
        if (_DBG_useExt || !ttyR || typeof fdW !== "number" && (options.display || !isCooked)) {
          input = tryExt();
          return;
        }
        if (options.display) {
          fs.writeSync(fdW, options.display);
          options.display = "";
        }
        if (options.displayOnly) {
          return;
        }
        if (!setRawMode(!isCooked)) {
          input = tryExt();
          return;
        }
        reqSize = options.keyIn ? 1 : options.bufferSize;
        buffer = Buffer.allocUnsafe && Buffer.alloc ? Buffer.alloc(reqSize) : new Buffer(reqSize);
        if (options.keyIn && options.limit) {
          limit = new RegExp(
            "[^" + options.limit + "]",
            "g" + (options.caseSensitive ? "" : "i")
          );
        }
        while (true) {
          readSize = 0;
          try {
            readSize = fs.readSync(fdR, buffer, 0, reqSize);
          } catch (e) {
            if (e.code !== "EOF") {
              setRawMode(false);
              input += tryExt();
              return;
            }
          }
          if (readSize > 0) {
            chunk = buffer.toString(options.encoding, 0, readSize);
            rawInput += chunk;
          } else {
            chunk = "\n";
            rawInput += String.fromCharCode(0);
          }
          if (chunk && typeof (line = (chunk.match(/^(.*?)[\r\n]/) || [])[1]) === "string") {
            chunk = line;
            atEol = true;
          }
          if (chunk) {
            chunk = chunk.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, "");
          }
          if (chunk && limit) {
            chunk = chunk.replace(limit, "");
          }
          if (chunk) {
            if (!isCooked) {
              if (!options.hideEchoBack) {
                fs.writeSync(fdW, chunk);
              } else if (options.mask) {
                fs.writeSync(fdW, new Array(chunk.length + 1).join(options.mask));
              }
            }
            input += chunk;
          }
          if (!options.keyIn && atEol || options.keyIn && input.length >= reqSize) {
            break;
          }
        }
        if (!isCooked && !silent) {
          fs.writeSync(fdW, "\n");
        }
        setRawMode(false);
      })();
      if (options.print && !silent) {
        options.print(
          displaySave + (options.displayOnly ? "" : (options.hideEchoBack ? new Array(input.length + 1).join(options.mask) : input) + "\n"),
          options.encoding
        );
      }
      return options.displayOnly ? "" : lastInput = options.keepWhitespace || options.keyIn ? input : input.trim();
    }
    function flattenArray(array, validator) {
      var flatArray = [];
      function _flattenArray(array2) {
        if (array2 == null) {
          return;
        }
        if (Array.isArray(array2)) {
          array2.forEach(_flattenArray);
        } else if (!validator || validator(array2)) {
          flatArray.push(array2);
        }
      }
      _flattenArray(array);
      return flatArray;
    }
    function escapePattern(pattern) {
      return pattern.replace(
        /[\x00-\x7f]/g,
        // eslint-disable-line no-control-regex
        function(s) {
          return "\\x" + ("00" + s.charCodeAt().toString(16)).substr(-2);
        }
      );
    }
    function margeOptions() {
      var optionsList = Array.prototype.slice.call(arguments), optionNames, fromDefault;
      if (optionsList.length && typeof optionsList[0] === "boolean") {
        fromDefault = optionsList.shift();
        if (fromDefault) {
          optionNames = Object.keys(defaultOptions);
          optionsList.unshift(defaultOptions);
        }
      }
      return optionsList.reduce(function(options, optionsPart) {
        if (optionsPart == null) {
          return options;
        }
        if (optionsPart.hasOwnProperty("noEchoBack") && !optionsPart.hasOwnProperty("hideEchoBack")) {
          optionsPart.hideEchoBack = optionsPart.noEchoBack;
          delete optionsPart.noEchoBack;
        }
        if (optionsPart.hasOwnProperty("noTrim") && !optionsPart.hasOwnProperty("keepWhitespace")) {
          optionsPart.keepWhitespace = optionsPart.noTrim;
          delete optionsPart.noTrim;
        }
        if (!fromDefault) {
          optionNames = Object.keys(optionsPart);
        }
        optionNames.forEach(function(optionName) {
          var value;
          if (!optionsPart.hasOwnProperty(optionName)) {
            return;
          }
          value = optionsPart[optionName];
          switch (optionName) {
            //                    _readlineSync <- *    * -> defaultOptions
            // ================ string
            case "mask":
            // *    *
            case "limitMessage":
            //      *
            case "defaultInput":
            //      *
            case "encoding":
              value = value != null ? value + "" : "";
              if (value && optionName !== "limitMessage") {
                value = value.replace(/[\r\n]/g, "");
              }
              options[optionName] = value;
              break;
            // ================ number(int)
            case "bufferSize":
              if (!isNaN(value = parseInt(value, 10)) && typeof value === "number") {
                options[optionName] = value;
              }
              break;
            // ================ boolean
            case "displayOnly":
            // *
            case "keyIn":
            // *
            case "hideEchoBack":
            // *    *
            case "caseSensitive":
            // *    *
            case "keepWhitespace":
            // *    *
            case "history":
            //      *
            case "cd":
              options[optionName] = !!value;
              break;
            // ================ array
            case "limit":
            // *    *     to string for readlineExt
            case "trueValue":
            //      *
            case "falseValue":
              options[optionName] = flattenArray(value, function(value2) {
                var type = typeof value2;
                return type === "string" || type === "number" || type === "function" || value2 instanceof RegExp;
              }).map(function(value2) {
                return typeof value2 === "string" ? value2.replace(/[\r\n]/g, "") : value2;
              });
              break;
            // ================ function
            case "print":
            // *    *
            case "phContent":
            //      *
            case "preCheck":
              options[optionName] = typeof value === "function" ? value : void 0;
              break;
            // ================ other
            case "prompt":
            //      *
            case "display":
              options[optionName] = value != null ? value : "";
              break;
          }
        });
        return options;
      }, {});
    }
    function isMatched(res, comps, caseSensitive) {
      return comps.some(function(comp) {
        var type = typeof comp;
        return type === "string" ? caseSensitive ? res === comp : res.toLowerCase() === comp.toLowerCase() : type === "number" ? parseFloat(res) === comp : type === "function" ? comp(res) : comp instanceof RegExp ? comp.test(res) : false;
      });
    }
    function replaceHomePath(path16, expand) {
      var homePath = pathUtil.normalize(
        IS_WIN ? (process.env.HOMEDRIVE || "") + (process.env.HOMEPATH || "") : process.env.HOME || ""
      ).replace(/[/\\]+$/, "");
      path16 = pathUtil.normalize(path16);
      return expand ? path16.replace(/^~(?=\/|\\|$)/, homePath) : path16.replace(new RegExp("^" + escapePattern(homePath) + "(?=\\/|\\\\|$)", IS_WIN ? "i" : ""), "~");
    }
    function replacePlaceholder(text, generator) {
      var PTN_INNER = "(?:\\(([\\s\\S]*?)\\))?(\\w+|.-.)(?:\\(([\\s\\S]*?)\\))?", rePlaceholder = new RegExp("(\\$)?(\\$<" + PTN_INNER + ">)", "g"), rePlaceholderCompat = new RegExp("(\\$)?(\\$\\{" + PTN_INNER + "\\})", "g");
      function getPlaceholderText(s, escape, placeholder, pre, param, post) {
        var text2;
        return escape || typeof (text2 = generator(param)) !== "string" ? placeholder : text2 ? (pre || "") + text2 + (post || "") : "";
      }
      return text.replace(rePlaceholder, getPlaceholderText).replace(rePlaceholderCompat, getPlaceholderText);
    }
    function array2charlist(array, caseSensitive, collectSymbols) {
      var group = [], groupClass = -1, charCode = 0, symbols = "", values, suppressed;
      function addGroup(groups, group2) {
        if (group2.length > 3) {
          groups.push(group2[0] + "..." + group2[group2.length - 1]);
          suppressed = true;
        } else if (group2.length) {
          groups = groups.concat(group2);
        }
        return groups;
      }
      values = array.reduce(function(chars, value) {
        return chars.concat((value + "").split(""));
      }, []).reduce(function(groups, curChar) {
        var curGroupClass, curCharCode;
        if (!caseSensitive) {
          curChar = curChar.toLowerCase();
        }
        curGroupClass = /^\d$/.test(curChar) ? 1 : /^[A-Z]$/.test(curChar) ? 2 : /^[a-z]$/.test(curChar) ? 3 : 0;
        if (collectSymbols && curGroupClass === 0) {
          symbols += curChar;
        } else {
          curCharCode = curChar.charCodeAt(0);
          if (curGroupClass && curGroupClass === groupClass && curCharCode === charCode + 1) {
            group.push(curChar);
          } else {
            groups = addGroup(groups, group);
            group = [curChar];
            groupClass = curGroupClass;
          }
          charCode = curCharCode;
        }
        return groups;
      }, []);
      values = addGroup(values, group);
      if (symbols) {
        values.push(symbols);
        suppressed = true;
      }
      return { values, suppressed };
    }
    function joinChunks(chunks, suppressed) {
      return chunks.join(chunks.length > 2 ? ", " : suppressed ? " / " : "/");
    }
    function getPhContent(param, options) {
      var resCharlist = {}, text, values, arg;
      if (options.phContent) {
        text = options.phContent(param, options);
      }
      if (typeof text !== "string") {
        switch (param) {
          case "hideEchoBack":
          case "mask":
          case "defaultInput":
          case "caseSensitive":
          case "keepWhitespace":
          case "encoding":
          case "bufferSize":
          case "history":
          case "cd":
            text = !options.hasOwnProperty(param) ? "" : typeof options[param] === "boolean" ? options[param] ? "on" : "off" : options[param] + "";
            break;
          // case 'prompt':
          // case 'query':
          // case 'display':
          //   text = options.hasOwnProperty('displaySrc') ? options.displaySrc + '' : '';
          //   break;
          case "limit":
          case "trueValue":
          case "falseValue":
            values = options[options.hasOwnProperty(param + "Src") ? param + "Src" : param];
            if (options.keyIn) {
              resCharlist = array2charlist(values, options.caseSensitive);
              values = resCharlist.values;
            } else {
              values = values.filter(function(value) {
                var type = typeof value;
                return type === "string" || type === "number";
              });
            }
            text = joinChunks(values, resCharlist.suppressed);
            break;
          case "limitCount":
          case "limitCountNotZero":
            text = options[options.hasOwnProperty("limitSrc") ? "limitSrc" : "limit"].length;
            text = text || param !== "limitCountNotZero" ? text + "" : "";
            break;
          case "lastInput":
            text = lastInput;
            break;
          case "cwd":
          case "CWD":
          case "cwdHome":
            text = process.cwd();
            if (param === "CWD") {
              text = pathUtil.basename(text);
            } else if (param === "cwdHome") {
              text = replaceHomePath(text);
            }
            break;
          case "date":
          case "time":
          case "localeDate":
          case "localeTime":
            text = (/* @__PURE__ */ new Date())["to" + param.replace(/^./, function(str) {
              return str.toUpperCase();
            }) + "String"]();
            break;
          default:
            if (typeof (arg = (param.match(/^history_m(\d+)$/) || [])[1]) === "string") {
              text = inputHistory[inputHistory.length - arg] || "";
            }
        }
      }
      return text;
    }
    function getPhCharlist(param) {
      var matches = /^(.)-(.)$/.exec(param), text = "", from, to, code, step;
      if (!matches) {
        return null;
      }
      from = matches[1].charCodeAt(0);
      to = matches[2].charCodeAt(0);
      step = from < to ? 1 : -1;
      for (code = from; code !== to + step; code += step) {
        text += String.fromCharCode(code);
      }
      return text;
    }
    function parseCl(cl) {
      var reToken = new RegExp(/(\s*)(?:("|')(.*?)(?:\2|$)|(\S+))/g), taken = "", args = [], matches, part;
      cl = cl.trim();
      while (matches = reToken.exec(cl)) {
        part = matches[3] || matches[4] || "";
        if (matches[1]) {
          args.push(taken);
          taken = "";
        }
        taken += part;
      }
      if (taken) {
        args.push(taken);
      }
      return args;
    }
    function toBool(res, options) {
      return options.trueValue.length && isMatched(res, options.trueValue, options.caseSensitive) ? true : options.falseValue.length && isMatched(res, options.falseValue, options.caseSensitive) ? false : res;
    }
    function getValidLine(options) {
      var res, forceNext, limitMessage, matches, histInput, args, resCheck;
      function _getPhContent(param) {
        return getPhContent(param, options);
      }
      function addDisplay(text) {
        options.display += (/[^\r\n]$/.test(options.display) ? "\n" : "") + text;
      }
      options.limitSrc = options.limit;
      options.displaySrc = options.display;
      options.limit = "";
      options.display = replacePlaceholder(options.display + "", _getPhContent);
      while (true) {
        res = _readlineSync(options);
        forceNext = false;
        limitMessage = "";
        if (options.defaultInput && !res) {
          res = options.defaultInput;
        }
        if (options.history) {
          if (matches = /^\s*!(?:!|-1)(:p)?\s*$/.exec(res)) {
            histInput = inputHistory[0] || "";
            if (matches[1]) {
              forceNext = true;
            } else {
              res = histInput;
            }
            addDisplay(histInput + "\n");
            if (!forceNext) {
              options.displayOnly = true;
              _readlineSync(options);
              options.displayOnly = false;
            }
          } else if (res && res !== inputHistory[inputHistory.length - 1]) {
            inputHistory = [res];
          }
        }
        if (!forceNext && options.cd && res) {
          args = parseCl(res);
          switch (args[0].toLowerCase()) {
            case "cd":
              if (args[1]) {
                try {
                  process.chdir(replaceHomePath(args[1], true));
                } catch (e) {
                  addDisplay(e + "");
                }
              }
              forceNext = true;
              break;
            case "pwd":
              addDisplay(process.cwd());
              forceNext = true;
              break;
          }
        }
        if (!forceNext && options.preCheck) {
          resCheck = options.preCheck(res, options);
          res = resCheck.res;
          if (resCheck.forceNext) {
            forceNext = true;
          }
        }
        if (!forceNext) {
          if (!options.limitSrc.length || isMatched(res, options.limitSrc, options.caseSensitive)) {
            break;
          }
          if (options.limitMessage) {
            limitMessage = replacePlaceholder(options.limitMessage, _getPhContent);
          }
        }
        addDisplay((limitMessage ? limitMessage + "\n" : "") + replacePlaceholder(options.displaySrc + "", _getPhContent));
      }
      return toBool(res, options);
    }
    exports._DBG_set_useExt = function(val) {
      _DBG_useExt = val;
    };
    exports._DBG_set_checkOptions = function(val) {
      _DBG_checkOptions = val;
    };
    exports._DBG_set_checkMethod = function(val) {
      _DBG_checkMethod = val;
    };
    exports._DBG_clearHistory = function() {
      lastInput = "";
      inputHistory = [];
    };
    exports.setDefaultOptions = function(options) {
      defaultOptions = margeOptions(true, options);
      return margeOptions(true);
    };
    exports.question = function(query, options) {
      return getValidLine(margeOptions(margeOptions(true, options), {
        display: query
      }));
    };
    exports.prompt = function(options) {
      var readOptions = margeOptions(true, options);
      readOptions.display = readOptions.prompt;
      return getValidLine(readOptions);
    };
    exports.keyIn = function(query, options) {
      var readOptions = margeOptions(margeOptions(true, options), {
        display: query,
        keyIn: true,
        keepWhitespace: true
      });
      readOptions.limitSrc = readOptions.limit.filter(function(value) {
        var type = typeof value;
        return type === "string" || type === "number";
      }).map(function(text) {
        return replacePlaceholder(text + "", getPhCharlist);
      });
      readOptions.limit = escapePattern(readOptions.limitSrc.join(""));
      ["trueValue", "falseValue"].forEach(function(optionName) {
        readOptions[optionName] = readOptions[optionName].reduce(function(comps, comp) {
          var type = typeof comp;
          if (type === "string" || type === "number") {
            comps = comps.concat((comp + "").split(""));
          } else {
            comps.push(comp);
          }
          return comps;
        }, []);
      });
      readOptions.display = replacePlaceholder(
        readOptions.display + "",
        function(param) {
          return getPhContent(param, readOptions);
        }
      );
      return toBool(_readlineSync(readOptions), readOptions);
    };
    exports.questionEMail = function(query, options) {
      if (query == null) {
        query = "Input e-mail address: ";
      }
      return exports.question(query, margeOptions({
        // -------- default
        hideEchoBack: false,
        // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address
        limit: /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,
        limitMessage: "Input valid e-mail address, please.",
        trueValue: null,
        falseValue: null
      }, options, {
        // -------- forced
        keepWhitespace: false,
        cd: false
      }));
    };
    exports.questionNewPassword = function(query, options) {
      var resCharlist, min, max, readOptions = margeOptions({
        // -------- default
        hideEchoBack: true,
        mask: "*",
        limitMessage: "It can include: $<charlist>\nAnd the length must be: $<length>",
        trueValue: null,
        falseValue: null,
        caseSensitive: true
      }, options, {
        // -------- forced
        history: false,
        cd: false,
        // limit (by charlist etc.),
        phContent: function(param) {
          return param === "charlist" ? resCharlist.text : param === "length" ? min + "..." + max : null;
        }
      }), charlist, confirmMessage, unmatchMessage, limit, limitMessage, res1, res2;
      options = options || {};
      charlist = replacePlaceholder(
        options.charlist ? options.charlist + "" : "$<!-~>",
        getPhCharlist
      );
      if (isNaN(min = parseInt(options.min, 10)) || typeof min !== "number") {
        min = 12;
      }
      if (isNaN(max = parseInt(options.max, 10)) || typeof max !== "number") {
        max = 24;
      }
      limit = new RegExp("^[" + escapePattern(charlist) + "]{" + min + "," + max + "}$");
      resCharlist = array2charlist([charlist], readOptions.caseSensitive, true);
      resCharlist.text = joinChunks(resCharlist.values, resCharlist.suppressed);
      confirmMessage = options.confirmMessage != null ? options.confirmMessage : "Reinput a same one to confirm it: ";
      unmatchMessage = options.unmatchMessage != null ? options.unmatchMessage : "It differs from first one. Hit only the Enter key if you want to retry from first one.";
      if (query == null) {
        query = "Input new password: ";
      }
      limitMessage = readOptions.limitMessage;
      while (!res2) {
        readOptions.limit = limit;
        readOptions.limitMessage = limitMessage;
        res1 = exports.question(query, readOptions);
        readOptions.limit = [res1, ""];
        readOptions.limitMessage = unmatchMessage;
        res2 = exports.question(confirmMessage, readOptions);
      }
      return res1;
    };
    function _questionNum(query, options, parser) {
      var validValue;
      function getValidValue(value) {
        validValue = parser(value);
        return !isNaN(validValue) && typeof validValue === "number";
      }
      exports.question(query, margeOptions({
        // -------- default
        limitMessage: "Input valid number, please."
      }, options, {
        // -------- forced
        limit: getValidValue,
        cd: false
        // trueValue, falseValue, caseSensitive, keepWhitespace don't work.
      }));
      return validValue;
    }
    exports.questionInt = function(query, options) {
      return _questionNum(query, options, function(value) {
        return parseInt(value, 10);
      });
    };
    exports.questionFloat = function(query, options) {
      return _questionNum(query, options, parseFloat);
    };
    exports.questionPath = function(query, options) {
      var error = "", validPath, readOptions = margeOptions({
        // -------- default
        hideEchoBack: false,
        limitMessage: "$<error(\n)>Input valid path, please.$<( Min:)min>$<( Max:)max>",
        history: true,
        cd: true
      }, options, {
        // -------- forced
        keepWhitespace: false,
        limit: function(value) {
          var exists2, stat2, res;
          value = replaceHomePath(value, true);
          error = "";
          function mkdirParents(dirPath) {
            dirPath.split(/\/|\\/).reduce(function(parents2, dir) {
              var path16 = pathUtil.resolve(parents2 += dir + pathUtil.sep);
              if (!fs.existsSync(path16)) {
                fs.mkdirSync(path16);
              } else if (!fs.statSync(path16).isDirectory()) {
                throw new Error("Non directory already exists: " + path16);
              }
              return parents2;
            }, "");
          }
          try {
            exists2 = fs.existsSync(value);
            validPath = exists2 ? fs.realpathSync(value) : pathUtil.resolve(value);
            if (!options.hasOwnProperty("exists") && !exists2 || typeof options.exists === "boolean" && options.exists !== exists2) {
              error = (exists2 ? "Already exists" : "No such file or directory") + ": " + validPath;
              return false;
            }
            if (!exists2 && options.create) {
              if (options.isDirectory) {
                mkdirParents(validPath);
              } else {
                mkdirParents(pathUtil.dirname(validPath));
                fs.closeSync(fs.openSync(validPath, "w"));
              }
              validPath = fs.realpathSync(validPath);
            }
            if (exists2 && (options.min || options.max || options.isFile || options.isDirectory)) {
              stat2 = fs.statSync(validPath);
              if (options.isFile && !stat2.isFile()) {
                error = "Not file: " + validPath;
                return false;
              } else if (options.isDirectory && !stat2.isDirectory()) {
                error = "Not directory: " + validPath;
                return false;
              } else if (options.min && stat2.size < +options.min || options.max && stat2.size > +options.max) {
                error = "Size " + stat2.size + " is out of range: " + validPath;
                return false;
              }
            }
            if (typeof options.validate === "function" && (res = options.validate(validPath)) !== true) {
              if (typeof res === "string") {
                error = res;
              }
              return false;
            }
          } catch (e) {
            error = e + "";
            return false;
          }
          return true;
        },
        // trueValue, falseValue, caseSensitive don't work.
        phContent: function(param) {
          return param === "error" ? error : param !== "min" && param !== "max" ? null : options.hasOwnProperty(param) ? options[param] + "" : "";
        }
      });
      options = options || {};
      if (query == null) {
        query = 'Input path (you can "cd" and "pwd"): ';
      }
      exports.question(query, readOptions);
      return validPath;
    };
    function getClHandler(commandHandler, options) {
      var clHandler = {}, hIndex = {};
      if (typeof commandHandler === "object") {
        Object.keys(commandHandler).forEach(function(cmd) {
          if (typeof commandHandler[cmd] === "function") {
            hIndex[options.caseSensitive ? cmd : cmd.toLowerCase()] = commandHandler[cmd];
          }
        });
        clHandler.preCheck = function(res) {
          var cmdKey;
          clHandler.args = parseCl(res);
          cmdKey = clHandler.args[0] || "";
          if (!options.caseSensitive) {
            cmdKey = cmdKey.toLowerCase();
          }
          clHandler.hRes = cmdKey !== "_" && hIndex.hasOwnProperty(cmdKey) ? hIndex[cmdKey].apply(res, clHandler.args.slice(1)) : hIndex.hasOwnProperty("_") ? hIndex._.apply(res, clHandler.args) : null;
          return { res, forceNext: false };
        };
        if (!hIndex.hasOwnProperty("_")) {
          clHandler.limit = function() {
            var cmdKey = clHandler.args[0] || "";
            if (!options.caseSensitive) {
              cmdKey = cmdKey.toLowerCase();
            }
            return hIndex.hasOwnProperty(cmdKey);
          };
        }
      } else {
        clHandler.preCheck = function(res) {
          clHandler.args = parseCl(res);
          clHandler.hRes = typeof commandHandler === "function" ? commandHandler.apply(res, clHandler.args) : true;
          return { res, forceNext: false };
        };
      }
      return clHandler;
    }
    exports.promptCL = function(commandHandler, options) {
      var readOptions = margeOptions({
        // -------- default
        hideEchoBack: false,
        limitMessage: "Requested command is not available.",
        caseSensitive: false,
        history: true
      }, options), clHandler = getClHandler(commandHandler, readOptions);
      readOptions.limit = clHandler.limit;
      readOptions.preCheck = clHandler.preCheck;
      exports.prompt(readOptions);
      return clHandler.args;
    };
    exports.promptLoop = function(inputHandler, options) {
      var readOptions = margeOptions({
        // -------- default
        hideEchoBack: false,
        trueValue: null,
        falseValue: null,
        caseSensitive: false,
        history: true
      }, options);
      while (true) {
        if (inputHandler(exports.prompt(readOptions))) {
          break;
        }
      }
    };
    exports.promptCLLoop = function(commandHandler, options) {
      var readOptions = margeOptions({
        // -------- default
        hideEchoBack: false,
        limitMessage: "Requested command is not available.",
        caseSensitive: false,
        history: true
      }, options), clHandler = getClHandler(commandHandler, readOptions);
      readOptions.limit = clHandler.limit;
      readOptions.preCheck = clHandler.preCheck;
      while (true) {
        exports.prompt(readOptions);
        if (clHandler.hRes) {
          break;
        }
      }
    };
    exports.promptSimShell = function(options) {
      return exports.prompt(margeOptions({
        // -------- default
        hideEchoBack: false,
        history: true
      }, options, {
        // -------- forced
        prompt: (function() {
          return IS_WIN ? "$<cwd>>" : (
            // 'user@host:cwd$ '
            (process.env.USER || "") + (process.env.HOSTNAME ? "@" + process.env.HOSTNAME.replace(/\..*$/, "") : "") + ":$<cwdHome>$ "
          );
        })()
      }));
    };
    function _keyInYN(query, options, limit) {
      var res;
      if (query == null) {
        query = "Are you sure? ";
      }
      if ((!options || options.guide !== false) && (query += "")) {
        query = query.replace(/\s*:?\s*$/, "") + " [y/n]: ";
      }
      res = exports.keyIn(query, margeOptions(options, {
        // -------- forced
        hideEchoBack: false,
        limit,
        trueValue: "y",
        falseValue: "n",
        caseSensitive: false
        // mask doesn't work.
      }));
      return typeof res === "boolean" ? res : "";
    }
    exports.keyInYN = function(query, options) {
      return _keyInYN(query, options);
    };
    exports.keyInYNStrict = function(query, options) {
      return _keyInYN(query, options, "yn");
    };
    exports.keyInPause = function(query, options) {
      if (query == null) {
        query = "Continue...";
      }
      if ((!options || options.guide !== false) && (query += "")) {
        query = query.replace(/\s+$/, "") + " (Hit any key)";
      }
      exports.keyIn(query, margeOptions({
        // -------- default
        limit: null
      }, options, {
        // -------- forced
        hideEchoBack: true,
        mask: ""
      }));
    };
    exports.keyInSelect = function(items, query, options) {
      var readOptions = margeOptions({
        // -------- default
        hideEchoBack: false
      }, options, {
        // -------- forced
        trueValue: null,
        falseValue: null,
        caseSensitive: false,
        // limit (by items),
        phContent: function(param) {
          return param === "itemsCount" ? items.length + "" : param === "firstItem" ? (items[0] + "").trim() : param === "lastItem" ? (items[items.length - 1] + "").trim() : null;
        }
      }), keylist = "", key2i = {}, charCode = 49, display = "\n";
      if (!Array.isArray(items) || !items.length || items.length > 35) {
        throw "`items` must be Array (max length: 35).";
      }
      items.forEach(function(item, i2) {
        var key = String.fromCharCode(charCode);
        keylist += key;
        key2i[key] = i2;
        display += "[" + key + "] " + (item + "").trim() + "\n";
        charCode = charCode === 57 ? 97 : charCode + 1;
      });
      if (!options || options.cancel !== false) {
        keylist += "0";
        key2i["0"] = -1;
        display += "[0] " + (options && options.cancel != null && typeof options.cancel !== "boolean" ? (options.cancel + "").trim() : "CANCEL") + "\n";
      }
      readOptions.limit = keylist;
      display += "\n";
      if (query == null) {
        query = "Choose one from list: ";
      }
      if (query += "") {
        if (!options || options.guide !== false) {
          query = query.replace(/\s*:?\s*$/, "") + " [$<limit>]: ";
        }
        display += query;
      }
      return key2i[exports.keyIn(display, readOptions).toLowerCase()];
    };
    exports.getRawInput = function() {
      return rawInput;
    };
    function _setOption(optionName, args) {
      var options;
      if (args.length) {
        options = {};
        options[optionName] = args[0];
      }
      return exports.setDefaultOptions(options)[optionName];
    }
    exports.setPrint = function() {
      return _setOption("print", arguments);
    };
    exports.setPrompt = function() {
      return _setOption("prompt", arguments);
    };
    exports.setEncoding = function() {
      return _setOption("encoding", arguments);
    };
    exports.setMask = function() {
      return _setOption("mask", arguments);
    };
    exports.setBufferSize = function() {
      return _setOption("bufferSize", arguments);
    };
  }
});

// node_modules/fengari/src/ldblib.js
var require_ldblib = __commonJS({
  "node_modules/fengari/src/ldblib.js"(exports, module) {
    "use strict";
    var {
      LUA_MASKCALL,
      LUA_MASKCOUNT,
      LUA_MASKLINE,
      LUA_MASKRET,
      LUA_REGISTRYINDEX,
      LUA_TFUNCTION,
      LUA_TNIL,
      LUA_TTABLE,
      LUA_TUSERDATA,
      lua_Debug,
      lua_call,
      lua_checkstack,
      lua_gethook,
      lua_gethookcount,
      lua_gethookmask,
      lua_getinfo,
      lua_getlocal,
      lua_getmetatable,
      lua_getstack,
      lua_getupvalue,
      lua_getuservalue,
      lua_insert,
      lua_iscfunction,
      lua_isfunction,
      lua_isnoneornil,
      lua_isthread,
      lua_newtable,
      lua_pcall,
      lua_pop,
      lua_pushboolean,
      lua_pushfstring,
      lua_pushinteger,
      lua_pushlightuserdata,
      lua_pushliteral,
      lua_pushnil,
      lua_pushstring,
      lua_pushvalue,
      lua_rawgetp,
      lua_rawsetp,
      lua_rotate,
      lua_setfield,
      lua_sethook,
      lua_setlocal,
      lua_setmetatable,
      lua_settop,
      lua_setupvalue,
      lua_setuservalue,
      lua_tojsstring,
      lua_toproxy,
      lua_tostring,
      lua_tothread,
      lua_touserdata,
      lua_type,
      lua_upvalueid,
      lua_upvaluejoin,
      lua_xmove
    } = require_lua();
    var {
      luaL_argcheck,
      luaL_argerror,
      luaL_checkany,
      luaL_checkinteger,
      luaL_checkstring,
      luaL_checktype,
      luaL_error,
      luaL_loadbuffer,
      luaL_newlib,
      luaL_optinteger,
      luaL_optstring,
      luaL_traceback,
      lua_writestringerror
    } = require_lauxlib();
    var lualib2 = require_lualib();
    var {
      luastring_indexOf,
      to_luastring: to_luastring10
    } = require_fengaricore();
    var checkstack = function(L, L1, n2) {
      if (L !== L1 && !lua_checkstack(L1, n2))
        luaL_error(L, to_luastring10("stack overflow", true));
    };
    var db_getregistry = function(L) {
      lua_pushvalue(L, LUA_REGISTRYINDEX);
      return 1;
    };
    var db_getmetatable = function(L) {
      luaL_checkany(L, 1);
      if (!lua_getmetatable(L, 1)) {
        lua_pushnil(L);
      }
      return 1;
    };
    var db_setmetatable = function(L) {
      const t = lua_type(L, 2);
      luaL_argcheck(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table expected");
      lua_settop(L, 2);
      lua_setmetatable(L, 1);
      return 1;
    };
    var db_getuservalue = function(L) {
      if (lua_type(L, 1) !== LUA_TUSERDATA)
        lua_pushnil(L);
      else
        lua_getuservalue(L, 1);
      return 1;
    };
    var db_setuservalue = function(L) {
      luaL_checktype(L, 1, LUA_TUSERDATA);
      luaL_checkany(L, 2);
      lua_settop(L, 2);
      lua_setuservalue(L, 1);
      return 1;
    };
    var getthread = function(L) {
      if (lua_isthread(L, 1)) {
        return {
          arg: 1,
          thread: lua_tothread(L, 1)
        };
      } else {
        return {
          arg: 0,
          thread: L
        };
      }
    };
    var settabss = function(L, k, v) {
      lua_pushstring(L, v);
      lua_setfield(L, -2, k);
    };
    var settabsi = function(L, k, v) {
      lua_pushinteger(L, v);
      lua_setfield(L, -2, k);
    };
    var settabsb = function(L, k, v) {
      lua_pushboolean(L, v);
      lua_setfield(L, -2, k);
    };
    var treatstackoption = function(L, L1, fname) {
      if (L == L1)
        lua_rotate(L, -2, 1);
      else
        lua_xmove(L1, L, 1);
      lua_setfield(L, -2, fname);
    };
    var db_getinfo = function(L) {
      let ar = new lua_Debug();
      let thread = getthread(L);
      let arg = thread.arg;
      let L1 = thread.thread;
      let options = luaL_optstring(L, arg + 2, "flnStu");
      checkstack(L, L1, 3);
      if (lua_isfunction(L, arg + 1)) {
        options = lua_pushfstring(L, to_luastring10(">%s"), options);
        lua_pushvalue(L, arg + 1);
        lua_xmove(L, L1, 1);
      } else {
        if (!lua_getstack(L1, luaL_checkinteger(L, arg + 1), ar)) {
          lua_pushnil(L);
          return 1;
        }
      }
      if (!lua_getinfo(L1, options, ar))
        luaL_argerror(L, arg + 2, "invalid option");
      lua_newtable(L);
      if (luastring_indexOf(
        options,
        83
        /* 'S'.charCodeAt(0) */
      ) > -1) {
        settabss(L, to_luastring10("source", true), ar.source);
        settabss(L, to_luastring10("short_src", true), ar.short_src);
        settabsi(L, to_luastring10("linedefined", true), ar.linedefined);
        settabsi(L, to_luastring10("lastlinedefined", true), ar.lastlinedefined);
        settabss(L, to_luastring10("what", true), ar.what);
      }
      if (luastring_indexOf(
        options,
        108
        /* 'l'.charCodeAt(0) */
      ) > -1)
        settabsi(L, to_luastring10("currentline", true), ar.currentline);
      if (luastring_indexOf(
        options,
        117
        /* 'u'.charCodeAt(0) */
      ) > -1) {
        settabsi(L, to_luastring10("nups", true), ar.nups);
        settabsi(L, to_luastring10("nparams", true), ar.nparams);
        settabsb(L, to_luastring10("isvararg", true), ar.isvararg);
      }
      if (luastring_indexOf(
        options,
        110
        /* 'n'.charCodeAt(0) */
      ) > -1) {
        settabss(L, to_luastring10("name", true), ar.name);
        settabss(L, to_luastring10("namewhat", true), ar.namewhat);
      }
      if (luastring_indexOf(
        options,
        116
        /* 't'.charCodeAt(0) */
      ) > -1)
        settabsb(L, to_luastring10("istailcall", true), ar.istailcall);
      if (luastring_indexOf(
        options,
        76
        /* 'L'.charCodeAt(0) */
      ) > -1)
        treatstackoption(L, L1, to_luastring10("activelines", true));
      if (luastring_indexOf(
        options,
        102
        /* 'f'.charCodeAt(0) */
      ) > -1)
        treatstackoption(L, L1, to_luastring10("func", true));
      return 1;
    };
    var db_getlocal = function(L) {
      let thread = getthread(L);
      let L1 = thread.thread;
      let arg = thread.arg;
      let ar = new lua_Debug();
      let nvar = luaL_checkinteger(L, arg + 2);
      if (lua_isfunction(L, arg + 1)) {
        lua_pushvalue(L, arg + 1);
        lua_pushstring(L, lua_getlocal(L, null, nvar));
        return 1;
      } else {
        let level = luaL_checkinteger(L, arg + 1);
        if (!lua_getstack(L1, level, ar))
          return luaL_argerror(L, arg + 1, "level out of range");
        checkstack(L, L1, 1);
        let name = lua_getlocal(L1, ar, nvar);
        if (name) {
          lua_xmove(L1, L, 1);
          lua_pushstring(L, name);
          lua_rotate(L, -2, 1);
          return 2;
        } else {
          lua_pushnil(L);
          return 1;
        }
      }
    };
    var db_setlocal = function(L) {
      let thread = getthread(L);
      let L1 = thread.thread;
      let arg = thread.arg;
      let ar = new lua_Debug();
      let level = luaL_checkinteger(L, arg + 1);
      let nvar = luaL_checkinteger(L, arg + 2);
      if (!lua_getstack(L1, level, ar))
        return luaL_argerror(L, arg + 1, "level out of range");
      luaL_checkany(L, arg + 3);
      lua_settop(L, arg + 3);
      checkstack(L, L1, 1);
      lua_xmove(L, L1, 1);
      let name = lua_setlocal(L1, ar, nvar);
      if (name === null)
        lua_pop(L1, 1);
      lua_pushstring(L, name);
      return 1;
    };
    var auxupvalue = function(L, get) {
      let n2 = luaL_checkinteger(L, 2);
      luaL_checktype(L, 1, LUA_TFUNCTION);
      let name = get ? lua_getupvalue(L, 1, n2) : lua_setupvalue(L, 1, n2);
      if (name === null) return 0;
      lua_pushstring(L, name);
      lua_insert(L, -(get + 1));
      return get + 1;
    };
    var db_getupvalue = function(L) {
      return auxupvalue(L, 1);
    };
    var db_setupvalue = function(L) {
      luaL_checkany(L, 3);
      return auxupvalue(L, 0);
    };
    var checkupval = function(L, argf, argnup) {
      let nup = luaL_checkinteger(L, argnup);
      luaL_checktype(L, argf, LUA_TFUNCTION);
      luaL_argcheck(L, lua_getupvalue(L, argf, nup) !== null, argnup, "invalid upvalue index");
      return nup;
    };
    var db_upvalueid = function(L) {
      let n2 = checkupval(L, 1, 2);
      lua_pushlightuserdata(L, lua_upvalueid(L, 1, n2));
      return 1;
    };
    var db_upvaluejoin = function(L) {
      let n1 = checkupval(L, 1, 2);
      let n2 = checkupval(L, 3, 4);
      luaL_argcheck(L, !lua_iscfunction(L, 1), 1, "Lua function expected");
      luaL_argcheck(L, !lua_iscfunction(L, 3), 3, "Lua function expected");
      lua_upvaluejoin(L, 1, n1, 3, n2);
      return 0;
    };
    var HOOKKEY = to_luastring10("__hooks__", true);
    var hooknames = ["call", "return", "line", "count", "tail call"].map((e) => to_luastring10(e));
    var hookf = function(L, ar) {
      lua_rawgetp(L, LUA_REGISTRYINDEX, HOOKKEY);
      let hooktable = lua_touserdata(L, -1);
      let proxy = hooktable.get(L);
      if (proxy) {
        proxy(L);
        lua_pushstring(L, hooknames[ar.event]);
        if (ar.currentline >= 0)
          lua_pushinteger(L, ar.currentline);
        else lua_pushnil(L);
        lualib2.lua_assert(lua_getinfo(L, to_luastring10("lS"), ar));
        lua_call(L, 2, 0);
      }
    };
    var makemask = function(smask, count3) {
      let mask = 0;
      if (luastring_indexOf(
        smask,
        99
        /* 'c'.charCodeAt(0) */
      ) > -1) mask |= LUA_MASKCALL;
      if (luastring_indexOf(
        smask,
        114
        /* 'r'.charCodeAt(0) */
      ) > -1) mask |= LUA_MASKRET;
      if (luastring_indexOf(
        smask,
        108
        /* 'l'.charCodeAt(0) */
      ) > -1) mask |= LUA_MASKLINE;
      if (count3 > 0) mask |= LUA_MASKCOUNT;
      return mask;
    };
    var unmakemask = function(mask, smask) {
      let i2 = 0;
      if (mask & LUA_MASKCALL) smask[i2++] = 99;
      if (mask & LUA_MASKRET) smask[i2++] = 114;
      if (mask & LUA_MASKLINE) smask[i2++] = 108;
      return smask.subarray(0, i2);
    };
    var db_sethook = function(L) {
      let mask, count3, func;
      let thread = getthread(L);
      let L1 = thread.thread;
      let arg = thread.arg;
      if (lua_isnoneornil(L, arg + 1)) {
        lua_settop(L, arg + 1);
        func = null;
        mask = 0;
        count3 = 0;
      } else {
        const smask = luaL_checkstring(L, arg + 2);
        luaL_checktype(L, arg + 1, LUA_TFUNCTION);
        count3 = luaL_optinteger(L, arg + 3, 0);
        func = hookf;
        mask = makemask(smask, count3);
      }
      let hooktable;
      if (lua_rawgetp(L, LUA_REGISTRYINDEX, HOOKKEY) === LUA_TNIL) {
        hooktable = /* @__PURE__ */ new WeakMap();
        lua_pushlightuserdata(L, hooktable);
        lua_rawsetp(L, LUA_REGISTRYINDEX, HOOKKEY);
      } else {
        hooktable = lua_touserdata(L, -1);
      }
      let proxy = lua_toproxy(L, arg + 1);
      hooktable.set(L1, proxy);
      lua_sethook(L1, func, mask, count3);
      return 0;
    };
    var db_gethook = function(L) {
      let thread = getthread(L);
      let L1 = thread.thread;
      let buff = new Uint8Array(5);
      let mask = lua_gethookmask(L1);
      let hook = lua_gethook(L1);
      if (hook === null)
        lua_pushnil(L);
      else if (hook !== hookf)
        lua_pushliteral(L, "external hook");
      else {
        lua_rawgetp(L, LUA_REGISTRYINDEX, HOOKKEY);
        let hooktable = lua_touserdata(L, -1);
        let proxy = hooktable.get(L1);
        proxy(L);
      }
      lua_pushstring(L, unmakemask(mask, buff));
      lua_pushinteger(L, lua_gethookcount(L1));
      return 3;
    };
    var db_traceback = function(L) {
      let thread = getthread(L);
      let L1 = thread.thread;
      let arg = thread.arg;
      let msg = lua_tostring(L, arg + 1);
      if (msg === null && !lua_isnoneornil(L, arg + 1))
        lua_pushvalue(L, arg + 1);
      else {
        let level = luaL_optinteger(L, arg + 2, L === L1 ? 1 : 0);
        luaL_traceback(L, L1, msg, level);
      }
      return 1;
    };
    var dblib = {
      "gethook": db_gethook,
      "getinfo": db_getinfo,
      "getlocal": db_getlocal,
      "getmetatable": db_getmetatable,
      "getregistry": db_getregistry,
      "getupvalue": db_getupvalue,
      "getuservalue": db_getuservalue,
      "sethook": db_sethook,
      "setlocal": db_setlocal,
      "setmetatable": db_setmetatable,
      "setupvalue": db_setupvalue,
      "setuservalue": db_setuservalue,
      "traceback": db_traceback,
      "upvalueid": db_upvalueid,
      "upvaluejoin": db_upvaluejoin
    };
    var getinput;
    if (typeof process !== "undefined") {
      const readlineSync = require_readline_sync();
      readlineSync.setDefaultOptions({
        prompt: "lua_debug> "
      });
      getinput = function() {
        return readlineSync.prompt();
      };
    } else if (typeof window !== "undefined") {
      getinput = function() {
        let input = prompt("lua_debug>", "");
        return input !== null ? input : "";
      };
    }
    if (getinput) {
      dblib.debug = function(L) {
        for (; ; ) {
          let input = getinput();
          if (input === "cont")
            return 0;
          if (input.length === 0)
            continue;
          let buffer = to_luastring10(input);
          if (luaL_loadbuffer(L, buffer, buffer.length, to_luastring10("=(debug command)", true)) || lua_pcall(L, 0, 0, 0)) {
            lua_writestringerror(lua_tojsstring(L, -1), "\n");
          }
          lua_settop(L, 0);
        }
      };
    }
    var luaopen_debug = function(L) {
      luaL_newlib(L, dblib);
      return 1;
    };
    module.exports.luaopen_debug = luaopen_debug;
  }
});

// node_modules/fengari/src/loadlib.js
var require_loadlib = __commonJS({
  "node_modules/fengari/src/loadlib.js"(exports, module) {
    "use strict";
    var {
      LUA_DIRSEP,
      LUA_EXEC_DIR,
      LUA_JSPATH_DEFAULT,
      LUA_PATH_DEFAULT,
      LUA_PATH_MARK,
      LUA_PATH_SEP
    } = require_luaconf();
    var {
      LUA_OK,
      LUA_REGISTRYINDEX,
      LUA_TNIL,
      LUA_TTABLE,
      lua_callk,
      lua_createtable,
      lua_getfield,
      lua_insert,
      lua_isfunction,
      lua_isnil,
      lua_isstring,
      lua_newtable,
      lua_pop,
      lua_pushboolean,
      lua_pushcclosure,
      lua_pushcfunction,
      lua_pushfstring,
      lua_pushglobaltable,
      lua_pushlightuserdata,
      lua_pushliteral,
      lua_pushlstring,
      lua_pushnil,
      lua_pushstring,
      lua_pushvalue,
      lua_rawgeti,
      lua_rawgetp,
      lua_rawseti,
      lua_rawsetp,
      lua_remove,
      lua_setfield,
      lua_setmetatable,
      lua_settop,
      lua_toboolean,
      lua_tostring,
      lua_touserdata,
      lua_upvalueindex
    } = require_lua();
    var {
      LUA_LOADED_TABLE,
      LUA_PRELOAD_TABLE,
      luaL_Buffer,
      luaL_addvalue,
      luaL_buffinit,
      luaL_checkstring,
      luaL_error,
      luaL_getsubtable,
      luaL_gsub,
      luaL_len,
      luaL_loadfile,
      luaL_newlib,
      luaL_optstring,
      luaL_pushresult,
      luaL_setfuncs
    } = require_lauxlib();
    var lualib2 = require_lualib();
    var {
      luastring_indexOf,
      to_jsstring: to_jsstring3,
      to_luastring: to_luastring10,
      to_uristring
    } = require_fengaricore();
    var fengari = require_fengari();
    var global_env = (function() {
      if (typeof process !== "undefined") {
        return global;
      } else if (typeof window !== "undefined") {
        return window;
      } else if (typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope) {
        return self;
      } else {
        return (0, eval)("this");
      }
    })();
    var JSLIBS = to_luastring10("__JSLIBS__");
    var LUA_PATH_VAR = "LUA_PATH";
    var LUA_JSPATH_VAR = "LUA_JSPATH";
    var LUA_IGMARK = "-";
    var LUA_CSUBSEP = LUA_DIRSEP;
    var LUA_LSUBSEP = LUA_DIRSEP;
    var LUA_POF = to_luastring10("luaopen_");
    var LUA_OFSEP = to_luastring10("_");
    var LIB_FAIL = "open";
    var AUXMARK = to_luastring10("");
    var lsys_load;
    if (typeof process === "undefined") {
      lsys_load = function(L, path16, seeglb) {
        path16 = to_uristring(path16);
        let xhr = new XMLHttpRequest();
        xhr.open("GET", path16, false);
        xhr.send();
        if (xhr.status < 200 || xhr.status >= 300) {
          lua_pushstring(L, to_luastring10(`${xhr.status}: ${xhr.statusText}`));
          return null;
        }
        let code = xhr.response;
        if (!/\/\/[#@] sourceURL=/.test(code))
          code += " //# sourceURL=" + path16;
        let func;
        try {
          func = Function("fengari", code);
        } catch (e) {
          lua_pushstring(L, to_luastring10(`${e.name}: ${e.message}`));
          return null;
        }
        let res = func(fengari);
        if (typeof res === "function" || typeof res === "object" && res !== null) {
          return res;
        } else if (res === void 0) {
          return global_env;
        } else {
          lua_pushstring(L, to_luastring10(`library returned unexpected type (${typeof res})`));
          return null;
        }
      };
    } else {
      const pathlib = __require("path");
      lsys_load = function(L, path16, seeglb) {
        path16 = to_jsstring3(path16);
        path16 = pathlib.resolve(process.cwd(), path16);
        try {
          return __require(path16);
        } catch (e) {
          lua_pushstring(L, to_luastring10(e.message));
          return null;
        }
      };
    }
    var lsys_sym = function(L, lib, sym) {
      let f = lib[to_jsstring3(sym)];
      if (f && typeof f === "function")
        return f;
      else {
        lua_pushfstring(L, to_luastring10("undefined symbol: %s"), sym);
        return null;
      }
    };
    var noenv = function(L) {
      lua_getfield(L, LUA_REGISTRYINDEX, to_luastring10("LUA_NOENV"));
      let b = lua_toboolean(L, -1);
      lua_pop(L, 1);
      return b;
    };
    var readable2;
    if (typeof process !== "undefined") {
      const fs = __require("fs");
      readable2 = function(filename) {
        try {
          let fd = fs.openSync(filename, "r");
          fs.closeSync(fd);
        } catch (e) {
          return false;
        }
        return true;
      };
    } else {
      readable2 = function(path16) {
        path16 = to_uristring(path16);
        let xhr = new XMLHttpRequest();
        xhr.open("GET", path16, false);
        xhr.send();
        return xhr.status >= 200 && xhr.status <= 299;
      };
    }
    var ERRLIB = 1;
    var ERRFUNC = 2;
    var lookforfunc = function(L, path16, sym) {
      let reg = checkjslib(L, path16);
      if (reg === null) {
        reg = lsys_load(L, path16, sym[0] === "*".charCodeAt(0));
        if (reg === null) return ERRLIB;
        addtojslib(L, path16, reg);
      }
      if (sym[0] === "*".charCodeAt(0)) {
        lua_pushboolean(L, 1);
        return 0;
      } else {
        let f = lsys_sym(L, reg, sym);
        if (f === null)
          return ERRFUNC;
        lua_pushcfunction(L, f);
        return 0;
      }
    };
    var ll_loadlib = function(L) {
      let path16 = luaL_checkstring(L, 1);
      let init = luaL_checkstring(L, 2);
      let stat2 = lookforfunc(L, path16, init);
      if (stat2 === 0)
        return 1;
      else {
        lua_pushnil(L);
        lua_insert(L, -2);
        lua_pushliteral(L, stat2 === ERRLIB ? LIB_FAIL : "init");
        return 3;
      }
    };
    var env = (function() {
      if (typeof process !== "undefined") {
        return process.env;
      } else {
        return global_env;
      }
    })();
    var setpath = function(L, fieldname, envname, dft) {
      let nver = `${envname}${lualib2.LUA_VERSUFFIX}`;
      lua_pushstring(L, to_luastring10(nver));
      let path16 = env[nver];
      if (path16 === void 0)
        path16 = env[envname];
      if (path16 === void 0 || noenv(L))
        lua_pushstring(L, dft);
      else {
        path16 = luaL_gsub(
          L,
          to_luastring10(path16),
          to_luastring10(LUA_PATH_SEP + LUA_PATH_SEP, true),
          to_luastring10(LUA_PATH_SEP + to_jsstring3(AUXMARK) + LUA_PATH_SEP, true)
        );
        luaL_gsub(L, path16, AUXMARK, dft);
        lua_remove(L, -2);
      }
      lua_setfield(L, -3, fieldname);
      lua_pop(L, 1);
    };
    var checkjslib = function(L, path16) {
      lua_rawgetp(L, LUA_REGISTRYINDEX, JSLIBS);
      lua_getfield(L, -1, path16);
      let plib = lua_touserdata(L, -1);
      lua_pop(L, 2);
      return plib;
    };
    var addtojslib = function(L, path16, plib) {
      lua_rawgetp(L, LUA_REGISTRYINDEX, JSLIBS);
      lua_pushlightuserdata(L, plib);
      lua_pushvalue(L, -1);
      lua_setfield(L, -3, path16);
      lua_rawseti(L, -2, luaL_len(L, -2) + 1);
      lua_pop(L, 1);
    };
    var pushnexttemplate = function(L, path16) {
      while (path16[0] === LUA_PATH_SEP.charCodeAt(0)) path16 = path16.subarray(1);
      if (path16.length === 0) return null;
      let l = luastring_indexOf(path16, LUA_PATH_SEP.charCodeAt(0));
      if (l < 0) l = path16.length;
      lua_pushlstring(L, path16, l);
      return path16.subarray(l);
    };
    var searchpath = function(L, name, path16, sep, dirsep) {
      let msg = new luaL_Buffer();
      luaL_buffinit(L, msg);
      if (sep[0] !== 0)
        name = luaL_gsub(L, name, sep, dirsep);
      while ((path16 = pushnexttemplate(L, path16)) !== null) {
        let filename = luaL_gsub(L, lua_tostring(L, -1), to_luastring10(LUA_PATH_MARK, true), name);
        lua_remove(L, -2);
        if (readable2(filename))
          return filename;
        lua_pushfstring(L, to_luastring10("\n	no file '%s'"), filename);
        lua_remove(L, -2);
        luaL_addvalue(msg);
      }
      luaL_pushresult(msg);
      return null;
    };
    var ll_searchpath = function(L) {
      let f = searchpath(
        L,
        luaL_checkstring(L, 1),
        luaL_checkstring(L, 2),
        luaL_optstring(L, 3, "."),
        luaL_optstring(L, 4, LUA_DIRSEP)
      );
      if (f !== null) return 1;
      else {
        lua_pushnil(L);
        lua_insert(L, -2);
        return 2;
      }
    };
    var findfile = function(L, name, pname, dirsep) {
      lua_getfield(L, lua_upvalueindex(1), pname);
      let path16 = lua_tostring(L, -1);
      if (path16 === null)
        luaL_error(L, to_luastring10("'package.%s' must be a string"), pname);
      return searchpath(L, name, path16, to_luastring10("."), dirsep);
    };
    var checkload = function(L, stat2, filename) {
      if (stat2) {
        lua_pushstring(L, filename);
        return 2;
      } else
        return luaL_error(
          L,
          to_luastring10("error loading module '%s' from file '%s':\n	%s"),
          lua_tostring(L, 1),
          filename,
          lua_tostring(L, -1)
        );
    };
    var searcher_Lua = function(L) {
      let name = luaL_checkstring(L, 1);
      let filename = findfile(L, name, to_luastring10("path", true), to_luastring10(LUA_LSUBSEP, true));
      if (filename === null) return 1;
      return checkload(L, luaL_loadfile(L, filename) === LUA_OK, filename);
    };
    var loadfunc = function(L, filename, modname) {
      let openfunc;
      modname = luaL_gsub(L, modname, to_luastring10("."), LUA_OFSEP);
      let mark = luastring_indexOf(modname, LUA_IGMARK.charCodeAt(0));
      if (mark >= 0) {
        openfunc = lua_pushlstring(L, modname, mark);
        openfunc = lua_pushfstring(L, to_luastring10("%s%s"), LUA_POF, openfunc);
        let stat2 = lookforfunc(L, filename, openfunc);
        if (stat2 !== ERRFUNC) return stat2;
        modname = mark + 1;
      }
      openfunc = lua_pushfstring(L, to_luastring10("%s%s"), LUA_POF, modname);
      return lookforfunc(L, filename, openfunc);
    };
    var searcher_C = function(L) {
      let name = luaL_checkstring(L, 1);
      let filename = findfile(L, name, to_luastring10("jspath", true), to_luastring10(LUA_CSUBSEP, true));
      if (filename === null) return 1;
      return checkload(L, loadfunc(L, filename, name) === 0, filename);
    };
    var searcher_Croot = function(L) {
      let name = luaL_checkstring(L, 1);
      let p = luastring_indexOf(name, ".".charCodeAt(0));
      let stat2;
      if (p < 0) return 0;
      lua_pushlstring(L, name, p);
      let filename = findfile(L, lua_tostring(L, -1), to_luastring10("jspath", true), to_luastring10(LUA_CSUBSEP, true));
      if (filename === null) return 1;
      if ((stat2 = loadfunc(L, filename, name)) !== 0) {
        if (stat2 != ERRFUNC)
          return checkload(L, 0, filename);
        else {
          lua_pushfstring(L, to_luastring10("\n	no module '%s' in file '%s'"), name, filename);
          return 1;
        }
      }
      lua_pushstring(L, filename);
      return 2;
    };
    var searcher_preload = function(L) {
      let name = luaL_checkstring(L, 1);
      lua_getfield(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
      if (lua_getfield(L, -1, name) === LUA_TNIL)
        lua_pushfstring(L, to_luastring10("\n	no field package.preload['%s']"), name);
      return 1;
    };
    var findloader = function(L, name, ctx, k) {
      let msg = new luaL_Buffer();
      luaL_buffinit(L, msg);
      if (lua_getfield(L, lua_upvalueindex(1), to_luastring10("searchers", true)) !== LUA_TTABLE)
        luaL_error(L, to_luastring10("'package.searchers' must be a table"));
      let ctx2 = { name, i: 1, msg, ctx, k };
      return findloader_cont(L, LUA_OK, ctx2);
    };
    var findloader_cont = function(L, status, ctx) {
      for (; ; ctx.i++) {
        if (status === LUA_OK) {
          if (lua_rawgeti(L, 3, ctx.i) === LUA_TNIL) {
            lua_pop(L, 1);
            luaL_pushresult(ctx.msg);
            luaL_error(L, to_luastring10("module '%s' not found:%s"), ctx.name, lua_tostring(L, -1));
          }
          lua_pushstring(L, ctx.name);
          lua_callk(L, 1, 2, ctx, findloader_cont);
        } else {
          status = LUA_OK;
        }
        if (lua_isfunction(L, -2))
          break;
        else if (lua_isstring(L, -2)) {
          lua_pop(L, 1);
          luaL_addvalue(ctx.msg);
        } else
          lua_pop(L, 2);
      }
      return ctx.k(L, LUA_OK, ctx.ctx);
    };
    var ll_require = function(L) {
      let name = luaL_checkstring(L, 1);
      lua_settop(L, 1);
      lua_getfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
      lua_getfield(L, 2, name);
      if (lua_toboolean(L, -1))
        return 1;
      lua_pop(L, 1);
      let ctx = name;
      return findloader(L, name, ctx, ll_require_cont);
    };
    var ll_require_cont = function(L, status, ctx) {
      let name = ctx;
      lua_pushstring(L, name);
      lua_insert(L, -2);
      lua_callk(L, 2, 1, ctx, ll_require_cont2);
      return ll_require_cont2(L, LUA_OK, ctx);
    };
    var ll_require_cont2 = function(L, status, ctx) {
      let name = ctx;
      if (!lua_isnil(L, -1))
        lua_setfield(L, 2, name);
      if (lua_getfield(L, 2, name) == LUA_TNIL) {
        lua_pushboolean(L, 1);
        lua_pushvalue(L, -1);
        lua_setfield(L, 2, name);
      }
      return 1;
    };
    var pk_funcs = {
      "loadlib": ll_loadlib,
      "searchpath": ll_searchpath
    };
    var ll_funcs = {
      "require": ll_require
    };
    var createsearcherstable = function(L) {
      let searchers = [searcher_preload, searcher_Lua, searcher_C, searcher_Croot, null];
      lua_createtable(L);
      for (let i2 = 0; searchers[i2]; i2++) {
        lua_pushvalue(L, -2);
        lua_pushcclosure(L, searchers[i2], 1);
        lua_rawseti(L, -2, i2 + 1);
      }
      lua_setfield(L, -2, to_luastring10("searchers", true));
    };
    var createjslibstable = function(L) {
      lua_newtable(L);
      lua_createtable(L, 0, 1);
      lua_setmetatable(L, -2);
      lua_rawsetp(L, LUA_REGISTRYINDEX, JSLIBS);
    };
    var luaopen_package = function(L) {
      createjslibstable(L);
      luaL_newlib(L, pk_funcs);
      createsearcherstable(L);
      setpath(L, to_luastring10("path", true), LUA_PATH_VAR, LUA_PATH_DEFAULT);
      setpath(L, to_luastring10("jspath", true), LUA_JSPATH_VAR, LUA_JSPATH_DEFAULT);
      lua_pushliteral(L, LUA_DIRSEP + "\n" + LUA_PATH_SEP + "\n" + LUA_PATH_MARK + "\n" + LUA_EXEC_DIR + "\n" + LUA_IGMARK + "\n");
      lua_setfield(L, -2, to_luastring10("config", true));
      luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
      lua_setfield(L, -2, to_luastring10("loaded", true));
      luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
      lua_setfield(L, -2, to_luastring10("preload", true));
      lua_pushglobaltable(L);
      lua_pushvalue(L, -2);
      luaL_setfuncs(L, ll_funcs, 1);
      lua_pop(L, 1);
      return 1;
    };
    module.exports.luaopen_package = luaopen_package;
  }
});

// node_modules/fengari/src/fengarilib.js
var require_fengarilib = __commonJS({
  "node_modules/fengari/src/fengarilib.js"(exports, module) {
    var {
      lua_pushinteger,
      lua_pushliteral,
      lua_setfield
    } = require_lua();
    var {
      luaL_newlib
    } = require_lauxlib();
    var {
      FENGARI_AUTHORS,
      FENGARI_COPYRIGHT,
      FENGARI_RELEASE,
      FENGARI_VERSION,
      FENGARI_VERSION_MAJOR,
      FENGARI_VERSION_MINOR,
      FENGARI_VERSION_NUM,
      FENGARI_VERSION_RELEASE,
      to_luastring: to_luastring10
    } = require_fengaricore();
    var luaopen_fengari = function(L) {
      luaL_newlib(L, {});
      lua_pushliteral(L, FENGARI_AUTHORS);
      lua_setfield(L, -2, to_luastring10("AUTHORS"));
      lua_pushliteral(L, FENGARI_COPYRIGHT);
      lua_setfield(L, -2, to_luastring10("COPYRIGHT"));
      lua_pushliteral(L, FENGARI_RELEASE);
      lua_setfield(L, -2, to_luastring10("RELEASE"));
      lua_pushliteral(L, FENGARI_VERSION);
      lua_setfield(L, -2, to_luastring10("VERSION"));
      lua_pushliteral(L, FENGARI_VERSION_MAJOR);
      lua_setfield(L, -2, to_luastring10("VERSION_MAJOR"));
      lua_pushliteral(L, FENGARI_VERSION_MINOR);
      lua_setfield(L, -2, to_luastring10("VERSION_MINOR"));
      lua_pushinteger(L, FENGARI_VERSION_NUM);
      lua_setfield(L, -2, to_luastring10("VERSION_NUM"));
      lua_pushliteral(L, FENGARI_VERSION_RELEASE);
      lua_setfield(L, -2, to_luastring10("VERSION_RELEASE"));
      return 1;
    };
    module.exports.luaopen_fengari = luaopen_fengari;
  }
});

// node_modules/fengari/src/linit.js
var require_linit = __commonJS({
  "node_modules/fengari/src/linit.js"(exports, module) {
    "use strict";
    var { lua_pop } = require_lua();
    var { luaL_requiref } = require_lauxlib();
    var { to_luastring: to_luastring10 } = require_fengaricore();
    var loadedlibs = {};
    var luaL_openlibs = function(L) {
      for (let lib in loadedlibs) {
        luaL_requiref(L, to_luastring10(lib), loadedlibs[lib], 1);
        lua_pop(L, 1);
      }
    };
    module.exports.luaL_openlibs = luaL_openlibs;
    var lualib2 = require_lualib();
    var { luaopen_base } = require_lbaselib();
    var { luaopen_coroutine } = require_lcorolib();
    var { luaopen_debug } = require_ldblib();
    var { luaopen_math } = require_lmathlib();
    var { luaopen_package } = require_loadlib();
    var { luaopen_os } = require_loslib();
    var { luaopen_string } = require_lstrlib();
    var { luaopen_table } = require_ltablib();
    var { luaopen_utf8 } = require_lutf8lib();
    loadedlibs["_G"] = luaopen_base, loadedlibs[lualib2.LUA_LOADLIBNAME] = luaopen_package;
    loadedlibs[lualib2.LUA_COLIBNAME] = luaopen_coroutine;
    loadedlibs[lualib2.LUA_TABLIBNAME] = luaopen_table;
    loadedlibs[lualib2.LUA_OSLIBNAME] = luaopen_os;
    loadedlibs[lualib2.LUA_STRLIBNAME] = luaopen_string;
    loadedlibs[lualib2.LUA_MATHLIBNAME] = luaopen_math;
    loadedlibs[lualib2.LUA_UTF8LIBNAME] = luaopen_utf8;
    loadedlibs[lualib2.LUA_DBLIBNAME] = luaopen_debug;
    if (typeof process !== "undefined")
      loadedlibs[lualib2.LUA_IOLIBNAME] = require_liolib().luaopen_io;
    var { luaopen_fengari } = require_fengarilib();
    loadedlibs[lualib2.LUA_FENGARILIBNAME] = luaopen_fengari;
  }
});

// node_modules/fengari/src/lualib.js
var require_lualib = __commonJS({
  "node_modules/fengari/src/lualib.js"(exports, module) {
    "use strict";
    var {
      LUA_VERSION_MAJOR,
      LUA_VERSION_MINOR
    } = require_lua();
    var LUA_VERSUFFIX = "_" + LUA_VERSION_MAJOR + "_" + LUA_VERSION_MINOR;
    module.exports.LUA_VERSUFFIX = LUA_VERSUFFIX;
    module.exports.lua_assert = function(c3) {
    };
    module.exports.luaopen_base = require_lbaselib().luaopen_base;
    var LUA_COLIBNAME = "coroutine";
    module.exports.LUA_COLIBNAME = LUA_COLIBNAME;
    module.exports.luaopen_coroutine = require_lcorolib().luaopen_coroutine;
    var LUA_TABLIBNAME = "table";
    module.exports.LUA_TABLIBNAME = LUA_TABLIBNAME;
    module.exports.luaopen_table = require_ltablib().luaopen_table;
    if (typeof process !== "undefined") {
      const LUA_IOLIBNAME = "io";
      module.exports.LUA_IOLIBNAME = LUA_IOLIBNAME;
      module.exports.luaopen_io = require_liolib().luaopen_io;
    }
    var LUA_OSLIBNAME = "os";
    module.exports.LUA_OSLIBNAME = LUA_OSLIBNAME;
    module.exports.luaopen_os = require_loslib().luaopen_os;
    var LUA_STRLIBNAME = "string";
    module.exports.LUA_STRLIBNAME = LUA_STRLIBNAME;
    module.exports.luaopen_string = require_lstrlib().luaopen_string;
    var LUA_UTF8LIBNAME = "utf8";
    module.exports.LUA_UTF8LIBNAME = LUA_UTF8LIBNAME;
    module.exports.luaopen_utf8 = require_lutf8lib().luaopen_utf8;
    var LUA_BITLIBNAME = "bit32";
    module.exports.LUA_BITLIBNAME = LUA_BITLIBNAME;
    var LUA_MATHLIBNAME = "math";
    module.exports.LUA_MATHLIBNAME = LUA_MATHLIBNAME;
    module.exports.luaopen_math = require_lmathlib().luaopen_math;
    var LUA_DBLIBNAME = "debug";
    module.exports.LUA_DBLIBNAME = LUA_DBLIBNAME;
    module.exports.luaopen_debug = require_ldblib().luaopen_debug;
    var LUA_LOADLIBNAME = "package";
    module.exports.LUA_LOADLIBNAME = LUA_LOADLIBNAME;
    module.exports.luaopen_package = require_loadlib().luaopen_package;
    var LUA_FENGARILIBNAME = "fengari";
    module.exports.LUA_FENGARILIBNAME = LUA_FENGARILIBNAME;
    module.exports.luaopen_fengari = require_fengarilib().luaopen_fengari;
    var linit = require_linit();
    module.exports.luaL_openlibs = linit.luaL_openlibs;
  }
});

// node_modules/fengari/src/fengari.js
var require_fengari = __commonJS({
  "node_modules/fengari/src/fengari.js"(exports, module) {
    "use strict";
    var core = require_fengaricore();
    module.exports.FENGARI_AUTHORS = core.FENGARI_AUTHORS;
    module.exports.FENGARI_COPYRIGHT = core.FENGARI_COPYRIGHT;
    module.exports.FENGARI_RELEASE = core.FENGARI_RELEASE;
    module.exports.FENGARI_VERSION = core.FENGARI_VERSION;
    module.exports.FENGARI_VERSION_MAJOR = core.FENGARI_VERSION_MAJOR;
    module.exports.FENGARI_VERSION_MINOR = core.FENGARI_VERSION_MINOR;
    module.exports.FENGARI_VERSION_NUM = core.FENGARI_VERSION_NUM;
    module.exports.FENGARI_VERSION_RELEASE = core.FENGARI_VERSION_RELEASE;
    module.exports.luastring_eq = core.luastring_eq;
    module.exports.luastring_indexOf = core.luastring_indexOf;
    module.exports.luastring_of = core.luastring_of;
    module.exports.to_jsstring = core.to_jsstring;
    module.exports.to_luastring = core.to_luastring;
    module.exports.to_uristring = core.to_uristring;
    var luaconf = require_luaconf();
    var lua11 = require_lua();
    var lauxlib6 = require_lauxlib();
    var lualib2 = require_lualib();
    module.exports.luaconf = luaconf;
    module.exports.lua = lua11;
    module.exports.lauxlib = lauxlib6;
    module.exports.lualib = lualib2;
  }
});

// src/cli/main.ts
import { parseArgs } from "node:util";

// src/setup/setup.ts
import { mkdtemp as mkdtemp2, rm as rm4 } from "node:fs/promises";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join7 } from "node:path";

// src/util/home.ts
import { homedir } from "node:os";
import { join, resolve } from "node:path";
function proviumHome(env = process.env) {
  if (env.PROVIUM_HOME) return resolve(env.PROVIUM_HOME);
  if (env.XDG_CACHE_HOME) return resolve(env.XDG_CACHE_HOME, "provium");
  return join(homedir(), ".cache", "provium");
}
var paths = (home = proviumHome()) => ({
  home,
  agent: join(home, "agent", "provium-agent"),
  baseRootfs: join(home, "base", "rootfs.cpio"),
  downloads: join(home, "downloads"),
  profilesDir: join(home, "profiles"),
  profileDir: (name) => join(home, "profiles", name)
});

// src/util/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot() {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "provium") return dir;
  }
  throw new Error("cannot find Provium's package.json above " + fileURLToPath(import.meta.url));
}
function packageVersion() {
  return JSON.parse(readFileSync(path.join(packageRoot(), "package.json"), "utf8")).version;
}

// src/setup/agent-build.ts
import { readFile as readFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/util/errors.ts
var ProviumError = class extends Error {
  name = "ProviumError";
};
var VmError = class extends ProviumError {
  constructor(message, consoleTail2, consoleLogPath) {
    super(`${message}
--- last lines of the console (full log: ${consoleLogPath}) ---
${consoleTail2}`);
    this.consoleTail = consoleTail2;
    this.consoleLogPath = consoleLogPath;
  }
  consoleTail;
  consoleLogPath;
  name = "VmError";
};
var AgentError = class extends ProviumError {
  constructor(op, message, errno) {
    super(`${op}: ${message}`);
    this.op = op;
    this.errno = errno;
  }
  op;
  errno;
  name = "AgentError";
};

// src/setup/errors.ts
var SetupError = class extends ProviumError {
  constructor(message, hint) {
    super(message);
    this.hint = hint;
  }
  hint;
  name = "SetupError";
};

// src/setup/files.ts
import { mkdir, readFile, rename, rm, stat, writeFile, chmod } from "node:fs/promises";
import { dirname } from "node:path";
async function exists(path16) {
  return stat(path16).then(() => true, () => false);
}
async function atomicWrite(path16, data, mode = 420) {
  await mkdir(dirname(path16), { recursive: true });
  const tmp = `${path16}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, data, { mode });
    await chmod(tmp, mode);
    await rename(tmp, path16);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
async function writeIfChanged(path16, data, mode = 420) {
  const want = Buffer.isBuffer(data) ? data : Buffer.from(data);
  const [old, st] = await Promise.all([readFile(path16).catch(() => null), stat(path16).catch(() => null)]);
  if (old && st && old.equals(want) && (st.mode & 4095) === mode) return false;
  await atomicWrite(path16, want, mode);
  return true;
}

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// node_modules/execa/lib/arguments/file-url.js
import { fileURLToPath as fileURLToPath2 } from "node:url";
var safeNormalizeFileUrl = (file, name) => {
  const fileString = normalizeFileUrl(normalizeDenoExecPath(file));
  if (typeof fileString !== "string") {
    throw new TypeError(`${name} must be a string or a file URL: ${fileString}.`);
  }
  return fileString;
};
var normalizeDenoExecPath = (file) => isDenoExecPath(file) ? file.toString() : file;
var isDenoExecPath = (file) => typeof file !== "string" && file && Object.getPrototypeOf(file) === String.prototype;
var normalizeFileUrl = (file) => file instanceof URL ? fileURLToPath2(file) : file;

// node_modules/execa/lib/methods/parameters.js
var normalizeParameters = (rawFile, rawArguments = [], rawOptions = {}) => {
  const filePath = safeNormalizeFileUrl(rawFile, "First argument");
  const [commandArguments, options] = isPlainObject(rawArguments) ? [[], rawArguments] : [rawArguments, rawOptions];
  if (!Array.isArray(commandArguments)) {
    throw new TypeError(`Second argument must be either an array of arguments or an options object: ${commandArguments}`);
  }
  if (commandArguments.some((commandArgument) => typeof commandArgument === "object" && commandArgument !== null)) {
    throw new TypeError(`Second argument must be an array of strings: ${commandArguments}`);
  }
  const normalizedArguments = commandArguments.map(String);
  const nullByteArgument = normalizedArguments.find((normalizedArgument) => normalizedArgument.includes("\0"));
  if (nullByteArgument !== void 0) {
    throw new TypeError(`Arguments cannot contain null bytes ("\\0"): ${nullByteArgument}`);
  }
  if (!isPlainObject(options)) {
    throw new TypeError(`Last argument must be an options object: ${options}`);
  }
  return [filePath, normalizedArguments, options];
};

// node_modules/execa/lib/methods/template.js
import { ChildProcess } from "node:child_process";

// node_modules/execa/lib/utils/uint-array.js
import { StringDecoder } from "node:string_decoder";
var { toString: objectToString } = Object.prototype;
var isArrayBuffer = (value) => objectToString.call(value) === "[object ArrayBuffer]";
var isUint8Array = (value) => objectToString.call(value) === "[object Uint8Array]";
var bufferToUint8Array = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
var textEncoder = new TextEncoder();
var stringToUint8Array = (string) => textEncoder.encode(string);
var textDecoder = new TextDecoder();
var uint8ArrayToString = (uint8Array) => textDecoder.decode(uint8Array);
var joinToString = (uint8ArraysOrStrings, encoding) => {
  const strings = uint8ArraysToStrings(uint8ArraysOrStrings, encoding);
  return strings.join("");
};
var uint8ArraysToStrings = (uint8ArraysOrStrings, encoding) => {
  if (encoding === "utf8" && uint8ArraysOrStrings.every((uint8ArrayOrString) => typeof uint8ArrayOrString === "string")) {
    return uint8ArraysOrStrings;
  }
  const decoder2 = new StringDecoder(encoding);
  const strings = uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString).map((uint8Array) => decoder2.write(uint8Array));
  const finalString = decoder2.end();
  return finalString === "" ? strings : [...strings, finalString];
};
var joinToUint8Array = (uint8ArraysOrStrings) => {
  if (uint8ArraysOrStrings.length === 1 && isUint8Array(uint8ArraysOrStrings[0])) {
    return uint8ArraysOrStrings[0];
  }
  return concatUint8Arrays(stringsToUint8Arrays(uint8ArraysOrStrings));
};
var stringsToUint8Arrays = (uint8ArraysOrStrings) => uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString);
var concatUint8Arrays = (uint8Arrays) => {
  const result = new Uint8Array(getJoinLength(uint8Arrays));
  let index = 0;
  for (const uint8Array of uint8Arrays) {
    result.set(uint8Array, index);
    index += uint8Array.length;
  }
  return result;
};
var getJoinLength = (uint8Arrays) => {
  let joinLength = 0;
  for (const uint8Array of uint8Arrays) {
    joinLength += uint8Array.length;
  }
  return joinLength;
};

// node_modules/execa/lib/methods/template.js
var isTemplateString = (templates) => Array.isArray(templates) && Array.isArray(templates.raw);
var parseTemplates = (templates, expressions) => {
  let tokens = [];
  for (const [index, template] of templates.entries()) {
    tokens = parseTemplate({
      templates,
      expressions,
      tokens,
      index,
      template
    });
  }
  if (tokens.length === 0) {
    throw new TypeError("Template script must not be empty");
  }
  const [file, ...commandArguments] = tokens;
  return [file, commandArguments, {}];
};
var parseTemplate = ({ templates, expressions, tokens, index, template }) => {
  if (template === void 0) {
    throw new TypeError(`Invalid backslash sequence: ${templates.raw[index]}`);
  }
  const { nextTokens, leadingWhitespaces, trailingWhitespaces } = splitByWhitespaces(template, templates.raw[index]);
  const newTokens = concatTokens(tokens, nextTokens, leadingWhitespaces);
  if (index === expressions.length) {
    return newTokens;
  }
  const expression = expressions[index];
  const expressionTokens = Array.isArray(expression) ? expression.map((expression2) => parseExpression(expression2)) : [parseExpression(expression)];
  return concatTokens(newTokens, expressionTokens, trailingWhitespaces);
};
var splitByWhitespaces = (template, rawTemplate) => {
  if (rawTemplate.length === 0) {
    return { nextTokens: [], leadingWhitespaces: false, trailingWhitespaces: false };
  }
  const nextTokens = [];
  let templateStart = 0;
  const leadingWhitespaces = DELIMITERS.has(rawTemplate[0]);
  for (let templateIndex = 0, rawIndex = 0; templateIndex < template.length; templateIndex += 1, rawIndex += 1) {
    const rawCharacter = rawTemplate[rawIndex];
    if (DELIMITERS.has(rawCharacter)) {
      if (templateStart !== templateIndex) {
        nextTokens.push(template.slice(templateStart, templateIndex));
      }
      templateStart = templateIndex + 1;
    } else if (rawCharacter === "\\") {
      const nextRawCharacter = rawTemplate[rawIndex + 1];
      if (nextRawCharacter === "\n") {
        templateIndex -= 1;
        rawIndex += 1;
      } else if (nextRawCharacter === "u" && rawTemplate[rawIndex + 2] === "{") {
        rawIndex = rawTemplate.indexOf("}", rawIndex + 3);
      } else {
        rawIndex += ESCAPE_LENGTH[nextRawCharacter] ?? 1;
      }
    }
  }
  const trailingWhitespaces = templateStart === template.length;
  if (!trailingWhitespaces) {
    nextTokens.push(template.slice(templateStart));
  }
  return { nextTokens, leadingWhitespaces, trailingWhitespaces };
};
var DELIMITERS = /* @__PURE__ */ new Set([" ", "	", "\r", "\n"]);
var ESCAPE_LENGTH = { x: 3, u: 5 };
var concatTokens = (tokens, nextTokens, isSeparated) => isSeparated || tokens.length === 0 || nextTokens.length === 0 ? [...tokens, ...nextTokens] : [
  ...tokens.slice(0, -1),
  `${tokens.at(-1)}${nextTokens[0]}`,
  ...nextTokens.slice(1)
];
var parseExpression = (expression) => {
  const typeOfExpression = typeof expression;
  if (typeOfExpression === "string") {
    return expression;
  }
  if (typeOfExpression === "number") {
    return String(expression);
  }
  if (isPlainObject(expression) && ("stdout" in expression || "isMaxBuffer" in expression)) {
    return getSubprocessResult(expression);
  }
  if (expression instanceof ChildProcess || Object.prototype.toString.call(expression) === "[object Promise]") {
    throw new TypeError("Unexpected subprocess in template expression. Please use ${await subprocess} instead of ${subprocess}.");
  }
  throw new TypeError(`Unexpected "${typeOfExpression}" in template expression`);
};
var getSubprocessResult = ({ stdout }) => {
  if (typeof stdout === "string") {
    return stdout;
  }
  if (isUint8Array(stdout)) {
    return uint8ArrayToString(stdout);
  }
  if (stdout === void 0) {
    throw new TypeError(`Missing result.stdout in template expression. This is probably due to the previous subprocess' "stdout" option.`);
  }
  throw new TypeError(`Unexpected "${typeof stdout}" stdout in template expression`);
};

// node_modules/execa/lib/methods/main-sync.js
import { spawnSync } from "node:child_process";

// node_modules/execa/lib/arguments/specific.js
import { debuglog } from "node:util";

// node_modules/execa/lib/utils/standard-stream.js
import process2 from "node:process";
var isStandardStream = (stream) => STANDARD_STREAMS.includes(stream);
var STANDARD_STREAMS = [process2.stdin, process2.stdout, process2.stderr];
var STANDARD_STREAMS_ALIASES = ["stdin", "stdout", "stderr"];
var getStreamName = (fdNumber) => STANDARD_STREAMS_ALIASES[fdNumber] ?? `stdio[${fdNumber}]`;

// node_modules/execa/lib/arguments/specific.js
var normalizeFdSpecificOptions = (options) => {
  const optionsCopy = { ...options };
  for (const optionName of FD_SPECIFIC_OPTIONS) {
    optionsCopy[optionName] = normalizeFdSpecificOption(options, optionName);
  }
  return optionsCopy;
};
var normalizeFdSpecificOption = (options, optionName) => {
  const optionBaseArray = Array.from({ length: getStdioLength(options) + 1 });
  const optionArray = normalizeFdSpecificValue(options[optionName], optionBaseArray, optionName);
  return addDefaultValue(optionArray, optionName);
};
var getStdioLength = ({ stdio }) => Array.isArray(stdio) ? Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length) : STANDARD_STREAMS_ALIASES.length;
var normalizeFdSpecificValue = (optionValue, optionArray, optionName) => isPlainObject(optionValue) ? normalizeOptionObject(optionValue, optionArray, optionName) : optionArray.fill(optionValue);
var normalizeOptionObject = (optionValue, optionArray, optionName) => {
  for (const fdName of Object.keys(optionValue).sort(compareFdName)) {
    for (const fdNumber of parseFdName(fdName, optionName, optionArray)) {
      optionArray[fdNumber] = optionValue[fdName];
    }
  }
  return optionArray;
};
var compareFdName = (fdNameA, fdNameB) => getFdNameOrder(fdNameA) < getFdNameOrder(fdNameB) ? 1 : -1;
var getFdNameOrder = (fdName) => {
  if (fdName === "stdout" || fdName === "stderr") {
    return 0;
  }
  return fdName === "all" ? 2 : 1;
};
var parseFdName = (fdName, optionName, optionArray) => {
  if (fdName === "ipc") {
    return [optionArray.length - 1];
  }
  const fdNumber = parseFd(fdName);
  if (fdNumber === void 0 || fdNumber === 0) {
    throw new TypeError(`"${optionName}.${fdName}" is invalid.
It must be "${optionName}.stdout", "${optionName}.stderr", "${optionName}.all", "${optionName}.ipc", or "${optionName}.fd3", "${optionName}.fd4" (and so on).`);
  }
  if (fdNumber >= optionArray.length) {
    throw new TypeError(`"${optionName}.${fdName}" is invalid: that file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
  }
  return fdNumber === "all" ? [1, 2] : [fdNumber];
};
var parseFd = (fdName) => {
  if (fdName === "all") {
    return fdName;
  }
  if (STANDARD_STREAMS_ALIASES.includes(fdName)) {
    return STANDARD_STREAMS_ALIASES.indexOf(fdName);
  }
  const regexpResult = FD_REGEXP.exec(fdName);
  if (regexpResult !== null) {
    return Number(regexpResult[1]);
  }
};
var FD_REGEXP = /^fd(\d+)$/;
var addDefaultValue = (optionArray, optionName) => optionArray.map((optionValue) => optionValue === void 0 ? DEFAULT_OPTIONS[optionName] : optionValue);
var verboseDefault = debuglog("execa").enabled ? "full" : "none";
var DEFAULT_OPTIONS = {
  lines: false,
  buffer: true,
  maxBuffer: 1e3 * 1e3 * 100,
  verbose: verboseDefault,
  stripFinalNewline: true
};
var FD_SPECIFIC_OPTIONS = ["lines", "buffer", "maxBuffer", "verbose", "stripFinalNewline"];
var getFdSpecificValue = (optionArray, fdNumber) => fdNumber === "ipc" ? optionArray.at(-1) : optionArray[fdNumber];

// node_modules/execa/lib/verbose/values.js
var isVerbose = ({ verbose }, fdNumber) => getFdVerbose(verbose, fdNumber) !== "none";
var isFullVerbose = ({ verbose }, fdNumber) => !["none", "short"].includes(getFdVerbose(verbose, fdNumber));
var getVerboseFunction = ({ verbose }, fdNumber) => {
  const fdVerbose = getFdVerbose(verbose, fdNumber);
  return isVerboseFunction(fdVerbose) ? fdVerbose : void 0;
};
var getFdVerbose = (verbose, fdNumber) => fdNumber === void 0 ? getFdGenericVerbose(verbose) : getFdSpecificValue(verbose, fdNumber);
var getFdGenericVerbose = (verbose) => verbose.find((fdVerbose) => isVerboseFunction(fdVerbose)) ?? VERBOSE_VALUES.findLast((fdVerbose) => verbose.includes(fdVerbose));
var isVerboseFunction = (fdVerbose) => typeof fdVerbose === "function";
var VERBOSE_VALUES = ["none", "short", "full"];

// node_modules/execa/lib/verbose/log.js
import { inspect } from "node:util";

// node_modules/execa/lib/arguments/escape.js
import { platform } from "node:process";
import { stripVTControlCharacters } from "node:util";
var joinCommand = (filePath, rawArguments) => {
  const fileAndArguments = [filePath, ...rawArguments];
  const command = fileAndArguments.join(" ");
  const escapedCommand = fileAndArguments.map((fileAndArgument) => quoteString(escapeControlCharacters(fileAndArgument))).join(" ");
  return { command, escapedCommand };
};
var escapeLines = (lines) => stripVTControlCharacters(lines).split("\n").map((line) => escapeControlCharacters(line)).join("\n");
var escapeControlCharacters = (line) => line.replaceAll(SPECIAL_CHAR_REGEXP, (character) => escapeControlCharacter(character));
var escapeControlCharacter = (character) => {
  const commonEscape = COMMON_ESCAPES[character];
  if (commonEscape !== void 0) {
    return commonEscape;
  }
  const codepoint = character.codePointAt(0);
  const codepointHex = codepoint.toString(16);
  return codepoint <= ASTRAL_START ? `\\u${codepointHex.padStart(4, "0")}` : `\\U${codepointHex}`;
};
var getSpecialCharRegExp = () => {
  try {
    return new RegExp("\\p{Separator}|\\p{Other}", "gu");
  } catch {
    return /[\s\u0000-\u001F\u007F-\u009F\u00AD]/g;
  }
};
var SPECIAL_CHAR_REGEXP = getSpecialCharRegExp();
var COMMON_ESCAPES = {
  " ": " ",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t"
};
var ASTRAL_START = 65535;
var quoteString = (escapedArgument) => {
  if (NO_ESCAPE_REGEXP.test(escapedArgument)) {
    return escapedArgument;
  }
  return platform === "win32" ? `"${escapedArgument.replaceAll('"', '""')}"` : `'${escapedArgument.replaceAll("'", "'\\''")}'`;
};
var NO_ESCAPE_REGEXP = /^[\w./-]+$/;

// node_modules/is-unicode-supported/index.js
import process3 from "node:process";
function isUnicodeSupported() {
  const { env } = process3;
  const { TERM, TERM_PROGRAM } = env;
  if (process3.platform !== "win32") {
    return TERM !== "linux";
  }
  return Boolean(env.WT_SESSION) || Boolean(env.TERMINUS_SUBLIME) || env.ConEmuTask === "{cmd::Cmder}" || TERM_PROGRAM === "Terminus-Sublime" || TERM_PROGRAM === "vscode" || TERM === "xterm-256color" || TERM === "alacritty" || TERM === "rxvt-unicode" || TERM === "rxvt-unicode-256color" || env.TERMINAL_EMULATOR === "JetBrains-JediTerm";
}

// node_modules/figures/index.js
var common = {
  circleQuestionMark: "(?)",
  questionMarkPrefix: "(?)",
  square: "\u2588",
  squareDarkShade: "\u2593",
  squareMediumShade: "\u2592",
  squareLightShade: "\u2591",
  squareTop: "\u2580",
  squareBottom: "\u2584",
  squareLeft: "\u258C",
  squareRight: "\u2590",
  squareCenter: "\u25A0",
  bullet: "\u25CF",
  dot: "\u2024",
  ellipsis: "\u2026",
  pointerSmall: "\u203A",
  triangleUp: "\u25B2",
  triangleUpSmall: "\u25B4",
  triangleDown: "\u25BC",
  triangleDownSmall: "\u25BE",
  triangleLeftSmall: "\u25C2",
  triangleRightSmall: "\u25B8",
  home: "\u2302",
  heart: "\u2665",
  musicNote: "\u266A",
  musicNoteBeamed: "\u266B",
  arrowUp: "\u2191",
  arrowDown: "\u2193",
  arrowLeft: "\u2190",
  arrowRight: "\u2192",
  arrowLeftRight: "\u2194",
  arrowUpDown: "\u2195",
  almostEqual: "\u2248",
  notEqual: "\u2260",
  lessOrEqual: "\u2264",
  greaterOrEqual: "\u2265",
  identical: "\u2261",
  infinity: "\u221E",
  subscriptZero: "\u2080",
  subscriptOne: "\u2081",
  subscriptTwo: "\u2082",
  subscriptThree: "\u2083",
  subscriptFour: "\u2084",
  subscriptFive: "\u2085",
  subscriptSix: "\u2086",
  subscriptSeven: "\u2087",
  subscriptEight: "\u2088",
  subscriptNine: "\u2089",
  oneHalf: "\xBD",
  oneThird: "\u2153",
  oneQuarter: "\xBC",
  oneFifth: "\u2155",
  oneSixth: "\u2159",
  oneEighth: "\u215B",
  twoThirds: "\u2154",
  twoFifths: "\u2156",
  threeQuarters: "\xBE",
  threeFifths: "\u2157",
  threeEighths: "\u215C",
  fourFifths: "\u2158",
  fiveSixths: "\u215A",
  fiveEighths: "\u215D",
  sevenEighths: "\u215E",
  line: "\u2500",
  lineBold: "\u2501",
  lineDouble: "\u2550",
  lineDashed0: "\u2504",
  lineDashed1: "\u2505",
  lineDashed2: "\u2508",
  lineDashed3: "\u2509",
  lineDashed4: "\u254C",
  lineDashed5: "\u254D",
  lineDashed6: "\u2574",
  lineDashed7: "\u2576",
  lineDashed8: "\u2578",
  lineDashed9: "\u257A",
  lineDashed10: "\u257C",
  lineDashed11: "\u257E",
  lineDashed12: "\u2212",
  lineDashed13: "\u2013",
  lineDashed14: "\u2010",
  lineDashed15: "\u2043",
  lineVertical: "\u2502",
  lineVerticalBold: "\u2503",
  lineVerticalDouble: "\u2551",
  lineVerticalDashed0: "\u2506",
  lineVerticalDashed1: "\u2507",
  lineVerticalDashed2: "\u250A",
  lineVerticalDashed3: "\u250B",
  lineVerticalDashed4: "\u254E",
  lineVerticalDashed5: "\u254F",
  lineVerticalDashed6: "\u2575",
  lineVerticalDashed7: "\u2577",
  lineVerticalDashed8: "\u2579",
  lineVerticalDashed9: "\u257B",
  lineVerticalDashed10: "\u257D",
  lineVerticalDashed11: "\u257F",
  lineDownLeft: "\u2510",
  lineDownLeftArc: "\u256E",
  lineDownBoldLeftBold: "\u2513",
  lineDownBoldLeft: "\u2512",
  lineDownLeftBold: "\u2511",
  lineDownDoubleLeftDouble: "\u2557",
  lineDownDoubleLeft: "\u2556",
  lineDownLeftDouble: "\u2555",
  lineDownRight: "\u250C",
  lineDownRightArc: "\u256D",
  lineDownBoldRightBold: "\u250F",
  lineDownBoldRight: "\u250E",
  lineDownRightBold: "\u250D",
  lineDownDoubleRightDouble: "\u2554",
  lineDownDoubleRight: "\u2553",
  lineDownRightDouble: "\u2552",
  lineUpLeft: "\u2518",
  lineUpLeftArc: "\u256F",
  lineUpBoldLeftBold: "\u251B",
  lineUpBoldLeft: "\u251A",
  lineUpLeftBold: "\u2519",
  lineUpDoubleLeftDouble: "\u255D",
  lineUpDoubleLeft: "\u255C",
  lineUpLeftDouble: "\u255B",
  lineUpRight: "\u2514",
  lineUpRightArc: "\u2570",
  lineUpBoldRightBold: "\u2517",
  lineUpBoldRight: "\u2516",
  lineUpRightBold: "\u2515",
  lineUpDoubleRightDouble: "\u255A",
  lineUpDoubleRight: "\u2559",
  lineUpRightDouble: "\u2558",
  lineUpDownLeft: "\u2524",
  lineUpBoldDownBoldLeftBold: "\u252B",
  lineUpBoldDownBoldLeft: "\u2528",
  lineUpDownLeftBold: "\u2525",
  lineUpBoldDownLeftBold: "\u2529",
  lineUpDownBoldLeftBold: "\u252A",
  lineUpDownBoldLeft: "\u2527",
  lineUpBoldDownLeft: "\u2526",
  lineUpDoubleDownDoubleLeftDouble: "\u2563",
  lineUpDoubleDownDoubleLeft: "\u2562",
  lineUpDownLeftDouble: "\u2561",
  lineUpDownRight: "\u251C",
  lineUpBoldDownBoldRightBold: "\u2523",
  lineUpBoldDownBoldRight: "\u2520",
  lineUpDownRightBold: "\u251D",
  lineUpBoldDownRightBold: "\u2521",
  lineUpDownBoldRightBold: "\u2522",
  lineUpDownBoldRight: "\u251F",
  lineUpBoldDownRight: "\u251E",
  lineUpDoubleDownDoubleRightDouble: "\u2560",
  lineUpDoubleDownDoubleRight: "\u255F",
  lineUpDownRightDouble: "\u255E",
  lineDownLeftRight: "\u252C",
  lineDownBoldLeftBoldRightBold: "\u2533",
  lineDownLeftBoldRightBold: "\u252F",
  lineDownBoldLeftRight: "\u2530",
  lineDownBoldLeftBoldRight: "\u2531",
  lineDownBoldLeftRightBold: "\u2532",
  lineDownLeftRightBold: "\u252E",
  lineDownLeftBoldRight: "\u252D",
  lineDownDoubleLeftDoubleRightDouble: "\u2566",
  lineDownDoubleLeftRight: "\u2565",
  lineDownLeftDoubleRightDouble: "\u2564",
  lineUpLeftRight: "\u2534",
  lineUpBoldLeftBoldRightBold: "\u253B",
  lineUpLeftBoldRightBold: "\u2537",
  lineUpBoldLeftRight: "\u2538",
  lineUpBoldLeftBoldRight: "\u2539",
  lineUpBoldLeftRightBold: "\u253A",
  lineUpLeftRightBold: "\u2536",
  lineUpLeftBoldRight: "\u2535",
  lineUpDoubleLeftDoubleRightDouble: "\u2569",
  lineUpDoubleLeftRight: "\u2568",
  lineUpLeftDoubleRightDouble: "\u2567",
  lineUpDownLeftRight: "\u253C",
  lineUpBoldDownBoldLeftBoldRightBold: "\u254B",
  lineUpDownBoldLeftBoldRightBold: "\u2548",
  lineUpBoldDownLeftBoldRightBold: "\u2547",
  lineUpBoldDownBoldLeftRightBold: "\u254A",
  lineUpBoldDownBoldLeftBoldRight: "\u2549",
  lineUpBoldDownLeftRight: "\u2540",
  lineUpDownBoldLeftRight: "\u2541",
  lineUpDownLeftBoldRight: "\u253D",
  lineUpDownLeftRightBold: "\u253E",
  lineUpBoldDownBoldLeftRight: "\u2542",
  lineUpDownLeftBoldRightBold: "\u253F",
  lineUpBoldDownLeftBoldRight: "\u2543",
  lineUpBoldDownLeftRightBold: "\u2544",
  lineUpDownBoldLeftBoldRight: "\u2545",
  lineUpDownBoldLeftRightBold: "\u2546",
  lineUpDoubleDownDoubleLeftDoubleRightDouble: "\u256C",
  lineUpDoubleDownDoubleLeftRight: "\u256B",
  lineUpDownLeftDoubleRightDouble: "\u256A",
  lineCross: "\u2573",
  lineBackslash: "\u2572",
  lineSlash: "\u2571"
};
var specialMainSymbols = {
  tick: "\u2714",
  info: "\u2139",
  warning: "\u26A0",
  cross: "\u2718",
  squareSmall: "\u25FB",
  squareSmallFilled: "\u25FC",
  circle: "\u25EF",
  circleFilled: "\u25C9",
  circleDotted: "\u25CC",
  circleDouble: "\u25CE",
  circleCircle: "\u24DE",
  circleCross: "\u24E7",
  circlePipe: "\u24BE",
  radioOn: "\u25C9",
  radioOff: "\u25EF",
  checkboxOn: "\u2612",
  checkboxOff: "\u2610",
  checkboxCircleOn: "\u24E7",
  checkboxCircleOff: "\u24BE",
  pointer: "\u276F",
  triangleUpOutline: "\u25B3",
  triangleLeft: "\u25C0",
  triangleRight: "\u25B6",
  lozenge: "\u25C6",
  lozengeOutline: "\u25C7",
  hamburger: "\u2630",
  smiley: "\u32E1",
  mustache: "\u0DF4",
  star: "\u2605",
  play: "\u25B6",
  nodejs: "\u2B22",
  oneSeventh: "\u2150",
  oneNinth: "\u2151",
  oneTenth: "\u2152"
};
var specialFallbackSymbols = {
  tick: "\u221A",
  info: "i",
  warning: "\u203C",
  cross: "\xD7",
  squareSmall: "\u25A1",
  squareSmallFilled: "\u25A0",
  circle: "( )",
  circleFilled: "(*)",
  circleDotted: "( )",
  circleDouble: "( )",
  circleCircle: "(\u25CB)",
  circleCross: "(\xD7)",
  circlePipe: "(\u2502)",
  radioOn: "(*)",
  radioOff: "( )",
  checkboxOn: "[\xD7]",
  checkboxOff: "[ ]",
  checkboxCircleOn: "(\xD7)",
  checkboxCircleOff: "( )",
  pointer: ">",
  triangleUpOutline: "\u2206",
  triangleLeft: "\u25C4",
  triangleRight: "\u25BA",
  lozenge: "\u2666",
  lozengeOutline: "\u25CA",
  hamburger: "\u2261",
  smiley: "\u263A",
  mustache: "\u250C\u2500\u2510",
  star: "\u2736",
  play: "\u25BA",
  nodejs: "\u2666",
  oneSeventh: "1/7",
  oneNinth: "1/9",
  oneTenth: "1/10"
};
var mainSymbols = { ...common, ...specialMainSymbols };
var fallbackSymbols = { ...common, ...specialFallbackSymbols };
var shouldUseMain = isUnicodeSupported();
var figures = shouldUseMain ? mainSymbols : fallbackSymbols;
var figures_default = figures;
var replacements = Object.entries(specialMainSymbols);

// node_modules/yoctocolors/base.js
import tty from "node:tty";
var hasColors = tty?.WriteStream?.prototype?.hasColors?.() ?? false;
var format = (open2, close) => {
  if (!hasColors) {
    return (input) => input;
  }
  const openCode = `\x1B[${open2}m`;
  const closeCode = `\x1B[${close}m`;
  return (input) => {
    const string = input + "";
    let index = string.indexOf(closeCode);
    if (index === -1) {
      return openCode + string + closeCode;
    }
    let result = openCode;
    let lastIndex = 0;
    const reopenOnNestedClose = close === 22;
    const replaceCode = (reopenOnNestedClose ? closeCode : "") + openCode;
    while (index !== -1) {
      result += string.slice(lastIndex, index) + replaceCode;
      lastIndex = index + closeCode.length;
      index = string.indexOf(closeCode, lastIndex);
    }
    result += string.slice(lastIndex) + closeCode;
    return result;
  };
};
var reset = format(0, 0);
var bold = format(1, 22);
var dim = format(2, 22);
var italic = format(3, 23);
var underline = format(4, 24);
var underlineDouble = format("4:2", 24);
var underlineCurly = format("4:3", 24);
var underlineDotted = format("4:4", 24);
var underlineDashed = format("4:5", 24);
var overline = format(53, 55);
var inverse = format(7, 27);
var hidden = format(8, 28);
var strikethrough = format(9, 29);
var black = format(30, 39);
var red = format(31, 39);
var green = format(32, 39);
var yellow = format(33, 39);
var blue = format(34, 39);
var magenta = format(35, 39);
var cyan = format(36, 39);
var white = format(37, 39);
var gray = format(90, 39);
var bgBlack = format(40, 49);
var bgRed = format(41, 49);
var bgGreen = format(42, 49);
var bgYellow = format(43, 49);
var bgBlue = format(44, 49);
var bgMagenta = format(45, 49);
var bgCyan = format(46, 49);
var bgWhite = format(47, 49);
var bgGray = format(100, 49);
var redBright = format(91, 39);
var greenBright = format(92, 39);
var yellowBright = format(93, 39);
var blueBright = format(94, 39);
var magentaBright = format(95, 39);
var cyanBright = format(96, 39);
var whiteBright = format(97, 39);
var bgRedBright = format(101, 49);
var bgGreenBright = format(102, 49);
var bgYellowBright = format(103, 49);
var bgBlueBright = format(104, 49);
var bgMagentaBright = format(105, 49);
var bgCyanBright = format(106, 49);
var bgWhiteBright = format(107, 49);
var underlineBlack = format("58;5;0", 59);
var underlineRed = format("58;5;1", 59);
var underlineGreen = format("58;5;2", 59);
var underlineYellow = format("58;5;3", 59);
var underlineBlue = format("58;5;4", 59);
var underlineMagenta = format("58;5;5", 59);
var underlineCyan = format("58;5;6", 59);
var underlineWhite = format("58;5;7", 59);
var underlineGray = format("58;5;8", 59);
var underlineRedBright = format("58;5;9", 59);
var underlineGreenBright = format("58;5;10", 59);
var underlineYellowBright = format("58;5;11", 59);
var underlineBlueBright = format("58;5;12", 59);
var underlineMagentaBright = format("58;5;13", 59);
var underlineCyanBright = format("58;5;14", 59);
var underlineWhiteBright = format("58;5;15", 59);

// node_modules/execa/lib/verbose/default.js
var defaultVerboseFunction = ({
  type,
  message,
  timestamp,
  piped,
  commandId,
  result: { failed = false } = {},
  options: { reject = true }
}) => {
  const timestampString = serializeTimestamp(timestamp);
  const icon = ICONS[type]({ failed, reject, piped });
  const color = COLORS[type]({ reject });
  return `${gray(`[${timestampString}]`)} ${gray(`[${commandId}]`)} ${color(icon)} ${color(message)}`;
};
var serializeTimestamp = (timestamp) => `${padField(timestamp.getHours(), 2)}:${padField(timestamp.getMinutes(), 2)}:${padField(timestamp.getSeconds(), 2)}.${padField(timestamp.getMilliseconds(), 3)}`;
var padField = (field, padding) => String(field).padStart(padding, "0");
var getFinalIcon = ({ failed, reject }) => {
  if (!failed) {
    return figures_default.tick;
  }
  return reject ? figures_default.cross : figures_default.warning;
};
var ICONS = {
  command: ({ piped }) => piped ? "|" : "$",
  output: () => " ",
  ipc: () => "*",
  error: getFinalIcon,
  duration: getFinalIcon
};
var identity = (string) => string;
var COLORS = {
  command: () => bold,
  output: () => identity,
  ipc: () => identity,
  error: ({ reject }) => reject ? redBright : yellowBright,
  duration: () => gray
};

// node_modules/execa/lib/verbose/custom.js
var applyVerboseOnLines = (printedLines, verboseInfo, fdNumber) => {
  const verboseFunction = getVerboseFunction(verboseInfo, fdNumber);
  return printedLines.map(({ verboseLine, verboseObject }) => applyVerboseFunction(verboseLine, verboseObject, verboseFunction)).filter((printedLine) => printedLine !== void 0).map((printedLine) => appendNewline(printedLine)).join("");
};
var applyVerboseFunction = (verboseLine, verboseObject, verboseFunction) => {
  if (verboseFunction === void 0) {
    return verboseLine;
  }
  const printedLine = verboseFunction(verboseLine, verboseObject);
  if (typeof printedLine === "string") {
    return printedLine;
  }
};
var appendNewline = (printedLine) => printedLine.endsWith("\n") ? printedLine : `${printedLine}
`;

// node_modules/execa/lib/verbose/log.js
var verboseLog = ({ type, verboseMessage, fdNumber, verboseInfo, result }) => {
  const verboseObject = getVerboseObject({ type, result, verboseInfo });
  const printedLines = getPrintedLines(verboseMessage, verboseObject);
  const finalLines = applyVerboseOnLines(printedLines, verboseInfo, fdNumber);
  if (finalLines !== "") {
    console.warn(finalLines.slice(0, -1));
  }
};
var getVerboseObject = ({
  type,
  result,
  verboseInfo: { escapedCommand, commandId, rawOptions: { piped = false, ...options } }
}) => ({
  type,
  escapedCommand,
  commandId: `${commandId}`,
  timestamp: /* @__PURE__ */ new Date(),
  piped,
  result,
  options
});
var getPrintedLines = (verboseMessage, verboseObject) => verboseMessage.split("\n").map((message) => getPrintedLine({ ...verboseObject, message }));
var getPrintedLine = (verboseObject) => {
  const verboseLine = defaultVerboseFunction(verboseObject);
  return { verboseLine, verboseObject };
};
var serializeVerboseMessage = (message) => {
  const messageString = typeof message === "string" ? message : inspect(message);
  const escapedMessage = escapeLines(messageString);
  return escapedMessage.replaceAll("	", " ".repeat(TAB_SIZE));
};
var TAB_SIZE = 2;

// node_modules/execa/lib/verbose/start.js
var logCommand = (escapedCommand, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  verboseLog({
    type: "command",
    verboseMessage: escapedCommand,
    verboseInfo
  });
};

// node_modules/execa/lib/verbose/info.js
var getVerboseInfo = (verbose, escapedCommand, rawOptions) => {
  validateVerbose(verbose);
  const commandId = getCommandId(verbose);
  return {
    verbose,
    escapedCommand,
    commandId,
    rawOptions
  };
};
var getCommandId = (verbose) => isVerbose({ verbose }) ? COMMAND_ID++ : void 0;
var COMMAND_ID = 0n;
var validateVerbose = (verbose) => {
  for (const fdVerbose of verbose) {
    if (fdVerbose === false) {
      throw new TypeError(`The "verbose: false" option was renamed to "verbose: 'none'".`);
    }
    if (fdVerbose === true) {
      throw new TypeError(`The "verbose: true" option was renamed to "verbose: 'short'".`);
    }
    if (!VERBOSE_VALUES.includes(fdVerbose) && !isVerboseFunction(fdVerbose)) {
      const allowedValues = VERBOSE_VALUES.map((allowedValue) => `'${allowedValue}'`).join(", ");
      throw new TypeError(`The "verbose" option must not be ${fdVerbose}. Allowed values are: ${allowedValues} or a function.`);
    }
  }
};

// node_modules/execa/lib/return/duration.js
import { hrtime } from "node:process";
var getStartTime = () => hrtime.bigint();
var getDurationMs = (startTime) => Number(hrtime.bigint() - startTime) / 1e6;

// node_modules/execa/lib/arguments/command.js
var handleCommand = (filePath, rawArguments, rawOptions) => {
  const startTime = getStartTime();
  const { command, escapedCommand } = joinCommand(filePath, rawArguments);
  const verbose = normalizeFdSpecificOption(rawOptions, "verbose");
  const verboseInfo = getVerboseInfo(verbose, escapedCommand, { ...rawOptions });
  logCommand(escapedCommand, verboseInfo);
  return {
    command,
    escapedCommand,
    startTime,
    verboseInfo
  };
};

// node_modules/execa/lib/arguments/options.js
var import_cross_spawn = __toESM(require_cross_spawn(), 1);
import path6 from "node:path";
import process6 from "node:process";

// node_modules/npm-run-path/index.js
import process4 from "node:process";
import path3 from "node:path";

// node_modules/npm-run-path/node_modules/path-key/index.js
function pathKey(options = {}) {
  const {
    env = process.env,
    platform: platform2 = process.platform
  } = options;
  if (platform2 !== "win32") {
    return "PATH";
  }
  return Object.keys(env).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
}

// node_modules/unicorn-magic/node.js
import { promisify } from "node:util";
import { execFile as execFileCallback, execFileSync as execFileSyncOriginal } from "node:child_process";
import path2 from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
var execFileOriginal = promisify(execFileCallback);
function toPath(urlOrPath) {
  return urlOrPath instanceof URL ? fileURLToPath3(urlOrPath) : urlOrPath;
}
function traversePathUp(startPath) {
  return {
    *[Symbol.iterator]() {
      let currentPath = path2.resolve(toPath(startPath));
      let previousPath;
      while (previousPath !== currentPath) {
        yield currentPath;
        previousPath = currentPath;
        currentPath = path2.resolve(currentPath, "..");
      }
    }
  };
}
var TEN_MEGABYTES_IN_BYTES = 10 * 1024 * 1024;

// node_modules/npm-run-path/index.js
var npmRunPath = ({
  cwd = process4.cwd(),
  path: pathOption = process4.env[pathKey()],
  preferLocal = true,
  execPath: execPath2 = process4.execPath,
  addExecPath = true
} = {}) => {
  const cwdPath = path3.resolve(toPath(cwd));
  const result = [];
  const pathParts = pathOption.split(path3.delimiter);
  if (preferLocal) {
    applyPreferLocal(result, pathParts, cwdPath);
  }
  if (addExecPath) {
    applyExecPath(result, pathParts, execPath2, cwdPath);
  }
  return pathOption === "" || pathOption === path3.delimiter ? `${result.join(path3.delimiter)}${pathOption}` : [...result, pathOption].join(path3.delimiter);
};
var applyPreferLocal = (result, pathParts, cwdPath) => {
  for (const directory of traversePathUp(cwdPath)) {
    const pathPart = path3.join(directory, "node_modules/.bin");
    if (!pathParts.includes(pathPart)) {
      result.push(pathPart);
    }
  }
};
var applyExecPath = (result, pathParts, execPath2, cwdPath) => {
  const pathPart = path3.resolve(cwdPath, toPath(execPath2), "..");
  if (!pathParts.includes(pathPart)) {
    result.push(pathPart);
  }
};
var npmRunPathEnv = ({ env = process4.env, ...options } = {}) => {
  env = { ...env };
  const pathName = pathKey({ env });
  options.path = env[pathName];
  env[pathName] = npmRunPath(options);
  return env;
};

// node_modules/execa/lib/terminate/kill.js
import { setTimeout as setTimeout2 } from "node:timers/promises";

// node_modules/execa/lib/return/final-error.js
var getFinalError = (originalError, message, isSync) => {
  const ErrorClass = isSync ? ExecaSyncError : ExecaError;
  const options = originalError instanceof DiscardedError ? {} : { cause: originalError };
  return new ErrorClass(message, options);
};
var DiscardedError = class extends Error {
};
var setErrorName = (ErrorClass, value) => {
  Object.defineProperty(ErrorClass.prototype, "name", {
    value,
    writable: true,
    enumerable: false,
    configurable: true
  });
  Object.defineProperty(ErrorClass.prototype, execaErrorSymbol, {
    value: true,
    writable: false,
    enumerable: false,
    configurable: false
  });
};
var isExecaError = (error) => isErrorInstance(error) && execaErrorSymbol in error;
var execaErrorSymbol = /* @__PURE__ */ Symbol("isExecaError");
var isErrorInstance = (value) => Object.prototype.toString.call(value) === "[object Error]";
var ExecaError = class extends Error {
};
setErrorName(ExecaError, ExecaError.name);
var ExecaSyncError = class extends Error {
};
setErrorName(ExecaSyncError, ExecaSyncError.name);

// node_modules/execa/lib/terminate/signal.js
import { constants as constants3 } from "node:os";

// node_modules/human-signals/build/src/main.js
import { constants as constants2 } from "node:os";

// node_modules/human-signals/build/src/realtime.js
var getRealtimeSignals = () => {
  const length = SIGRTMAX - SIGRTMIN + 1;
  return Array.from({ length }, getRealtimeSignal);
};
var getRealtimeSignal = (value, index) => ({
  name: `SIGRT${index + 1}`,
  number: SIGRTMIN + index,
  action: "terminate",
  description: "Application-specific signal (realtime)",
  standard: "posix"
});
var SIGRTMIN = 34;
var SIGRTMAX = 64;

// node_modules/human-signals/build/src/signals.js
import { constants } from "node:os";

// node_modules/human-signals/build/src/core.js
var SIGNALS = [
  {
    name: "SIGHUP",
    number: 1,
    action: "terminate",
    description: "Terminal closed",
    standard: "posix"
  },
  {
    name: "SIGINT",
    number: 2,
    action: "terminate",
    description: "User interruption with CTRL-C",
    standard: "ansi"
  },
  {
    name: "SIGQUIT",
    number: 3,
    action: "core",
    description: "User interruption with CTRL-\\",
    standard: "posix"
  },
  {
    name: "SIGILL",
    number: 4,
    action: "core",
    description: "Invalid machine instruction",
    standard: "ansi"
  },
  {
    name: "SIGTRAP",
    number: 5,
    action: "core",
    description: "Debugger breakpoint",
    standard: "posix"
  },
  {
    name: "SIGABRT",
    number: 6,
    action: "core",
    description: "Aborted",
    standard: "ansi"
  },
  {
    name: "SIGIOT",
    number: 6,
    action: "core",
    description: "Aborted",
    standard: "bsd"
  },
  {
    name: "SIGBUS",
    number: 7,
    action: "core",
    description: "Bus error due to misaligned, non-existing address or paging error",
    standard: "bsd"
  },
  {
    name: "SIGEMT",
    number: 7,
    action: "terminate",
    description: "Command should be emulated but is not implemented",
    standard: "other"
  },
  {
    name: "SIGFPE",
    number: 8,
    action: "core",
    description: "Floating point arithmetic error",
    standard: "ansi"
  },
  {
    name: "SIGKILL",
    number: 9,
    action: "terminate",
    description: "Forced termination",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGUSR1",
    number: 10,
    action: "terminate",
    description: "Application-specific signal",
    standard: "posix"
  },
  {
    name: "SIGSEGV",
    number: 11,
    action: "core",
    description: "Segmentation fault",
    standard: "ansi"
  },
  {
    name: "SIGUSR2",
    number: 12,
    action: "terminate",
    description: "Application-specific signal",
    standard: "posix"
  },
  {
    name: "SIGPIPE",
    number: 13,
    action: "terminate",
    description: "Broken pipe or socket",
    standard: "posix"
  },
  {
    name: "SIGALRM",
    number: 14,
    action: "terminate",
    description: "Timeout or timer",
    standard: "posix"
  },
  {
    name: "SIGTERM",
    number: 15,
    action: "terminate",
    description: "Termination",
    standard: "ansi"
  },
  {
    name: "SIGSTKFLT",
    number: 16,
    action: "terminate",
    description: "Stack is empty or overflowed",
    standard: "other"
  },
  {
    name: "SIGCHLD",
    number: 17,
    action: "ignore",
    description: "Child process terminated, paused or unpaused",
    standard: "posix"
  },
  {
    name: "SIGCLD",
    number: 17,
    action: "ignore",
    description: "Child process terminated, paused or unpaused",
    standard: "other"
  },
  {
    name: "SIGCONT",
    number: 18,
    action: "unpause",
    description: "Unpaused",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGSTOP",
    number: 19,
    action: "pause",
    description: "Paused",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGTSTP",
    number: 20,
    action: "pause",
    description: 'Paused using CTRL-Z or "suspend"',
    standard: "posix"
  },
  {
    name: "SIGTTIN",
    number: 21,
    action: "pause",
    description: "Background process cannot read terminal input",
    standard: "posix"
  },
  {
    name: "SIGBREAK",
    number: 21,
    action: "terminate",
    description: "User interruption with CTRL-BREAK",
    standard: "other"
  },
  {
    name: "SIGTTOU",
    number: 22,
    action: "pause",
    description: "Background process cannot write to terminal output",
    standard: "posix"
  },
  {
    name: "SIGURG",
    number: 23,
    action: "ignore",
    description: "Socket received out-of-band data",
    standard: "bsd"
  },
  {
    name: "SIGXCPU",
    number: 24,
    action: "core",
    description: "Process timed out",
    standard: "bsd"
  },
  {
    name: "SIGXFSZ",
    number: 25,
    action: "core",
    description: "File too big",
    standard: "bsd"
  },
  {
    name: "SIGVTALRM",
    number: 26,
    action: "terminate",
    description: "Timeout or timer",
    standard: "bsd"
  },
  {
    name: "SIGPROF",
    number: 27,
    action: "terminate",
    description: "Timeout or timer",
    standard: "bsd"
  },
  {
    name: "SIGWINCH",
    number: 28,
    action: "ignore",
    description: "Terminal window size changed",
    standard: "bsd"
  },
  {
    name: "SIGIO",
    number: 29,
    action: "terminate",
    description: "I/O is available",
    standard: "other"
  },
  {
    name: "SIGPOLL",
    number: 29,
    action: "terminate",
    description: "Watched event",
    standard: "other"
  },
  {
    name: "SIGINFO",
    number: 29,
    action: "ignore",
    description: "Request for process information",
    standard: "other"
  },
  {
    name: "SIGPWR",
    number: 30,
    action: "terminate",
    description: "Device running out of power",
    standard: "systemv"
  },
  {
    name: "SIGSYS",
    number: 31,
    action: "core",
    description: "Invalid system call",
    standard: "other"
  },
  {
    name: "SIGUNUSED",
    number: 31,
    action: "terminate",
    description: "Invalid system call",
    standard: "other"
  }
];

// node_modules/human-signals/build/src/signals.js
var getSignals = () => {
  const realtimeSignals = getRealtimeSignals();
  const signals2 = [...SIGNALS, ...realtimeSignals].map(normalizeSignal);
  return signals2;
};
var normalizeSignal = ({
  name,
  number: defaultNumber,
  description,
  action,
  forced = false,
  standard
}) => {
  const {
    signals: { [name]: constantSignal }
  } = constants;
  const supported = constantSignal !== void 0;
  const number = supported ? constantSignal : defaultNumber;
  return { name, number, description, supported, action, forced, standard };
};

// node_modules/human-signals/build/src/main.js
var getSignalsByName = () => {
  const signals2 = getSignals();
  return Object.fromEntries(signals2.map(getSignalByName));
};
var getSignalByName = ({
  name,
  number,
  description,
  supported,
  action,
  forced,
  standard
}) => [name, { name, number, description, supported, action, forced, standard }];
var signalsByName = getSignalsByName();
var getSignalsByNumber = () => {
  const signals2 = getSignals();
  const length = SIGRTMAX + 1;
  const signalsA = Array.from(
    { length },
    (value, number) => getSignalByNumber(number, signals2)
  );
  return Object.assign({}, ...signalsA);
};
var getSignalByNumber = (number, signals2) => {
  const signal = findSignalByNumber(number, signals2);
  if (signal === void 0) {
    return {};
  }
  const { name, description, supported, action, forced, standard } = signal;
  return {
    [number]: {
      name,
      number,
      description,
      supported,
      action,
      forced,
      standard
    }
  };
};
var findSignalByNumber = (number, signals2) => {
  const signal = signals2.find(({ name }) => constants2.signals[name] === number);
  if (signal !== void 0) {
    return signal;
  }
  return signals2.find((signalA) => signalA.number === number);
};
var signalsByNumber = getSignalsByNumber();

// node_modules/execa/lib/terminate/signal.js
var normalizeKillSignal = (killSignal) => {
  const optionName = "option `killSignal`";
  if (killSignal === 0) {
    throw new TypeError(`Invalid ${optionName}: 0 cannot be used.`);
  }
  return normalizeSignal2(killSignal, optionName);
};
var normalizeSignalArgument = (signal) => signal === 0 ? signal : normalizeSignal2(signal, "`subprocess.kill()`'s argument");
var normalizeSignal2 = (signalNameOrInteger, optionName) => {
  if (Number.isInteger(signalNameOrInteger)) {
    return normalizeSignalInteger(signalNameOrInteger, optionName);
  }
  if (typeof signalNameOrInteger === "string") {
    return normalizeSignalName(signalNameOrInteger, optionName);
  }
  throw new TypeError(`Invalid ${optionName} ${String(signalNameOrInteger)}: it must be a string or an integer.
${getAvailableSignals()}`);
};
var normalizeSignalInteger = (signalInteger, optionName) => {
  if (signalsIntegerToName.has(signalInteger)) {
    return signalsIntegerToName.get(signalInteger);
  }
  throw new TypeError(`Invalid ${optionName} ${signalInteger}: this signal integer does not exist.
${getAvailableSignals()}`);
};
var getSignalsIntegerToName = () => new Map(Object.entries(constants3.signals).reverse().map(([signalName, signalInteger]) => [signalInteger, signalName]));
var signalsIntegerToName = getSignalsIntegerToName();
var normalizeSignalName = (signalName, optionName) => {
  if (signalName in constants3.signals) {
    return signalName;
  }
  if (signalName.toUpperCase() in constants3.signals) {
    throw new TypeError(`Invalid ${optionName} '${signalName}': please rename it to '${signalName.toUpperCase()}'.`);
  }
  throw new TypeError(`Invalid ${optionName} '${signalName}': this signal name does not exist.
${getAvailableSignals()}`);
};
var getAvailableSignals = () => `Available signal names: ${getAvailableSignalNames()}.
Available signal numbers: ${getAvailableSignalIntegers()}.`;
var getAvailableSignalNames = () => Object.keys(constants3.signals).sort().map((signalName) => `'${signalName}'`).join(", ");
var getAvailableSignalIntegers = () => [...new Set(Object.values(constants3.signals).sort((signalInteger, signalIntegerTwo) => signalInteger - signalIntegerTwo))].join(", ");
var getSignalDescription = (signal) => signalsByName[signal].description;

// node_modules/execa/lib/terminate/kill.js
var normalizeForceKillAfterDelay = (forceKillAfterDelay) => {
  if (forceKillAfterDelay === false) {
    return forceKillAfterDelay;
  }
  if (forceKillAfterDelay === true) {
    return DEFAULT_FORCE_KILL_TIMEOUT;
  }
  if (!Number.isFinite(forceKillAfterDelay) || forceKillAfterDelay < 0) {
    throw new TypeError(`Expected the \`forceKillAfterDelay\` option to be a non-negative integer, got \`${forceKillAfterDelay}\` (${typeof forceKillAfterDelay})`);
  }
  return forceKillAfterDelay;
};
var DEFAULT_FORCE_KILL_TIMEOUT = 1e3 * 5;
var subprocessKill = ({ kill, options: { forceKillAfterDelay, killSignal }, onInternalError, context, controller }, signalOrError, errorArgument) => {
  const { signal, error } = parseKillArguments(signalOrError, errorArgument, killSignal);
  emitKillError(error, onInternalError);
  const killResult = kill(signal);
  setKillTimeout({
    kill,
    signal,
    forceKillAfterDelay,
    killSignal,
    killResult,
    context,
    controller
  });
  return killResult;
};
var parseKillArguments = (signalOrError, errorArgument, killSignal) => {
  const [signal = killSignal, error] = isErrorInstance(signalOrError) ? [void 0, signalOrError] : [signalOrError, errorArgument];
  if (typeof signal !== "string" && !Number.isInteger(signal)) {
    throw new TypeError(`The first argument must be an error instance or a signal name string/integer: ${String(signal)}`);
  }
  if (error !== void 0 && !isErrorInstance(error)) {
    throw new TypeError(`The second argument is optional. If specified, it must be an error instance: ${error}`);
  }
  return { signal: normalizeSignalArgument(signal), error };
};
var emitKillError = (error, onInternalError) => {
  if (error !== void 0) {
    onInternalError.reject(error);
  }
};
var setKillTimeout = async ({ kill, signal, forceKillAfterDelay, killSignal, killResult, context, controller }) => {
  if (signal === killSignal && killResult) {
    killOnTimeout({
      kill,
      forceKillAfterDelay,
      context,
      controllerSignal: controller.signal
    });
  }
};
var killOnTimeout = async ({ kill, forceKillAfterDelay, context, controllerSignal }) => {
  if (forceKillAfterDelay === false) {
    return;
  }
  try {
    await setTimeout2(forceKillAfterDelay, void 0, { signal: controllerSignal });
    if (kill("SIGKILL")) {
      context.isForcefullyTerminated ??= true;
    }
  } catch {
  }
};

// node_modules/execa/lib/utils/abort-signal.js
import { once } from "node:events";
var onAbortedSignal = async (mainSignal, stopSignal) => {
  if (!mainSignal.aborted) {
    await once(mainSignal, "abort", { signal: stopSignal });
  }
};

// node_modules/execa/lib/terminate/cancel.js
var validateCancelSignal = ({ cancelSignal }) => {
  if (cancelSignal !== void 0 && Object.prototype.toString.call(cancelSignal) !== "[object AbortSignal]") {
    throw new Error(`The \`cancelSignal\` option must be an AbortSignal: ${String(cancelSignal)}`);
  }
};
var throwOnCancel = ({ subprocess, cancelSignal, gracefulCancel, context, controller }) => cancelSignal === void 0 || gracefulCancel ? [] : [terminateOnCancel(subprocess, cancelSignal, context, controller)];
var terminateOnCancel = async (subprocess, cancelSignal, context, { signal }) => {
  await onAbortedSignal(cancelSignal, signal);
  context.terminationReason ??= "cancel";
  subprocess.kill();
  throw cancelSignal.reason;
};

// node_modules/execa/lib/ipc/graceful.js
import { scheduler as scheduler2 } from "node:timers/promises";

// node_modules/execa/lib/ipc/send.js
import { promisify as promisify2 } from "node:util";

// node_modules/execa/lib/ipc/validation.js
var validateIpcMethod = ({ methodName, isSubprocess, ipc, isConnected: isConnected2 }) => {
  validateIpcOption(methodName, isSubprocess, ipc);
  validateConnection(methodName, isSubprocess, isConnected2);
};
var validateIpcOption = (methodName, isSubprocess, ipc) => {
  if (!ipc) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} can only be used if the \`ipc\` option is \`true\`.`);
  }
};
var validateConnection = (methodName, isSubprocess, isConnected2) => {
  if (!isConnected2) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} has already exited or disconnected.`);
  }
};
var throwOnEarlyDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("getOneMessage", isSubprocess)} could not complete: the ${getOtherProcessName(isSubprocess)} exited or disconnected.`);
};
var throwOnStrictDeadlockError = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is sending a message too, instead of listening to incoming messages.
This can be fixed by both sending a message and listening to incoming messages at the same time:

const [receivedMessage] = await Promise.all([
	${getMethodName("getOneMessage", isSubprocess)},
	${getMethodName("sendMessage", isSubprocess, "message, {strict: true}")},
]);`);
};
var getStrictResponseError = (error, isSubprocess) => new Error(`${getMethodName("sendMessage", isSubprocess)} failed when sending an acknowledgment response to the ${getOtherProcessName(isSubprocess)}.`, { cause: error });
var throwOnMissingStrict = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is not listening to incoming messages.`);
};
var throwOnStrictDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} exited without listening to incoming messages.`);
};
var getAbortDisconnectError = () => new Error(`\`cancelSignal\` aborted: the ${getOtherProcessName(true)} disconnected.`);
var throwOnMissingParent = () => {
  throw new Error("`getCancelSignal()` cannot be used without setting the `cancelSignal` subprocess option.");
};
var handleEpipeError = ({ error, methodName, isSubprocess }) => {
  if (error.code === "EPIPE") {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} is disconnecting.`, { cause: error });
  }
};
var handleSerializationError = ({ error, methodName, isSubprocess, message }) => {
  if (isSerializationError(error)) {
    throw new Error(`${getMethodName(methodName, isSubprocess)}'s argument type is invalid: the message cannot be serialized: ${String(message)}.`, { cause: error });
  }
};
var isSerializationError = ({ code, message }) => SERIALIZATION_ERROR_CODES.has(code) || SERIALIZATION_ERROR_MESSAGES.some((serializationErrorMessage) => message.includes(serializationErrorMessage));
var SERIALIZATION_ERROR_CODES = /* @__PURE__ */ new Set([
  // Message is `undefined`
  "ERR_MISSING_ARGS",
  // Message is a function, a bigint, a symbol
  "ERR_INVALID_ARG_TYPE"
]);
var SERIALIZATION_ERROR_MESSAGES = [
  // Message is a promise or a proxy, with `serialization: 'advanced'`
  "could not be cloned",
  // Message has cycles, with `serialization: 'json'`
  "circular structure",
  // Message has cycles inside toJSON(), with `serialization: 'json'`
  "call stack size exceeded"
];
var getMethodName = (methodName, isSubprocess, parameters = "") => methodName === "cancelSignal" ? "`cancelSignal`'s `controller.abort()`" : `${getNamespaceName(isSubprocess)}${methodName}(${parameters})`;
var getNamespaceName = (isSubprocess) => isSubprocess ? "" : "subprocess.";
var getOtherProcessName = (isSubprocess) => isSubprocess ? "parent process" : "subprocess";
var disconnect = (anyProcess) => {
  if (anyProcess.connected) {
    anyProcess.disconnect();
  }
};

// node_modules/execa/lib/utils/deferred.js
var createDeferred = () => {
  const methods = {};
  const promise = new Promise((resolve2, reject) => {
    Object.assign(methods, { resolve: resolve2, reject });
  });
  return Object.assign(promise, methods);
};

// node_modules/execa/lib/arguments/fd-options.js
var getToStream = (destination, to = "stdin") => {
  const isWritable = true;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(destination);
  const fdNumber = getFdNumber(fileDescriptors, to, isWritable);
  const destinationStream = destination.stdio[fdNumber];
  if (destinationStream === null) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, to, options, isWritable));
  }
  return destinationStream;
};
var getFromStream = (source, from = "stdout") => {
  const isWritable = false;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
  const fdNumber = getFdNumber(fileDescriptors, from, isWritable);
  const sourceStream = fdNumber === "all" ? source.all : source.stdio[fdNumber];
  if (sourceStream === null || sourceStream === void 0) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, from, options, isWritable));
  }
  return sourceStream;
};
var SUBPROCESS_OPTIONS = /* @__PURE__ */ new WeakMap();
var getFdNumber = (fileDescriptors, fdName, isWritable) => {
  const fdNumber = parseFdNumber(fdName, isWritable);
  validateFdNumber(fdNumber, fdName, isWritable, fileDescriptors);
  return fdNumber;
};
var parseFdNumber = (fdName, isWritable) => {
  const fdNumber = parseFd(fdName);
  if (fdNumber !== void 0) {
    return fdNumber;
  }
  const { validOptions, defaultValue } = isWritable ? { validOptions: '"stdin"', defaultValue: "stdin" } : { validOptions: '"stdout", "stderr", "all"', defaultValue: "stdout" };
  throw new TypeError(`"${getOptionName(isWritable)}" must not be "${fdName}".
It must be ${validOptions} or "fd3", "fd4" (and so on).
It is optional and defaults to "${defaultValue}".`);
};
var validateFdNumber = (fdNumber, fdName, isWritable, fileDescriptors) => {
  const fileDescriptor = fileDescriptors[getUsedDescriptor(fdNumber)];
  if (fileDescriptor === void 0) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. That file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
  }
  if (fileDescriptor.direction === "input" && !isWritable) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a readable stream, not writable.`);
  }
  if (fileDescriptor.direction !== "input" && isWritable) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a writable stream, not readable.`);
  }
};
var getInvalidStdioOptionMessage = (fdNumber, fdName, options, isWritable) => {
  if (fdNumber === "all" && !options.all) {
    return `The "all" option must be true to use "from: 'all'".`;
  }
  const { optionName, optionValue } = getInvalidStdioOption(fdNumber, options);
  return `The "${optionName}: ${serializeOptionValue(optionValue)}" option is incompatible with using "${getOptionName(isWritable)}: ${serializeOptionValue(fdName)}".
Please set this option with "pipe" instead.`;
};
var getInvalidStdioOption = (fdNumber, { stdin, stdout, stderr, stdio }) => {
  const usedDescriptor = getUsedDescriptor(fdNumber);
  if (usedDescriptor === 0 && stdin !== void 0) {
    return { optionName: "stdin", optionValue: stdin };
  }
  if (usedDescriptor === 1 && stdout !== void 0) {
    return { optionName: "stdout", optionValue: stdout };
  }
  if (usedDescriptor === 2 && stderr !== void 0) {
    return { optionName: "stderr", optionValue: stderr };
  }
  return { optionName: `stdio[${usedDescriptor}]`, optionValue: stdio[usedDescriptor] };
};
var getUsedDescriptor = (fdNumber) => fdNumber === "all" ? 1 : fdNumber;
var getOptionName = (isWritable) => isWritable ? "to" : "from";
var serializeOptionValue = (value) => {
  if (typeof value === "string") {
    return `'${value}'`;
  }
  return typeof value === "number" ? `${value}` : "Stream";
};

// node_modules/execa/lib/ipc/strict.js
import { once as once3 } from "node:events";

// node_modules/execa/lib/utils/max-listeners.js
import { addAbortListener } from "node:events";
var incrementMaxListeners = (eventEmitter, maxListenersIncrement, signal) => {
  const maxListeners = eventEmitter.getMaxListeners();
  if (maxListeners === 0 || maxListeners === Number.POSITIVE_INFINITY) {
    return;
  }
  eventEmitter.setMaxListeners(maxListeners + maxListenersIncrement);
  addAbortListener(signal, () => {
    eventEmitter.setMaxListeners(eventEmitter.getMaxListeners() - maxListenersIncrement);
  });
};

// node_modules/execa/lib/ipc/forward.js
import { EventEmitter } from "node:events";

// node_modules/execa/lib/ipc/incoming.js
import { once as once2 } from "node:events";
import { scheduler } from "node:timers/promises";

// node_modules/execa/lib/ipc/reference.js
var addReference = (channel, reference) => {
  if (reference) {
    addReferenceCount(channel);
  }
};
var addReferenceCount = (channel) => {
  channel.refCounted();
};
var removeReference = (channel, reference) => {
  if (reference) {
    removeReferenceCount(channel);
  }
};
var removeReferenceCount = (channel) => {
  channel.unrefCounted();
};
var undoAddedReferences = (channel, isSubprocess) => {
  if (isSubprocess) {
    removeReferenceCount(channel);
    removeReferenceCount(channel);
  }
};
var redoAddedReferences = (channel, isSubprocess) => {
  if (isSubprocess) {
    addReferenceCount(channel);
    addReferenceCount(channel);
  }
};

// node_modules/execa/lib/ipc/incoming.js
var onMessage = async ({ anyProcess, channel, isSubprocess, ipcEmitter }, wrappedMessage) => {
  if (handleStrictResponse(wrappedMessage) || handleAbort(wrappedMessage)) {
    return;
  }
  if (!INCOMING_MESSAGES.has(anyProcess)) {
    INCOMING_MESSAGES.set(anyProcess, []);
  }
  const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
  incomingMessages.push(wrappedMessage);
  if (incomingMessages.length > 1) {
    return;
  }
  while (incomingMessages.length > 0) {
    await waitForOutgoingMessages(anyProcess, ipcEmitter, wrappedMessage);
    await scheduler.yield();
    const message = await handleStrictRequest({
      wrappedMessage: incomingMessages[0],
      anyProcess,
      channel,
      isSubprocess,
      ipcEmitter
    });
    incomingMessages.shift();
    ipcEmitter.emit("message", message);
    ipcEmitter.emit("message:done");
  }
};
var onDisconnect = async ({ anyProcess, channel, isSubprocess, ipcEmitter, boundOnMessage }) => {
  abortOnDisconnect();
  const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
  while (incomingMessages?.length > 0) {
    await once2(ipcEmitter, "message:done");
  }
  anyProcess.removeListener("message", boundOnMessage);
  redoAddedReferences(channel, isSubprocess);
  ipcEmitter.connected = false;
  ipcEmitter.emit("disconnect");
};
var INCOMING_MESSAGES = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/forward.js
var getIpcEmitter = (anyProcess, channel, isSubprocess) => {
  if (IPC_EMITTERS.has(anyProcess)) {
    return IPC_EMITTERS.get(anyProcess);
  }
  const ipcEmitter = new EventEmitter();
  ipcEmitter.connected = true;
  IPC_EMITTERS.set(anyProcess, ipcEmitter);
  forwardEvents({
    ipcEmitter,
    anyProcess,
    channel,
    isSubprocess
  });
  return ipcEmitter;
};
var IPC_EMITTERS = /* @__PURE__ */ new WeakMap();
var forwardEvents = ({ ipcEmitter, anyProcess, channel, isSubprocess }) => {
  const boundOnMessage = onMessage.bind(void 0, {
    anyProcess,
    channel,
    isSubprocess,
    ipcEmitter
  });
  anyProcess.on("message", boundOnMessage);
  anyProcess.once("disconnect", onDisconnect.bind(void 0, {
    anyProcess,
    channel,
    isSubprocess,
    ipcEmitter,
    boundOnMessage
  }));
  undoAddedReferences(channel, isSubprocess);
};
var isConnected = (anyProcess) => {
  const ipcEmitter = IPC_EMITTERS.get(anyProcess);
  return ipcEmitter === void 0 ? anyProcess.channel !== null : ipcEmitter.connected;
};

// node_modules/execa/lib/ipc/strict.js
var handleSendStrict = ({ anyProcess, channel, isSubprocess, message, strict }) => {
  if (!strict) {
    return message;
  }
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const hasListeners = hasMessageListeners(anyProcess, ipcEmitter);
  return {
    id: count++,
    type: REQUEST_TYPE,
    message,
    hasListeners
  };
};
var count = 0n;
var validateStrictDeadlock = (outgoingMessages, wrappedMessage) => {
  if (wrappedMessage?.type !== REQUEST_TYPE || wrappedMessage.hasListeners) {
    return;
  }
  for (const { id } of outgoingMessages) {
    if (id !== void 0) {
      STRICT_RESPONSES[id].resolve({ isDeadlock: true, hasListeners: false });
    }
  }
};
var handleStrictRequest = async ({ wrappedMessage, anyProcess, channel, isSubprocess, ipcEmitter }) => {
  if (wrappedMessage?.type !== REQUEST_TYPE || !anyProcess.connected) {
    return wrappedMessage;
  }
  const { id, message } = wrappedMessage;
  const response = { id, type: RESPONSE_TYPE, message: hasMessageListeners(anyProcess, ipcEmitter) };
  try {
    await sendMessage({
      anyProcess,
      channel,
      isSubprocess,
      ipc: true
    }, response);
  } catch (error) {
    ipcEmitter.emit("strict:error", error);
  }
  return message;
};
var handleStrictResponse = (wrappedMessage) => {
  if (wrappedMessage?.type !== RESPONSE_TYPE) {
    return false;
  }
  const { id, message: hasListeners } = wrappedMessage;
  STRICT_RESPONSES[id]?.resolve({ isDeadlock: false, hasListeners });
  return true;
};
var waitForStrictResponse = async (wrappedMessage, anyProcess, isSubprocess) => {
  if (wrappedMessage?.type !== REQUEST_TYPE) {
    return;
  }
  const deferred = createDeferred();
  STRICT_RESPONSES[wrappedMessage.id] = deferred;
  const controller = new AbortController();
  try {
    const { isDeadlock, hasListeners } = await Promise.race([
      deferred,
      throwOnDisconnect(anyProcess, isSubprocess, controller)
    ]);
    if (isDeadlock) {
      throwOnStrictDeadlockError(isSubprocess);
    }
    if (!hasListeners) {
      throwOnMissingStrict(isSubprocess);
    }
  } finally {
    controller.abort();
    delete STRICT_RESPONSES[wrappedMessage.id];
  }
};
var STRICT_RESPONSES = {};
var throwOnDisconnect = async (anyProcess, isSubprocess, { signal }) => {
  incrementMaxListeners(anyProcess, 1, signal);
  await once3(anyProcess, "disconnect", { signal });
  throwOnStrictDisconnect(isSubprocess);
};
var REQUEST_TYPE = "execa:ipc:request";
var RESPONSE_TYPE = "execa:ipc:response";

// node_modules/execa/lib/ipc/outgoing.js
var startSendMessage = (anyProcess, wrappedMessage, strict) => {
  if (!OUTGOING_MESSAGES.has(anyProcess)) {
    OUTGOING_MESSAGES.set(anyProcess, /* @__PURE__ */ new Set());
  }
  const outgoingMessages = OUTGOING_MESSAGES.get(anyProcess);
  const onMessageSent = createDeferred();
  const id = strict ? wrappedMessage.id : void 0;
  const outgoingMessage = { onMessageSent, id };
  outgoingMessages.add(outgoingMessage);
  return { outgoingMessages, outgoingMessage };
};
var endSendMessage = ({ outgoingMessages, outgoingMessage }) => {
  outgoingMessages.delete(outgoingMessage);
  outgoingMessage.onMessageSent.resolve();
};
var waitForOutgoingMessages = async (anyProcess, ipcEmitter, wrappedMessage) => {
  while (!hasMessageListeners(anyProcess, ipcEmitter) && OUTGOING_MESSAGES.get(anyProcess)?.size > 0) {
    const outgoingMessages = [...OUTGOING_MESSAGES.get(anyProcess)];
    validateStrictDeadlock(outgoingMessages, wrappedMessage);
    await Promise.all(outgoingMessages.map(({ onMessageSent }) => onMessageSent));
  }
};
var OUTGOING_MESSAGES = /* @__PURE__ */ new WeakMap();
var hasMessageListeners = (anyProcess, ipcEmitter) => ipcEmitter.listenerCount("message") > getMinListenerCount(anyProcess);
var getMinListenerCount = (anyProcess) => SUBPROCESS_OPTIONS.has(anyProcess) && !getFdSpecificValue(SUBPROCESS_OPTIONS.get(anyProcess).options.buffer, "ipc") ? 1 : 0;

// node_modules/execa/lib/ipc/send.js
var sendMessage = ({ anyProcess, channel, isSubprocess, ipc }, message, { strict = false } = {}) => {
  const methodName = "sendMessage";
  validateIpcMethod({
    methodName,
    isSubprocess,
    ipc,
    isConnected: anyProcess.connected
  });
  return sendMessageAsync({
    anyProcess,
    channel,
    methodName,
    isSubprocess,
    message,
    strict
  });
};
var sendMessageAsync = async ({ anyProcess, channel, methodName, isSubprocess, message, strict }) => {
  const wrappedMessage = handleSendStrict({
    anyProcess,
    channel,
    isSubprocess,
    message,
    strict
  });
  const outgoingMessagesState = startSendMessage(anyProcess, wrappedMessage, strict);
  try {
    await sendOneMessage({
      anyProcess,
      methodName,
      isSubprocess,
      wrappedMessage,
      message
    });
  } catch (error) {
    disconnect(anyProcess);
    throw error;
  } finally {
    endSendMessage(outgoingMessagesState);
  }
};
var sendOneMessage = async ({ anyProcess, methodName, isSubprocess, wrappedMessage, message }) => {
  const sendMethod = getSendMethod(anyProcess);
  try {
    await Promise.all([
      waitForStrictResponse(wrappedMessage, anyProcess, isSubprocess),
      sendMethod(wrappedMessage)
    ]);
  } catch (error) {
    handleEpipeError({ error, methodName, isSubprocess });
    handleSerializationError({
      error,
      methodName,
      isSubprocess,
      message
    });
    throw error;
  }
};
var getSendMethod = (anyProcess) => {
  if (PROCESS_SEND_METHODS.has(anyProcess)) {
    return PROCESS_SEND_METHODS.get(anyProcess);
  }
  const sendMethod = promisify2(anyProcess.send.bind(anyProcess));
  PROCESS_SEND_METHODS.set(anyProcess, sendMethod);
  return sendMethod;
};
var PROCESS_SEND_METHODS = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/graceful.js
var sendAbort = (subprocess, message) => {
  const methodName = "cancelSignal";
  validateConnection(methodName, false, subprocess.connected);
  return sendOneMessage({
    anyProcess: subprocess,
    methodName,
    isSubprocess: false,
    wrappedMessage: { type: GRACEFUL_CANCEL_TYPE, message },
    message
  });
};
var getCancelSignal = async ({ anyProcess, channel, isSubprocess, ipc }) => {
  await startIpc({
    anyProcess,
    channel,
    isSubprocess,
    ipc
  });
  return cancelController.signal;
};
var startIpc = async ({ anyProcess, channel, isSubprocess, ipc }) => {
  if (cancelListening) {
    return;
  }
  cancelListening = true;
  if (!ipc) {
    throwOnMissingParent();
    return;
  }
  if (channel === null) {
    abortOnDisconnect();
    return;
  }
  getIpcEmitter(anyProcess, channel, isSubprocess);
  await scheduler2.yield();
};
var cancelListening = false;
var handleAbort = (wrappedMessage) => {
  if (wrappedMessage?.type !== GRACEFUL_CANCEL_TYPE) {
    return false;
  }
  cancelController.abort(wrappedMessage.message);
  return true;
};
var GRACEFUL_CANCEL_TYPE = "execa:ipc:cancel";
var abortOnDisconnect = () => {
  cancelController.abort(getAbortDisconnectError());
};
var cancelController = new AbortController();

// node_modules/execa/lib/terminate/graceful.js
var validateGracefulCancel = ({ gracefulCancel, cancelSignal, ipc, serialization }) => {
  if (!gracefulCancel) {
    return;
  }
  if (cancelSignal === void 0) {
    throw new Error("The `cancelSignal` option must be defined when setting the `gracefulCancel` option.");
  }
  if (!ipc) {
    throw new Error("The `ipc` option cannot be false when setting the `gracefulCancel` option.");
  }
  if (serialization === "json") {
    throw new Error("The `serialization` option cannot be 'json' when setting the `gracefulCancel` option.");
  }
};
var throwOnGracefulCancel = ({
  subprocess,
  cancelSignal,
  gracefulCancel,
  forceKillAfterDelay,
  context,
  controller
}) => gracefulCancel ? [sendOnAbort({
  subprocess,
  cancelSignal,
  forceKillAfterDelay,
  context,
  controller
})] : [];
var sendOnAbort = async ({ subprocess, cancelSignal, forceKillAfterDelay, context, controller: { signal } }) => {
  await onAbortedSignal(cancelSignal, signal);
  const reason = getReason(cancelSignal);
  await sendAbort(subprocess, reason);
  killOnTimeout({
    kill: subprocess.kill,
    forceKillAfterDelay,
    context,
    controllerSignal: signal
  });
  context.terminationReason ??= "gracefulCancel";
  throw cancelSignal.reason;
};
var getReason = ({ reason }) => {
  if (!(reason instanceof DOMException)) {
    return reason;
  }
  const error = new Error(reason.message);
  Object.defineProperty(error, "stack", {
    value: reason.stack,
    enumerable: false,
    configurable: true,
    writable: true
  });
  return error;
};

// node_modules/execa/lib/terminate/timeout.js
import { setTimeout as setTimeout3 } from "node:timers/promises";
var validateTimeout = ({ timeout }) => {
  if (timeout !== void 0 && (!Number.isFinite(timeout) || timeout < 0)) {
    throw new TypeError(`Expected the \`timeout\` option to be a non-negative integer, got \`${timeout}\` (${typeof timeout})`);
  }
};
var throwOnTimeout = (subprocess, timeout, context, controller) => timeout === 0 || timeout === void 0 ? [] : [killAfterTimeout(subprocess, timeout, context, controller)];
var killAfterTimeout = async (subprocess, timeout, context, { signal }) => {
  await setTimeout3(timeout, void 0, { signal });
  context.terminationReason ??= "timeout";
  subprocess.kill();
  throw new DiscardedError();
};

// node_modules/execa/lib/methods/node.js
import { execPath, execArgv } from "node:process";
import path4 from "node:path";
var mapNode = ({ options }) => {
  if (options.node === false) {
    throw new TypeError('The "node" option cannot be false with `execaNode()`.');
  }
  return { options: { ...options, node: true } };
};
var handleNodeOption = (file, commandArguments, {
  node: shouldHandleNode = false,
  nodePath = execPath,
  nodeOptions = execArgv.filter((nodeOption) => !nodeOption.startsWith("--inspect")),
  cwd,
  execPath: formerNodePath,
  ...options
}) => {
  if (formerNodePath !== void 0) {
    throw new TypeError('The "execPath" option has been removed. Please use the "nodePath" option instead.');
  }
  const normalizedNodePath = safeNormalizeFileUrl(nodePath, 'The "nodePath" option');
  const resolvedNodePath = path4.resolve(cwd, normalizedNodePath);
  const newOptions = {
    ...options,
    nodePath: resolvedNodePath,
    node: shouldHandleNode,
    cwd
  };
  if (!shouldHandleNode) {
    return [file, commandArguments, newOptions];
  }
  if (path4.basename(file, ".exe") === "node") {
    throw new TypeError('When the "node" option is true, the first argument does not need to be "node".');
  }
  return [
    resolvedNodePath,
    [...nodeOptions, file, ...commandArguments],
    { ipc: true, ...newOptions, shell: false }
  ];
};

// node_modules/execa/lib/ipc/ipc-input.js
import { serialize } from "node:v8";
var validateIpcInputOption = ({ ipcInput, ipc, serialization }) => {
  if (ipcInput === void 0) {
    return;
  }
  if (!ipc) {
    throw new Error("The `ipcInput` option cannot be set unless the `ipc` option is `true`.");
  }
  validateIpcInput[serialization](ipcInput);
};
var validateAdvancedInput = (ipcInput) => {
  try {
    serialize(ipcInput);
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with a structured clone.", { cause: error });
  }
};
var validateJsonInput = (ipcInput) => {
  try {
    JSON.stringify(ipcInput);
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with JSON.", { cause: error });
  }
};
var validateIpcInput = {
  advanced: validateAdvancedInput,
  json: validateJsonInput
};
var sendIpcInput = async (subprocess, ipcInput) => {
  if (ipcInput === void 0) {
    return;
  }
  await subprocess.sendMessage(ipcInput);
};

// node_modules/execa/lib/arguments/encoding-option.js
var validateEncoding = ({ encoding }) => {
  if (ENCODINGS.has(encoding)) {
    return;
  }
  const correctEncoding = getCorrectEncoding(encoding);
  if (correctEncoding !== void 0) {
    throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to ${serializeEncoding(correctEncoding)}.`);
  }
  const correctEncodings = [...ENCODINGS].map((correctEncoding2) => serializeEncoding(correctEncoding2)).join(", ");
  throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to one of: ${correctEncodings}.`);
};
var TEXT_ENCODINGS = /* @__PURE__ */ new Set(["utf8", "utf16le"]);
var BINARY_ENCODINGS = /* @__PURE__ */ new Set(["buffer", "hex", "base64", "base64url", "latin1", "ascii"]);
var ENCODINGS = /* @__PURE__ */ new Set([...TEXT_ENCODINGS, ...BINARY_ENCODINGS]);
var getCorrectEncoding = (encoding) => {
  if (encoding === null) {
    return "buffer";
  }
  if (typeof encoding !== "string") {
    return;
  }
  const lowerEncoding = encoding.toLowerCase();
  if (lowerEncoding in ENCODING_ALIASES) {
    return ENCODING_ALIASES[lowerEncoding];
  }
  if (ENCODINGS.has(lowerEncoding)) {
    return lowerEncoding;
  }
};
var ENCODING_ALIASES = {
  // eslint-disable-next-line unicorn/text-encoding-identifier-case
  "utf-8": "utf8",
  "utf-16le": "utf16le",
  "ucs-2": "utf16le",
  ucs2: "utf16le",
  binary: "latin1"
};
var serializeEncoding = (encoding) => typeof encoding === "string" ? `"${encoding}"` : String(encoding);

// node_modules/execa/lib/arguments/cwd.js
import { statSync } from "node:fs";
import path5 from "node:path";
import process5 from "node:process";
var normalizeCwd = (cwd = getDefaultCwd()) => {
  const cwdString = safeNormalizeFileUrl(cwd, 'The "cwd" option');
  return path5.resolve(cwdString);
};
var getDefaultCwd = () => {
  try {
    return process5.cwd();
  } catch (error) {
    error.message = `The current directory does not exist.
${error.message}`;
    throw error;
  }
};
var fixCwdError = (originalMessage, cwd) => {
  if (cwd === getDefaultCwd()) {
    return originalMessage;
  }
  let cwdStat;
  try {
    cwdStat = statSync(cwd);
  } catch (error) {
    return `The "cwd" option is invalid: ${cwd}.
${error.message}
${originalMessage}`;
  }
  if (!cwdStat.isDirectory()) {
    return `The "cwd" option is not a directory: ${cwd}.
${originalMessage}`;
  }
  return originalMessage;
};

// node_modules/execa/lib/arguments/options.js
var normalizeOptions = (filePath, rawArguments, rawOptions) => {
  rawOptions.cwd = normalizeCwd(rawOptions.cwd);
  const [processedFile, processedArguments, processedOptions] = handleNodeOption(filePath, rawArguments, rawOptions);
  const { command: file, args: commandArguments, options: initialOptions } = import_cross_spawn.default._parse(processedFile, processedArguments, processedOptions);
  const fdOptions = normalizeFdSpecificOptions(initialOptions);
  const options = addDefaultOptions(fdOptions);
  validateTimeout(options);
  validateEncoding(options);
  validateIpcInputOption(options);
  validateCancelSignal(options);
  validateGracefulCancel(options);
  options.shell = normalizeFileUrl(options.shell);
  options.env = getEnv(options);
  options.killSignal = normalizeKillSignal(options.killSignal);
  options.forceKillAfterDelay = normalizeForceKillAfterDelay(options.forceKillAfterDelay);
  options.lines = options.lines.map((lines, fdNumber) => lines && !BINARY_ENCODINGS.has(options.encoding) && options.buffer[fdNumber]);
  if (process6.platform === "win32" && path6.basename(file, ".exe") === "cmd") {
    commandArguments.unshift("/q");
  }
  return { file, commandArguments, options };
};
var addDefaultOptions = ({
  extendEnv = true,
  preferLocal = false,
  cwd,
  localDir: localDirectory = cwd,
  encoding = "utf8",
  reject = true,
  cleanup = true,
  all = false,
  windowsHide = true,
  killSignal = "SIGTERM",
  forceKillAfterDelay = true,
  gracefulCancel = false,
  ipcInput,
  ipc = ipcInput !== void 0 || gracefulCancel,
  serialization = "advanced",
  ...options
}) => ({
  ...options,
  extendEnv,
  preferLocal,
  cwd,
  localDirectory,
  encoding,
  reject,
  cleanup,
  all,
  windowsHide,
  killSignal,
  forceKillAfterDelay,
  gracefulCancel,
  ipcInput,
  ipc,
  serialization
});
var getEnv = ({ env: envOption, extendEnv, preferLocal, node, localDirectory, nodePath }) => {
  const env = extendEnv ? { ...process6.env, ...envOption } : envOption;
  if (preferLocal || node) {
    return npmRunPathEnv({
      env,
      cwd: localDirectory,
      execPath: nodePath,
      preferLocal,
      addExecPath: node
    });
  }
  return env;
};

// node_modules/execa/lib/arguments/shell.js
var concatenateShell = (file, commandArguments, options) => options.shell && commandArguments.length > 0 ? [[file, ...commandArguments].join(" "), [], options] : [file, commandArguments, options];

// node_modules/execa/lib/return/message.js
import { inspect as inspect2 } from "node:util";

// node_modules/strip-final-newline/index.js
function stripFinalNewline(input) {
  if (typeof input === "string") {
    return stripFinalNewlineString(input);
  }
  if (!(ArrayBuffer.isView(input) && input.BYTES_PER_ELEMENT === 1)) {
    throw new Error("Input must be a string or a Uint8Array");
  }
  return stripFinalNewlineBinary(input);
}
var stripFinalNewlineString = (input) => input.at(-1) === LF ? input.slice(0, input.at(-2) === CR ? -2 : -1) : input;
var stripFinalNewlineBinary = (input) => input.at(-1) === LF_BINARY ? input.subarray(0, input.at(-2) === CR_BINARY ? -2 : -1) : input;
var LF = "\n";
var LF_BINARY = LF.codePointAt(0);
var CR = "\r";
var CR_BINARY = CR.codePointAt(0);

// node_modules/get-stream/source/index.js
import { on } from "node:events";
import { finished } from "node:stream/promises";

// node_modules/is-stream/index.js
function isStream(stream, { checkOpen = true } = {}) {
  return stream !== null && typeof stream === "object" && (stream.writable || stream.readable || !checkOpen || stream.writable === void 0 && stream.readable === void 0) && typeof stream.pipe === "function";
}
function isWritableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.writable || !checkOpen) && typeof stream.write === "function" && typeof stream.end === "function" && typeof stream.writable === "boolean" && typeof stream.writableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isReadableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.readable || !checkOpen) && typeof stream.read === "function" && typeof stream.readable === "boolean" && typeof stream.readableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isDuplexStream(stream, options) {
  return isWritableStream(stream, options) && isReadableStream(stream, options);
}

// node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js
var a = Object.getPrototypeOf(
  Object.getPrototypeOf(
    /* istanbul ignore next */
    async function* () {
    }
  ).prototype
);
var c = class {
  #t;
  #n;
  #r = false;
  #e = void 0;
  constructor(e, t) {
    this.#t = e, this.#n = t;
  }
  next() {
    const e = () => this.#s();
    return this.#e = this.#e ? this.#e.then(e, e) : e(), this.#e;
  }
  return(e) {
    const t = () => this.#i(e);
    return this.#e ? this.#e.then(t, t) : t();
  }
  async #s() {
    if (this.#r)
      return {
        done: true,
        value: void 0
      };
    let e;
    try {
      e = await this.#t.read();
    } catch (t) {
      throw this.#e = void 0, this.#r = true, this.#t.releaseLock(), t;
    }
    return e.done && (this.#e = void 0, this.#r = true, this.#t.releaseLock()), e;
  }
  async #i(e) {
    if (this.#r)
      return {
        done: true,
        value: e
      };
    if (this.#r = true, !this.#n) {
      const t = this.#t.cancel(e);
      return this.#t.releaseLock(), await t, {
        done: true,
        value: e
      };
    }
    return this.#t.releaseLock(), {
      done: true,
      value: e
    };
  }
};
var n = /* @__PURE__ */ Symbol();
function i() {
  return this[n].next();
}
Object.defineProperty(i, "name", { value: "next" });
function o(r) {
  return this[n].return(r);
}
Object.defineProperty(o, "name", { value: "return" });
var u = Object.create(a, {
  next: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: i
  },
  return: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: o
  }
});
function h({ preventCancel: r = false } = {}) {
  const e = this.getReader(), t = new c(
    e,
    r
  ), s = Object.create(u);
  return s[n] = t, s;
}

// node_modules/get-stream/source/stream.js
var getAsyncIterable = (stream) => {
  if (isReadableStream(stream, { checkOpen: false }) && nodeImports.on !== void 0) {
    return getStreamIterable(stream);
  }
  if (typeof stream?.[Symbol.asyncIterator] === "function") {
    return stream;
  }
  if (toString.call(stream) === "[object ReadableStream]") {
    return h.call(stream);
  }
  throw new TypeError("The first argument must be a Readable, a ReadableStream, or an async iterable.");
};
var { toString } = Object.prototype;
var getStreamIterable = async function* (stream) {
  const controller = new AbortController();
  const state = {};
  handleStreamEnd(stream, controller, state);
  try {
    for await (const [chunk] of nodeImports.on(stream, "data", { signal: controller.signal })) {
      yield chunk;
    }
  } catch (error) {
    if (state.error !== void 0) {
      throw state.error;
    } else if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    stream.destroy();
  }
};
var handleStreamEnd = async (stream, controller, state) => {
  try {
    await nodeImports.finished(stream, {
      cleanup: true,
      readable: true,
      writable: false,
      error: false
    });
  } catch (error) {
    state.error = error;
  } finally {
    controller.abort();
  }
};
var nodeImports = {};

// node_modules/get-stream/source/contents.js
var getStreamContents = async (stream, { init, convertChunk, getSize, truncateChunk, addChunk, getFinalChunk, finalize }, { maxBuffer = Number.POSITIVE_INFINITY } = {}) => {
  const asyncIterable = getAsyncIterable(stream);
  const state = init();
  state.length = 0;
  try {
    for await (const chunk of asyncIterable) {
      const chunkType = getChunkType(chunk);
      const convertedChunk = convertChunk[chunkType](chunk, state);
      appendChunk({
        convertedChunk,
        state,
        getSize,
        truncateChunk,
        addChunk,
        maxBuffer
      });
    }
    appendFinalChunk({
      state,
      convertChunk,
      getSize,
      truncateChunk,
      addChunk,
      getFinalChunk,
      maxBuffer
    });
    return finalize(state);
  } catch (error) {
    const normalizedError = typeof error === "object" && error !== null ? error : new Error(error);
    normalizedError.bufferedData = finalize(state);
    throw normalizedError;
  }
};
var appendFinalChunk = ({ state, getSize, truncateChunk, addChunk, getFinalChunk, maxBuffer }) => {
  const convertedChunk = getFinalChunk(state);
  if (convertedChunk !== void 0) {
    appendChunk({
      convertedChunk,
      state,
      getSize,
      truncateChunk,
      addChunk,
      maxBuffer
    });
  }
};
var appendChunk = ({ convertedChunk, state, getSize, truncateChunk, addChunk, maxBuffer }) => {
  const chunkSize = getSize(convertedChunk);
  const newLength = state.length + chunkSize;
  if (newLength <= maxBuffer) {
    addNewChunk(convertedChunk, state, addChunk, newLength);
    return;
  }
  const truncatedChunk = truncateChunk(convertedChunk, maxBuffer - state.length);
  if (truncatedChunk !== void 0) {
    addNewChunk(truncatedChunk, state, addChunk, maxBuffer);
  }
  throw new MaxBufferError();
};
var addNewChunk = (convertedChunk, state, addChunk, newLength) => {
  state.contents = addChunk(convertedChunk, state, newLength);
  state.length = newLength;
};
var getChunkType = (chunk) => {
  const typeOfChunk = typeof chunk;
  if (typeOfChunk === "string") {
    return "string";
  }
  if (typeOfChunk !== "object" || chunk === null) {
    return "others";
  }
  if (globalThis.Buffer?.isBuffer(chunk)) {
    return "buffer";
  }
  const prototypeName = objectToString2.call(chunk);
  if (prototypeName === "[object ArrayBuffer]") {
    return "arrayBuffer";
  }
  if (prototypeName === "[object DataView]") {
    return "dataView";
  }
  if (Number.isInteger(chunk.byteLength) && Number.isInteger(chunk.byteOffset) && objectToString2.call(chunk.buffer) === "[object ArrayBuffer]") {
    return "typedArray";
  }
  return "others";
};
var { toString: objectToString2 } = Object.prototype;
var MaxBufferError = class extends Error {
  name = "MaxBufferError";
  constructor() {
    super("maxBuffer exceeded");
  }
};

// node_modules/get-stream/source/utils.js
var identity2 = (value) => value;
var noop = () => void 0;
var getContentsProperty = ({ contents }) => contents;
var throwObjectStream = (chunk) => {
  throw new Error(`Streams in object mode are not supported: ${String(chunk)}`);
};
var getLengthProperty = (convertedChunk) => convertedChunk.length;

// node_modules/get-stream/source/array.js
async function getStreamAsArray(stream, options) {
  return getStreamContents(stream, arrayMethods, options);
}
var initArray = () => ({ contents: [] });
var increment = () => 1;
var addArrayChunk = (convertedChunk, { contents }) => {
  contents.push(convertedChunk);
  return contents;
};
var arrayMethods = {
  init: initArray,
  convertChunk: {
    string: identity2,
    buffer: identity2,
    arrayBuffer: identity2,
    dataView: identity2,
    typedArray: identity2,
    others: identity2
  },
  getSize: increment,
  truncateChunk: noop,
  addChunk: addArrayChunk,
  getFinalChunk: noop,
  finalize: getContentsProperty
};

// node_modules/get-stream/source/array-buffer.js
async function getStreamAsArrayBuffer(stream, options) {
  return getStreamContents(stream, arrayBufferMethods, options);
}
var initArrayBuffer = () => ({ contents: new ArrayBuffer(0) });
var useTextEncoder = (chunk) => textEncoder2.encode(chunk);
var textEncoder2 = new TextEncoder();
var useUint8Array = (chunk) => new Uint8Array(chunk);
var useUint8ArrayWithOffset = (chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
var truncateArrayBufferChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var addArrayBufferChunk = (convertedChunk, { contents, length: previousLength }, length) => {
  const newContents = hasArrayBufferResize() ? resizeArrayBuffer(contents, length) : resizeArrayBufferSlow(contents, length);
  new Uint8Array(newContents).set(convertedChunk, previousLength);
  return newContents;
};
var resizeArrayBufferSlow = (contents, length) => {
  if (length <= contents.byteLength) {
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(getNewContentsLength(length));
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var resizeArrayBuffer = (contents, length) => {
  if (length <= contents.maxByteLength) {
    contents.resize(length);
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(length, { maxByteLength: getNewContentsLength(length) });
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var getNewContentsLength = (length) => SCALE_FACTOR ** Math.ceil(Math.log(length) / Math.log(SCALE_FACTOR));
var SCALE_FACTOR = 2;
var finalizeArrayBuffer = ({ contents, length }) => hasArrayBufferResize() ? contents : contents.slice(0, length);
var hasArrayBufferResize = () => "resize" in ArrayBuffer.prototype;
var arrayBufferMethods = {
  init: initArrayBuffer,
  convertChunk: {
    string: useTextEncoder,
    buffer: useUint8Array,
    arrayBuffer: useUint8Array,
    dataView: useUint8ArrayWithOffset,
    typedArray: useUint8ArrayWithOffset,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateArrayBufferChunk,
  addChunk: addArrayBufferChunk,
  getFinalChunk: noop,
  finalize: finalizeArrayBuffer
};

// node_modules/get-stream/source/string.js
async function getStreamAsString(stream, options) {
  return getStreamContents(stream, stringMethods, options);
}
var initString = () => ({ contents: "", textDecoder: new TextDecoder() });
var useTextDecoder = (chunk, { textDecoder: textDecoder2 }) => textDecoder2.decode(chunk, { stream: true });
var addStringChunk = (convertedChunk, { contents }) => contents + convertedChunk;
var truncateStringChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var getFinalStringChunk = ({ textDecoder: textDecoder2 }) => {
  const finalChunk = textDecoder2.decode();
  return finalChunk === "" ? void 0 : finalChunk;
};
var stringMethods = {
  init: initString,
  convertChunk: {
    string: identity2,
    buffer: useTextDecoder,
    arrayBuffer: useTextDecoder,
    dataView: useTextDecoder,
    typedArray: useTextDecoder,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateStringChunk,
  addChunk: addStringChunk,
  getFinalChunk: getFinalStringChunk,
  finalize: getContentsProperty
};

// node_modules/get-stream/source/index.js
Object.assign(nodeImports, { on, finished });

// node_modules/execa/lib/io/max-buffer.js
var handleMaxBuffer = ({ error, stream, readableObjectMode, lines, encoding, fdNumber }) => {
  if (!(error instanceof MaxBufferError)) {
    throw error;
  }
  if (fdNumber === "all") {
    return error;
  }
  const unit = getMaxBufferUnit(readableObjectMode, lines, encoding);
  error.maxBufferInfo = { fdNumber, unit };
  stream.destroy();
  throw error;
};
var getMaxBufferUnit = (readableObjectMode, lines, encoding) => {
  if (readableObjectMode) {
    return "objects";
  }
  if (lines) {
    return "lines";
  }
  if (encoding === "buffer") {
    return "bytes";
  }
  return "characters";
};
var checkIpcMaxBuffer = (subprocess, ipcOutput, maxBuffer) => {
  if (ipcOutput.length !== maxBuffer) {
    return;
  }
  const error = new MaxBufferError();
  error.maxBufferInfo = { fdNumber: "ipc" };
  throw error;
};
var getMaxBufferMessage = (error, maxBuffer) => {
  const { streamName, threshold, unit } = getMaxBufferInfo(error, maxBuffer);
  return `Command's ${streamName} was larger than ${threshold} ${unit}`;
};
var getMaxBufferInfo = (error, maxBuffer) => {
  if (error?.maxBufferInfo === void 0) {
    return { streamName: "output", threshold: maxBuffer[1], unit: "bytes" };
  }
  const { maxBufferInfo: { fdNumber, unit } } = error;
  delete error.maxBufferInfo;
  const threshold = getFdSpecificValue(maxBuffer, fdNumber);
  if (fdNumber === "ipc") {
    return { streamName: "IPC output", threshold, unit: "messages" };
  }
  return { streamName: getStreamName(fdNumber), threshold, unit };
};
var isMaxBufferSync = (resultError, output, maxBuffer) => resultError?.code === "ENOBUFS" && output !== null && output.some((result) => result !== null && result.length > getMaxBufferSync(maxBuffer));
var truncateMaxBufferSync = (result, isMaxBuffer, maxBuffer) => {
  if (!isMaxBuffer) {
    return result;
  }
  const maxBufferValue = getMaxBufferSync(maxBuffer);
  return result.length > maxBufferValue ? result.slice(0, maxBufferValue) : result;
};
var getMaxBufferSync = ([, stdoutMaxBuffer]) => stdoutMaxBuffer;

// node_modules/execa/lib/return/message.js
var createMessages = ({
  stdio,
  all,
  ipcOutput,
  originalError,
  signal,
  signalDescription,
  exitCode,
  escapedCommand,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  forceKillAfterDelay,
  killSignal,
  maxBuffer,
  timeout,
  cwd
}) => {
  const errorCode = originalError?.code;
  const prefix = getErrorPrefix({
    originalError,
    timedOut,
    timeout,
    isMaxBuffer,
    maxBuffer,
    errorCode,
    signal,
    signalDescription,
    exitCode,
    isCanceled,
    isGracefullyCanceled,
    isForcefullyTerminated,
    forceKillAfterDelay,
    killSignal
  });
  const originalMessage = getOriginalMessage(originalError, cwd);
  const suffix = originalMessage === void 0 ? "" : `
${originalMessage}`;
  const shortMessage = `${prefix}: ${escapedCommand}${suffix}`;
  const messageStdio = all === void 0 ? [stdio[2], stdio[1]] : [all];
  const message = [
    shortMessage,
    ...messageStdio,
    ...stdio.slice(3),
    ipcOutput.map((ipcMessage) => serializeIpcMessage(ipcMessage)).join("\n")
  ].map((messagePart) => escapeLines(stripFinalNewline(serializeMessagePart(messagePart)))).filter(Boolean).join("\n\n");
  return { originalMessage, shortMessage, message };
};
var getErrorPrefix = ({
  originalError,
  timedOut,
  timeout,
  isMaxBuffer,
  maxBuffer,
  errorCode,
  signal,
  signalDescription,
  exitCode,
  isCanceled,
  isGracefullyCanceled,
  isForcefullyTerminated,
  forceKillAfterDelay,
  killSignal
}) => {
  const forcefulSuffix = getForcefulSuffix(isForcefullyTerminated, forceKillAfterDelay);
  if (timedOut) {
    return `Command timed out after ${timeout} milliseconds${forcefulSuffix}`;
  }
  if (isGracefullyCanceled) {
    if (signal === void 0) {
      return `Command was gracefully canceled with exit code ${exitCode}`;
    }
    return isForcefullyTerminated ? `Command was gracefully canceled${forcefulSuffix}` : `Command was gracefully canceled with ${signal} (${signalDescription})`;
  }
  if (isCanceled) {
    return `Command was canceled${forcefulSuffix}`;
  }
  if (isMaxBuffer) {
    return `${getMaxBufferMessage(originalError, maxBuffer)}${forcefulSuffix}`;
  }
  if (errorCode !== void 0) {
    return `Command failed with ${errorCode}${forcefulSuffix}`;
  }
  if (isForcefullyTerminated) {
    return `Command was killed with ${killSignal} (${getSignalDescription(killSignal)})${forcefulSuffix}`;
  }
  if (signal !== void 0) {
    return `Command was killed with ${signal} (${signalDescription})`;
  }
  if (exitCode !== void 0) {
    return `Command failed with exit code ${exitCode}`;
  }
  return "Command failed";
};
var getForcefulSuffix = (isForcefullyTerminated, forceKillAfterDelay) => isForcefullyTerminated ? ` and was forcefully terminated after ${forceKillAfterDelay} milliseconds` : "";
var getOriginalMessage = (originalError, cwd) => {
  if (originalError instanceof DiscardedError) {
    return;
  }
  const originalMessage = isExecaError(originalError) ? originalError.originalMessage : String(originalError?.message ?? originalError);
  const escapedOriginalMessage = escapeLines(fixCwdError(originalMessage, cwd));
  return escapedOriginalMessage === "" ? void 0 : escapedOriginalMessage;
};
var serializeIpcMessage = (ipcMessage) => typeof ipcMessage === "string" ? ipcMessage : inspect2(ipcMessage);
var serializeMessagePart = (messagePart) => Array.isArray(messagePart) ? messagePart.map((messageItem) => stripFinalNewline(serializeMessageItem(messageItem))).filter(Boolean).join("\n") : serializeMessageItem(messagePart);
var serializeMessageItem = (messageItem) => {
  if (typeof messageItem === "string") {
    return messageItem;
  }
  if (isUint8Array(messageItem)) {
    return uint8ArrayToString(messageItem);
  }
  return "";
};

// node_modules/execa/lib/return/result.js
var makeSuccessResult = ({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput,
  options: { cwd },
  startTime
}) => omitUndefinedProperties({
  command,
  escapedCommand,
  cwd,
  durationMs: getDurationMs(startTime),
  failed: false,
  timedOut: false,
  isCanceled: false,
  isGracefullyCanceled: false,
  isTerminated: false,
  isMaxBuffer: false,
  isForcefullyTerminated: false,
  exitCode: 0,
  stdout: stdio[1],
  stderr: stdio[2],
  all,
  stdio,
  ipcOutput,
  pipedFrom: []
});
var makeEarlyError = ({
  error,
  command,
  escapedCommand,
  fileDescriptors,
  options,
  startTime,
  isSync
}) => makeError({
  error,
  command,
  escapedCommand,
  startTime,
  timedOut: false,
  isCanceled: false,
  isGracefullyCanceled: false,
  isMaxBuffer: false,
  isForcefullyTerminated: false,
  stdio: Array.from({ length: fileDescriptors.length }),
  ipcOutput: [],
  options,
  isSync
});
var makeError = ({
  error: originalError,
  command,
  escapedCommand,
  startTime,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode: rawExitCode,
  signal: rawSignal,
  stdio,
  all,
  ipcOutput,
  options: {
    timeoutDuration,
    timeout = timeoutDuration,
    forceKillAfterDelay,
    killSignal,
    cwd,
    maxBuffer
  },
  isSync
}) => {
  const { exitCode, signal, signalDescription } = normalizeExitPayload(rawExitCode, rawSignal);
  const { originalMessage, shortMessage, message } = createMessages({
    stdio,
    all,
    ipcOutput,
    originalError,
    signal,
    signalDescription,
    exitCode,
    escapedCommand,
    timedOut,
    isCanceled,
    isGracefullyCanceled,
    isMaxBuffer,
    isForcefullyTerminated,
    forceKillAfterDelay,
    killSignal,
    maxBuffer,
    timeout,
    cwd
  });
  const error = getFinalError(originalError, message, isSync);
  Object.assign(error, getErrorProperties({
    error,
    command,
    escapedCommand,
    startTime,
    timedOut,
    isCanceled,
    isGracefullyCanceled,
    isMaxBuffer,
    isForcefullyTerminated,
    exitCode,
    signal,
    signalDescription,
    stdio,
    all,
    ipcOutput,
    cwd,
    originalMessage,
    shortMessage
  }));
  return error;
};
var getErrorProperties = ({
  error,
  command,
  escapedCommand,
  startTime,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode,
  signal,
  signalDescription,
  stdio,
  all,
  ipcOutput,
  cwd,
  originalMessage,
  shortMessage
}) => omitUndefinedProperties({
  shortMessage,
  originalMessage,
  command,
  escapedCommand,
  cwd,
  durationMs: getDurationMs(startTime),
  failed: true,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isTerminated: signal !== void 0,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode,
  signal,
  signalDescription,
  code: error.cause?.code,
  stdout: stdio[1],
  stderr: stdio[2],
  all,
  stdio,
  ipcOutput,
  pipedFrom: []
});
var omitUndefinedProperties = (result) => Object.fromEntries(Object.entries(result).filter(([, value]) => value !== void 0));
var normalizeExitPayload = (rawExitCode, rawSignal) => {
  const exitCode = rawExitCode === null ? void 0 : rawExitCode;
  const signal = rawSignal === null ? void 0 : rawSignal;
  const signalDescription = signal === void 0 ? void 0 : getSignalDescription(rawSignal);
  return { exitCode, signal, signalDescription };
};

// node_modules/parse-ms/index.js
var toZeroIfInfinity = (value) => Number.isFinite(value) ? value : 0;
function parseNumber(milliseconds) {
  return {
    days: Math.trunc(milliseconds / 864e5),
    hours: Math.trunc(milliseconds / 36e5 % 24),
    minutes: Math.trunc(milliseconds / 6e4 % 60),
    seconds: Math.trunc(milliseconds / 1e3 % 60),
    milliseconds: Math.trunc(milliseconds % 1e3),
    microseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e3) % 1e3),
    nanoseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e6) % 1e3)
  };
}
function parseBigint(milliseconds) {
  return {
    days: milliseconds / 86400000n,
    hours: milliseconds / 3600000n % 24n,
    minutes: milliseconds / 60000n % 60n,
    seconds: milliseconds / 1000n % 60n,
    milliseconds: milliseconds % 1000n,
    microseconds: 0n,
    nanoseconds: 0n
  };
}
function parseMilliseconds(milliseconds) {
  switch (typeof milliseconds) {
    case "number": {
      if (Number.isFinite(milliseconds)) {
        return parseNumber(milliseconds);
      }
      break;
    }
    case "bigint": {
      return parseBigint(milliseconds);
    }
  }
  throw new TypeError("Expected a finite number or bigint");
}

// node_modules/pretty-ms/index.js
var isZero = (value) => value === 0 || value === 0n;
var pluralize = (word, count3) => count3 === 1 || count3 === 1n ? word : `${word}s`;
var SECOND_ROUNDING_EPSILON = 1e-7;
var ONE_DAY_IN_MILLISECONDS = 24n * 60n * 60n * 1000n;
function prettyMilliseconds(milliseconds, options) {
  const isBigInt = typeof milliseconds === "bigint";
  if (!isBigInt && !Number.isFinite(milliseconds)) {
    throw new TypeError("Expected a finite number or bigint");
  }
  options = { ...options };
  const sign = milliseconds < 0 ? "-" : "";
  milliseconds = milliseconds < 0 ? -milliseconds : milliseconds;
  if (options.colonNotation) {
    options.compact = false;
    options.formatSubMilliseconds = false;
    options.separateMilliseconds = false;
    options.verbose = false;
  }
  if (options.compact) {
    options.unitCount = 1;
    options.secondsDecimalDigits = 0;
    options.millisecondsDecimalDigits = 0;
  }
  let result = [];
  const floorDecimals = (value, decimalDigits) => {
    const flooredInterimValue = Math.floor(value * 10 ** decimalDigits + SECOND_ROUNDING_EPSILON);
    const flooredValue = Math.round(flooredInterimValue) / 10 ** decimalDigits;
    return flooredValue.toFixed(decimalDigits);
  };
  const add = (value, long, short, valueString) => {
    if ((result.length === 0 || !options.colonNotation) && isZero(value) && !(options.colonNotation && short === "m")) {
      return;
    }
    valueString ??= String(value);
    if (options.colonNotation) {
      const wholeDigits = valueString.includes(".") ? valueString.split(".")[0].length : valueString.length;
      const minLength = result.length > 0 ? 2 : 1;
      valueString = "0".repeat(Math.max(0, minLength - wholeDigits)) + valueString;
    } else {
      valueString += options.verbose ? " " + pluralize(long, value) : short;
    }
    result.push(valueString);
  };
  const parsed = parseMilliseconds(milliseconds);
  const days = BigInt(parsed.days);
  if (options.hideYearAndDays) {
    add(BigInt(days) * 24n + BigInt(parsed.hours), "hour", "h");
  } else {
    if (options.hideYear) {
      add(days, "day", "d");
    } else {
      add(days / 365n, "year", "y");
      add(days % 365n, "day", "d");
    }
    add(Number(parsed.hours), "hour", "h");
  }
  add(Number(parsed.minutes), "minute", "m");
  if (!options.hideSeconds) {
    if (options.separateMilliseconds || options.formatSubMilliseconds || !options.colonNotation && milliseconds < 1e3 && !options.subSecondsAsDecimals) {
      const seconds = Number(parsed.seconds);
      const milliseconds2 = Number(parsed.milliseconds);
      const microseconds = Number(parsed.microseconds);
      const nanoseconds = Number(parsed.nanoseconds);
      add(seconds, "second", "s");
      if (options.formatSubMilliseconds) {
        add(milliseconds2, "millisecond", "ms");
        add(microseconds, "microsecond", "\xB5s");
        add(nanoseconds, "nanosecond", "ns");
      } else {
        const millisecondsAndBelow = milliseconds2 + microseconds / 1e3 + nanoseconds / 1e6;
        const millisecondsDecimalDigits = typeof options.millisecondsDecimalDigits === "number" ? options.millisecondsDecimalDigits : 0;
        const roundedMilliseconds = millisecondsAndBelow >= 1 ? Math.round(millisecondsAndBelow) : Math.ceil(millisecondsAndBelow);
        const maximumMilliseconds = 1e3 - 10 ** -millisecondsDecimalDigits;
        const millisecondsString = millisecondsDecimalDigits ? Math.min(millisecondsAndBelow, maximumMilliseconds).toFixed(millisecondsDecimalDigits) : Math.min(roundedMilliseconds, maximumMilliseconds);
        add(
          Number.parseFloat(millisecondsString),
          "millisecond",
          "ms",
          millisecondsString
        );
      }
    } else {
      const seconds = (isBigInt ? Number(milliseconds % ONE_DAY_IN_MILLISECONDS) : milliseconds) / 1e3 % 60;
      const secondsDecimalDigits = typeof options.secondsDecimalDigits === "number" ? options.secondsDecimalDigits : 1;
      const secondsFixed = floorDecimals(seconds, secondsDecimalDigits);
      const secondsString = options.keepDecimalsOnWholeSeconds ? secondsFixed : secondsFixed.replace(/\.0+$/, "");
      add(Number.parseFloat(secondsString), "second", "s", secondsString);
    }
  }
  if (result.length === 0) {
    return sign + "0" + (options.verbose ? " milliseconds" : "ms");
  }
  const separator = options.colonNotation ? ":" : " ";
  if (typeof options.unitCount === "number") {
    result = result.slice(0, Math.max(options.unitCount, 1));
  }
  return sign + result.join(separator);
}

// node_modules/execa/lib/verbose/error.js
var logError = (result, verboseInfo) => {
  if (result.failed) {
    verboseLog({
      type: "error",
      verboseMessage: result.shortMessage,
      verboseInfo,
      result
    });
  }
};

// node_modules/execa/lib/verbose/complete.js
var logResult = (result, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  logError(result, verboseInfo);
  logDuration(result, verboseInfo);
};
var logDuration = (result, verboseInfo) => {
  const verboseMessage = `(done in ${prettyMilliseconds(result.durationMs)})`;
  verboseLog({
    type: "duration",
    verboseMessage,
    verboseInfo,
    result
  });
};

// node_modules/execa/lib/return/reject.js
var handleResult = (result, verboseInfo, { reject }) => {
  logResult(result, verboseInfo);
  if (result.failed && reject) {
    throw result;
  }
  return result;
};

// node_modules/execa/lib/stdio/handle-sync.js
import { readFileSync as readFileSync3 } from "node:fs";

// node_modules/execa/lib/stdio/type.js
var getStdioItemType = (value, optionName) => {
  if (isAsyncGenerator(value)) {
    return "asyncGenerator";
  }
  if (isSyncGenerator(value)) {
    return "generator";
  }
  if (isUrl(value)) {
    return "fileUrl";
  }
  if (isFilePathObject(value)) {
    return "filePath";
  }
  if (isWebStream(value)) {
    return "webStream";
  }
  if (isStream(value, { checkOpen: false })) {
    return "native";
  }
  if (isUint8Array(value)) {
    return "uint8Array";
  }
  if (isAsyncIterableObject(value)) {
    return "asyncIterable";
  }
  if (isIterableObject(value)) {
    return "iterable";
  }
  if (isTransformStream(value)) {
    return getTransformStreamType({ transform: value }, optionName);
  }
  if (isTransformOptions(value)) {
    return getTransformObjectType(value, optionName);
  }
  return "native";
};
var getTransformObjectType = (value, optionName) => {
  if (isDuplexStream(value.transform, { checkOpen: false })) {
    return getDuplexType(value, optionName);
  }
  if (isTransformStream(value.transform)) {
    return getTransformStreamType(value, optionName);
  }
  return getGeneratorObjectType(value, optionName);
};
var getDuplexType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "Duplex stream");
  return "duplex";
};
var getTransformStreamType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "web TransformStream");
  return "webTransform";
};
var validateNonGeneratorType = ({ final, binary, objectMode }, optionName, typeName) => {
  checkUndefinedOption(final, `${optionName}.final`, typeName);
  checkUndefinedOption(binary, `${optionName}.binary`, typeName);
  checkBooleanOption(objectMode, `${optionName}.objectMode`);
};
var checkUndefinedOption = (value, optionName, typeName) => {
  if (value !== void 0) {
    throw new TypeError(`The \`${optionName}\` option can only be defined when using a generator, not a ${typeName}.`);
  }
};
var getGeneratorObjectType = ({ transform, final, binary, objectMode }, optionName) => {
  if (transform !== void 0 && !isGenerator(transform)) {
    throw new TypeError(`The \`${optionName}.transform\` option must be a generator, a Duplex stream or a web TransformStream.`);
  }
  if (isDuplexStream(final, { checkOpen: false })) {
    throw new TypeError(`The \`${optionName}.final\` option must not be a Duplex stream.`);
  }
  if (isTransformStream(final)) {
    throw new TypeError(`The \`${optionName}.final\` option must not be a web TransformStream.`);
  }
  if (final !== void 0 && !isGenerator(final)) {
    throw new TypeError(`The \`${optionName}.final\` option must be a generator.`);
  }
  checkBooleanOption(binary, `${optionName}.binary`);
  checkBooleanOption(objectMode, `${optionName}.objectMode`);
  return isAsyncGenerator(transform) || isAsyncGenerator(final) ? "asyncGenerator" : "generator";
};
var checkBooleanOption = (value, optionName) => {
  if (value !== void 0 && typeof value !== "boolean") {
    throw new TypeError(`The \`${optionName}\` option must use a boolean.`);
  }
};
var isGenerator = (value) => isAsyncGenerator(value) || isSyncGenerator(value);
var isAsyncGenerator = (value) => Object.prototype.toString.call(value) === "[object AsyncGeneratorFunction]";
var isSyncGenerator = (value) => Object.prototype.toString.call(value) === "[object GeneratorFunction]";
var isTransformOptions = (value) => isPlainObject(value) && (value.transform !== void 0 || value.final !== void 0);
var isUrl = (value) => Object.prototype.toString.call(value) === "[object URL]";
var isRegularUrl = (value) => isUrl(value) && value.protocol !== "file:";
var isFilePathObject = (value) => isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => FILE_PATH_KEYS.has(key)) && isFilePathString(value.file);
var FILE_PATH_KEYS = /* @__PURE__ */ new Set(["file", "append"]);
var isFilePathString = (file) => typeof file === "string";
var isUnknownStdioString = (type, value) => type === "native" && typeof value === "string" && !KNOWN_STDIO_STRINGS.has(value);
var KNOWN_STDIO_STRINGS = /* @__PURE__ */ new Set(["ipc", "ignore", "inherit", "overlapped", "pipe"]);
var isReadableStream2 = (value) => Object.prototype.toString.call(value) === "[object ReadableStream]";
var isWritableStream2 = (value) => Object.prototype.toString.call(value) === "[object WritableStream]";
var isWebStream = (value) => isReadableStream2(value) || isWritableStream2(value);
var isTransformStream = (value) => isReadableStream2(value?.readable) && isWritableStream2(value?.writable);
var isAsyncIterableObject = (value) => isObject(value) && typeof value[Symbol.asyncIterator] === "function";
var isIterableObject = (value) => isObject(value) && typeof value[Symbol.iterator] === "function";
var isObject = (value) => typeof value === "object" && value !== null;
var TRANSFORM_TYPES = /* @__PURE__ */ new Set(["generator", "asyncGenerator", "duplex", "webTransform"]);
var FILE_TYPES = /* @__PURE__ */ new Set(["fileUrl", "filePath", "fileNumber"]);
var SPECIAL_DUPLICATE_TYPES_SYNC = /* @__PURE__ */ new Set(["fileUrl", "filePath"]);
var SPECIAL_DUPLICATE_TYPES = /* @__PURE__ */ new Set([...SPECIAL_DUPLICATE_TYPES_SYNC, "webStream", "nodeStream"]);
var FORBID_DUPLICATE_TYPES = /* @__PURE__ */ new Set(["webTransform", "duplex"]);
var TYPE_TO_MESSAGE = {
  generator: "a generator",
  asyncGenerator: "an async generator",
  fileUrl: "a file URL",
  filePath: "a file path string",
  fileNumber: "a file descriptor number",
  webStream: "a web stream",
  nodeStream: "a Node.js stream",
  webTransform: "a web TransformStream",
  duplex: "a Duplex stream",
  native: "any value",
  iterable: "an iterable",
  asyncIterable: "an async iterable",
  string: "a string",
  uint8Array: "a Uint8Array"
};

// node_modules/execa/lib/transform/object-mode.js
var getTransformObjectModes = (objectMode, index, newTransforms, direction) => direction === "output" ? getOutputObjectModes(objectMode, index, newTransforms) : getInputObjectModes(objectMode, index, newTransforms);
var getOutputObjectModes = (objectMode, index, newTransforms) => {
  const writableObjectMode = index !== 0 && newTransforms[index - 1].value.readableObjectMode;
  const readableObjectMode = objectMode ?? writableObjectMode;
  return { writableObjectMode, readableObjectMode };
};
var getInputObjectModes = (objectMode, index, newTransforms) => {
  const writableObjectMode = index === 0 ? objectMode === true : newTransforms[index - 1].value.readableObjectMode;
  const readableObjectMode = index !== newTransforms.length - 1 && (objectMode ?? writableObjectMode);
  return { writableObjectMode, readableObjectMode };
};
var getFdObjectMode = (stdioItems, direction) => {
  const lastTransform = stdioItems.findLast(({ type }) => TRANSFORM_TYPES.has(type));
  if (lastTransform === void 0) {
    return false;
  }
  return direction === "input" ? lastTransform.value.writableObjectMode : lastTransform.value.readableObjectMode;
};

// node_modules/execa/lib/transform/normalize.js
var normalizeTransforms = (stdioItems, optionName, direction, options) => [
  ...stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type)),
  ...getTransforms(stdioItems, optionName, direction, options)
];
var getTransforms = (stdioItems, optionName, direction, { encoding }) => {
  const transforms = stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type));
  const newTransforms = Array.from({ length: transforms.length });
  for (const [index, stdioItem] of Object.entries(transforms)) {
    newTransforms[index] = normalizeTransform({
      stdioItem,
      index: Number(index),
      newTransforms,
      optionName,
      direction,
      encoding
    });
  }
  return sortTransforms(newTransforms, direction);
};
var normalizeTransform = ({ stdioItem, stdioItem: { type }, index, newTransforms, optionName, direction, encoding }) => {
  if (type === "duplex") {
    return normalizeDuplex({ stdioItem, optionName });
  }
  if (type === "webTransform") {
    return normalizeTransformStream({
      stdioItem,
      index,
      newTransforms,
      direction
    });
  }
  return normalizeGenerator({
    stdioItem,
    index,
    newTransforms,
    direction,
    encoding
  });
};
var normalizeDuplex = ({
  stdioItem,
  stdioItem: {
    value: {
      transform,
      transform: { writableObjectMode, readableObjectMode },
      objectMode = readableObjectMode
    }
  },
  optionName
}) => {
  if (objectMode && !readableObjectMode) {
    throw new TypeError(`The \`${optionName}.objectMode\` option can only be \`true\` if \`new Duplex({objectMode: true})\` is used.`);
  }
  if (!objectMode && readableObjectMode) {
    throw new TypeError(`The \`${optionName}.objectMode\` option cannot be \`false\` if \`new Duplex({objectMode: true})\` is used.`);
  }
  return {
    ...stdioItem,
    value: { transform, writableObjectMode, readableObjectMode }
  };
};
var normalizeTransformStream = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction }) => {
  const { transform, objectMode } = isPlainObject(value) ? value : { transform: value };
  const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
  return {
    ...stdioItem,
    value: { transform, writableObjectMode, readableObjectMode }
  };
};
var normalizeGenerator = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction, encoding }) => {
  const {
    transform,
    final,
    binary: binaryOption = false,
    preserveNewlines = false,
    objectMode
  } = isPlainObject(value) ? value : { transform: value };
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
  return {
    ...stdioItem,
    value: {
      transform,
      final,
      binary,
      preserveNewlines,
      writableObjectMode,
      readableObjectMode
    }
  };
};
var sortTransforms = (newTransforms, direction) => direction === "input" ? newTransforms.reverse() : newTransforms;

// node_modules/execa/lib/stdio/direction.js
import process7 from "node:process";
var getStreamDirection = (stdioItems, fdNumber, optionName) => {
  const directions = stdioItems.map((stdioItem) => getStdioItemDirection(stdioItem, fdNumber));
  if (directions.includes("input") && directions.includes("output")) {
    throw new TypeError(`The \`${optionName}\` option must not be an array of both readable and writable values.`);
  }
  return directions.find(Boolean) ?? DEFAULT_DIRECTION;
};
var getStdioItemDirection = ({ type, value }, fdNumber) => KNOWN_DIRECTIONS[fdNumber] ?? guessStreamDirection[type](value);
var KNOWN_DIRECTIONS = ["input", "output", "output"];
var anyDirection = () => void 0;
var alwaysInput = () => "input";
var guessStreamDirection = {
  generator: anyDirection,
  asyncGenerator: anyDirection,
  fileUrl: anyDirection,
  filePath: anyDirection,
  iterable: alwaysInput,
  asyncIterable: alwaysInput,
  uint8Array: alwaysInput,
  webStream: (value) => isWritableStream2(value) ? "output" : "input",
  nodeStream(value) {
    if (!isReadableStream(value, { checkOpen: false })) {
      return "output";
    }
    return isWritableStream(value, { checkOpen: false }) ? void 0 : "input";
  },
  webTransform: anyDirection,
  duplex: anyDirection,
  native(value) {
    const standardStreamDirection = getStandardStreamDirection(value);
    if (standardStreamDirection !== void 0) {
      return standardStreamDirection;
    }
    if (isStream(value, { checkOpen: false })) {
      return guessStreamDirection.nodeStream(value);
    }
  }
};
var getStandardStreamDirection = (value) => {
  if ([0, process7.stdin].includes(value)) {
    return "input";
  }
  if ([1, 2, process7.stdout, process7.stderr].includes(value)) {
    return "output";
  }
};
var DEFAULT_DIRECTION = "output";

// node_modules/execa/lib/ipc/array.js
var normalizeIpcStdioArray = (stdioArray, ipc) => ipc && !stdioArray.includes("ipc") ? [...stdioArray, "ipc"] : stdioArray;

// node_modules/execa/lib/stdio/stdio-option.js
var normalizeStdioOption = ({ stdio, ipc, buffer, ...options }, verboseInfo, isSync) => {
  const stdioArray = getStdioArray(stdio, options).map((stdioOption, fdNumber) => addDefaultValue2(stdioOption, fdNumber));
  return isSync ? normalizeStdioSync(stdioArray, buffer, verboseInfo) : normalizeIpcStdioArray(stdioArray, ipc);
};
var getStdioArray = (stdio, options) => {
  if (stdio === void 0) {
    return STANDARD_STREAMS_ALIASES.map((alias) => options[alias]);
  }
  if (hasAlias(options)) {
    throw new Error(`It's not possible to provide \`stdio\` in combination with one of ${STANDARD_STREAMS_ALIASES.map((alias) => `\`${alias}\``).join(", ")}`);
  }
  if (typeof stdio === "string") {
    return [stdio, stdio, stdio];
  }
  if (!Array.isArray(stdio)) {
    throw new TypeError(`Expected \`stdio\` to be of type \`string\` or \`Array\`, got \`${typeof stdio}\``);
  }
  const length = Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length);
  return Array.from({ length }, (_, fdNumber) => stdio[fdNumber]);
};
var hasAlias = (options) => STANDARD_STREAMS_ALIASES.some((alias) => options[alias] !== void 0);
var addDefaultValue2 = (stdioOption, fdNumber) => {
  if (Array.isArray(stdioOption)) {
    return stdioOption.map((item) => addDefaultValue2(item, fdNumber));
  }
  if (stdioOption === null || stdioOption === void 0) {
    return fdNumber >= STANDARD_STREAMS_ALIASES.length ? "ignore" : "pipe";
  }
  return stdioOption;
};
var normalizeStdioSync = (stdioArray, buffer, verboseInfo) => stdioArray.map((stdioOption, fdNumber) => !buffer[fdNumber] && fdNumber !== 0 && !isFullVerbose(verboseInfo, fdNumber) && isOutputPipeOnly(stdioOption) ? "ignore" : stdioOption);
var isOutputPipeOnly = (stdioOption) => stdioOption === "pipe" || Array.isArray(stdioOption) && stdioOption.every((item) => item === "pipe");

// node_modules/execa/lib/stdio/native.js
import { readFileSync as readFileSync2 } from "node:fs";
import tty2 from "node:tty";
var handleNativeStream = ({ stdioItem, stdioItem: { type }, isStdioArray, fdNumber, direction, isSync }) => {
  if (!isStdioArray || type !== "native") {
    return stdioItem;
  }
  return isSync ? handleNativeStreamSync({ stdioItem, fdNumber, direction }) : handleNativeStreamAsync({ stdioItem, fdNumber });
};
var handleNativeStreamSync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber, direction }) => {
  const targetFd = getTargetFd({
    value,
    optionName,
    fdNumber,
    direction
  });
  if (targetFd !== void 0) {
    return targetFd;
  }
  if (isStream(value, { checkOpen: false })) {
    throw new TypeError(`The \`${optionName}: Stream\` option cannot both be an array and include a stream with synchronous methods.`);
  }
  return stdioItem;
};
var getTargetFd = ({ value, optionName, fdNumber, direction }) => {
  const targetFdNumber = getTargetFdNumber(value, fdNumber);
  if (targetFdNumber === void 0) {
    return;
  }
  if (direction === "output") {
    return { type: "fileNumber", value: targetFdNumber, optionName };
  }
  if (tty2.isatty(targetFdNumber)) {
    throw new TypeError(`The \`${optionName}: ${serializeOptionValue(value)}\` option is invalid: it cannot be a TTY with synchronous methods.`);
  }
  return { type: "uint8Array", value: bufferToUint8Array(readFileSync2(targetFdNumber)), optionName };
};
var getTargetFdNumber = (value, fdNumber) => {
  if (value === "inherit") {
    return fdNumber;
  }
  if (typeof value === "number") {
    return value;
  }
  const standardStreamIndex = STANDARD_STREAMS.indexOf(value);
  if (standardStreamIndex !== -1) {
    return standardStreamIndex;
  }
};
var handleNativeStreamAsync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber }) => {
  if (value === "inherit") {
    return { type: "nodeStream", value: getStandardStream(fdNumber, value, optionName), optionName };
  }
  if (typeof value === "number") {
    return { type: "nodeStream", value: getStandardStream(value, value, optionName), optionName };
  }
  if (isStream(value, { checkOpen: false })) {
    return { type: "nodeStream", value, optionName };
  }
  return stdioItem;
};
var getStandardStream = (fdNumber, value, optionName) => {
  const standardStream = STANDARD_STREAMS[fdNumber];
  if (standardStream === void 0) {
    throw new TypeError(`The \`${optionName}: ${value}\` option is invalid: no such standard stream.`);
  }
  return standardStream;
};

// node_modules/execa/lib/stdio/input-option.js
var handleInputOptions = ({ input, inputFile }, fdNumber) => fdNumber === 0 ? [
  ...handleInputOption(input),
  ...handleInputFileOption(inputFile)
] : [];
var handleInputOption = (input) => input === void 0 ? [] : [{
  type: getInputType(input),
  value: input,
  optionName: "input"
}];
var getInputType = (input) => {
  if (isReadableStream(input, { checkOpen: false })) {
    return "nodeStream";
  }
  if (typeof input === "string") {
    return "string";
  }
  if (isUint8Array(input)) {
    return "uint8Array";
  }
  throw new Error("The `input` option must be a string, a Uint8Array or a Node.js Readable stream.");
};
var handleInputFileOption = (inputFile) => inputFile === void 0 ? [] : [{
  ...getInputFileType(inputFile),
  optionName: "inputFile"
}];
var getInputFileType = (inputFile) => {
  if (isUrl(inputFile)) {
    return { type: "fileUrl", value: inputFile };
  }
  if (isFilePathString(inputFile)) {
    return { type: "filePath", value: { file: inputFile } };
  }
  throw new Error("The `inputFile` option must be a file path string or a file URL.");
};

// node_modules/execa/lib/stdio/duplicate.js
var filterDuplicates = (stdioItems) => stdioItems.filter((stdioItemOne, indexOne) => stdioItems.every((stdioItemTwo, indexTwo) => stdioItemOne.value !== stdioItemTwo.value || indexOne >= indexTwo || stdioItemOne.type === "generator" || stdioItemOne.type === "asyncGenerator"));
var getDuplicateStream = ({ stdioItem: { type, value, optionName }, direction, fileDescriptors, isSync }) => {
  const otherStdioItems = getOtherStdioItems(fileDescriptors, type);
  if (otherStdioItems.length === 0) {
    return;
  }
  if (isSync) {
    validateDuplicateStreamSync({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
    return;
  }
  if (SPECIAL_DUPLICATE_TYPES.has(type)) {
    return getDuplicateStreamInstance({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
  }
  if (FORBID_DUPLICATE_TYPES.has(type)) {
    validateDuplicateTransform({
      otherStdioItems,
      type,
      value,
      optionName
    });
  }
};
var getOtherStdioItems = (fileDescriptors, type) => fileDescriptors.flatMap(({ direction, stdioItems }) => stdioItems.filter((stdioItem) => stdioItem.type === type).map(((stdioItem) => ({ ...stdioItem, direction }))));
var validateDuplicateStreamSync = ({ otherStdioItems, type, value, optionName, direction }) => {
  if (SPECIAL_DUPLICATE_TYPES_SYNC.has(type)) {
    getDuplicateStreamInstance({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
  }
};
var getDuplicateStreamInstance = ({ otherStdioItems, type, value, optionName, direction }) => {
  const duplicateStdioItems = otherStdioItems.filter((stdioItem) => hasSameValue(stdioItem, value));
  if (duplicateStdioItems.length === 0) {
    return;
  }
  const differentStdioItem = duplicateStdioItems.find((stdioItem) => stdioItem.direction !== direction);
  throwOnDuplicateStream(differentStdioItem, optionName, type);
  return direction === "output" ? duplicateStdioItems[0].stream : void 0;
};
var hasSameValue = ({ type, value }, secondValue) => {
  if (type === "filePath") {
    return value.file === secondValue.file;
  }
  if (type === "fileUrl") {
    return value.href === secondValue.href;
  }
  return value === secondValue;
};
var validateDuplicateTransform = ({ otherStdioItems, type, value, optionName }) => {
  const duplicateStdioItem = otherStdioItems.find(({ value: { transform } }) => transform === value.transform);
  throwOnDuplicateStream(duplicateStdioItem, optionName, type);
};
var throwOnDuplicateStream = (stdioItem, optionName, type) => {
  if (stdioItem !== void 0) {
    throw new TypeError(`The \`${stdioItem.optionName}\` and \`${optionName}\` options must not target ${TYPE_TO_MESSAGE[type]} that is the same.`);
  }
};

// node_modules/execa/lib/stdio/handle.js
var handleStdio = (addProperties3, options, verboseInfo, isSync) => {
  const stdio = normalizeStdioOption(options, verboseInfo, isSync);
  const initialFileDescriptors = stdio.map((stdioOption, fdNumber) => getFileDescriptor({
    stdioOption,
    fdNumber,
    options,
    isSync
  }));
  const fileDescriptors = getFinalFileDescriptors({
    initialFileDescriptors,
    addProperties: addProperties3,
    options,
    isSync
  });
  options.stdio = fileDescriptors.map(({ stdioItems }) => forwardStdio(stdioItems));
  return fileDescriptors;
};
var getFileDescriptor = ({ stdioOption, fdNumber, options, isSync }) => {
  const optionName = getStreamName(fdNumber);
  const { stdioItems: initialStdioItems, isStdioArray } = initializeStdioItems({
    stdioOption,
    fdNumber,
    options,
    optionName
  });
  const direction = getStreamDirection(initialStdioItems, fdNumber, optionName);
  const stdioItems = initialStdioItems.map((stdioItem) => handleNativeStream({
    stdioItem,
    isStdioArray,
    fdNumber,
    direction,
    isSync
  }));
  const normalizedStdioItems = normalizeTransforms(stdioItems, optionName, direction, options);
  const objectMode = getFdObjectMode(normalizedStdioItems, direction);
  validateFileObjectMode(normalizedStdioItems, objectMode);
  return { direction, objectMode, stdioItems: normalizedStdioItems };
};
var initializeStdioItems = ({ stdioOption, fdNumber, options, optionName }) => {
  const values = Array.isArray(stdioOption) ? stdioOption : [stdioOption];
  const initialStdioItems = [
    ...values.map((value) => initializeStdioItem(value, optionName)),
    ...handleInputOptions(options, fdNumber)
  ];
  const stdioItems = filterDuplicates(initialStdioItems);
  const isStdioArray = stdioItems.length > 1;
  validateStdioArray(stdioItems, isStdioArray, optionName);
  validateStreams(stdioItems);
  return { stdioItems, isStdioArray };
};
var initializeStdioItem = (value, optionName) => ({
  type: getStdioItemType(value, optionName),
  value,
  optionName
});
var validateStdioArray = (stdioItems, isStdioArray, optionName) => {
  if (stdioItems.length === 0) {
    throw new TypeError(`The \`${optionName}\` option must not be an empty array.`);
  }
  if (!isStdioArray) {
    return;
  }
  for (const { value, optionName: optionName2 } of stdioItems) {
    if (INVALID_STDIO_ARRAY_OPTIONS.has(value)) {
      throw new Error(`The \`${optionName2}\` option must not include \`${value}\`.`);
    }
  }
};
var INVALID_STDIO_ARRAY_OPTIONS = /* @__PURE__ */ new Set(["ignore", "ipc"]);
var validateStreams = (stdioItems) => {
  for (const stdioItem of stdioItems) {
    validateFileStdio(stdioItem);
  }
};
var validateFileStdio = ({ type, value, optionName }) => {
  if (isRegularUrl(value)) {
    throw new TypeError(`The \`${optionName}: URL\` option must use the \`file:\` scheme.
For example, you can use the \`pathToFileURL()\` method of the \`url\` core module.`);
  }
  if (isUnknownStdioString(type, value)) {
    throw new TypeError(`The \`${optionName}: { file: '...' }\` option must be used instead of \`${optionName}: '...'\`.`);
  }
};
var validateFileObjectMode = (stdioItems, objectMode) => {
  if (!objectMode) {
    return;
  }
  const fileStdioItem = stdioItems.find(({ type }) => FILE_TYPES.has(type));
  if (fileStdioItem !== void 0) {
    throw new TypeError(`The \`${fileStdioItem.optionName}\` option cannot use both files and transforms in objectMode.`);
  }
};
var getFinalFileDescriptors = ({ initialFileDescriptors, addProperties: addProperties3, options, isSync }) => {
  const fileDescriptors = [];
  try {
    for (const fileDescriptor of initialFileDescriptors) {
      fileDescriptors.push(getFinalFileDescriptor({
        fileDescriptor,
        fileDescriptors,
        addProperties: addProperties3,
        options,
        isSync
      }));
    }
    return fileDescriptors;
  } catch (error) {
    cleanupCustomStreams(fileDescriptors);
    throw error;
  }
};
var getFinalFileDescriptor = ({
  fileDescriptor: { direction, objectMode, stdioItems },
  fileDescriptors,
  addProperties: addProperties3,
  options,
  isSync
}) => {
  const finalStdioItems = stdioItems.map((stdioItem) => addStreamProperties({
    stdioItem,
    addProperties: addProperties3,
    direction,
    options,
    fileDescriptors,
    isSync
  }));
  return { direction, objectMode, stdioItems: finalStdioItems };
};
var addStreamProperties = ({ stdioItem, addProperties: addProperties3, direction, options, fileDescriptors, isSync }) => {
  const duplicateStream = getDuplicateStream({
    stdioItem,
    direction,
    fileDescriptors,
    isSync
  });
  if (duplicateStream !== void 0) {
    return { ...stdioItem, stream: duplicateStream };
  }
  return {
    ...stdioItem,
    ...addProperties3[direction][stdioItem.type](stdioItem, options)
  };
};
var cleanupCustomStreams = (fileDescriptors) => {
  for (const { stdioItems } of fileDescriptors) {
    for (const { stream } of stdioItems) {
      if (stream !== void 0 && !isStandardStream(stream)) {
        stream.destroy();
      }
    }
  }
};
var forwardStdio = (stdioItems) => {
  if (stdioItems.length > 1) {
    return stdioItems.some(({ value: value2 }) => value2 === "overlapped") ? "overlapped" : "pipe";
  }
  const [{ type, value }] = stdioItems;
  return type === "native" ? value : "pipe";
};

// node_modules/execa/lib/stdio/handle-sync.js
var handleStdioSync = (options, verboseInfo) => handleStdio(addPropertiesSync, options, verboseInfo, true);
var forbiddenIfSync = ({ type, optionName }) => {
  throwInvalidSyncValue(optionName, TYPE_TO_MESSAGE[type]);
};
var forbiddenNativeIfSync = ({ optionName, value }) => {
  if (value === "ipc" || value === "overlapped") {
    throwInvalidSyncValue(optionName, `"${value}"`);
  }
  return {};
};
var throwInvalidSyncValue = (optionName, value) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${value} with synchronous methods.`);
};
var addProperties = {
  generator() {
  },
  asyncGenerator: forbiddenIfSync,
  webStream: forbiddenIfSync,
  nodeStream: forbiddenIfSync,
  webTransform: forbiddenIfSync,
  duplex: forbiddenIfSync,
  asyncIterable: forbiddenIfSync,
  native: forbiddenNativeIfSync
};
var addPropertiesSync = {
  input: {
    ...addProperties,
    fileUrl: ({ value }) => ({ contents: [bufferToUint8Array(readFileSync3(value))] }),
    filePath: ({ value: { file } }) => ({ contents: [bufferToUint8Array(readFileSync3(file))] }),
    fileNumber: forbiddenIfSync,
    iterable: ({ value }) => ({ contents: [...value] }),
    string: ({ value }) => ({ contents: [value] }),
    uint8Array: ({ value }) => ({ contents: [value] })
  },
  output: {
    ...addProperties,
    fileUrl: ({ value }) => ({ path: value }),
    filePath: ({ value: { file, append } }) => ({ path: file, append }),
    fileNumber: ({ value }) => ({ path: value }),
    iterable: forbiddenIfSync,
    string: forbiddenIfSync,
    uint8Array: forbiddenIfSync
  }
};

// node_modules/execa/lib/io/strip-newline.js
var stripNewline = (value, { stripFinalNewline: stripFinalNewline2 }, fdNumber) => getStripFinalNewline(stripFinalNewline2, fdNumber) && value !== void 0 && !Array.isArray(value) ? stripFinalNewline(value) : value;
var getStripFinalNewline = (stripFinalNewline2, fdNumber) => fdNumber === "all" ? stripFinalNewline2[1] || stripFinalNewline2[2] : stripFinalNewline2[fdNumber];

// node_modules/execa/lib/transform/generator.js
import { Transform, getDefaultHighWaterMark } from "node:stream";

// node_modules/execa/lib/transform/split.js
var getSplitLinesGenerator = (binary, preserveNewlines, skipped, state) => binary || skipped ? void 0 : initializeSplitLines(preserveNewlines, state);
var splitLinesSync = (chunk, preserveNewlines, objectMode) => objectMode ? chunk.flatMap((item) => splitLinesItemSync(item, preserveNewlines)) : splitLinesItemSync(chunk, preserveNewlines);
var splitLinesItemSync = (chunk, preserveNewlines) => {
  const { transform, final } = initializeSplitLines(preserveNewlines, {});
  return [...transform(chunk), ...final()];
};
var initializeSplitLines = (preserveNewlines, state) => {
  state.previousChunks = "";
  return {
    transform: splitGenerator.bind(void 0, state, preserveNewlines),
    final: linesFinal.bind(void 0, state)
  };
};
var splitGenerator = function* (state, preserveNewlines, chunk) {
  if (typeof chunk !== "string") {
    yield chunk;
    return;
  }
  let { previousChunks } = state;
  let start = -1;
  for (let end = 0; end < chunk.length; end += 1) {
    if (chunk[end] === "\n") {
      const newlineLength = getNewlineLength(chunk, end, preserveNewlines, state);
      let line = chunk.slice(start + 1, end + 1 - newlineLength);
      if (previousChunks.length > 0) {
        line = concatString(previousChunks, line);
        previousChunks = "";
      }
      yield line;
      start = end;
    }
  }
  if (start !== chunk.length - 1) {
    previousChunks = concatString(previousChunks, chunk.slice(start + 1));
  }
  state.previousChunks = previousChunks;
};
var getNewlineLength = (chunk, end, preserveNewlines, state) => {
  if (preserveNewlines) {
    return 0;
  }
  state.isWindowsNewline = end !== 0 && chunk[end - 1] === "\r";
  return state.isWindowsNewline ? 2 : 1;
};
var linesFinal = function* ({ previousChunks }) {
  if (previousChunks.length > 0) {
    yield previousChunks;
  }
};
var getAppendNewlineGenerator = ({ binary, preserveNewlines, readableObjectMode, state }) => binary || preserveNewlines || readableObjectMode ? void 0 : { transform: appendNewlineGenerator.bind(void 0, state) };
var appendNewlineGenerator = function* ({ isWindowsNewline = false }, chunk) {
  const { unixNewline, windowsNewline, LF: LF2, concatBytes } = typeof chunk === "string" ? linesStringInfo : linesUint8ArrayInfo;
  if (chunk.at(-1) === LF2) {
    yield chunk;
    return;
  }
  const newline = isWindowsNewline ? windowsNewline : unixNewline;
  yield concatBytes(chunk, newline);
};
var concatString = (firstChunk, secondChunk) => `${firstChunk}${secondChunk}`;
var linesStringInfo = {
  windowsNewline: "\r\n",
  unixNewline: "\n",
  LF: "\n",
  concatBytes: concatString
};
var concatUint8Array = (firstChunk, secondChunk) => {
  const chunk = new Uint8Array(firstChunk.length + secondChunk.length);
  chunk.set(firstChunk, 0);
  chunk.set(secondChunk, firstChunk.length);
  return chunk;
};
var linesUint8ArrayInfo = {
  windowsNewline: new Uint8Array([13, 10]),
  unixNewline: new Uint8Array([10]),
  LF: 10,
  concatBytes: concatUint8Array
};

// node_modules/execa/lib/transform/validate.js
import { Buffer as Buffer2 } from "node:buffer";
var getValidateTransformInput = (writableObjectMode, optionName) => writableObjectMode ? void 0 : validateStringTransformInput.bind(void 0, optionName);
var validateStringTransformInput = function* (optionName, chunk) {
  if (typeof chunk !== "string" && !isUint8Array(chunk) && !Buffer2.isBuffer(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's transform must use "objectMode: true" to receive as input: ${typeof chunk}.`);
  }
  yield chunk;
};
var getValidateTransformReturn = (readableObjectMode, optionName) => readableObjectMode ? validateObjectTransformReturn.bind(void 0, optionName) : validateStringTransformReturn.bind(void 0, optionName);
var validateObjectTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  yield chunk;
};
var validateStringTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  if (typeof chunk !== "string" && !isUint8Array(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's function must yield a string or an Uint8Array, not ${typeof chunk}.`);
  }
  yield chunk;
};
var validateEmptyReturn = (optionName, chunk) => {
  if (chunk === null || chunk === void 0) {
    throw new TypeError(`The \`${optionName}\` option's function must not call \`yield ${chunk}\`.
Instead, \`yield\` should either be called with a value, or not be called at all. For example:
  if (condition) { yield value; }`);
  }
};

// node_modules/execa/lib/transform/encoding-transform.js
import { Buffer as Buffer3 } from "node:buffer";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";
var getEncodingTransformGenerator = (binary, encoding, skipped) => {
  if (skipped) {
    return;
  }
  if (binary) {
    return { transform: encodingUint8ArrayGenerator.bind(void 0, new TextEncoder()) };
  }
  const stringDecoder = new StringDecoder2(encoding);
  return {
    transform: encodingStringGenerator.bind(void 0, stringDecoder),
    final: encodingStringFinal.bind(void 0, stringDecoder)
  };
};
var encodingUint8ArrayGenerator = function* (textEncoder3, chunk) {
  if (Buffer3.isBuffer(chunk)) {
    yield bufferToUint8Array(chunk);
  } else if (typeof chunk === "string") {
    yield textEncoder3.encode(chunk);
  } else {
    yield chunk;
  }
};
var encodingStringGenerator = function* (stringDecoder, chunk) {
  yield isUint8Array(chunk) ? stringDecoder.write(chunk) : chunk;
};
var encodingStringFinal = function* (stringDecoder) {
  const lastChunk = stringDecoder.end();
  if (lastChunk !== "") {
    yield lastChunk;
  }
};

// node_modules/execa/lib/transform/run-async.js
import { callbackify } from "node:util";
var pushChunks = callbackify(async (getChunks, state, getChunksArguments, transformStream) => {
  state.currentIterable = getChunks(...getChunksArguments);
  try {
    for await (const chunk of state.currentIterable) {
      transformStream.push(chunk);
    }
  } finally {
    delete state.currentIterable;
  }
});
var transformChunk = async function* (chunk, generators, index) {
  if (index === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator } = generators[index];
  for await (const transformedChunk of transform(chunk)) {
    yield* transformChunk(transformedChunk, generators, index + 1);
  }
};
var finalChunks = async function* (generators) {
  for (const [index, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunks(final, Number(index), generators);
  }
};
var generatorFinalChunks = async function* (final, index, generators) {
  if (final === void 0) {
    return;
  }
  for await (const finalChunk of final()) {
    yield* transformChunk(finalChunk, generators, index + 1);
  }
};
var destroyTransform = callbackify(async ({ currentIterable }, error) => {
  if (currentIterable !== void 0) {
    await (error ? currentIterable.throw(error) : currentIterable.return());
    return;
  }
  if (error) {
    throw error;
  }
});
var identityGenerator = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/run-sync.js
var pushChunksSync = (getChunksSync, getChunksArguments, transformStream, done) => {
  try {
    for (const chunk of getChunksSync(...getChunksArguments)) {
      transformStream.push(chunk);
    }
    done();
  } catch (error) {
    done(error);
  }
};
var runTransformSync = (generators, chunks) => [
  ...chunks.flatMap((chunk) => [...transformChunkSync(chunk, generators, 0)]),
  ...finalChunksSync(generators)
];
var transformChunkSync = function* (chunk, generators, index) {
  if (index === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator2 } = generators[index];
  for (const transformedChunk of transform(chunk)) {
    yield* transformChunkSync(transformedChunk, generators, index + 1);
  }
};
var finalChunksSync = function* (generators) {
  for (const [index, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunksSync(final, Number(index), generators);
  }
};
var generatorFinalChunksSync = function* (final, index, generators) {
  if (final === void 0) {
    return;
  }
  for (const finalChunk of final()) {
    yield* transformChunkSync(finalChunk, generators, index + 1);
  }
};
var identityGenerator2 = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/generator.js
var generatorToStream = ({
  value,
  value: { transform, final, writableObjectMode, readableObjectMode },
  optionName
}, { encoding }) => {
  const state = {};
  const generators = addInternalGenerators(value, encoding, optionName);
  const transformAsync = isAsyncGenerator(transform);
  const finalAsync = isAsyncGenerator(final);
  const transformMethod = transformAsync ? pushChunks.bind(void 0, transformChunk, state) : pushChunksSync.bind(void 0, transformChunkSync);
  const finalMethod = transformAsync || finalAsync ? pushChunks.bind(void 0, finalChunks, state) : pushChunksSync.bind(void 0, finalChunksSync);
  const destroyMethod = transformAsync || finalAsync ? destroyTransform.bind(void 0, state) : void 0;
  const stream = new Transform({
    writableObjectMode,
    writableHighWaterMark: getDefaultHighWaterMark(writableObjectMode),
    readableObjectMode,
    readableHighWaterMark: getDefaultHighWaterMark(readableObjectMode),
    transform(chunk, encoding2, done) {
      transformMethod([chunk, generators, 0], this, done);
    },
    flush(done) {
      finalMethod([generators], this, done);
    },
    destroy: destroyMethod
  });
  return { stream };
};
var runGeneratorsSync = (chunks, stdioItems, encoding, isInput) => {
  const generators = stdioItems.filter(({ type }) => type === "generator");
  const reversedGenerators = isInput ? generators.reverse() : generators;
  for (const { value, optionName } of reversedGenerators) {
    const generators2 = addInternalGenerators(value, encoding, optionName);
    chunks = runTransformSync(generators2, chunks);
  }
  return chunks;
};
var addInternalGenerators = ({ transform, final, binary, writableObjectMode, readableObjectMode, preserveNewlines }, encoding, optionName) => {
  const state = {};
  return [
    { transform: getValidateTransformInput(writableObjectMode, optionName) },
    getEncodingTransformGenerator(binary, encoding, writableObjectMode),
    getSplitLinesGenerator(binary, preserveNewlines, writableObjectMode, state),
    { transform, final },
    { transform: getValidateTransformReturn(readableObjectMode, optionName) },
    getAppendNewlineGenerator({
      binary,
      preserveNewlines,
      readableObjectMode,
      state
    })
  ].filter(Boolean);
};

// node_modules/execa/lib/io/input-sync.js
var addInputOptionsSync = (fileDescriptors, options) => {
  for (const fdNumber of getInputFdNumbers(fileDescriptors)) {
    addInputOptionSync(fileDescriptors, fdNumber, options);
  }
};
var getInputFdNumbers = (fileDescriptors) => new Set(Object.entries(fileDescriptors).filter(([, { direction }]) => direction === "input").map(([fdNumber]) => Number(fdNumber)));
var addInputOptionSync = (fileDescriptors, fdNumber, options) => {
  const { stdioItems } = fileDescriptors[fdNumber];
  const allStdioItems = stdioItems.filter(({ contents }) => contents !== void 0);
  if (allStdioItems.length === 0) {
    return;
  }
  if (fdNumber !== 0) {
    const [{ type, optionName }] = allStdioItems;
    throw new TypeError(`Only the \`stdin\` option, not \`${optionName}\`, can be ${TYPE_TO_MESSAGE[type]} with synchronous methods.`);
  }
  const allContents = allStdioItems.map(({ contents }) => contents);
  const transformedContents = allContents.map((contents) => applySingleInputGeneratorsSync(contents, stdioItems));
  options.input = joinToUint8Array(transformedContents);
};
var applySingleInputGeneratorsSync = (contents, stdioItems) => {
  const newContents = runGeneratorsSync(contents, stdioItems, "utf8", true);
  validateSerializable(newContents);
  return joinToUint8Array(newContents);
};
var validateSerializable = (newContents) => {
  const invalidItem = newContents.find((item) => typeof item !== "string" && !isUint8Array(item));
  if (invalidItem !== void 0) {
    throw new TypeError(`The \`stdin\` option is invalid: when passing objects as input, a transform must be used to serialize them to strings or Uint8Arrays: ${invalidItem}.`);
  }
};

// node_modules/execa/lib/io/output-sync.js
import { writeFileSync, appendFileSync } from "node:fs";

// node_modules/execa/lib/verbose/output.js
var shouldLogOutput = ({ stdioItems, encoding, verboseInfo, fdNumber }) => fdNumber !== "all" && isFullVerbose(verboseInfo, fdNumber) && !BINARY_ENCODINGS.has(encoding) && fdUsesVerbose(fdNumber) && (stdioItems.some(({ type, value }) => type === "native" && PIPED_STDIO_VALUES.has(value)) || stdioItems.every(({ type }) => TRANSFORM_TYPES.has(type)));
var fdUsesVerbose = (fdNumber) => fdNumber === 1 || fdNumber === 2;
var PIPED_STDIO_VALUES = /* @__PURE__ */ new Set(["pipe", "overlapped"]);
var logLines = async (linesIterable, stream, fdNumber, verboseInfo) => {
  for await (const line of linesIterable) {
    if (!isPipingStream(stream)) {
      logLine(line, fdNumber, verboseInfo);
    }
  }
};
var logLinesSync = (linesArray, fdNumber, verboseInfo) => {
  for (const line of linesArray) {
    logLine(line, fdNumber, verboseInfo);
  }
};
var isPipingStream = (stream) => stream._readableState.pipes.length > 0;
var logLine = (line, fdNumber, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(line);
  verboseLog({
    type: "output",
    verboseMessage,
    fdNumber,
    verboseInfo
  });
};

// node_modules/execa/lib/io/output-sync.js
var transformOutputSync = ({ fileDescriptors, syncResult: { output }, options, isMaxBuffer, verboseInfo }) => {
  if (output === null) {
    return { output: Array.from({ length: 3 }) };
  }
  const state = {};
  const outputFiles = /* @__PURE__ */ new Set([]);
  const transformedOutput = output.map((result, fdNumber) => transformOutputResultSync({
    result,
    fileDescriptors,
    fdNumber,
    state,
    outputFiles,
    isMaxBuffer,
    verboseInfo
  }, options));
  return { output: transformedOutput, ...state };
};
var transformOutputResultSync = ({ result, fileDescriptors, fdNumber, state, outputFiles, isMaxBuffer, verboseInfo }, { buffer, encoding, lines, stripFinalNewline: stripFinalNewline2, maxBuffer }) => {
  if (result === null) {
    return;
  }
  const truncatedResult = truncateMaxBufferSync(result, isMaxBuffer, maxBuffer);
  const uint8ArrayResult = bufferToUint8Array(truncatedResult);
  const { stdioItems, objectMode } = fileDescriptors[fdNumber];
  const chunks = runOutputGeneratorsSync([uint8ArrayResult], stdioItems, encoding, state);
  const { serializedResult, finalResult = serializedResult } = serializeChunks({
    chunks,
    objectMode,
    encoding,
    lines,
    stripFinalNewline: stripFinalNewline2,
    fdNumber
  });
  logOutputSync({
    serializedResult,
    fdNumber,
    state,
    verboseInfo,
    encoding,
    stdioItems,
    objectMode
  });
  const returnedResult = buffer[fdNumber] ? finalResult : void 0;
  try {
    if (state.error === void 0) {
      writeToFiles(serializedResult, stdioItems, outputFiles);
    }
    return returnedResult;
  } catch (error) {
    state.error = error;
    return returnedResult;
  }
};
var runOutputGeneratorsSync = (chunks, stdioItems, encoding, state) => {
  try {
    return runGeneratorsSync(chunks, stdioItems, encoding, false);
  } catch (error) {
    state.error = error;
    return chunks;
  }
};
var serializeChunks = ({ chunks, objectMode, encoding, lines, stripFinalNewline: stripFinalNewline2, fdNumber }) => {
  if (objectMode) {
    return { serializedResult: chunks };
  }
  if (encoding === "buffer") {
    return { serializedResult: joinToUint8Array(chunks) };
  }
  const serializedResult = joinToString(chunks, encoding);
  if (lines[fdNumber]) {
    return { serializedResult, finalResult: splitLinesSync(serializedResult, !stripFinalNewline2[fdNumber], objectMode) };
  }
  return { serializedResult };
};
var logOutputSync = ({ serializedResult, fdNumber, state, verboseInfo, encoding, stdioItems, objectMode }) => {
  if (!shouldLogOutput({
    stdioItems,
    encoding,
    verboseInfo,
    fdNumber
  })) {
    return;
  }
  const linesArray = splitLinesSync(serializedResult, false, objectMode);
  try {
    logLinesSync(linesArray, fdNumber, verboseInfo);
  } catch (error) {
    state.error ??= error;
  }
};
var writeToFiles = (serializedResult, stdioItems, outputFiles) => {
  for (const { path: path16, append } of stdioItems.filter(({ type }) => FILE_TYPES.has(type))) {
    const pathString = typeof path16 === "string" ? path16 : path16.toString();
    if (append || outputFiles.has(pathString)) {
      appendFileSync(path16, serializedResult);
    } else {
      outputFiles.add(pathString);
      writeFileSync(path16, serializedResult);
    }
  }
};

// node_modules/execa/lib/resolve/all-sync.js
var getAllSync = ([, stdout, stderr], options) => {
  if (!options.all) {
    return;
  }
  if (stdout === void 0) {
    return stderr;
  }
  if (stderr === void 0) {
    return stdout;
  }
  if (Array.isArray(stdout)) {
    return Array.isArray(stderr) ? [...stdout, ...stderr] : [...stdout, stripNewline(stderr, options, "all")];
  }
  if (Array.isArray(stderr)) {
    return [stripNewline(stdout, options, "all"), ...stderr];
  }
  if (isUint8Array(stdout) && isUint8Array(stderr)) {
    return concatUint8Arrays([stdout, stderr]);
  }
  return `${stdout}${stderr}`;
};

// node_modules/execa/lib/resolve/exit-async.js
import { once as once4 } from "node:events";
var waitForExit = async (subprocess, context) => {
  const [exitCode, signal] = await waitForExitOrError(subprocess);
  context.isForcefullyTerminated ??= false;
  return [exitCode, signal];
};
var waitForExitOrError = async (subprocess) => {
  const [spawnPayload, exitPayload] = await Promise.allSettled([
    once4(subprocess, "spawn"),
    once4(subprocess, "exit")
  ]);
  if (spawnPayload.status === "rejected") {
    return [];
  }
  return exitPayload.status === "rejected" ? waitForSubprocessExit(subprocess) : exitPayload.value;
};
var waitForSubprocessExit = async (subprocess) => {
  try {
    return await once4(subprocess, "exit");
  } catch {
    return waitForSubprocessExit(subprocess);
  }
};
var waitForSuccessfulExit = async (exitPromise) => {
  const [exitCode, signal] = await exitPromise;
  if (!isSubprocessErrorExit(exitCode, signal) && isFailedExit(exitCode, signal)) {
    throw new DiscardedError();
  }
  return [exitCode, signal];
};
var isSubprocessErrorExit = (exitCode, signal) => exitCode === void 0 && signal === void 0;
var isFailedExit = (exitCode, signal) => exitCode !== 0 || signal !== null;

// node_modules/execa/lib/resolve/exit-sync.js
var getExitResultSync = ({ error, status: exitCode, signal, output }, { maxBuffer }) => {
  const resultError = getResultError(error, exitCode, signal);
  const timedOut = resultError?.code === "ETIMEDOUT";
  const isMaxBuffer = isMaxBufferSync(resultError, output, maxBuffer);
  return {
    resultError,
    exitCode,
    signal,
    timedOut,
    isMaxBuffer
  };
};
var getResultError = (error, exitCode, signal) => {
  if (error !== void 0) {
    return error;
  }
  return isFailedExit(exitCode, signal) ? new DiscardedError() : void 0;
};

// node_modules/execa/lib/methods/main-sync.js
var execaCoreSync = (rawFile, rawArguments, rawOptions) => {
  const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleSyncArguments(rawFile, rawArguments, rawOptions);
  const result = spawnSubprocessSync({
    file,
    commandArguments,
    options,
    command,
    escapedCommand,
    verboseInfo,
    fileDescriptors,
    startTime
  });
  return handleResult(result, verboseInfo, options);
};
var handleSyncArguments = (rawFile, rawArguments, rawOptions) => {
  const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
  const syncOptions = normalizeSyncOptions(rawOptions);
  const { file, commandArguments, options } = normalizeOptions(rawFile, rawArguments, syncOptions);
  validateSyncOptions(options);
  const fileDescriptors = handleStdioSync(options, verboseInfo);
  return {
    file,
    commandArguments,
    command,
    escapedCommand,
    startTime,
    verboseInfo,
    options,
    fileDescriptors
  };
};
var normalizeSyncOptions = (options) => options.node && !options.ipc ? { ...options, ipc: false } : options;
var validateSyncOptions = ({ ipc, ipcInput, detached, cancelSignal }) => {
  if (ipcInput) {
    throwInvalidSyncOption("ipcInput");
  }
  if (ipc) {
    throwInvalidSyncOption("ipc: true");
  }
  if (detached) {
    throwInvalidSyncOption("detached: true");
  }
  if (cancelSignal) {
    throwInvalidSyncOption("cancelSignal");
  }
};
var throwInvalidSyncOption = (value) => {
  throw new TypeError(`The "${value}" option cannot be used with synchronous methods.`);
};
var spawnSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, verboseInfo, fileDescriptors, startTime }) => {
  const syncResult = runSubprocessSync({
    file,
    commandArguments,
    options,
    command,
    escapedCommand,
    fileDescriptors,
    startTime
  });
  if (syncResult.failed) {
    return syncResult;
  }
  const { resultError, exitCode, signal, timedOut, isMaxBuffer } = getExitResultSync(syncResult, options);
  const { output, error = resultError } = transformOutputSync({
    fileDescriptors,
    syncResult,
    options,
    isMaxBuffer,
    verboseInfo
  });
  const stdio = output.map((stdioOutput, fdNumber) => stripNewline(stdioOutput, options, fdNumber));
  const all = stripNewline(getAllSync(output, options), options, "all");
  return getSyncResult({
    error,
    exitCode,
    signal,
    timedOut,
    isMaxBuffer,
    stdio,
    all,
    options,
    command,
    escapedCommand,
    startTime
  });
};
var runSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, fileDescriptors, startTime }) => {
  try {
    addInputOptionsSync(fileDescriptors, options);
    const normalizedOptions = normalizeSpawnSyncOptions(options);
    return spawnSync(...concatenateShell(file, commandArguments, normalizedOptions));
  } catch (error) {
    return makeEarlyError({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      isSync: true
    });
  }
};
var normalizeSpawnSyncOptions = ({ encoding, maxBuffer, ...options }) => ({ ...options, encoding: "buffer", maxBuffer: getMaxBufferSync(maxBuffer) });
var getSyncResult = ({ error, exitCode, signal, timedOut, isMaxBuffer, stdio, all, options, command, escapedCommand, startTime }) => error === void 0 ? makeSuccessResult({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput: [],
  options,
  startTime
}) : makeError({
  error,
  command,
  escapedCommand,
  timedOut,
  isCanceled: false,
  isGracefullyCanceled: false,
  isMaxBuffer,
  isForcefullyTerminated: false,
  exitCode,
  signal,
  stdio,
  all,
  ipcOutput: [],
  options,
  startTime,
  isSync: true
});

// node_modules/execa/lib/methods/main-async.js
import { setMaxListeners } from "node:events";
import { spawn } from "node:child_process";

// node_modules/execa/lib/ipc/methods.js
import process8 from "node:process";

// node_modules/execa/lib/ipc/get-one.js
import { once as once5, on as on2 } from "node:events";
var getOneMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true, filter } = {}) => {
  validateIpcMethod({
    methodName: "getOneMessage",
    isSubprocess,
    ipc,
    isConnected: isConnected(anyProcess)
  });
  return getOneMessageAsync({
    anyProcess,
    channel,
    isSubprocess,
    filter,
    reference
  });
};
var getOneMessageAsync = async ({ anyProcess, channel, isSubprocess, filter, reference }) => {
  addReference(channel, reference);
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const controller = new AbortController();
  try {
    return await Promise.race([
      getMessage(ipcEmitter, filter, controller),
      throwOnDisconnect2(ipcEmitter, isSubprocess, controller),
      throwOnStrictError(ipcEmitter, isSubprocess, controller)
    ]);
  } catch (error) {
    disconnect(anyProcess);
    throw error;
  } finally {
    controller.abort();
    removeReference(channel, reference);
  }
};
var getMessage = async (ipcEmitter, filter, { signal }) => {
  if (filter === void 0) {
    const [message] = await once5(ipcEmitter, "message", { signal });
    return message;
  }
  for await (const [message] of on2(ipcEmitter, "message", { signal })) {
    if (filter(message)) {
      return message;
    }
  }
};
var throwOnDisconnect2 = async (ipcEmitter, isSubprocess, { signal }) => {
  await once5(ipcEmitter, "disconnect", { signal });
  throwOnEarlyDisconnect(isSubprocess);
};
var throwOnStrictError = async (ipcEmitter, isSubprocess, { signal }) => {
  const [error] = await once5(ipcEmitter, "strict:error", { signal });
  throw getStrictResponseError(error, isSubprocess);
};

// node_modules/execa/lib/ipc/get-each.js
import { once as once6, on as on3 } from "node:events";
var getEachMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true } = {}) => loopOnMessages({
  anyProcess,
  channel,
  isSubprocess,
  ipc,
  shouldAwait: !isSubprocess,
  reference
});
var loopOnMessages = ({ anyProcess, channel, isSubprocess, ipc, shouldAwait, reference }) => {
  validateIpcMethod({
    methodName: "getEachMessage",
    isSubprocess,
    ipc,
    isConnected: isConnected(anyProcess)
  });
  addReference(channel, reference);
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const controller = new AbortController();
  const state = {};
  stopOnDisconnect(anyProcess, ipcEmitter, controller);
  abortOnStrictError({
    ipcEmitter,
    isSubprocess,
    controller,
    state
  });
  return iterateOnMessages({
    anyProcess,
    channel,
    ipcEmitter,
    isSubprocess,
    shouldAwait,
    controller,
    state,
    reference
  });
};
var stopOnDisconnect = async (anyProcess, ipcEmitter, controller) => {
  try {
    await once6(ipcEmitter, "disconnect", { signal: controller.signal });
    controller.abort();
  } catch {
  }
};
var abortOnStrictError = async ({ ipcEmitter, isSubprocess, controller, state }) => {
  try {
    const [error] = await once6(ipcEmitter, "strict:error", { signal: controller.signal });
    state.error = getStrictResponseError(error, isSubprocess);
    controller.abort();
  } catch {
  }
};
var iterateOnMessages = async function* ({ anyProcess, channel, ipcEmitter, isSubprocess, shouldAwait, controller, state, reference }) {
  try {
    for await (const [message] of on3(ipcEmitter, "message", { signal: controller.signal })) {
      throwIfStrictError(state);
      yield message;
    }
  } catch {
    throwIfStrictError(state);
  } finally {
    controller.abort();
    removeReference(channel, reference);
    if (!isSubprocess) {
      disconnect(anyProcess);
    }
    if (shouldAwait) {
      await anyProcess;
    }
  }
};
var throwIfStrictError = ({ error }) => {
  if (error) {
    throw error;
  }
};

// node_modules/execa/lib/ipc/methods.js
var addIpcMethods = (subprocess, { ipc }) => {
  Object.assign(subprocess, getIpcMethods(subprocess, false, ipc));
};
var getIpcExport = () => {
  const anyProcess = process8;
  const isSubprocess = true;
  const ipc = process8.channel !== void 0;
  return {
    ...getIpcMethods(anyProcess, isSubprocess, ipc),
    getCancelSignal: getCancelSignal.bind(void 0, {
      anyProcess,
      channel: anyProcess.channel,
      isSubprocess,
      ipc
    })
  };
};
var getIpcMethods = (anyProcess, isSubprocess, ipc) => ({
  sendMessage: sendMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  }),
  getOneMessage: getOneMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  }),
  getEachMessage: getEachMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  })
});

// node_modules/execa/lib/return/early-error.js
import { ChildProcess as ChildProcess2 } from "node:child_process";
import {
  PassThrough,
  Readable,
  Writable,
  Duplex
} from "node:stream";
var handleEarlyError = ({ error, command, escapedCommand, fileDescriptors, options, startTime, verboseInfo }) => {
  cleanupCustomStreams(fileDescriptors);
  const subprocess = new ChildProcess2();
  createDummyStreams(subprocess, fileDescriptors);
  Object.assign(subprocess, { readable, writable, duplex });
  const earlyError = makeEarlyError({
    error,
    command,
    escapedCommand,
    fileDescriptors,
    options,
    startTime,
    isSync: false
  });
  const promise = handleDummyPromise(earlyError, verboseInfo, options);
  return { subprocess, promise };
};
var createDummyStreams = (subprocess, fileDescriptors) => {
  const stdin = createDummyStream();
  const stdout = createDummyStream();
  const stderr = createDummyStream();
  const extraStdio = Array.from({ length: fileDescriptors.length - 3 }, createDummyStream);
  const all = createDummyStream();
  const stdio = [stdin, stdout, stderr, ...extraStdio];
  Object.assign(subprocess, {
    stdin,
    stdout,
    stderr,
    all,
    stdio
  });
};
var createDummyStream = () => {
  const stream = new PassThrough();
  stream.end();
  return stream;
};
var readable = () => new Readable({ read() {
} });
var writable = () => new Writable({ write() {
} });
var duplex = () => new Duplex({ read() {
}, write() {
} });
var handleDummyPromise = async (error, verboseInfo, options) => handleResult(error, verboseInfo, options);

// node_modules/execa/lib/stdio/handle-async.js
import { createReadStream, createWriteStream } from "node:fs";
import { Buffer as Buffer4 } from "node:buffer";
import { Readable as Readable2, Writable as Writable2, Duplex as Duplex2 } from "node:stream";
var handleStdioAsync = (options, verboseInfo) => handleStdio(addPropertiesAsync, options, verboseInfo, false);
var forbiddenIfAsync = ({ type, optionName }) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${TYPE_TO_MESSAGE[type]}.`);
};
var addProperties2 = {
  fileNumber: forbiddenIfAsync,
  generator: generatorToStream,
  asyncGenerator: generatorToStream,
  nodeStream: ({ value }) => ({ stream: value }),
  webTransform({ value: { transform, writableObjectMode, readableObjectMode } }) {
    const objectMode = writableObjectMode || readableObjectMode;
    const stream = Duplex2.fromWeb(transform, { objectMode });
    return { stream };
  },
  duplex: ({ value: { transform } }) => ({ stream: transform }),
  native() {
  }
};
var addPropertiesAsync = {
  input: {
    ...addProperties2,
    fileUrl: ({ value }) => ({ stream: createReadStream(value) }),
    filePath: ({ value: { file } }) => ({ stream: createReadStream(file) }),
    webStream: ({ value }) => ({ stream: Readable2.fromWeb(value) }),
    iterable: ({ value }) => ({ stream: Readable2.from(value) }),
    asyncIterable: ({ value }) => ({ stream: Readable2.from(value) }),
    string: ({ value }) => ({ stream: Readable2.from(value) }),
    uint8Array: ({ value }) => ({ stream: Readable2.from(Buffer4.from(value)) })
  },
  output: {
    ...addProperties2,
    fileUrl: ({ value }) => ({ stream: createWriteStream(value) }),
    filePath: ({ value: { file, append } }) => ({ stream: createWriteStream(file, append ? { flags: "a" } : {}) }),
    webStream: ({ value }) => ({ stream: Writable2.fromWeb(value) }),
    iterable: forbiddenIfAsync,
    asyncIterable: forbiddenIfAsync,
    string: forbiddenIfAsync,
    uint8Array: forbiddenIfAsync
  }
};

// node_modules/@sindresorhus/merge-streams/index.js
import { on as on4, once as once7 } from "node:events";
import { PassThrough as PassThroughStream, getDefaultHighWaterMark as getDefaultHighWaterMark2 } from "node:stream";
import { finished as finished2 } from "node:stream/promises";
function mergeStreams(streams) {
  if (!Array.isArray(streams)) {
    throw new TypeError(`Expected an array, got \`${typeof streams}\`.`);
  }
  for (const stream of streams) {
    validateStream(stream);
  }
  const objectMode = streams.some(({ readableObjectMode }) => readableObjectMode);
  const highWaterMark = getHighWaterMark(streams, objectMode);
  const passThroughStream = new MergedStream({
    objectMode,
    writableHighWaterMark: highWaterMark,
    readableHighWaterMark: highWaterMark
  });
  for (const stream of streams) {
    passThroughStream.add(stream);
  }
  return passThroughStream;
}
var getHighWaterMark = (streams, objectMode) => {
  if (streams.length === 0) {
    return getDefaultHighWaterMark2(objectMode);
  }
  const highWaterMarks = streams.filter(({ readableObjectMode }) => readableObjectMode === objectMode).map(({ readableHighWaterMark }) => readableHighWaterMark);
  return Math.max(...highWaterMarks);
};
var MergedStream = class extends PassThroughStream {
  #streams = /* @__PURE__ */ new Set([]);
  #ended = /* @__PURE__ */ new Set([]);
  #aborted = /* @__PURE__ */ new Set([]);
  #onFinished;
  #unpipeEvent = /* @__PURE__ */ Symbol("unpipe");
  #streamPromises = /* @__PURE__ */ new WeakMap();
  add(stream) {
    validateStream(stream);
    if (this.#streams.has(stream)) {
      return;
    }
    this.#streams.add(stream);
    this.#onFinished ??= onMergedStreamFinished(this, this.#streams, this.#unpipeEvent);
    const streamPromise = endWhenStreamsDone({
      passThroughStream: this,
      stream,
      streams: this.#streams,
      ended: this.#ended,
      aborted: this.#aborted,
      onFinished: this.#onFinished,
      unpipeEvent: this.#unpipeEvent
    });
    this.#streamPromises.set(stream, streamPromise);
    stream.pipe(this, { end: false });
  }
  async remove(stream) {
    validateStream(stream);
    if (!this.#streams.has(stream)) {
      return false;
    }
    const streamPromise = this.#streamPromises.get(stream);
    if (streamPromise === void 0) {
      return false;
    }
    this.#streamPromises.delete(stream);
    stream.unpipe(this);
    await streamPromise;
    return true;
  }
};
var onMergedStreamFinished = async (passThroughStream, streams, unpipeEvent) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_COUNT);
  const controller = new AbortController();
  try {
    await Promise.race([
      onMergedStreamEnd(passThroughStream, controller),
      onInputStreamsUnpipe(passThroughStream, streams, unpipeEvent, controller)
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_COUNT);
  }
};
var onMergedStreamEnd = async (passThroughStream, { signal }) => {
  try {
    await finished2(passThroughStream, { signal, cleanup: true });
  } catch (error) {
    errorOrAbortStream(passThroughStream, error);
    throw error;
  }
};
var onInputStreamsUnpipe = async (passThroughStream, streams, unpipeEvent, { signal }) => {
  for await (const [unpipedStream] of on4(passThroughStream, "unpipe", { signal })) {
    if (streams.has(unpipedStream)) {
      unpipedStream.emit(unpipeEvent);
    }
  }
};
var validateStream = (stream) => {
  if (typeof stream?.pipe !== "function") {
    throw new TypeError(`Expected a readable stream, got: \`${typeof stream}\`.`);
  }
};
var endWhenStreamsDone = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, onFinished, unpipeEvent }) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_PER_STREAM);
  const controller = new AbortController();
  try {
    await Promise.race([
      afterMergedStreamFinished(onFinished, stream, controller),
      onInputStreamEnd({
        passThroughStream,
        stream,
        streams,
        ended,
        aborted: aborted2,
        controller
      }),
      onInputStreamUnpipe({
        stream,
        streams,
        ended,
        aborted: aborted2,
        unpipeEvent,
        controller
      })
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_PER_STREAM);
  }
  if (streams.size > 0 && streams.size === ended.size + aborted2.size) {
    if (ended.size === 0 && aborted2.size > 0) {
      abortStream(passThroughStream);
    } else {
      endStream(passThroughStream);
    }
  }
};
var afterMergedStreamFinished = async (onFinished, stream, { signal }) => {
  try {
    await onFinished;
    if (!signal.aborted) {
      abortStream(stream);
    }
  } catch (error) {
    if (!signal.aborted) {
      errorOrAbortStream(stream, error);
    }
  }
};
var onInputStreamEnd = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, controller: { signal } }) => {
  try {
    await finished2(stream, {
      signal,
      cleanup: true,
      readable: true,
      writable: false
    });
    if (streams.has(stream)) {
      ended.add(stream);
    }
  } catch (error) {
    if (signal.aborted || !streams.has(stream)) {
      return;
    }
    if (isAbortError(error)) {
      aborted2.add(stream);
    } else {
      errorStream(passThroughStream, error);
    }
  }
};
var onInputStreamUnpipe = async ({ stream, streams, ended, aborted: aborted2, unpipeEvent, controller: { signal } }) => {
  await once7(stream, unpipeEvent, { signal });
  if (!stream.readable) {
    return once7(signal, "abort", { signal });
  }
  streams.delete(stream);
  ended.delete(stream);
  aborted2.delete(stream);
};
var endStream = (stream) => {
  if (stream.writable) {
    stream.end();
  }
};
var errorOrAbortStream = (stream, error) => {
  if (isAbortError(error)) {
    abortStream(stream);
  } else {
    errorStream(stream, error);
  }
};
var isAbortError = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var abortStream = (stream) => {
  if (stream.readable || stream.writable) {
    stream.destroy();
  }
};
var errorStream = (stream, error) => {
  if (!stream.destroyed) {
    stream.once("error", noop2);
    stream.destroy(error);
  }
};
var noop2 = () => {
};
var updateMaxListeners = (passThroughStream, increment2) => {
  const maxListeners = passThroughStream.getMaxListeners();
  if (maxListeners !== 0 && maxListeners !== Number.POSITIVE_INFINITY) {
    passThroughStream.setMaxListeners(maxListeners + increment2);
  }
};
var PASSTHROUGH_LISTENERS_COUNT = 2;
var PASSTHROUGH_LISTENERS_PER_STREAM = 1;

// node_modules/execa/lib/io/pipeline.js
import { finished as finished3 } from "node:stream/promises";
var pipeStreams = (source, destination) => {
  source.pipe(destination);
  onSourceFinish(source, destination);
  onDestinationFinish(source, destination);
};
var onSourceFinish = async (source, destination) => {
  if (isStandardStream(source) || isStandardStream(destination)) {
    return;
  }
  try {
    await finished3(source, { cleanup: true, readable: true, writable: false });
  } catch {
  }
  endDestinationStream(destination);
};
var endDestinationStream = (destination) => {
  if (destination.writable) {
    destination.end();
  }
};
var onDestinationFinish = async (source, destination) => {
  if (isStandardStream(source) || isStandardStream(destination)) {
    return;
  }
  try {
    await finished3(destination, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  abortSourceStream(source);
};
var abortSourceStream = (source) => {
  if (source.readable) {
    source.destroy();
  }
};

// node_modules/execa/lib/io/output-async.js
var pipeOutputAsync = (subprocess, fileDescriptors, controller) => {
  const pipeGroups = /* @__PURE__ */ new Map();
  for (const [fdNumber, { stdioItems, direction }] of Object.entries(fileDescriptors)) {
    for (const { stream } of stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type))) {
      pipeTransform(subprocess, stream, direction, fdNumber);
    }
    for (const { stream } of stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type))) {
      pipeStdioItem({
        subprocess,
        stream,
        direction,
        fdNumber,
        pipeGroups,
        controller
      });
    }
  }
  for (const [outputStream, inputStreams] of pipeGroups.entries()) {
    const inputStream = inputStreams.length === 1 ? inputStreams[0] : mergeStreams(inputStreams);
    pipeStreams(inputStream, outputStream);
  }
};
var pipeTransform = (subprocess, stream, direction, fdNumber) => {
  if (direction === "output") {
    pipeStreams(subprocess.stdio[fdNumber], stream);
  } else {
    pipeStreams(stream, subprocess.stdio[fdNumber]);
  }
  const streamProperty = SUBPROCESS_STREAM_PROPERTIES[fdNumber];
  if (streamProperty !== void 0) {
    subprocess[streamProperty] = stream;
  }
  subprocess.stdio[fdNumber] = stream;
};
var SUBPROCESS_STREAM_PROPERTIES = ["stdin", "stdout", "stderr"];
var pipeStdioItem = ({ subprocess, stream, direction, fdNumber, pipeGroups, controller }) => {
  if (stream === void 0) {
    return;
  }
  setStandardStreamMaxListeners(stream, controller);
  const [inputStream, outputStream] = direction === "output" ? [stream, subprocess.stdio[fdNumber]] : [subprocess.stdio[fdNumber], stream];
  const outputStreams = pipeGroups.get(inputStream) ?? [];
  pipeGroups.set(inputStream, [...outputStreams, outputStream]);
};
var setStandardStreamMaxListeners = (stream, { signal }) => {
  if (isStandardStream(stream)) {
    incrementMaxListeners(stream, MAX_LISTENERS_INCREMENT, signal);
  }
};
var MAX_LISTENERS_INCREMENT = 2;

// node_modules/execa/lib/terminate/cleanup.js
import { addAbortListener as addAbortListener2 } from "node:events";

// node_modules/signal-exit/dist/mjs/signals.js
var signals = [];
signals.push("SIGHUP", "SIGINT", "SIGTERM");
if (process.platform !== "win32") {
  signals.push(
    "SIGALRM",
    "SIGABRT",
    "SIGVTALRM",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGUSR2",
    "SIGTRAP",
    "SIGSYS",
    "SIGQUIT",
    "SIGIOT"
    // should detect profiler and enable/disable accordingly.
    // see #21
    // 'SIGPROF'
  );
}
if (process.platform === "linux") {
  signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
}

// node_modules/signal-exit/dist/mjs/index.js
var processOk = (process10) => !!process10 && typeof process10 === "object" && typeof process10.removeListener === "function" && typeof process10.emit === "function" && typeof process10.reallyExit === "function" && typeof process10.listeners === "function" && typeof process10.kill === "function" && typeof process10.pid === "number" && typeof process10.on === "function";
var kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
var global2 = globalThis;
var ObjectDefineProperty = Object.defineProperty.bind(Object);
var Emitter = class {
  emitted = {
    afterExit: false,
    exit: false
  };
  listeners = {
    afterExit: [],
    exit: []
  };
  count = 0;
  id = Math.random();
  constructor() {
    if (global2[kExitEmitter]) {
      return global2[kExitEmitter];
    }
    ObjectDefineProperty(global2, kExitEmitter, {
      value: this,
      writable: false,
      enumerable: false,
      configurable: false
    });
  }
  on(ev, fn) {
    this.listeners[ev].push(fn);
  }
  removeListener(ev, fn) {
    const list = this.listeners[ev];
    const i2 = list.indexOf(fn);
    if (i2 === -1) {
      return;
    }
    if (i2 === 0 && list.length === 1) {
      list.length = 0;
    } else {
      list.splice(i2, 1);
    }
  }
  emit(ev, code, signal) {
    if (this.emitted[ev]) {
      return false;
    }
    this.emitted[ev] = true;
    let ret = false;
    for (const fn of this.listeners[ev]) {
      ret = fn(code, signal) === true || ret;
    }
    if (ev === "exit") {
      ret = this.emit("afterExit", code, signal) || ret;
    }
    return ret;
  }
};
var SignalExitBase = class {
};
var signalExitWrap = (handler) => {
  return {
    onExit(cb, opts) {
      return handler.onExit(cb, opts);
    },
    load() {
      return handler.load();
    },
    unload() {
      return handler.unload();
    }
  };
};
var SignalExitFallback = class extends SignalExitBase {
  onExit() {
    return () => {
    };
  }
  load() {
  }
  unload() {
  }
};
var SignalExit = class extends SignalExitBase {
  // "SIGHUP" throws an `ENOSYS` error on Windows,
  // so use a supported signal instead
  /* c8 ignore start */
  #hupSig = process9.platform === "win32" ? "SIGINT" : "SIGHUP";
  /* c8 ignore stop */
  #emitter = new Emitter();
  #process;
  #originalProcessEmit;
  #originalProcessReallyExit;
  #sigListeners = {};
  #loaded = false;
  constructor(process10) {
    super();
    this.#process = process10;
    this.#sigListeners = {};
    for (const sig of signals) {
      this.#sigListeners[sig] = () => {
        const listeners = this.#process.listeners(sig);
        let { count: count3 } = this.#emitter;
        const p = process10;
        if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
          count3 += p.__signal_exit_emitter__.count;
        }
        if (listeners.length === count3) {
          this.unload();
          const ret = this.#emitter.emit("exit", null, sig);
          const s = sig === "SIGHUP" ? this.#hupSig : sig;
          if (!ret)
            process10.kill(process10.pid, s);
        }
      };
    }
    this.#originalProcessReallyExit = process10.reallyExit;
    this.#originalProcessEmit = process10.emit;
  }
  onExit(cb, opts) {
    if (!processOk(this.#process)) {
      return () => {
      };
    }
    if (this.#loaded === false) {
      this.load();
    }
    const ev = opts?.alwaysLast ? "afterExit" : "exit";
    this.#emitter.on(ev, cb);
    return () => {
      this.#emitter.removeListener(ev, cb);
      if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
        this.unload();
      }
    };
  }
  load() {
    if (this.#loaded) {
      return;
    }
    this.#loaded = true;
    this.#emitter.count += 1;
    for (const sig of signals) {
      try {
        const fn = this.#sigListeners[sig];
        if (fn)
          this.#process.on(sig, fn);
      } catch (_) {
      }
    }
    this.#process.emit = (ev, ...a2) => {
      return this.#processEmit(ev, ...a2);
    };
    this.#process.reallyExit = (code) => {
      return this.#processReallyExit(code);
    };
  }
  unload() {
    if (!this.#loaded) {
      return;
    }
    this.#loaded = false;
    signals.forEach((sig) => {
      const listener = this.#sigListeners[sig];
      if (!listener) {
        throw new Error("Listener not defined for signal: " + sig);
      }
      try {
        this.#process.removeListener(sig, listener);
      } catch (_) {
      }
    });
    this.#process.emit = this.#originalProcessEmit;
    this.#process.reallyExit = this.#originalProcessReallyExit;
    this.#emitter.count -= 1;
  }
  #processReallyExit(code) {
    if (!processOk(this.#process)) {
      return 0;
    }
    this.#process.exitCode = code || 0;
    this.#emitter.emit("exit", this.#process.exitCode, null);
    return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
  }
  #processEmit(ev, ...args) {
    const og = this.#originalProcessEmit;
    if (ev === "exit" && processOk(this.#process)) {
      if (typeof args[0] === "number") {
        this.#process.exitCode = args[0];
      }
      const ret = og.call(this.#process, ev, ...args);
      this.#emitter.emit("exit", this.#process.exitCode, null);
      return ret;
    } else {
      return og.call(this.#process, ev, ...args);
    }
  }
};
var process9 = globalThis.process;
var {
  /**
   * Called when the process is exiting, whether via signal, explicit
   * exit, or running out of stuff to do.
   *
   * If the global process object is not suitable for instrumentation,
   * then this will be a no-op.
   *
   * Returns a function that may be used to unload signal-exit.
   */
  onExit,
  /**
   * Load the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  load,
  /**
   * Unload the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  unload
} = signalExitWrap(processOk(process9) ? new SignalExit(process9) : new SignalExitFallback());

// node_modules/execa/lib/terminate/cleanup.js
var cleanupOnExit = (subprocess, { cleanup, detached }, { signal }) => {
  if (!cleanup || detached) {
    return;
  }
  const removeExitHandler = onExit(() => {
    subprocess.kill();
  });
  addAbortListener2(signal, () => {
    removeExitHandler();
  });
};

// node_modules/execa/lib/pipe/pipe-arguments.js
var normalizePipeArguments = ({ source, sourcePromise, boundOptions, createNested }, ...pipeArguments) => {
  const startTime = getStartTime();
  const {
    destination,
    destinationStream,
    destinationError,
    from,
    unpipeSignal
  } = getDestinationStream(boundOptions, createNested, pipeArguments);
  const { sourceStream, sourceError } = getSourceStream(source, from);
  const { options: sourceOptions, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
  return {
    sourcePromise,
    sourceStream,
    sourceOptions,
    sourceError,
    destination,
    destinationStream,
    destinationError,
    unpipeSignal,
    fileDescriptors,
    startTime
  };
};
var getDestinationStream = (boundOptions, createNested, pipeArguments) => {
  try {
    const {
      destination,
      pipeOptions: { from, to, unpipeSignal } = {}
    } = getDestination(boundOptions, createNested, ...pipeArguments);
    const destinationStream = getToStream(destination, to);
    return {
      destination,
      destinationStream,
      from,
      unpipeSignal
    };
  } catch (error) {
    return { destinationError: error };
  }
};
var getDestination = (boundOptions, createNested, firstArgument, ...pipeArguments) => {
  if (Array.isArray(firstArgument)) {
    const destination = createNested(mapDestinationArguments, boundOptions)(firstArgument, ...pipeArguments);
    return { destination, pipeOptions: boundOptions };
  }
  if (typeof firstArgument === "string" || firstArgument instanceof URL || isDenoExecPath(firstArgument)) {
    if (Object.keys(boundOptions).length > 0) {
      throw new TypeError('Please use .pipe("file", ..., options) or .pipe(execa("file", ..., options)) instead of .pipe(options)("file", ...).');
    }
    const [rawFile, rawArguments, rawOptions] = normalizeParameters(firstArgument, ...pipeArguments);
    const destination = createNested(mapDestinationArguments)(rawFile, rawArguments, rawOptions);
    return { destination, pipeOptions: rawOptions };
  }
  if (SUBPROCESS_OPTIONS.has(firstArgument)) {
    if (Object.keys(boundOptions).length > 0) {
      throw new TypeError("Please use .pipe(options)`command` or .pipe($(options)`command`) instead of .pipe(options)($`command`).");
    }
    return { destination: firstArgument, pipeOptions: pipeArguments[0] };
  }
  throw new TypeError(`The first argument must be a template string, an options object, or an Execa subprocess: ${firstArgument}`);
};
var mapDestinationArguments = ({ options }) => ({ options: { ...options, stdin: "pipe", piped: true } });
var getSourceStream = (source, from) => {
  try {
    const sourceStream = getFromStream(source, from);
    return { sourceStream };
  } catch (error) {
    return { sourceError: error };
  }
};

// node_modules/execa/lib/pipe/throw.js
var handlePipeArgumentsError = ({
  sourceStream,
  sourceError,
  destinationStream,
  destinationError,
  fileDescriptors,
  sourceOptions,
  startTime
}) => {
  const error = getPipeArgumentsError({
    sourceStream,
    sourceError,
    destinationStream,
    destinationError
  });
  if (error !== void 0) {
    throw createNonCommandError({
      error,
      fileDescriptors,
      sourceOptions,
      startTime
    });
  }
};
var getPipeArgumentsError = ({ sourceStream, sourceError, destinationStream, destinationError }) => {
  if (sourceError !== void 0 && destinationError !== void 0) {
    return destinationError;
  }
  if (destinationError !== void 0) {
    abortSourceStream(sourceStream);
    return destinationError;
  }
  if (sourceError !== void 0) {
    endDestinationStream(destinationStream);
    return sourceError;
  }
};
var createNonCommandError = ({ error, fileDescriptors, sourceOptions, startTime }) => makeEarlyError({
  error,
  command: PIPE_COMMAND_MESSAGE,
  escapedCommand: PIPE_COMMAND_MESSAGE,
  fileDescriptors,
  options: sourceOptions,
  startTime,
  isSync: false
});
var PIPE_COMMAND_MESSAGE = "source.pipe(destination)";

// node_modules/execa/lib/pipe/sequence.js
var waitForBothSubprocesses = async (subprocessPromises) => {
  const [
    { status: sourceStatus, reason: sourceReason, value: sourceResult = sourceReason },
    { status: destinationStatus, reason: destinationReason, value: destinationResult = destinationReason }
  ] = await subprocessPromises;
  if (!destinationResult.pipedFrom.includes(sourceResult)) {
    destinationResult.pipedFrom.push(sourceResult);
  }
  if (destinationStatus === "rejected") {
    throw destinationResult;
  }
  if (sourceStatus === "rejected") {
    throw sourceResult;
  }
  return destinationResult;
};

// node_modules/execa/lib/pipe/streaming.js
import { finished as finished4 } from "node:stream/promises";
var pipeSubprocessStream = (sourceStream, destinationStream, maxListenersController) => {
  const mergedStream = MERGED_STREAMS.has(destinationStream) ? pipeMoreSubprocessStream(sourceStream, destinationStream) : pipeFirstSubprocessStream(sourceStream, destinationStream);
  incrementMaxListeners(sourceStream, SOURCE_LISTENERS_PER_PIPE, maxListenersController.signal);
  incrementMaxListeners(destinationStream, DESTINATION_LISTENERS_PER_PIPE, maxListenersController.signal);
  cleanupMergedStreamsMap(destinationStream);
  return mergedStream;
};
var pipeFirstSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = mergeStreams([sourceStream]);
  pipeStreams(mergedStream, destinationStream);
  MERGED_STREAMS.set(destinationStream, mergedStream);
  return mergedStream;
};
var pipeMoreSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = MERGED_STREAMS.get(destinationStream);
  mergedStream.add(sourceStream);
  return mergedStream;
};
var cleanupMergedStreamsMap = async (destinationStream) => {
  try {
    await finished4(destinationStream, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  MERGED_STREAMS.delete(destinationStream);
};
var MERGED_STREAMS = /* @__PURE__ */ new WeakMap();
var SOURCE_LISTENERS_PER_PIPE = 2;
var DESTINATION_LISTENERS_PER_PIPE = 1;

// node_modules/execa/lib/pipe/abort.js
import { aborted } from "node:util";
var unpipeOnAbort = (unpipeSignal, unpipeContext) => unpipeSignal === void 0 ? [] : [unpipeOnSignalAbort(unpipeSignal, unpipeContext)];
var unpipeOnSignalAbort = async (unpipeSignal, { sourceStream, mergedStream, fileDescriptors, sourceOptions, startTime }) => {
  await aborted(unpipeSignal, sourceStream);
  await mergedStream.remove(sourceStream);
  const error = new Error("Pipe canceled by `unpipeSignal` option.");
  throw createNonCommandError({
    error,
    fileDescriptors,
    sourceOptions,
    startTime
  });
};

// node_modules/execa/lib/pipe/setup.js
var pipeToSubprocess = (sourceInfo, ...pipeArguments) => {
  if (isPlainObject(pipeArguments[0])) {
    return pipeToSubprocess.bind(void 0, {
      ...sourceInfo,
      boundOptions: { ...sourceInfo.boundOptions, ...pipeArguments[0] }
    });
  }
  const { destination, ...normalizedInfo } = normalizePipeArguments(sourceInfo, ...pipeArguments);
  const promise = handlePipePromise({ ...normalizedInfo, destination });
  promise.pipe = pipeToSubprocess.bind(void 0, {
    ...sourceInfo,
    source: destination,
    sourcePromise: promise,
    boundOptions: {}
  });
  return promise;
};
var handlePipePromise = async ({
  sourcePromise,
  sourceStream,
  sourceOptions,
  sourceError,
  destination,
  destinationStream,
  destinationError,
  unpipeSignal,
  fileDescriptors,
  startTime
}) => {
  const subprocessPromises = getSubprocessPromises(sourcePromise, destination);
  handlePipeArgumentsError({
    sourceStream,
    sourceError,
    destinationStream,
    destinationError,
    fileDescriptors,
    sourceOptions,
    startTime
  });
  const maxListenersController = new AbortController();
  try {
    const mergedStream = pipeSubprocessStream(sourceStream, destinationStream, maxListenersController);
    return await Promise.race([
      waitForBothSubprocesses(subprocessPromises),
      ...unpipeOnAbort(unpipeSignal, {
        sourceStream,
        mergedStream,
        sourceOptions,
        fileDescriptors,
        startTime
      })
    ]);
  } finally {
    maxListenersController.abort();
  }
};
var getSubprocessPromises = (sourcePromise, destination) => Promise.allSettled([sourcePromise, destination]);

// node_modules/execa/lib/io/contents.js
import { setImmediate as setImmediate2 } from "node:timers/promises";

// node_modules/execa/lib/io/iterate.js
import { on as on5 } from "node:events";
import { getDefaultHighWaterMark as getDefaultHighWaterMark3 } from "node:stream";
var iterateOnSubprocessStream = ({ subprocessStdout, subprocess, binary, shouldEncode, encoding, preserveNewlines }) => {
  const controller = new AbortController();
  stopReadingOnExit(subprocess, controller);
  return iterateOnStream({
    stream: subprocessStdout,
    controller,
    binary,
    shouldEncode: !subprocessStdout.readableObjectMode && shouldEncode,
    encoding,
    shouldSplit: !subprocessStdout.readableObjectMode,
    preserveNewlines
  });
};
var stopReadingOnExit = async (subprocess, controller) => {
  try {
    await subprocess;
  } catch {
  } finally {
    controller.abort();
  }
};
var iterateForResult = ({ stream, onStreamEnd, lines, encoding, stripFinalNewline: stripFinalNewline2, allMixed }) => {
  const controller = new AbortController();
  stopReadingOnStreamEnd(onStreamEnd, controller, stream);
  const objectMode = stream.readableObjectMode && !allMixed;
  return iterateOnStream({
    stream,
    controller,
    binary: encoding === "buffer",
    shouldEncode: !objectMode,
    encoding,
    shouldSplit: !objectMode && lines,
    preserveNewlines: !stripFinalNewline2
  });
};
var stopReadingOnStreamEnd = async (onStreamEnd, controller, stream) => {
  try {
    await onStreamEnd;
  } catch {
    stream.destroy();
  } finally {
    controller.abort();
  }
};
var iterateOnStream = ({ stream, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => {
  const onStdoutChunk = on5(stream, "data", {
    signal: controller.signal,
    highWaterMark: HIGH_WATER_MARK,
    // Backward compatibility with older name for this option
    // See https://github.com/nodejs/node/pull/52080#discussion_r1525227861
    // @todo Remove after removing support for Node 21
    highWatermark: HIGH_WATER_MARK
  });
  return iterateOnData({
    onStdoutChunk,
    controller,
    binary,
    shouldEncode,
    encoding,
    shouldSplit,
    preserveNewlines
  });
};
var DEFAULT_OBJECT_HIGH_WATER_MARK = getDefaultHighWaterMark3(true);
var HIGH_WATER_MARK = DEFAULT_OBJECT_HIGH_WATER_MARK;
var iterateOnData = async function* ({ onStdoutChunk, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) {
  const generators = getGenerators({
    binary,
    shouldEncode,
    encoding,
    shouldSplit,
    preserveNewlines
  });
  try {
    for await (const [chunk] of onStdoutChunk) {
      yield* transformChunkSync(chunk, generators, 0);
    }
  } catch (error) {
    if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    yield* finalChunksSync(generators);
  }
};
var getGenerators = ({ binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => [
  getEncodingTransformGenerator(binary, encoding, !shouldEncode),
  getSplitLinesGenerator(binary, preserveNewlines, !shouldSplit, {})
].filter(Boolean);

// node_modules/execa/lib/io/contents.js
var getStreamOutput = async ({ stream, onStreamEnd, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
  const logPromise = logOutputAsync({
    stream,
    onStreamEnd,
    fdNumber,
    encoding,
    allMixed,
    verboseInfo,
    streamInfo
  });
  if (!buffer) {
    await Promise.all([resumeStream(stream), logPromise]);
    return;
  }
  const stripFinalNewlineValue = getStripFinalNewline(stripFinalNewline2, fdNumber);
  const iterable = iterateForResult({
    stream,
    onStreamEnd,
    lines,
    encoding,
    stripFinalNewline: stripFinalNewlineValue,
    allMixed
  });
  const [output] = await Promise.all([
    getStreamContents2({
      stream,
      iterable,
      fdNumber,
      encoding,
      maxBuffer,
      lines
    }),
    logPromise
  ]);
  return output;
};
var logOutputAsync = async ({ stream, onStreamEnd, fdNumber, encoding, allMixed, verboseInfo, streamInfo: { fileDescriptors } }) => {
  if (!shouldLogOutput({
    stdioItems: fileDescriptors[fdNumber]?.stdioItems,
    encoding,
    verboseInfo,
    fdNumber
  })) {
    return;
  }
  const linesIterable = iterateForResult({
    stream,
    onStreamEnd,
    lines: true,
    encoding,
    stripFinalNewline: true,
    allMixed
  });
  await logLines(linesIterable, stream, fdNumber, verboseInfo);
};
var resumeStream = async (stream) => {
  await setImmediate2();
  if (stream.readableFlowing === null) {
    stream.resume();
  }
};
var getStreamContents2 = async ({ stream, stream: { readableObjectMode }, iterable, fdNumber, encoding, maxBuffer, lines }) => {
  try {
    if (readableObjectMode || lines) {
      return await getStreamAsArray(iterable, { maxBuffer });
    }
    if (encoding === "buffer") {
      return new Uint8Array(await getStreamAsArrayBuffer(iterable, { maxBuffer }));
    }
    return await getStreamAsString(iterable, { maxBuffer });
  } catch (error) {
    return handleBufferedData(handleMaxBuffer({
      error,
      stream,
      readableObjectMode,
      lines,
      encoding,
      fdNumber
    }));
  }
};
var getBufferedData = async (streamPromise) => {
  try {
    return await streamPromise;
  } catch (error) {
    return handleBufferedData(error);
  }
};
var handleBufferedData = ({ bufferedData }) => isArrayBuffer(bufferedData) ? new Uint8Array(bufferedData) : bufferedData;

// node_modules/execa/lib/resolve/wait-stream.js
import { finished as finished5 } from "node:stream/promises";
var waitForStream = async (stream, fdNumber, streamInfo, { isSameDirection, stopOnExit = false } = {}) => {
  const state = handleStdinDestroy(stream, streamInfo);
  const abortController = new AbortController();
  try {
    await Promise.race([
      ...stopOnExit ? [streamInfo.exitPromise] : [],
      finished5(stream, { cleanup: true, signal: abortController.signal })
    ]);
  } catch (error) {
    if (!state.stdinCleanedUp) {
      handleStreamError(error, fdNumber, streamInfo, isSameDirection);
    }
  } finally {
    abortController.abort();
  }
};
var handleStdinDestroy = (stream, { originalStreams: [originalStdin], subprocess }) => {
  const state = { stdinCleanedUp: false };
  if (stream === originalStdin) {
    spyOnStdinDestroy(stream, subprocess, state);
  }
  return state;
};
var spyOnStdinDestroy = (subprocessStdin, subprocess, state) => {
  const { _destroy } = subprocessStdin;
  subprocessStdin._destroy = (...destroyArguments) => {
    setStdinCleanedUp(subprocess, state);
    _destroy.call(subprocessStdin, ...destroyArguments);
  };
};
var setStdinCleanedUp = ({ exitCode, signalCode }, state) => {
  if (exitCode !== null || signalCode !== null) {
    state.stdinCleanedUp = true;
  }
};
var handleStreamError = (error, fdNumber, streamInfo, isSameDirection) => {
  if (!shouldIgnoreStreamError(error, fdNumber, streamInfo, isSameDirection)) {
    throw error;
  }
};
var shouldIgnoreStreamError = (error, fdNumber, streamInfo, isSameDirection = true) => {
  if (streamInfo.propagating) {
    return isStreamEpipe(error) || isStreamAbort(error);
  }
  streamInfo.propagating = true;
  return isInputFileDescriptor(streamInfo, fdNumber) === isSameDirection ? isStreamEpipe(error) : isStreamAbort(error);
};
var isInputFileDescriptor = ({ fileDescriptors }, fdNumber) => fdNumber !== "all" && fileDescriptors[fdNumber].direction === "input";
var isStreamAbort = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var isStreamEpipe = (error) => error?.code === "EPIPE";

// node_modules/execa/lib/resolve/stdio.js
var waitForStdioStreams = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => subprocess.stdio.map((stream, fdNumber) => waitForSubprocessStream({
  stream,
  fdNumber,
  encoding,
  buffer: buffer[fdNumber],
  maxBuffer: maxBuffer[fdNumber],
  lines: lines[fdNumber],
  allMixed: false,
  stripFinalNewline: stripFinalNewline2,
  verboseInfo,
  streamInfo
}));
var waitForSubprocessStream = async ({ stream, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
  if (!stream) {
    return;
  }
  const onStreamEnd = waitForStream(stream, fdNumber, streamInfo);
  if (isInputFileDescriptor(streamInfo, fdNumber)) {
    await onStreamEnd;
    return;
  }
  const [output] = await Promise.all([
    getStreamOutput({
      stream,
      onStreamEnd,
      fdNumber,
      encoding,
      buffer,
      maxBuffer,
      lines,
      allMixed,
      stripFinalNewline: stripFinalNewline2,
      verboseInfo,
      streamInfo
    }),
    onStreamEnd
  ]);
  return output;
};

// node_modules/execa/lib/resolve/all-async.js
var makeAllStream = ({ stdout, stderr }, { all }) => all && (stdout || stderr) ? mergeStreams([stdout, stderr].filter(Boolean)) : void 0;
var waitForAllStream = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => waitForSubprocessStream({
  ...getAllStream(subprocess, buffer),
  fdNumber: "all",
  encoding,
  maxBuffer: maxBuffer[1] + maxBuffer[2],
  lines: lines[1] || lines[2],
  allMixed: getAllMixed(subprocess),
  stripFinalNewline: stripFinalNewline2,
  verboseInfo,
  streamInfo
});
var getAllStream = ({ stdout, stderr, all }, [, bufferStdout, bufferStderr]) => {
  const buffer = bufferStdout || bufferStderr;
  if (!buffer) {
    return { stream: all, buffer };
  }
  if (!bufferStdout) {
    return { stream: stderr, buffer };
  }
  if (!bufferStderr) {
    return { stream: stdout, buffer };
  }
  return { stream: all, buffer };
};
var getAllMixed = ({ all, stdout, stderr }) => all && stdout && stderr && stdout.readableObjectMode !== stderr.readableObjectMode;

// node_modules/execa/lib/resolve/wait-subprocess.js
import { once as once8 } from "node:events";

// node_modules/execa/lib/verbose/ipc.js
var shouldLogIpc = (verboseInfo) => isFullVerbose(verboseInfo, "ipc");
var logIpcOutput = (message, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(message);
  verboseLog({
    type: "ipc",
    verboseMessage,
    fdNumber: "ipc",
    verboseInfo
  });
};

// node_modules/execa/lib/ipc/buffer-messages.js
var waitForIpcOutput = async ({
  subprocess,
  buffer: bufferArray,
  maxBuffer: maxBufferArray,
  ipc,
  ipcOutput,
  verboseInfo
}) => {
  if (!ipc) {
    return ipcOutput;
  }
  const isVerbose2 = shouldLogIpc(verboseInfo);
  const buffer = getFdSpecificValue(bufferArray, "ipc");
  const maxBuffer = getFdSpecificValue(maxBufferArray, "ipc");
  for await (const message of loopOnMessages({
    anyProcess: subprocess,
    channel: subprocess.channel,
    isSubprocess: false,
    ipc,
    shouldAwait: false,
    reference: true
  })) {
    if (buffer) {
      checkIpcMaxBuffer(subprocess, ipcOutput, maxBuffer);
      ipcOutput.push(message);
    }
    if (isVerbose2) {
      logIpcOutput(message, verboseInfo);
    }
  }
  return ipcOutput;
};
var getBufferedIpcOutput = async (ipcOutputPromise, ipcOutput) => {
  await Promise.allSettled([ipcOutputPromise]);
  return ipcOutput;
};

// node_modules/execa/lib/resolve/wait-subprocess.js
var waitForSubprocessResult = async ({
  subprocess,
  options: {
    encoding,
    buffer,
    maxBuffer,
    lines,
    timeoutDuration: timeout,
    cancelSignal,
    gracefulCancel,
    forceKillAfterDelay,
    stripFinalNewline: stripFinalNewline2,
    ipc,
    ipcInput
  },
  context,
  verboseInfo,
  fileDescriptors,
  originalStreams,
  onInternalError,
  controller
}) => {
  const exitPromise = waitForExit(subprocess, context);
  const streamInfo = {
    originalStreams,
    fileDescriptors,
    subprocess,
    exitPromise,
    propagating: false
  };
  const stdioPromises = waitForStdioStreams({
    subprocess,
    encoding,
    buffer,
    maxBuffer,
    lines,
    stripFinalNewline: stripFinalNewline2,
    verboseInfo,
    streamInfo
  });
  const allPromise = waitForAllStream({
    subprocess,
    encoding,
    buffer,
    maxBuffer,
    lines,
    stripFinalNewline: stripFinalNewline2,
    verboseInfo,
    streamInfo
  });
  const ipcOutput = [];
  const ipcOutputPromise = waitForIpcOutput({
    subprocess,
    buffer,
    maxBuffer,
    ipc,
    ipcOutput,
    verboseInfo
  });
  const originalPromises = waitForOriginalStreams(originalStreams, subprocess, streamInfo);
  const customStreamsEndPromises = waitForCustomStreamsEnd(fileDescriptors, streamInfo);
  try {
    return await Promise.race([
      Promise.all([
        {},
        waitForSuccessfulExit(exitPromise),
        Promise.all(stdioPromises),
        allPromise,
        ipcOutputPromise,
        sendIpcInput(subprocess, ipcInput),
        ...originalPromises,
        ...customStreamsEndPromises
      ]),
      onInternalError,
      throwOnSubprocessError(subprocess, controller),
      ...throwOnTimeout(subprocess, timeout, context, controller),
      ...throwOnCancel({
        subprocess,
        cancelSignal,
        gracefulCancel,
        context,
        controller
      }),
      ...throwOnGracefulCancel({
        subprocess,
        cancelSignal,
        gracefulCancel,
        forceKillAfterDelay,
        context,
        controller
      })
    ]);
  } catch (error) {
    context.terminationReason ??= "other";
    return Promise.all([
      { error },
      exitPromise,
      Promise.all(stdioPromises.map((stdioPromise) => getBufferedData(stdioPromise))),
      getBufferedData(allPromise),
      getBufferedIpcOutput(ipcOutputPromise, ipcOutput),
      Promise.allSettled(originalPromises),
      Promise.allSettled(customStreamsEndPromises)
    ]);
  }
};
var waitForOriginalStreams = (originalStreams, subprocess, streamInfo) => originalStreams.map((stream, fdNumber) => stream === subprocess.stdio[fdNumber] ? void 0 : waitForStream(stream, fdNumber, streamInfo));
var waitForCustomStreamsEnd = (fileDescriptors, streamInfo) => fileDescriptors.flatMap(({ stdioItems }, fdNumber) => stdioItems.filter(({ value, stream = value }) => isStream(stream, { checkOpen: false }) && !isStandardStream(stream)).map(({ type, value, stream = value }) => waitForStream(stream, fdNumber, streamInfo, {
  isSameDirection: TRANSFORM_TYPES.has(type),
  stopOnExit: type === "native"
})));
var throwOnSubprocessError = async (subprocess, { signal }) => {
  const [error] = await once8(subprocess, "error", { signal });
  throw error;
};

// node_modules/execa/lib/convert/concurrent.js
var initializeConcurrentStreams = () => ({
  readableDestroy: /* @__PURE__ */ new WeakMap(),
  writableFinal: /* @__PURE__ */ new WeakMap(),
  writableDestroy: /* @__PURE__ */ new WeakMap()
});
var addConcurrentStream = (concurrentStreams, stream, waitName) => {
  const weakMap = concurrentStreams[waitName];
  if (!weakMap.has(stream)) {
    weakMap.set(stream, []);
  }
  const promises = weakMap.get(stream);
  const promise = createDeferred();
  promises.push(promise);
  const resolve2 = promise.resolve.bind(promise);
  return { resolve: resolve2, promises };
};
var waitForConcurrentStreams = async ({ resolve: resolve2, promises }, subprocess) => {
  resolve2();
  const [isSubprocessExit] = await Promise.race([
    Promise.allSettled([true, subprocess]),
    Promise.all([false, ...promises])
  ]);
  return !isSubprocessExit;
};

// node_modules/execa/lib/convert/readable.js
import { Readable as Readable3 } from "node:stream";
import { callbackify as callbackify2 } from "node:util";

// node_modules/execa/lib/convert/shared.js
import { finished as finished6 } from "node:stream/promises";
var safeWaitForSubprocessStdin = async (subprocessStdin) => {
  if (subprocessStdin === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdin(subprocessStdin);
  } catch {
  }
};
var safeWaitForSubprocessStdout = async (subprocessStdout) => {
  if (subprocessStdout === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdout(subprocessStdout);
  } catch {
  }
};
var waitForSubprocessStdin = async (subprocessStdin) => {
  await finished6(subprocessStdin, { cleanup: true, readable: false, writable: true });
};
var waitForSubprocessStdout = async (subprocessStdout) => {
  await finished6(subprocessStdout, { cleanup: true, readable: true, writable: false });
};
var waitForSubprocess = async (subprocess, error) => {
  await subprocess;
  if (error) {
    throw error;
  }
};
var destroyOtherStream = (stream, isOpen, error) => {
  if (error && !isStreamAbort(error)) {
    stream.destroy(error);
  } else if (isOpen) {
    stream.destroy();
  }
};

// node_modules/execa/lib/convert/readable.js
var createReadable = ({ subprocess, concurrentStreams, encoding }, { from, binary: binaryOption = true, preserveNewlines = true } = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const readable2 = new Readable3({
    read,
    destroy: callbackify2(onReadableDestroy.bind(void 0, { subprocessStdout, subprocess, waitReadableDestroy })),
    highWaterMark: readableHighWaterMark,
    objectMode: readableObjectMode,
    encoding: readableEncoding
  });
  onStdoutFinished({
    subprocessStdout,
    onStdoutDataDone,
    readable: readable2,
    subprocess
  });
  return readable2;
};
var getSubprocessStdout = (subprocess, from, concurrentStreams) => {
  const subprocessStdout = getFromStream(subprocess, from);
  const waitReadableDestroy = addConcurrentStream(concurrentStreams, subprocessStdout, "readableDestroy");
  return { subprocessStdout, waitReadableDestroy };
};
var getReadableOptions = ({ readableEncoding, readableObjectMode, readableHighWaterMark }, binary) => binary ? { readableEncoding, readableObjectMode, readableHighWaterMark } : { readableEncoding, readableObjectMode: true, readableHighWaterMark: DEFAULT_OBJECT_HIGH_WATER_MARK };
var getReadableMethods = ({ subprocessStdout, subprocess, binary, encoding, preserveNewlines }) => {
  const onStdoutDataDone = createDeferred();
  const onStdoutData = iterateOnSubprocessStream({
    subprocessStdout,
    subprocess,
    binary,
    shouldEncode: !binary,
    encoding,
    preserveNewlines
  });
  return {
    read() {
      onRead(this, onStdoutData, onStdoutDataDone);
    },
    onStdoutDataDone
  };
};
var onRead = async (readable2, onStdoutData, onStdoutDataDone) => {
  try {
    const { value, done } = await onStdoutData.next();
    if (done) {
      onStdoutDataDone.resolve();
    } else {
      readable2.push(value);
    }
  } catch {
  }
};
var onStdoutFinished = async ({ subprocessStdout, onStdoutDataDone, readable: readable2, subprocess, subprocessStdin }) => {
  try {
    await waitForSubprocessStdout(subprocessStdout);
    await subprocess;
    await safeWaitForSubprocessStdin(subprocessStdin);
    await onStdoutDataDone;
    if (readable2.readable) {
      readable2.push(null);
    }
  } catch (error) {
    await safeWaitForSubprocessStdin(subprocessStdin);
    destroyOtherReadable(readable2, error);
  }
};
var onReadableDestroy = async ({ subprocessStdout, subprocess, waitReadableDestroy }, error) => {
  if (await waitForConcurrentStreams(waitReadableDestroy, subprocess)) {
    destroyOtherReadable(subprocessStdout, error);
    await waitForSubprocess(subprocess, error);
  }
};
var destroyOtherReadable = (stream, error) => {
  destroyOtherStream(stream, stream.readable, error);
};

// node_modules/execa/lib/convert/writable.js
import { Writable as Writable3 } from "node:stream";
import { callbackify as callbackify3 } from "node:util";
var createWritable = ({ subprocess, concurrentStreams }, { to } = {}) => {
  const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
  const writable2 = new Writable3({
    ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
    destroy: callbackify3(onWritableDestroy.bind(void 0, {
      subprocessStdin,
      subprocess,
      waitWritableFinal,
      waitWritableDestroy
    })),
    highWaterMark: subprocessStdin.writableHighWaterMark,
    objectMode: subprocessStdin.writableObjectMode
  });
  onStdinFinished(subprocessStdin, writable2);
  return writable2;
};
var getSubprocessStdin = (subprocess, to, concurrentStreams) => {
  const subprocessStdin = getToStream(subprocess, to);
  const waitWritableFinal = addConcurrentStream(concurrentStreams, subprocessStdin, "writableFinal");
  const waitWritableDestroy = addConcurrentStream(concurrentStreams, subprocessStdin, "writableDestroy");
  return { subprocessStdin, waitWritableFinal, waitWritableDestroy };
};
var getWritableMethods = (subprocessStdin, subprocess, waitWritableFinal) => ({
  write: onWrite.bind(void 0, subprocessStdin),
  final: callbackify3(onWritableFinal.bind(void 0, subprocessStdin, subprocess, waitWritableFinal))
});
var onWrite = (subprocessStdin, chunk, encoding, done) => {
  if (subprocessStdin.write(chunk, encoding)) {
    done();
  } else {
    subprocessStdin.once("drain", done);
  }
};
var onWritableFinal = async (subprocessStdin, subprocess, waitWritableFinal) => {
  if (await waitForConcurrentStreams(waitWritableFinal, subprocess)) {
    if (subprocessStdin.writable) {
      subprocessStdin.end();
    }
    await subprocess;
  }
};
var onStdinFinished = async (subprocessStdin, writable2, subprocessStdout) => {
  try {
    await waitForSubprocessStdin(subprocessStdin);
    if (writable2.writable) {
      writable2.end();
    }
  } catch (error) {
    await safeWaitForSubprocessStdout(subprocessStdout);
    destroyOtherWritable(writable2, error);
  }
};
var onWritableDestroy = async ({ subprocessStdin, subprocess, waitWritableFinal, waitWritableDestroy }, error) => {
  await waitForConcurrentStreams(waitWritableFinal, subprocess);
  if (await waitForConcurrentStreams(waitWritableDestroy, subprocess)) {
    destroyOtherWritable(subprocessStdin, error);
    await waitForSubprocess(subprocess, error);
  }
};
var destroyOtherWritable = (stream, error) => {
  destroyOtherStream(stream, stream.writable, error);
};

// node_modules/execa/lib/convert/duplex.js
import { Duplex as Duplex3 } from "node:stream";
import { callbackify as callbackify4 } from "node:util";
var createDuplex = ({ subprocess, concurrentStreams, encoding }, { from, to, binary: binaryOption = true, preserveNewlines = true } = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
  const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const duplex2 = new Duplex3({
    read,
    ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
    destroy: callbackify4(onDuplexDestroy.bind(void 0, {
      subprocessStdout,
      subprocessStdin,
      subprocess,
      waitReadableDestroy,
      waitWritableFinal,
      waitWritableDestroy
    })),
    readableHighWaterMark,
    writableHighWaterMark: subprocessStdin.writableHighWaterMark,
    readableObjectMode,
    writableObjectMode: subprocessStdin.writableObjectMode,
    encoding: readableEncoding
  });
  onStdoutFinished({
    subprocessStdout,
    onStdoutDataDone,
    readable: duplex2,
    subprocess,
    subprocessStdin
  });
  onStdinFinished(subprocessStdin, duplex2, subprocessStdout);
  return duplex2;
};
var onDuplexDestroy = async ({ subprocessStdout, subprocessStdin, subprocess, waitReadableDestroy, waitWritableFinal, waitWritableDestroy }, error) => {
  await Promise.all([
    onReadableDestroy({ subprocessStdout, subprocess, waitReadableDestroy }, error),
    onWritableDestroy({
      subprocessStdin,
      subprocess,
      waitWritableFinal,
      waitWritableDestroy
    }, error)
  ]);
};

// node_modules/execa/lib/convert/iterable.js
var createIterable = (subprocess, encoding, {
  from,
  binary: binaryOption = false,
  preserveNewlines = false
} = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const subprocessStdout = getFromStream(subprocess, from);
  const onStdoutData = iterateOnSubprocessStream({
    subprocessStdout,
    subprocess,
    binary,
    shouldEncode: true,
    encoding,
    preserveNewlines
  });
  return iterateOnStdoutData(onStdoutData, subprocessStdout, subprocess);
};
var iterateOnStdoutData = async function* (onStdoutData, subprocessStdout, subprocess) {
  try {
    yield* onStdoutData;
  } finally {
    if (subprocessStdout.readable) {
      subprocessStdout.destroy();
    }
    await subprocess;
  }
};

// node_modules/execa/lib/convert/add.js
var addConvertedStreams = (subprocess, { encoding }) => {
  const concurrentStreams = initializeConcurrentStreams();
  subprocess.readable = createReadable.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.writable = createWritable.bind(void 0, { subprocess, concurrentStreams });
  subprocess.duplex = createDuplex.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.iterable = createIterable.bind(void 0, subprocess, encoding);
  subprocess[Symbol.asyncIterator] = createIterable.bind(void 0, subprocess, encoding, {});
};

// node_modules/execa/lib/methods/promise.js
var mergePromise = (subprocess, promise) => {
  for (const [property, descriptor] of descriptors) {
    const value = descriptor.value.bind(promise);
    Reflect.defineProperty(subprocess, property, { ...descriptor, value });
  }
};
var nativePromisePrototype = (async () => {
})().constructor.prototype;
var descriptors = ["then", "catch", "finally"].map((property) => [
  property,
  Reflect.getOwnPropertyDescriptor(nativePromisePrototype, property)
]);

// node_modules/execa/lib/methods/main-async.js
var execaCoreAsync = (rawFile, rawArguments, rawOptions, createNested) => {
  const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleAsyncArguments(rawFile, rawArguments, rawOptions);
  const { subprocess, promise } = spawnSubprocessAsync({
    file,
    commandArguments,
    options,
    startTime,
    verboseInfo,
    command,
    escapedCommand,
    fileDescriptors
  });
  subprocess.pipe = pipeToSubprocess.bind(void 0, {
    source: subprocess,
    sourcePromise: promise,
    boundOptions: {},
    createNested
  });
  mergePromise(subprocess, promise);
  SUBPROCESS_OPTIONS.set(subprocess, { options, fileDescriptors });
  return subprocess;
};
var handleAsyncArguments = (rawFile, rawArguments, rawOptions) => {
  const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
  const { file, commandArguments, options: normalizedOptions } = normalizeOptions(rawFile, rawArguments, rawOptions);
  const options = handleAsyncOptions(normalizedOptions);
  const fileDescriptors = handleStdioAsync(options, verboseInfo);
  return {
    file,
    commandArguments,
    command,
    escapedCommand,
    startTime,
    verboseInfo,
    options,
    fileDescriptors
  };
};
var handleAsyncOptions = ({ timeout, signal, ...options }) => {
  if (signal !== void 0) {
    throw new TypeError('The "signal" option has been renamed to "cancelSignal" instead.');
  }
  return { ...options, timeoutDuration: timeout };
};
var spawnSubprocessAsync = ({ file, commandArguments, options, startTime, verboseInfo, command, escapedCommand, fileDescriptors }) => {
  let subprocess;
  try {
    subprocess = spawn(...concatenateShell(file, commandArguments, options));
  } catch (error) {
    return handleEarlyError({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      verboseInfo
    });
  }
  const controller = new AbortController();
  setMaxListeners(Number.POSITIVE_INFINITY, controller.signal);
  const originalStreams = [...subprocess.stdio];
  pipeOutputAsync(subprocess, fileDescriptors, controller);
  cleanupOnExit(subprocess, options, controller);
  const context = {};
  const onInternalError = createDeferred();
  subprocess.kill = subprocessKill.bind(void 0, {
    kill: subprocess.kill.bind(subprocess),
    options,
    onInternalError,
    context,
    controller
  });
  subprocess.all = makeAllStream(subprocess, options);
  addConvertedStreams(subprocess, options);
  addIpcMethods(subprocess, options);
  const promise = handlePromise({
    subprocess,
    options,
    startTime,
    verboseInfo,
    fileDescriptors,
    originalStreams,
    command,
    escapedCommand,
    context,
    onInternalError,
    controller
  });
  return { subprocess, promise };
};
var handlePromise = async ({ subprocess, options, startTime, verboseInfo, fileDescriptors, originalStreams, command, escapedCommand, context, onInternalError, controller }) => {
  const [
    errorInfo,
    [exitCode, signal],
    stdioResults,
    allResult,
    ipcOutput
  ] = await waitForSubprocessResult({
    subprocess,
    options,
    context,
    verboseInfo,
    fileDescriptors,
    originalStreams,
    onInternalError,
    controller
  });
  controller.abort();
  onInternalError.resolve();
  const stdio = stdioResults.map((stdioResult, fdNumber) => stripNewline(stdioResult, options, fdNumber));
  const all = stripNewline(allResult, options, "all");
  const result = getAsyncResult({
    errorInfo,
    exitCode,
    signal,
    stdio,
    all,
    ipcOutput,
    context,
    options,
    command,
    escapedCommand,
    startTime
  });
  return handleResult(result, verboseInfo, options);
};
var getAsyncResult = ({ errorInfo, exitCode, signal, stdio, all, ipcOutput, context, options, command, escapedCommand, startTime }) => "error" in errorInfo ? makeError({
  error: errorInfo.error,
  command,
  escapedCommand,
  timedOut: context.terminationReason === "timeout",
  isCanceled: context.terminationReason === "cancel" || context.terminationReason === "gracefulCancel",
  isGracefullyCanceled: context.terminationReason === "gracefulCancel",
  isMaxBuffer: errorInfo.error instanceof MaxBufferError,
  isForcefullyTerminated: context.isForcefullyTerminated,
  exitCode,
  signal,
  stdio,
  all,
  ipcOutput,
  options,
  startTime,
  isSync: false
}) : makeSuccessResult({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput,
  options,
  startTime
});

// node_modules/execa/lib/methods/bind.js
var mergeOptions = (boundOptions, options) => {
  const newOptions = Object.fromEntries(
    Object.entries(options).map(([optionName, optionValue]) => [
      optionName,
      mergeOption(optionName, boundOptions[optionName], optionValue)
    ])
  );
  return { ...boundOptions, ...newOptions };
};
var mergeOption = (optionName, boundOptionValue, optionValue) => {
  if (DEEP_OPTIONS.has(optionName) && isPlainObject(boundOptionValue) && isPlainObject(optionValue)) {
    return { ...boundOptionValue, ...optionValue };
  }
  return optionValue;
};
var DEEP_OPTIONS = /* @__PURE__ */ new Set(["env", ...FD_SPECIFIC_OPTIONS]);

// node_modules/execa/lib/methods/create.js
var createExeca = (mapArguments, boundOptions, deepOptions, setBoundExeca) => {
  const createNested = (mapArguments2, boundOptions2, setBoundExeca2) => createExeca(mapArguments2, boundOptions2, deepOptions, setBoundExeca2);
  const boundExeca = (...execaArguments) => callBoundExeca({
    mapArguments,
    deepOptions,
    boundOptions,
    setBoundExeca,
    createNested
  }, ...execaArguments);
  if (setBoundExeca !== void 0) {
    setBoundExeca(boundExeca, createNested, boundOptions);
  }
  return boundExeca;
};
var callBoundExeca = ({ mapArguments, deepOptions = {}, boundOptions = {}, setBoundExeca, createNested }, firstArgument, ...nextArguments) => {
  if (isPlainObject(firstArgument)) {
    return createNested(mapArguments, mergeOptions(boundOptions, firstArgument), setBoundExeca);
  }
  const { file, commandArguments, options, isSync } = parseArguments({
    mapArguments,
    firstArgument,
    nextArguments,
    deepOptions,
    boundOptions
  });
  return isSync ? execaCoreSync(file, commandArguments, options) : execaCoreAsync(file, commandArguments, options, createNested);
};
var parseArguments = ({ mapArguments, firstArgument, nextArguments, deepOptions, boundOptions }) => {
  const callArguments = isTemplateString(firstArgument) ? parseTemplates(firstArgument, nextArguments) : [firstArgument, ...nextArguments];
  const [initialFile, initialArguments, initialOptions] = normalizeParameters(...callArguments);
  const mergedOptions = mergeOptions(mergeOptions(deepOptions, boundOptions), initialOptions);
  const {
    file = initialFile,
    commandArguments = initialArguments,
    options = mergedOptions,
    isSync = false
  } = mapArguments({ file: initialFile, commandArguments: initialArguments, options: mergedOptions });
  return {
    file,
    commandArguments,
    options,
    isSync
  };
};

// node_modules/execa/lib/methods/command.js
var mapCommandAsync = ({ file, commandArguments }) => parseCommand(file, commandArguments);
var mapCommandSync = ({ file, commandArguments }) => ({ ...parseCommand(file, commandArguments), isSync: true });
var parseCommand = (command, unusedArguments) => {
  if (unusedArguments.length > 0) {
    throw new TypeError(`The command and its arguments must be passed as a single string: ${command} ${unusedArguments}.`);
  }
  const [file, ...commandArguments] = parseCommandString(command);
  return { file, commandArguments };
};
var parseCommandString = (command) => {
  if (typeof command !== "string") {
    throw new TypeError(`The command must be a string: ${String(command)}.`);
  }
  const trimmedCommand = command.trim();
  if (trimmedCommand === "") {
    return [];
  }
  const tokens = [];
  for (const token of trimmedCommand.split(SPACES_REGEXP)) {
    const previousToken = tokens.at(-1);
    if (previousToken && previousToken.endsWith("\\")) {
      tokens[tokens.length - 1] = `${previousToken.slice(0, -1)} ${token}`;
    } else {
      tokens.push(token);
    }
  }
  return tokens;
};
var SPACES_REGEXP = / +/g;

// node_modules/execa/lib/methods/script.js
var setScriptSync = (boundExeca, createNested, boundOptions) => {
  boundExeca.sync = createNested(mapScriptSync, boundOptions);
  boundExeca.s = boundExeca.sync;
};
var mapScriptAsync = ({ options }) => getScriptOptions(options);
var mapScriptSync = ({ options }) => ({ ...getScriptOptions(options), isSync: true });
var getScriptOptions = (options) => ({ options: { ...getScriptStdinOption(options), ...options } });
var getScriptStdinOption = ({ input, inputFile, stdio }) => input === void 0 && inputFile === void 0 && stdio === void 0 ? { stdin: "inherit" } : {};
var deepScriptOptions = { preferLocal: true };

// node_modules/execa/index.js
var execa = createExeca(() => ({}));
var execaSync = createExeca(() => ({ isSync: true }));
var execaCommand = createExeca(mapCommandAsync);
var execaCommandSync = createExeca(mapCommandSync);
var execaNode = createExeca(mapNode);
var $ = createExeca(mapScriptAsync, {}, deepScriptOptions, setScriptSync);
var {
  sendMessage: sendMessage2,
  getOneMessage: getOneMessage2,
  getEachMessage: getEachMessage2,
  getCancelSignal: getCancelSignal2
} = getIpcExport();

// src/setup/proc.ts
function lastLine(text) {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  return lines[lines.length - 1] ?? "";
}
async function tryRun(cmd, args, opts = {}) {
  const r = await execa(cmd, args, {
    cwd: opts.cwd,
    input: opts.input,
    env: opts.env,
    reject: false,
    stdin: opts.input === void 0 ? "ignore" : "pipe"
  });
  const stdout = String(r.stdout ?? "");
  const stderr = String(r.stderr ?? "");
  const why = r.failed ? lastLine(stderr) || lastLine(stdout) || (r.shortMessage ?? "").split("\n")[0] || "failed" : "";
  return { ok: !r.failed, stdout, stderr, why };
}
async function run(cmd, args, opts = {}) {
  const r = await tryRun(cmd, args, opts);
  if (!r.ok) throw new SetupError(`\`${[cmd, ...args].join(" ")}\` failed: ${r.why}`, opts.hint);
  return r;
}
async function runBinary(cmd, args) {
  const r = await execa(cmd, args, { encoding: "buffer", reject: false, stdin: "ignore" });
  if (r.failed) {
    const why = lastLine(Buffer.from(r.stderr ?? new Uint8Array()).toString()) || (r.shortMessage ?? "").split("\n")[0];
    throw new SetupError(`\`${[cmd, ...args].join(" ")}\` failed: ${why}`);
  }
  return Buffer.from(r.stdout);
}

// src/setup/agent-build.ts
async function buildAgent(repoRoot, dest) {
  const dir = join2(repoRoot, "agent");
  if (!await exists(join2(dir, "Makefile"))) {
    throw new SetupError(`${join2(dir, "Makefile")} does not exist`, "the agent sources are missing from this checkout; restore agent/ and re-run npm run setup");
  }
  const make = await tryRun("make", ["-C", dir]);
  if (!make.ok) throw new SetupError(`make -C agent failed: ${make.why}`, "run `make -C agent` to see the full output");
  const built = join2(dir, "build", "provium-agent");
  const bytes = await readFile2(built).catch(() => {
    throw new SetupError(`make -C agent succeeded but produced no ${built}`, "check agent/Makefile's output path");
  });
  const copied = await writeIfChanged(dest, bytes, 493);
  if (copied) return { status: "done", detail: `built and copied to ${dest}`, value: void 0 };
  return { status: "skipped", detail: `${dest} up to date`, value: void 0 };
}

// src/setup/apt.ts
var APT_ENV = { DEBIAN_FRONTEND: "noninteractive" };
async function isInstalled(pkg) {
  const r = await tryRun("dpkg-query", ["-W", "-f=${Status}", pkg]);
  return r.ok && r.stdout.trim() === "install ok installed";
}
var Apt = class {
  updated = false;
  rootChecked = false;
  /** [cmd, args] that runs `cmd args` as root, with DEBIAN_FRONTEND set. */
  async asRoot(cmd, args, manual) {
    if (process.getuid?.() === 0) return [cmd, args];
    if (!this.rootChecked) {
      const probe = await tryRun("sudo", ["-n", "true"]);
      if (!probe.ok) {
        throw new SetupError("root is needed and `sudo -n` is not available", `run by hand: sudo ${manual} \u2014 then re-run npm run setup`);
      }
      this.rootChecked = true;
    }
    return ["sudo", ["-n", "env", "DEBIAN_FRONTEND=noninteractive", cmd, ...args]];
  }
  async update() {
    if (this.updated) return;
    const [cmd, args] = await this.asRoot("apt-get", ["update"], "apt-get update");
    await run(cmd, args, { env: APT_ENV, hint: "check the network and /etc/apt/sources.list, then re-run npm run setup" });
    this.updated = true;
  }
  async install(pkgs) {
    const manual = `apt-get install -y --no-install-recommends ${pkgs.join(" ")}`;
    const [rmCmd, rmArgs] = await this.asRoot("rm", ["-f", "/var/lib/man-db/auto-update"], manual);
    await run(rmCmd, rmArgs);
    await this.update();
    const [cmd, args] = await this.asRoot(
      "apt-get",
      ["install", "-y", "--no-install-recommends", "-o", "DPkg::Lock::Timeout=120", ...pkgs],
      manual
    );
    await run(cmd, args, { env: APT_ENV, hint: `run by hand: sudo ${manual}` });
  }
  /** Install those of `pkgs` not yet installed; returns the ones it installed. */
  async ensure(pkgs) {
    const missing = [];
    for (const p of pkgs) if (!await isInstalled(p)) missing.push(p);
    if (missing.length > 0) await this.install(missing);
    return missing;
  }
  /**
   * Version apt would install and dependencies of each package it knows.
   * Several packages per call on purpose: without apt's binary cache (Docker
   * images disable it) every apt-cache call re-reads all lists, ~1 s.
   */
  async show(pkgs) {
    const r = await tryRun("apt-cache", ["show", "--no-all-versions", ...pkgs]);
    return parseShow(r.stdout);
  }
  /** Like show(), running `apt-get update` once first if apt does not know pkgs[0]. */
  async showAfterUpdate(pkgs) {
    const found2 = await this.show(pkgs);
    if (found2.has(pkgs[0] ?? "") || this.updated) return found2;
    await this.update();
    return this.show(pkgs);
  }
};
function parseShow(text) {
  const out = /* @__PURE__ */ new Map();
  for (const stanza of text.split(/\n\s*\n/)) {
    const field = (name) => new RegExp(`^${name}:[ \\t]*(.*)$`, "m").exec(stanza)?.[1]?.trim();
    const pkg = field("Package");
    const version = field("Version");
    if (!pkg || !version || out.has(pkg)) continue;
    out.set(pkg, { version, depends: parseDepends(`${field("Pre-Depends") ?? ""},${field("Depends") ?? ""}`) });
  }
  return out;
}
function parseDepends(field) {
  return field.split(/[,|]/).map((d) => d.trim().split(/[\s(:]/)[0] ?? "").filter(Boolean);
}

// src/setup/kernel-package.ts
import { mkdir as mkdir2, mkdtemp, readdir, rename as rename2, rm as rm2 } from "node:fs/promises";
import { join as join4 } from "node:path";

// src/setup/os-release.ts
import { readFile as readFile3 } from "node:fs/promises";
function parseOsRelease(text) {
  const out = {};
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const m = /^([A-Za-z0-9_]+)=(.*)$/.exec(line);
    if (!m?.[1] || m[2] === void 0) continue;
    let value = m[2];
    const q = value[0];
    if ((q === '"' || q === "'") && value.endsWith(q) && value.length >= 2) {
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\(["\\`$])/g, "$1");
    }
    out[m[1]] = value;
  }
  return out;
}
function kernelMetapackage(os, arch = process.arch) {
  if (arch !== "x64") throw new SetupError(`unsupported host architecture ${arch}`, "Provium runs x86-64 guests on x86-64 hosts only");
  const ids = [os.ID ?? "", ...(os.ID_LIKE ?? "").split(/\s+/)].filter(Boolean);
  if (ids.includes("ubuntu")) return { distro: "ubuntu", metapackage: "linux-image-virtual" };
  if (ids.includes("debian")) return { distro: "debian", metapackage: "linux-image-cloud-amd64" };
  const name = os.PRETTY_NAME ?? os.ID ?? "this distribution";
  throw new SetupError(`no kernel package known for ${name}`, "setup supports Debian and Ubuntu; elsewhere, create a profile with your own kernel");
}
async function readOsRelease() {
  for (const p of ["/etc/os-release", "/usr/lib/os-release"]) {
    const text = await readFile3(p, "utf8").catch(() => null);
    if (text !== null) return parseOsRelease(text);
  }
  throw new SetupError("cannot read /etc/os-release", "setup supports Debian and Ubuntu hosts");
}

// src/setup/stamp.ts
import { readFile as readFile4 } from "node:fs/promises";
import { join as join3 } from "node:path";
var PROFILE = "minimal";
var STAMP = ".setup-stamp.json";
async function readStamp(p) {
  const dir = p.profileDir(PROFILE);
  try {
    const stamp = JSON.parse(await readFile4(join3(dir, STAMP), "utf8"));
    for (const f of ["vmlinuz", "modules.cpio"]) if (!await exists(join3(dir, f))) return null;
    return typeof stamp.packages === "string" && Array.isArray(stamp.modules) ? stamp : null;
  } catch {
    return null;
  }
}

// src/setup/kernel-package.ts
function pickImageDep(deps) {
  const concrete = deps.find((d) => /^linux-image-(unsigned-)?\d/.test(d));
  if (concrete) return { concrete };
  const meta = deps.find((d) => /^linux-image-/.test(d));
  return meta ? { meta } : {};
}
function pickModulesDep(deps) {
  return deps.find((d) => /^linux-modules-\d/.test(d));
}
async function resolveKernel(apt, metapackage, guess = []) {
  const known = await apt.showAfterUpdate([metapackage, ...guess]);
  const info = async (name) => {
    const found2 = known.get(name) ?? (await apt.show([name])).get(name);
    if (!found2) throw new SetupError(`apt has no installable version of ${name}`, "check that the distribution's main archive is in the apt sources (and run `apt-get update` as root), then re-run npm run setup");
    return found2;
  };
  let pkg = metapackage;
  for (let depth = 0; depth < 4; depth++) {
    const next = pickImageDep((await info(pkg)).depends);
    if (next.concrete) {
      const concrete = await info(next.concrete);
      const image = { name: next.concrete, version: concrete.version };
      const modules = pickModulesDep(concrete.depends);
      const extra = modules ? [{ name: modules, version: (await info(modules)).version }] : [];
      return { metapackage, image, extra };
    }
    if (!next.meta) break;
    pkg = next.meta;
  }
  throw new SetupError(`cannot find the concrete kernel package behind ${metapackage}`, `report this with the output of \`apt-cache show ${pkg}\``);
}
var debPrefix = (d) => `${d.name}_${d.version.replace(/:/g, "%3a")}_`;
async function downloadDebs(debs, dir) {
  await mkdir2(dir, { recursive: true });
  const files = [];
  let fetched = 0;
  for (const deb of debs) {
    let name = (await readdir(dir)).find((f) => f.startsWith(debPrefix(deb)) && f.endsWith(".deb"));
    if (!name) {
      const partial = await mkdtemp(join4(dir, ".partial-"));
      try {
        const sandbox2 = process.getuid?.() === 0 ? ["-o", "APT::Sandbox::User=root"] : [];
        await run("apt-get", [...sandbox2, "download", `${deb.name}=${deb.version}`], {
          cwd: partial,
          hint: "check the network (and `apt-get update`), then re-run npm run setup"
        });
        name = (await readdir(partial)).find((f) => f.endsWith(".deb"));
        if (!name) throw new SetupError(`apt-get download ${deb.name} produced no .deb`);
        await rename2(join4(partial, name), join4(dir, name));
        fetched++;
      } finally {
        await rm2(partial, { recursive: true, force: true });
      }
    }
    files.push(join4(dir, name));
  }
  const keep = new Set(files.map((f) => f.slice(dir.length + 1)));
  for (const f of await readdir(dir)) {
    if (f.endsWith(".deb") && !keep.has(f)) await rm2(join4(dir, f), { force: true });
  }
  return { files, fetched };
}
async function extractKernel(debFiles, into) {
  for (const f of debFiles) await run("dpkg-deb", ["-x", f, into]);
  const boot = (await readdir(join4(into, "boot")).catch(() => [])).filter((f) => f.startsWith("vmlinuz-"));
  const first = boot[0];
  if (boot.length !== 1 || !first) throw new SetupError(`expected one boot/vmlinuz-* in the kernel package, found ${boot.length}`);
  const kernelVersion = first.slice("vmlinuz-".length);
  for (const base of ["lib/modules", "usr/lib/modules"]) {
    const modulesDir = join4(into, base, kernelVersion);
    if (await exists(modulesDir)) return { kernelVersion, vmlinuz: join4(into, "boot", first), modulesDir };
  }
  throw new SetupError(`no lib/modules/${kernelVersion}/ in the kernel package(s)`);
}
var packagesKey = (k) => [k.image, ...k.extra].map((d) => `${d.name}=${d.version}`).join(" ");
async function kernelPackage(apt, p, scratch) {
  const choice = kernelMetapackage(await readOsRelease());
  const current = await readStamp(p);
  const guess = current ? current.packages.split(" ").map((nv) => nv.split("=")[0] ?? "") : [];
  const resolved = await resolveKernel(apt, choice.metapackage, guess);
  const key = packagesKey(resolved);
  if (current?.packages === key) {
    return { status: "skipped", detail: `${key} already assembled (via ${choice.metapackage})`, value: { resolved, tree: null, current } };
  }
  const { files, fetched } = await downloadDebs([resolved.image, ...resolved.extra], p.downloads);
  const tree = await extractKernel(files, join4(scratch, "kernel"));
  const how = fetched > 0 ? "downloaded and unpacked" : "unpacked (cached .deb)";
  return { status: "done", detail: `${key} ${how}, kernel ${tree.kernelVersion}`, value: { resolved, tree, current: null } };
}

// src/setup/modules.ts
import { readFile as readFile5, readdir as readdir2 } from "node:fs/promises";
import { basename, join as join5 } from "node:path";
import { gunzipSync } from "node:zlib";

// src/vm/cpio.ts
var S_IFREG = 32768;
var S_IFDIR = 16384;
var S_IFLNK = 40960;
function pad4(length) {
  return Buffer.alloc((4 - length % 4) % 4);
}
function header(inode, mode, size, nameSize) {
  const fields = [
    inode,
    mode,
    0,
    0,
    1,
    0,
    size,
    0,
    0,
    0,
    0,
    nameSize,
    0
  ];
  return Buffer.from("070701" + fields.map((f) => f.toString(16).padStart(8, "0")).join(""), "ascii");
}
function record(inode, path16, mode, data) {
  const name = Buffer.from(path16.replace(/^\/+/, "") + "\0");
  const head = header(inode, mode, data.length, name.length);
  return [head, name, pad4(head.length + name.length), data, pad4(data.length)];
}
function writeCpio(entries) {
  const parts = [];
  entries.forEach((entry, index) => {
    const inode = index + 1;
    switch (entry.type) {
      case "file":
        parts.push(...record(inode, entry.path, S_IFREG | entry.mode, entry.data));
        break;
      case "dir":
        parts.push(...record(inode, entry.path, S_IFDIR | entry.mode, Buffer.alloc(0)));
        break;
      case "symlink":
        parts.push(...record(inode, entry.path, S_IFLNK | 511, Buffer.from(entry.target)));
        break;
    }
  });
  parts.push(...record(0, "TRAILER!!!", 0, Buffer.alloc(0)));
  return Buffer.concat(parts);
}

// src/setup/elf.ts
var PT_INTERP = 3;
function open(buf) {
  if (buf.length < 52 || buf.readUInt32BE(0) !== 2135247942) throw new Error("not an ELF file");
  const cls = buf[4];
  const data = buf[5];
  if (cls !== 1 && cls !== 2 || data !== 1 && data !== 2) throw new Error("unsupported ELF class or byte order");
  return { buf, is64: cls === 2, le: data === 1 };
}
function u16(e, off) {
  return e.le ? e.buf.readUInt16LE(off) : e.buf.readUInt16BE(off);
}
function u32(e, off) {
  return e.le ? e.buf.readUInt32LE(off) : e.buf.readUInt32BE(off);
}
function addr(e, off) {
  if (!e.is64) return u32(e, off);
  return Number(e.le ? e.buf.readBigUInt64LE(off) : e.buf.readBigUInt64BE(off));
}
function hasInterpreter(buf) {
  const e = open(buf);
  const phoff = addr(e, e.is64 ? 32 : 28);
  const phentsize = u16(e, e.is64 ? 54 : 42);
  const phnum = u16(e, e.is64 ? 56 : 44);
  for (let i2 = 0; i2 < phnum; i2++) {
    const at = phoff + i2 * phentsize;
    if (at + 4 > buf.length) throw new Error("truncated ELF program headers");
    if (u32(e, at) === PT_INTERP) return true;
  }
  return false;
}
function elfSection(buf, name) {
  const e = open(buf);
  const shoff = addr(e, e.is64 ? 40 : 32);
  const shentsize = u16(e, e.is64 ? 58 : 46);
  const shnum = u16(e, e.is64 ? 60 : 48);
  const shstrndx = u16(e, e.is64 ? 62 : 50);
  const section = (i2) => {
    const at = shoff + i2 * shentsize;
    if (at + shentsize > buf.length) throw new Error("truncated ELF section headers");
    return e.is64 ? { name: u32(e, at), offset: addr(e, at + 24), size: addr(e, at + 32) } : { name: u32(e, at), offset: u32(e, at + 16), size: u32(e, at + 20) };
  };
  if (shnum === 0 || shstrndx >= shnum) return null;
  const strtab = section(shstrndx);
  for (let i2 = 0; i2 < shnum; i2++) {
    const s = section(i2);
    const start = strtab.offset + s.name;
    const end = buf.indexOf(0, start);
    if (end > 0 && buf.toString("latin1", start, end) === name) return buf.subarray(s.offset, s.offset + s.size);
  }
  return null;
}

// src/util/executables.ts
import { accessSync, constants as constants4 } from "node:fs";
import path7 from "node:path";
var found = /* @__PURE__ */ new Map();
function findExecutable(name) {
  const key = `${name}\0${process.env.PATH}`;
  if (!found.has(key)) {
    const dirs = (process.env.PATH ?? "").split(path7.delimiter).filter(Boolean);
    const hit = dirs.map((dir) => path7.join(dir, name)).find((candidate) => {
      try {
        accessSync(candidate, constants4.X_OK);
        return true;
      } catch {
        return false;
      }
    });
    found.set(key, hit);
  }
  return found.get(key);
}

// src/setup/modules.ts
var TARGET_MODULES = ["virtio_pci", "virtio_console"];
var KO = /\.ko(?:\.(xz|zst|gz))?$/;
function compressionOf(file) {
  const m = KO.exec(file);
  if (!m) return null;
  return m[1] ?? "none";
}
function koFileName(file) {
  return basename(file).replace(KO, ".ko");
}
function moduleName(file) {
  return basename(file).replace(KO, "").replace(/-/g, "_");
}
function parseModulesDep(text) {
  const paths2 = /* @__PURE__ */ new Map();
  const deps = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const path16 = line.slice(0, colon).trim();
    const name = moduleName(path16);
    paths2.set(name, path16);
    deps.set(name, line.slice(colon + 1).trim().split(/\s+/).filter(Boolean).map(moduleName));
  }
  return { paths: paths2, deps };
}
function parseBuiltin(text) {
  return new Set(text.split("\n").map((l) => l.trim()).filter(Boolean).map(moduleName));
}
function modinfoDepends(modinfo) {
  for (const field of modinfo.toString("latin1").split("\0")) {
    if (field.startsWith("depends=")) return field.slice(8).split(",").filter(Boolean).map(moduleName);
  }
  return [];
}
function loadOrder(targets, deps, builtin) {
  const order = [];
  const done = /* @__PURE__ */ new Set();
  const visiting = /* @__PURE__ */ new Set();
  const visit = (name, from) => {
    if (done.has(name) || builtin.has(name)) return;
    if (visiting.has(name)) throw new SetupError(`module dependency cycle through ${name}`);
    const own = deps.get(name);
    if (!own) {
      const why = from ? ` (needed by ${from})` : "";
      throw new SetupError(`the kernel has no module ${name}${why}, and it is not built in`, "this kernel cannot run Provium guests; use a kernel with virtio PCI and virtio console");
    }
    visiting.add(name);
    for (const d of own) visit(d, name);
    visiting.delete(name);
    done.add(name);
    order.push(name);
  };
  for (const t of targets) visit(moduleName(t), null);
  return order;
}
function modulesCpioEntries(mods) {
  return [
    { type: "dir", path: "lib", mode: 493 },
    { type: "dir", path: "lib/modules", mode: 493 },
    { type: "dir", path: "lib/modules/provium", mode: 493 },
    ...mods.map((m) => ({ type: "file", path: `lib/modules/provium/${m.file}`, mode: 420, data: m.data })),
    { type: "dir", path: "etc", mode: 493 },
    { type: "dir", path: "etc/provium", mode: 493 },
    { type: "file", path: "etc/provium/modules", mode: 420, data: Buffer.from(mods.map((m) => m.file + "\n").join("")) }
  ];
}
var DECOMPRESSOR = { xz: { cmd: "xz", pkg: "xz-utils" }, zst: { cmd: "zstd", pkg: "zstd" } };
async function readModule(path16, apt) {
  const kind = compressionOf(path16);
  if (kind === "none" || kind === null) return readFile5(path16);
  if (kind === "gz") return gunzipSync(await readFile5(path16));
  const tool = DECOMPRESSOR[kind];
  if (!findExecutable(tool.cmd)) await apt.ensure([tool.pkg]);
  return runBinary(tool.cmd, ["-dc", path16]);
}
async function packModules(modulesDir, apt) {
  const builtinPath = join5(modulesDir, "modules.builtin");
  const builtin = await exists(builtinPath) ? parseBuiltin(await readFile5(builtinPath, "utf8")) : /* @__PURE__ */ new Set();
  const data = /* @__PURE__ */ new Map();
  let files;
  let deps;
  const depPath = join5(modulesDir, "modules.dep");
  if (await exists(depPath)) {
    const parsed = parseModulesDep(await readFile5(depPath, "utf8"));
    files = new Map([...parsed.paths].map(([n2, p]) => [n2, join5(modulesDir, p)]));
    deps = parsed.deps;
  } else {
    files = /* @__PURE__ */ new Map();
    for (const rel of await readdir2(modulesDir, { recursive: true })) {
      if (compressionOf(rel) !== null) files.set(moduleName(rel), join5(modulesDir, rel));
    }
    deps = /* @__PURE__ */ new Map();
    const queue = TARGET_MODULES.map(moduleName);
    for (let name = queue.shift(); name !== void 0; name = queue.shift()) {
      const path16 = files.get(name);
      if (deps.has(name) || builtin.has(name) || !path16) continue;
      const bytes = await readModule(path16, apt);
      data.set(name, bytes);
      const info = elfSection(bytes, ".modinfo");
      const own = info ? modinfoDepends(info) : [];
      deps.set(name, own);
      queue.push(...own);
    }
  }
  const order = loadOrder(TARGET_MODULES, deps, builtin);
  const mods = [];
  for (const name of order) {
    const path16 = files.get(name);
    if (!path16) throw new SetupError(`modules.dep lists ${name} but its file is missing`);
    mods.push({ file: koFileName(path16), data: data.get(name) ?? await readModule(path16, apt) });
  }
  return { cpio: modulesCpioEntries(mods), files: mods.map((m) => m.file) };
}
async function virtioModules(kernel, apt) {
  const list = (files) => files.length ? files.map((f) => f.replace(/\.ko$/, "")).join(", ") : "none needed, all built in";
  if (!kernel.tree) {
    const files = kernel.current?.modules ?? [];
    return { status: "skipped", detail: `already packed: ${list(files)}`, value: { cpio: null, files } };
  }
  const packed = await packModules(kernel.tree.modulesDir, apt);
  return { status: "done", detail: `load order: ${list(packed.files)}`, value: { cpio: writeCpio(packed.cpio), files: packed.files } };
}

// src/setup/profile.ts
import { readFile as readFile6, rm as rm3 } from "node:fs/promises";
import { join as join6 } from "node:path";
function profileJson(p, stamp) {
  const dir = p.profileDir(PROFILE);
  return {
    name: PROFILE,
    kernel: join6(dir, "vmlinuz"),
    initrds: [p.baseRootfs, join6(dir, "modules.cpio")],
    kernelVersion: stamp.kernelVersion,
    package: stamp.package,
    cmdline: "",
    memoryMiB: 256,
    cpus: 1
  };
}
async function writeProfile(p, stamp, fresh) {
  const dir = p.profileDir(PROFILE);
  const json = JSON.stringify(profileJson(p, stamp), null, 2) + "\n";
  if (!fresh) {
    const wrote = await writeIfChanged(join6(dir, "profile.json"), json);
    return { status: wrote ? "done" : "skipped", detail: wrote ? `rewrote ${join6(dir, "profile.json")}` : `${dir} up to date`, value: void 0 };
  }
  await rm3(join6(dir, STAMP), { force: true });
  await atomicWrite(join6(dir, "vmlinuz"), await readFile6(fresh.vmlinuz), 420);
  await atomicWrite(join6(dir, "modules.cpio"), fresh.modulesCpio);
  await atomicWrite(join6(dir, "profile.json"), json);
  await atomicWrite(join6(dir, STAMP), JSON.stringify(stamp, null, 2) + "\n");
  return { status: "done", detail: `wrote ${dir} (kernel ${stamp.kernelVersion})`, value: void 0 };
}
async function profileStep(p, kernel, modules) {
  if (!kernel.tree || !modules.cpio) {
    if (!kernel.current) throw new Error("internal: kernel skipped without a stamp");
    return writeProfile(p, kernel.current, null);
  }
  const stamp = {
    packages: packagesKey(kernel.resolved),
    package: kernel.resolved.image.name,
    kernelVersion: kernel.tree.kernelVersion,
    modules: modules.files
  };
  return writeProfile(p, stamp, { vmlinuz: kernel.tree.vmlinuz, modulesCpio: modules.cpio });
}

// src/setup/rootfs.ts
import { readFile as readFile7 } from "node:fs/promises";
var HOST_BUSYBOX = "/bin/busybox";
var BASE_DIRS = ["bin", "sbin", "usr", "usr/bin", "usr/sbin", "proc", "sys", "dev", "tmp", "etc", "root", "run", "var", "mnt"];
var DIR_MODE = { tmp: 1023, root: 448 };
function parents(path16) {
  const parts = path16.split("/").slice(0, -1);
  return parts.map((_, i2) => parts.slice(0, i2 + 1).join("/"));
}
function rootfsEntries(busybox, appletList) {
  const applets = [...new Set(appletList.split("\n").map((l) => l.trim().replace(/^\/+/, "")).filter(Boolean))].filter((p) => p !== "bin/busybox").sort();
  const dirs = [];
  const seen = /* @__PURE__ */ new Set();
  for (const d of [...BASE_DIRS, ...applets.flatMap(parents)]) {
    for (const p of [...parents(d), d]) if (!seen.has(p)) seen.add(p), dirs.push(p);
  }
  return [
    ...dirs.map((path16) => ({ type: "dir", path: path16, mode: DIR_MODE[path16] ?? 493 })),
    { type: "file", path: "bin/busybox", mode: 493, data: busybox },
    ...applets.map((path16) => ({ type: "symlink", path: path16, target: "/bin/busybox" })),
    { type: "file", path: "etc/passwd", mode: 420, data: Buffer.from("root:x:0:0:root:/root:/bin/sh\n") },
    { type: "file", path: "etc/group", mode: 420, data: Buffer.from("root:x:0:\n") }
  ];
}
async function buildRootfs(out) {
  const busybox = await readFile7(HOST_BUSYBOX).catch(() => {
    throw new SetupError(`${HOST_BUSYBOX} not found`, "install it: apt-get install busybox-static");
  });
  let dynamic;
  try {
    dynamic = hasInterpreter(busybox);
  } catch (err) {
    throw new SetupError(`${HOST_BUSYBOX} is not a usable executable (${err.message})`, "reinstall it: apt-get install --reinstall busybox-static");
  }
  if (dynamic) {
    throw new SetupError(`${HOST_BUSYBOX} is dynamically linked (the busybox package, not busybox-static)`, "install busybox-static: apt-get install busybox-static");
  }
  const list = await run(HOST_BUSYBOX, ["--list-full"]);
  const entries = rootfsEntries(busybox, list.stdout);
  const applets = entries.filter((e) => e.type === "symlink").length;
  const wrote = await writeIfChanged(out, writeCpio(entries));
  return wrote ? { status: "done", detail: `wrote ${out} (${applets} applets)`, value: void 0 } : { status: "skipped", detail: `${out} up to date (${applets} applets)`, value: void 0 };
}

// src/setup/runner.ts
function formatDuration(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(1)} s`;
}
var Runner = class {
  constructor(total, out = (s) => process.stdout.write(s)) {
    this.total = total;
    this.out = out;
  }
  total;
  out;
  index = 0;
  started = performance.now();
  failures = [];
  async step(name, needs, fn) {
    this.index++;
    const label = `[${this.index}/${this.total}] ${name}: `;
    if (needs.some((n2) => !n2.ok)) {
      this.out(`${label}not run (an earlier step it needs failed)
`);
      return { ok: false };
    }
    this.out(label);
    const t0 = performance.now();
    try {
      const r = await fn();
      this.out(`${r.status}, ${r.detail} (${formatDuration(performance.now() - t0)})
`);
      return { ok: true, value: r.value };
    } catch (err) {
      const message = err instanceof Error ? err.message.split("\n")[0] ?? "" : String(err);
      const hint = err instanceof SetupError ? err.hint : void 0;
      this.failures.push({ step: name, message, hint });
      this.out(`FAILED: ${message} (${formatDuration(performance.now() - t0)})
`);
      return { ok: false };
    }
  }
  /** Print the total and the failures (with what to do); returns the exit code. */
  finish() {
    const total = formatDuration(performance.now() - this.started);
    if (this.failures.length === 0) {
      this.out(`setup complete in ${total}
`);
      return 0;
    }
    for (const f of this.failures) this.out(`setup failed at "${f.step}": ${f.message}${f.hint ? ` \u2014 ${f.hint}` : ""}
`);
    this.out(`total ${total}
`);
    return 1;
  }
};
function valueOf(r) {
  if (!r.ok) throw new Error("internal: used the value of a failed step");
  return r.value;
}

// src/setup/system-packages.ts
var SYSTEM_PACKAGES = [
  "qemu-system-x86",
  // qemu-system-x86_64
  "busybox-static",
  // /bin/busybox, statically linked: copied into the guest as is
  "gcc",
  "libc6-dev",
  // libc.a: the agent is linked statically
  "linux-libc-dev",
  // <asm/unistd_64.h>
  "make"
];
async function present(pkg) {
  if (pkg === "qemu-system-x86") return findExecutable("qemu-system-x86_64") !== void 0;
  return isInstalled(pkg);
}
async function systemPackages(apt) {
  const missing = [];
  for (const p of SYSTEM_PACKAGES) if (!await present(p)) missing.push(p);
  if (missing.length === 0) {
    return { status: "skipped", detail: `all present (${SYSTEM_PACKAGES.join(", ")})`, value: void 0 };
  }
  await apt.install(missing);
  return { status: "done", detail: `installed ${missing.join(", ")}`, value: void 0 };
}

// src/setup/setup.ts
async function runSetup() {
  const repoRoot = packageRoot();
  const p = paths();
  const apt = new Apt();
  const runner = new Runner(6);
  const scratch = await mkdtemp2(join7(tmpdir(), "provium-setup-"));
  process.once("SIGINT", () => {
    rmSync(scratch, { recursive: true, force: true });
    process.exit(130);
  });
  console.log(`Provium setup into ${p.home}`);
  try {
    await runner.step("system packages", [], () => systemPackages(apt));
    const kernel = await runner.step("kernel package", [], () => kernelPackage(apt, p, scratch));
    const modules = await runner.step("virtio modules", [kernel], () => virtioModules(valueOf(kernel), apt));
    const rootfs = await runner.step("busybox rootfs", [], () => buildRootfs(p.baseRootfs));
    await runner.step("agent", [], () => buildAgent(repoRoot, p.agent));
    await runner.step("profile", [kernel, modules, rootfs], () => profileStep(p, valueOf(kernel), valueOf(modules)));
  } finally {
    await rm4(scratch, { recursive: true, force: true });
  }
  return runner.finish();
}

// src/config/config.ts
import { existsSync as existsSync2, readFileSync as readFileSync4 } from "node:fs";
import path8 from "node:path";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i2 = line - 1; i2 <= line + 1; i2++) {
    let l = lines[i2 - 1];
    if (!l)
      continue;
    codeblock += i2.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i2 === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c3 = ctx.s.charCodeAt(ctx.p++);
  let first = c3;
  let isLiteral = c3 === 39;
  let isMultiline = c3 === ctx.s.charCodeAt(ctx.p) && c3 === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c3 = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c3 = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c3 === 10 || c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c3 < 32 && c3 !== 9 || c3 === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c3 === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c3 === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c3 === 120 || c3 === 117 || c3 === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c3 === 120 ? 2 : c3 === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c3 === 32 || c3 === 9)) {
        state = 2;
      } else {
        if (c3 === 98)
          parsed += "\b";
        else if (c3 === 116)
          parsed += "	";
        else if (c3 === 110)
          parsed += "\n";
        else if (c3 === 102)
          parsed += "\f";
        else if (c3 === 114)
          parsed += "\r";
        else if (c3 === 101)
          parsed += "\x1B";
        else if (c3 === 34)
          parsed += '"';
        else if (c3 === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c3 !== 32 && c3 !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c3 === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c3;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c3 = date.charCodeAt(date.length - 1)) !== 90 && c3 !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c3 = ctx.s.charCodeAt(ctx.p);
  if (c3 === 91 || c3 === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c3 === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c3 === 34 || c3 === 39) {
    return parseString(ctx);
  }
  if (c3 === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c3 === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c3 === 43 || c3 === 45) {
    return parseNumber2(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c3, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c3, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c3, end);
  }
  return parseNumber2(ctx, ctx.p, c3, 0, end);
}
function parseNumber2(ctx, startPtr, startChr, sign, endChr) {
  let c3 = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c3 === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c3 === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c3 === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c3 = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c3 === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c3 === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c3 === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c3 === 46)
      state = 2;
    else if (c3 === 101 || c3 === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c3))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c3 = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c3, endChr))) {
    if (!state)
      state = 1;
    if (c3 === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c3 === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c3 === 101 || c3 === 69))
      state = 4;
    else if (state === 4 && (c3 === 43 || c3 === 45)) {
      state = 6;
    } else if (!isDigit(c3))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c3, underscore = 1;
  while (++ctx.p < ctx.s.length && (c3 = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c3, endChr))) {
    if (c3 === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c3, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c3, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c3) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber2(ctx, ctx.p = startPtr, c3, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c3 = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c3 !== 84 && c3 !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c3 = ctx.s.charCodeAt(ctx.p)) {
    if (c3 === 90 || c3 === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c3 === 43 || c3 === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c3, endChr) {
  let start = ctx.p;
  if (!isDigit(c3) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber2(ctx, --ctx.p, c3, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c3 = ctx.s.charCodeAt(ctx.p);
    if (c3 === 10)
      break;
    if (c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c3 < 32 && c3 !== 9 || c3 === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c3;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c3 = ctx.s.charCodeAt(ctx.p)) === 32 || c3 === 9 || !banNewLines && (c3 === 10 || c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c3 !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c3 = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c3 === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c3 === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c3 === 34 || c3 === 39)) {
      if (c3 === ctx.s.charCodeAt(ctx.p + 1) && c3 === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c3 === 32 || c3 === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c3 < 48 && c3 !== 45 || c3 > 57 && c3 < 65 || c3 > 90 && c3 < 97 && c3 !== 95 || c3 > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c3 = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c3;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i2 = 0; i2 < key.length; i2++) {
      if (i2)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i2];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c3 !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c3;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c3 !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i2 = 0; i2 < key.length; i2++) {
    if (i2) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i2];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i2 < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/config/config.ts
var CONFIG_FILE = "provium.toml";
var isString = (v) => typeof v === "string";
var isPositiveInt = (v) => (typeof v === "number" || typeof v === "bigint") && Number.isInteger(Number(v)) && Number(v) > 0;
var PROFILE_KEYS = {
  kernel: [isString, "a path to a kernel image (bzImage)"],
  initrd: [isString, "a path to an initramfs (cpio, optionally compressed)"],
  cmdline: [isString, "a string of extra kernel parameters"],
  memory: [isPositiveInt, "a positive integer (MiB)"],
  cpus: [isPositiveInt, "a positive integer"]
};
function loadConfig(suiteRoot) {
  const file = path8.resolve(suiteRoot, CONFIG_FILE);
  if (!existsSync2(file)) return { profiles: {} };
  let raw;
  try {
    raw = parse(readFileSync4(file, "utf8"));
  } catch (error) {
    const where = error instanceof TomlError ? `:${error.line}` : "";
    throw new ProviumError(`${file}${where}: ${error.message.split("\n")[0]}`);
  }
  const fail = (key, what) => new ProviumError(`${file}: ${key} ${what}`);
  const profiles = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key !== "profiles") throw fail(key, "is not a known setting (known: profiles)");
    if (typeof value !== "object" || value === null) throw fail(key, "must be a table of [profiles.NAME]");
    for (const [name, table] of Object.entries(value)) {
      if (typeof table !== "object" || table === null) throw fail(`profiles.${name}`, "must be a table");
      const profile = {};
      for (const [field, fieldValue] of Object.entries(table)) {
        const spec = PROFILE_KEYS[field];
        if (!spec) throw fail(`profiles.${name}.${field}`, `is not a profile setting (known: ${Object.keys(PROFILE_KEYS).join(", ")})`);
        if (!spec[0](fieldValue)) throw fail(`profiles.${name}.${field}`, `must be ${spec[1]}`);
        profile[field] = typeof fieldValue === "bigint" ? Number(fieldValue) : fieldValue;
      }
      for (const key2 of ["kernel", "initrd"])
        if (typeof profile[key2] === "string") profile[key2] = path8.resolve(path8.dirname(file), profile[key2]);
      profiles[name] = profile;
    }
  }
  return { file, profiles };
}

// src/agent/client.ts
import net from "node:net";
import { randomInt } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";

// src/agent/protocol.ts
var import_msgpack = __toESM(require_dist(), 1);
var PROTOCOL_VERSION = 1;
var AGENT_PORT_NAME = "org.provium.agent";
var MAGIC = Buffer.from("PRVM");
var HEADER_BYTES = 8;
var MAX_FRAME_BYTES = 64 << 20;
var RESULT_FIELDS = {
  hello: ["version", "kernel", "pid"],
  exec: ["code", "signal", "stdout", "stderr", "timed_out", "truncated"],
  syscall: ["ret", "errno", "buffers"],
  read_file: ["data", "truncated"],
  write_file: [],
  mount: [],
  quiesce: [],
  shutdown: []
};
var OPS = Object.keys(RESULT_FIELDS);
var encoder = new import_msgpack.Encoder({ useBigInt64: true, ignoreUndefined: true });
var decoder = new import_msgpack.Decoder({ useBigInt64: true });
function encodeRequest(id, op, args) {
  const payload = encoder.encode({ id, op, args });
  const header2 = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header2, 0);
  header2.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header2, payload]);
}
function toInteger(value) {
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  if (typeof value === "number") return value;
  throw new TypeError(`expected an integer, got ${typeof value}`);
}
var FrameReader = class {
  buffered = Buffer.alloc(0);
  push(chunk) {
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
    const responses = [];
    for (; ; ) {
      const start = this.buffered.indexOf(MAGIC);
      if (start < 0) {
        this.buffered = this.buffered.subarray(Math.max(0, this.buffered.length - (MAGIC.length - 1)));
        return responses;
      }
      if (this.buffered.length - start < HEADER_BYTES) {
        this.buffered = this.buffered.subarray(start);
        return responses;
      }
      const size = this.buffered.readUInt32BE(start + 4);
      if (size > MAX_FRAME_BYTES) {
        this.buffered = this.buffered.subarray(start + 1);
        continue;
      }
      const end = start + HEADER_BYTES + size;
      if (this.buffered.length < end) {
        this.buffered = this.buffered.subarray(start);
        return responses;
      }
      const response = this.decode(this.buffered.subarray(start + HEADER_BYTES, end));
      this.buffered = this.buffered.subarray(end);
      if (response) responses.push(response);
    }
  }
  reset() {
    this.buffered = Buffer.alloc(0);
  }
  decode(payload) {
    try {
      const value = decoder.decode(payload);
      if (typeof value !== "object" || value === null) return void 0;
      return {
        id: Number(value.id),
        ok: value.ok === true,
        result: value.result,
        error: typeof value.error === "string" ? value.error : void 0,
        errno: value.errno === void 0 ? void 0 : Number(value.errno)
      };
    } catch {
      return void 0;
    }
  }
};

// src/agent/client.ts
var AgentClient = class _AgentClient {
  constructor(socket, options) {
    this.socket = socket;
    this.options = options;
    socket.on("data", (chunk) => this.onResponses(this.reader.push(chunk)));
    socket.on("error", () => {
    });
    socket.on("close", () => void this.onClose());
  }
  socket;
  options;
  pending = /* @__PURE__ */ new Map();
  reader = new FrameReader();
  // Ids start at random so that a stale response from an earlier connection
  // to the same guest cannot be mistaken for one of ours.
  nextId = randomInt(1, 2 ** 30);
  lost;
  /** Connects, retrying while QEMU has not yet created the socket. */
  static async connect(path16, deadline, options, isAlive2) {
    for (; ; ) {
      try {
        const socket = await new Promise((resolve2, reject) => {
          const s = net.createConnection(path16, () => resolve2(s));
          s.once("error", reject);
        });
        return new _AgentClient(socket, options);
      } catch (error) {
        if (!isAlive2()) throw await options.explainLoss();
        if (Date.now() > deadline) throw new ProviumError(`cannot connect to the agent socket ${path16}: ${error.message}`);
        await sleep(5);
      }
    }
  }
  request(op, args, timeoutMs) {
    if (this.lost) return Promise.reject(this.lost);
    const id = this.nextId++;
    return new Promise((resolve2, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new ProviumError(`the guest agent did not answer '${op}' within ${formatSeconds(timeoutMs)}`));
      }, timeoutMs);
      this.pending.set(id, { op, resolve: resolve2, reject, timer });
      this.socket.write(encodeRequest(id, op, args));
    });
  }
  /** Requests in flight (a fixture snapshot needs none). */
  get inFlight() {
    return this.pending.size;
  }
  /** Fails every pending and future request with error, and disconnects. */
  fail(error) {
    this.lost ??= error;
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(this.lost);
      this.pending.delete(id);
    }
    this.socket.destroy();
  }
  /** Disconnects; the guest agent keeps running and accepts a new connection. */
  close() {
    this.fail(new ProviumError("the agent connection was closed by the host"));
  }
  onResponses(responses) {
    for (const response of responses) {
      const p = this.pending.get(response.id);
      if (!p) continue;
      this.pending.delete(response.id);
      clearTimeout(p.timer);
      if (response.ok) p.resolve(response.result ?? {});
      else p.reject(new AgentError(p.op, response.error ?? "failed", response.errno ?? 0));
    }
  }
  async onClose() {
    if (this.lost) return;
    this.lost = new ProviumError("the agent connection dropped");
    const pending = [...this.pending.values()];
    this.pending.clear();
    if (pending.length === 0) return;
    const reason = await this.options.explainLoss();
    this.lost = reason;
    for (const p of pending) {
      clearTimeout(p.timer);
      p.reject(reason);
    }
  }
};
function formatSeconds(ms) {
  return `${+(ms / 1e3).toFixed(ms < 1e4 ? 1 : 0)} s`;
}

// src/run/results.ts
function count2(tests) {
  return {
    passed: tests.filter((t) => t.status === "passed").length,
    failed: tests.filter((t) => t.status === "failed" || t.status === "error").length,
    skipped: tests.filter((t) => t.status === "skipped" || t.status === "todo").length
  };
}

// src/report/console.ts
var useColor = process.stdout.isTTY && !process.env.NO_COLOR;
var paint = (code) => (text) => useColor ? `\x1B[${code}m${text}\x1B[0m` : text;
var red2 = paint(31);
var green2 = paint(32);
var yellow2 = paint(33);
var dim2 = paint(2);
var indent = (text, prefix = "    ") => text.split("\n").map((line) => prefix + line).join("\n");
function countsLine(tests) {
  const c3 = count2(tests);
  return `${c3.passed} passed, ${c3.failed} failed, ${c3.skipped} skipped`;
}
var ConsoleReporter = class {
  constructor(write = (text) => process.stdout.write(text), verbose = false) {
    this.write = write;
    this.verbose = verbose;
  }
  write;
  verbose;
  fileDone(result) {
    if (result.tests.length === 0) return;
    const failed = count2(result.tests).failed > 0;
    const badge = failed ? red2("FAIL") : green2("PASS");
    this.write(`${badge} ${result.file}  ${countsLine(result.tests)}  ${dim2(formatSeconds(result.durationMs))}
`);
    for (const test of result.tests) {
      if (this.verbose || test.status === "skipped" || test.status === "todo")
        this.write(dim2(`       ${test.status.padEnd(7)} ${test.name}${test.reason ? ` (${test.reason})` : ""}
`));
      for (const warning of test.warnings) this.write(yellow2(`       warning: ${test.name}: ${warning}
`));
    }
  }
  log(file, line) {
    if (this.verbose) this.write(dim2(`  [${file}] ${line}
`));
  }
  summary(run2) {
    const tests = run2.files.flatMap((file) => file.tests);
    const failures = tests.filter((test) => test.failure);
    if (failures.length) this.write(`
${red2("Failures:")}
`);
    for (const test of failures) this.write(`
${this.describeFailure(test)}
`);
    this.write(`
${countsLine(tests)}
`);
    this.write(dim2(`${run2.files.length} files in ${formatSeconds(run2.durationMs)}
`));
  }
  describeFailure(test) {
    const f = test.failure;
    const parts = [`${red2("\u2717")} ${test.file} \u203A ${test.name}${f.kind === "error" ? " (error)" : ""}`];
    parts.push(indent(f.message));
    if (f.file && f.line) {
      const via = f.testLine && (f.file !== test.file || f.testLine !== f.line) ? `, called from ${test.file}:${f.testLine}` : "";
      parts.push(indent(`at ${f.file}:${f.line}${via}`));
    }
    if (f.traceback) parts.push(indent(dim2(f.traceback)));
    for (const c3 of f.consoles) parts.push(indent(`console of VM ${c3.vm} (full log: ${c3.logPath}):
${indent(c3.tail, "| ")}`));
    if (test.logs.length) parts.push(indent(`log:
${indent(test.logs.join("\n"), "| ")}`));
    return parts.join("\n");
  }
};

// src/run/discover.ts
import { existsSync as existsSync3, readdirSync, statSync as statSync2 } from "node:fs";
import path9 from "node:path";
var TEST_SUFFIX = ".test.lua";
var DEFAULT_SUITE = "tests";
function walk(dir, suiteRoot, found2) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path9.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      if (entry.name === "fixtures" && path9.resolve(dir) === path9.resolve(suiteRoot)) continue;
      walk(full, suiteRoot, found2);
    } else if (entry.name.endsWith(TEST_SUFFIX)) found2.push(path9.resolve(full));
  }
}
function discoverTestFiles(paths2, suiteRoot) {
  const found2 = [];
  for (const given of paths2) {
    if (!existsSync3(given)) throw new ProviumError(`${given} does not exist (give a directory of *${TEST_SUFFIX} files or a test file)`);
    if (statSync2(given).isDirectory()) walk(given, suiteRoot, found2);
    else found2.push(path9.resolve(given));
  }
  return [...new Set(found2)].sort();
}
function findSuiteRoot(paths2) {
  const first = paths2[0] ?? DEFAULT_SUITE;
  if (existsSync3(first) && statSync2(first).isDirectory()) return path9.resolve(first);
  const cwd = process.cwd();
  for (let dir = path9.resolve(path9.dirname(first)); dir.startsWith(cwd); dir = path9.dirname(dir)) {
    if (existsSync3(path9.join(dir, CONFIG_FILE))) return dir;
    if (dir === cwd) break;
  }
  const defaultSuite = path9.resolve(DEFAULT_SUITE);
  return path9.resolve(first).startsWith(defaultSuite + path9.sep) ? defaultSuite : path9.resolve(path9.dirname(first));
}

// src/run/run.ts
import { availableParallelism } from "node:os";

// src/lua/state.ts
var import_fengari3 = __toESM(require_fengari(), 1);
import { existsSync as existsSync4, readFileSync as readFileSync5 } from "node:fs";
import path10 from "node:path";

// src/lua/bridge.ts
var import_fengari2 = __toESM(require_fengari(), 1);

// src/lua/values.ts
var import_fengari = __toESM(require_fengari(), 1);
var INT32_MIN = -(2 ** 31);
var INT32_MAX = 2 ** 31 - 1;
var UINT64_LIMIT = 2n ** 64n;
var INT64_MIN = -(2n ** 63n);
function pushString(L, text) {
  import_fengari.lua.lua_pushstring(L, (0, import_fengari.to_luastring)(text));
}
function pushBytes(L, bytes) {
  import_fengari.lua.lua_pushlstring(L, bytes, bytes.length);
}
function pushInteger(L, value) {
  const n2 = Number(value);
  if (Number.isInteger(n2) && n2 >= INT32_MIN && n2 <= INT32_MAX) import_fengari.lua.lua_pushinteger(L, n2);
  else if (Number.isSafeInteger(n2)) import_fengari.lua.lua_pushnumber(L, n2);
  else pushString(L, value.toString());
}
function pushValue(L, value) {
  if (value === null || value === void 0) import_fengari.lua.lua_pushnil(L);
  else if (typeof value === "boolean") import_fengari.lua.lua_pushboolean(L, value);
  else if (typeof value === "bigint") pushInteger(L, value);
  else if (typeof value === "number") Number.isInteger(value) ? pushInteger(L, value) : import_fengari.lua.lua_pushnumber(L, value);
  else if (typeof value === "string") pushString(L, value);
  else if (value instanceof Uint8Array) pushBytes(L, value);
  else if (Array.isArray(value)) {
    import_fengari.lua.lua_createtable(L, value.length, 0);
    value.forEach((item, i2) => {
      pushValue(L, item);
      import_fengari.lua.lua_rawseti(L, -2, i2 + 1);
    });
  } else {
    import_fengari.lua.lua_createtable(L, 0, Object.keys(value).length);
    for (const [key, item] of Object.entries(value)) {
      if (item === void 0) continue;
      pushValue(L, item);
      import_fengari.lua.lua_setfield(L, -2, (0, import_fengari.to_luastring)(key));
    }
  }
}
function toBytes(L, index) {
  return Buffer.from(import_fengari.lua.lua_tolstring(L, index));
}
function toText(L, index) {
  return toBytes(L, index).toString("utf8");
}
function raise(L, message) {
  pushString(L, callerPosition(L) + message);
  import_fengari.lua.lua_error(L);
  throw new Error("unreachable: lua_error returned");
}
function callerPosition(L) {
  const ar = new import_fengari.lua.lua_Debug();
  for (let level = 1; import_fengari.lua.lua_getstack(L, level, ar); level++) {
    import_fengari.lua.lua_getinfo(L, (0, import_fengari.to_luastring)("Sl"), ar);
    const source = Buffer.from(ar.source).toString();
    if (source === "=[provium]") continue;
    return source.startsWith("@") && ar.currentline > 0 ? `${source.slice(1)}:${ar.currentline}: ` : "";
  }
  return "";
}
function checkInteger(L, index, what) {
  const type = import_fengari.lua.lua_type(L, index);
  if (type === import_fengari.lua.LUA_TNUMBER) {
    if (import_fengari.lua.lua_isinteger(L, index)) return import_fengari.lua.lua_tointeger(L, index);
    const n2 = import_fengari.lua.lua_tonumber(L, index);
    if (!Number.isInteger(n2)) raise(L, `${what}: ${n2} is not an integer`);
    if (!Number.isSafeInteger(n2)) raise(L, `${what}: ${n2} is beyond 2^53, where floats are not exact; pass it as a string, e.g. "0x8000000000000001"`);
    return n2;
  }
  if (type === import_fengari.lua.LUA_TSTRING) {
    const text = toText(L, index).trim();
    if (!/^-?(0x[0-9a-f]+|\d+)$/i.test(text)) raise(L, `${what}: "${text}" is not an integer (decimal or 0x hex)`);
    const negative = text.startsWith("-");
    const value = BigInt(negative ? text.slice(1) : text) * (negative ? -1n : 1n);
    if (value < INT64_MIN || value >= UINT64_LIMIT) raise(L, `${what}: ${text} does not fit in 64 bits`);
    return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  }
  raise(L, `${what}: expected an integer, got ${toTypeName(L, index)}`);
}
function toTypeName(L, index) {
  return Buffer.from(import_fengari.lauxlib.luaL_typename(L, index)).toString();
}
function toValue(L, index, depth = 0) {
  index = import_fengari.lua.lua_absindex(L, index);
  switch (import_fengari.lua.lua_type(L, index)) {
    case import_fengari.lua.LUA_TNIL:
      return null;
    case import_fengari.lua.LUA_TBOOLEAN:
      return import_fengari.lua.lua_toboolean(L, index);
    case import_fengari.lua.LUA_TNUMBER:
      return import_fengari.lua.lua_tonumber(L, index);
    case import_fengari.lua.LUA_TSTRING:
      return toText(L, index);
    case import_fengari.lua.LUA_TTABLE: {
      if (depth > 64) raise(L, "table nested too deeply (a cycle?)");
      const length = import_fengari.lua.lua_rawlen(L, index);
      const entries = [];
      import_fengari.lua.lua_pushnil(L);
      while (import_fengari.lua.lua_next(L, index)) {
        const key = import_fengari.lua.lua_type(L, -2) === import_fengari.lua.LUA_TNUMBER ? import_fengari.lua.lua_tonumber(L, -2) : toText(L, -2);
        entries.push([key, toValue(L, -1, depth + 1)]);
        import_fengari.lua.lua_pop(L, 1);
      }
      if (entries.length === 0) return length === 0 ? {} : [];
      if (length === entries.length) {
        const array = [];
        for (const [key, value] of entries) array[key - 1] = value;
        return array;
      }
      return Object.fromEntries(entries.map(([key, value]) => [String(key), value]));
    }
    default:
      raise(L, `cannot convert a ${toTypeName(L, index)} to data`);
  }
}

// src/lua/bridge.ts
var HOOK_EVERY_INSTRUCTIONS = 1e4;
var SLICE_MS = 20;
var LuaBridge = class {
  constructor(L) {
    this.L = L;
  }
  L;
  pending;
  /** A yield meant for the host (not the user's) is on its way up. */
  hostYield = false;
  preempted = false;
  deadline = Infinity;
  sliceStart = Date.now();
  /** Where the hook stopped a thread at its deadline (a hook-suspended frame reports no line). */
  hookPosition;
  /** Messages of errors raised by bindings (VM faults): reported as errors, not failures. */
  hostErrors = /* @__PURE__ */ new Set();
  /** True while a host yield travels up through the user's coroutine.resume. */
  hostYieldInProgress() {
    return this.hostYield;
  }
  /**
   * The body of an asynchronous binding: `return bridge.await(L, "vm:exec", async () => ...)`.
   * Must be the binding's return value (it yields).
   */
  await(L, what, start) {
    if (!import_fengari2.lua.lua_isyieldable(L))
      raise(
        L,
        `${what} cannot run here: Provium calls wait for the host, and fengari cannot wait inside table.sort comparators, string.gsub callbacks, __tostring/__pairs metamethods or load readers; call it before and pass the result in`
      );
    this.pending = { what, promise: start() };
    this.hostYield = true;
    return import_fengari2.lua.lua_yieldk(L, 0, 0, this.continuation);
  }
  continuation = (L) => {
    const call = this.pending;
    this.pending = void 0;
    if (!call?.settled) raise(L, "internal error: resumed without a result");
    if ("error" in call.settled) {
      import_fengari2.lua.lua_settop(L, 0);
      this.hostErrors.add(callerPosition(L) + call.settled.error);
      raise(L, call.settled.error);
    }
    return call.settled.push(L);
  };
  /** Forgets an abandoned thread's yield (after a timeout). */
  reset() {
    this.pending = void 0;
    this.hostYield = false;
    this.preempted = false;
    this.hookPosition = void 0;
  }
  /** Installs the count hook on a thread (threads it creates inherit it). */
  watch(thread, deadline) {
    this.deadline = deadline;
    import_fengari2.lua.lua_sethook(thread, this.hook, import_fengari2.lua.LUA_MASKCOUNT, HOOK_EVERY_INSTRUCTIONS);
  }
  hook = (L) => {
    const now = Date.now();
    if (now < this.deadline && now - this.sliceStart < SLICE_MS) return;
    if (!import_fengari2.lua.lua_isyieldable(L)) {
      if (now >= this.deadline) raise(L, "the test's time is up");
      return;
    }
    if (now >= this.deadline) this.hookPosition = currentPosition(L);
    this.preempted = true;
    this.hostYield = true;
    import_fengari2.lua.lua_yield(L, 0);
  };
  /**
   * Runs a thread until it finishes, fails, or passes the deadline. The
   * function to run (and nargs arguments) must be on the thread's stack.
   */
  async drive(thread, nargs, deadline) {
    this.deadline = deadline;
    for (; ; ) {
      this.sliceStart = Date.now();
      const status = import_fengari2.lua.lua_resume(thread, this.L, nargs);
      nargs = 0;
      if (status === import_fengari2.lua.LUA_OK) return { status: "ok" };
      if (status !== import_fengari2.lua.LUA_YIELD) return { status: "error", thread };
      import_fengari2.lua.lua_settop(thread, 0);
      if (!this.hostYield) {
        pushString(thread, "coroutine.yield() was called outside of a coroutine");
        return { status: "error", thread };
      }
      this.hostYield = false;
      if (Date.now() >= deadline) return { status: "timeout" };
      if (this.preempted) {
        this.preempted = false;
        await new Promise((resolve2) => setImmediate(resolve2));
        continue;
      }
      const call = this.pending;
      const settled = await settleBefore(call.promise, deadline);
      if (!settled) return { status: "timeout" };
      call.settled = settled;
    }
  }
};
async function settleBefore(promise, deadline) {
  let timer;
  const timeout = new Promise((resolve2) => timer = setTimeout(() => resolve2(void 0), Math.max(0, deadline - Date.now())));
  try {
    return await Promise.race([
      promise.then(
        (push) => ({ push }),
        (error) => ({ error: error instanceof Error ? error.message : String(error) })
      ),
      timeout
    ]);
  } finally {
    clearTimeout(timer);
  }
}
function currentPosition(L) {
  const ar = new import_fengari2.lua.lua_Debug();
  if (!import_fengari2.lua.lua_getstack(L, 0, ar)) return void 0;
  import_fengari2.lua.lua_getinfo(L, (0, import_fengari2.to_luastring)("Sl"), ar);
  const source = (0, import_fengari2.to_jsstring)(ar.source);
  return source.startsWith("@") && ar.currentline > 0 ? { file: source.slice(1), line: ar.currentline } : void 0;
}

// src/lua/prelude.ts
var PRELUDE = String.raw`-- Provium's Lua prelude: the test framework and the parts of the user's
-- surface that are plain Lua. Runs once per Lua state, before the user's
-- file, as chunk "=[provium]" (frames from it are left out of reports).
local host = ...
local framework = { tests = {} }

---------------------------------------------------------------- coroutines
-- A Provium call yields the whole Lua thread to the host. Inside a user's
-- own coroutine that yield would reach the user's coroutine.resume instead;
-- these wrappers pass it up to the host and resume the inner coroutine with
-- the host's answer, so user coroutines and VM calls mix freely.
local raw_resume, raw_yield, raw_create = coroutine.resume, coroutine.yield, coroutine.create
local pack, unpack = table.pack, table.unpack

function coroutine.resume(co, ...)
  local r = pack(raw_resume(co, ...))
  while r[1] and host.host_yield_in_progress() do
    raw_yield()
    r = pack(raw_resume(co))
  end
  return unpack(r, 1, r.n)
end

function coroutine.wrap(f)
  local co = raw_create(f)
  return function(...)
    local r = pack(coroutine.resume(co, ...))
    if not r[1] then error(r[2], 0) end
    return unpack(r, 2, r.n)
  end
end

---------------------------------------------------------------- files
function dofile(path)
  local chunk, err = host.loadfile(path)
  if not chunk then error(err, 2) end
  return chunk()
end
loadfile = host.loadfile

function print(...)
  local parts = pack(...)
  for i = 1, parts.n do parts[i] = tostring(parts[i]) end
  host.log(table.concat(parts, "\t", 1, parts.n))
end

---------------------------------------------------------------- outcomes
-- t:skip() and todo() end a test early; they travel as error values.
local Outcome = { __provium_outcome = true }
Outcome.__index = Outcome
Outcome.__tostring = function(o) return o.kind .. ": " .. o.reason end
framework.Outcome = Outcome

local function outcome(kind, reason)
  error(setmetatable({ kind = kind, reason = reason and tostring(reason) or "" }, Outcome), 0)
end

function todo(reason) outcome("todo", reason) end

---------------------------------------------------------------- formatting
local function repr(v, depth)
  depth = depth or 0
  if type(v) == "string" then return (string.format("%q", v):gsub("\\\n", "\\n")) end
  if type(v) ~= "table" or depth > 2 then return tostring(v) end
  local parts, n = {}, 0
  for k, item in pairs(v) do
    n = n + 1
    if n > 20 then parts[#parts + 1] = "..."; break end
    local key = (type(k) == "string" and k:match("^[%a_][%w_]*$")) and k or "[" .. repr(k, depth + 1) .. "]"
    parts[#parts + 1] = key .. " = " .. repr(item, depth + 1)
  end
  return "{ " .. table.concat(parts, ", ") .. " }"
end

local function deep_equal(a, b, seen)
  if a == b then return true end
  if type(a) ~= "table" or type(b) ~= "table" then return false end
  seen = seen or {}
  if seen[a] == b then return true end
  seen[a] = b
  for k, v in pairs(a) do if not deep_equal(v, b[k], seen) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end

local function with_note(message, note)
  if note ~= nil then return tostring(note) .. ": " .. message end
  return message
end

---------------------------------------------------------------- the test object
local T = {}
T.__index = T

function T:assert(cond, msg)
  if not cond then error(msg ~= nil and tostring(msg) or "assertion failed", 2) end
  return cond
end

function T:assert_eq(actual, expected, msg)
  if not deep_equal(actual, expected) then
    error(with_note("expected " .. repr(expected) .. ", got " .. repr(actual), msg), 2)
  end
end

function T:assert_neq(actual, unexpected, msg)
  if deep_equal(actual, unexpected) then
    error(with_note("expected a value other than " .. repr(unexpected), msg), 2)
  end
end

function T:assert_contains(haystack, needle, msg)
  if type(haystack) == "string" then
    if haystack:find(tostring(needle), 1, true) then return end
  elseif type(haystack) == "table" then
    for _, v in pairs(haystack) do if deep_equal(v, needle) then return end end
  else
    error(with_note("assert_contains needs a string or a table, got " .. type(haystack), msg), 2)
  end
  error(with_note(repr(haystack) .. " does not contain " .. repr(needle), msg), 2)
end

function T:assert_raises(fn, pattern, msg)
  local ok, err = pcall(fn)
  if ok then error(with_note("expected an error, but the function returned normally", msg), 2) end
  if pattern ~= nil and not tostring(err):find(pattern) then
    error(with_note("the error " .. repr(tostring(err)) .. " does not match " .. repr(pattern), msg), 2)
  end
  return err
end

function T:fail(msg) error(msg ~= nil and tostring(msg) or "failed", 2) end
function T:skip(reason) outcome("skip", reason) end
function T:log(...) print(...) end

function framework.new_t(name) return setmetatable({ name = name }, T) end

---------------------------------------------------------------- registration
function test(name, meta, fn)
  if type(meta) == "function" and fn == nil then meta, fn = {}, meta end
  if type(name) ~= "string" then error("test(name, [meta,] fn): name must be a string, got " .. type(name), 2) end
  if type(meta) ~= "table" then error("test(" .. repr(name) .. "): meta must be a table, got " .. type(meta), 2) end
  if type(fn) ~= "function" then error("test(" .. repr(name) .. "): the last argument must be a function", 2) end
  for key in pairs(meta) do
    if key ~= "tags" and key ~= "timeout" and key ~= "skip" then
      error("test(" .. repr(name) .. "): unknown meta key " .. repr(key) .. " (known: tags, timeout, skip)", 2)
    end
  end
  if meta.tags ~= nil and type(meta.tags) ~= "table" then error("test(" .. repr(name) .. "): tags must be a list of strings", 2) end
  if meta.timeout ~= nil and (type(meta.timeout) ~= "number" or meta.timeout <= 0) then
    error("test(" .. repr(name) .. "): timeout must be a positive number of seconds", 2)
  end
  local info = debug.getinfo(2, "l")
  framework.tests[#framework.tests + 1] = { name = name, meta = meta, fn = fn, line = info and info.currentline or 0 }
end

---------------------------------------------------------------- waiting
sleep = host.sleep

function wait_until(pred, opts)
  opts = opts or {}
  local timeout, interval = opts.timeout or 10, opts.interval or 0.1
  local deadline = host.now() + timeout
  while true do
    local value = pred()
    if value then return value end
    if host.now() >= deadline then
      error(string.format("wait_until: the condition was not met within %g s", timeout), 2)
    end
    host.sleep(interval)
  end
end

return framework
`;

// src/lua/state.ts
var PRELUDE_CHUNK = "=[provium]";
function displayPath(file) {
  const relative = path10.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}
function resolveUserPath(suiteRoot, file) {
  if (path10.isAbsolute(file)) return existsSync4(file) ? file : void 0;
  const candidates = [path10.resolve(suiteRoot, file), path10.resolve(file), path10.resolve(suiteRoot, "..", file)];
  return candidates.find((candidate) => existsSync4(candidate));
}
function loadLuaFile(L, file) {
  const source = readFileSync5(file);
  return import_fengari3.lauxlib.luaL_loadbuffer(L, source, source.length, (0, import_fengari3.to_luastring)("@" + displayPath(file)));
}
function setFunction(L, name, fn) {
  import_fengari3.lua.lua_pushcfunction(L, fn);
  import_fengari3.lua.lua_setfield(L, -2, (0, import_fengari3.to_luastring)(name));
}
function sandbox(L) {
  import_fengari3.lua.lua_pushnil(L);
  import_fengari3.lua.lua_setglobal(L, (0, import_fengari3.to_luastring)("io"));
  import_fengari3.lua.lua_getglobal(L, (0, import_fengari3.to_luastring)("os"));
  for (const name of ["execute", "exit", "remove", "rename", "tmpname", "setlocale"]) {
    import_fengari3.lua.lua_pushnil(L);
    import_fengari3.lua.lua_setfield(L, -2, (0, import_fengari3.to_luastring)(name));
  }
  import_fengari3.lua.lua_pop(L, 1);
}
function setRequirePath(L, suiteRoot) {
  const root = path10.relative(process.cwd(), suiteRoot) || ".";
  const dirs = [root, ".", path10.join(root, "..")];
  const patterns = dirs.flatMap((dir) => [`${dir}/?.lua`, `${dir}/?/init.lua`]);
  import_fengari3.lua.lua_getglobal(L, (0, import_fengari3.to_luastring)("package"));
  pushString(L, [...new Set(patterns)].join(";"));
  import_fengari3.lua.lua_setfield(L, -2, (0, import_fengari3.to_luastring)("path"));
  import_fengari3.lua.lua_pop(L, 1);
}
function createLuaFile(host) {
  const L = import_fengari3.lauxlib.luaL_newstate();
  import_fengari3.lualib.luaL_openlibs(L);
  sandbox(L);
  setRequirePath(L, host.suiteRoot);
  const bridge = new LuaBridge(L);
  if (import_fengari3.lauxlib.luaL_loadbuffer(L, (0, import_fengari3.to_luastring)(PRELUDE), null, (0, import_fengari3.to_luastring)(PRELUDE_CHUNK)) !== import_fengari3.lua.LUA_OK)
    throw new Error(`prelude: ${toText(L, -1)}`);
  import_fengari3.lua.lua_newtable(L);
  setFunction(L, "host_yield_in_progress", (L2) => {
    import_fengari3.lua.lua_pushboolean(L2, bridge.hostYieldInProgress());
    return 1;
  });
  setFunction(L, "log", (L2) => {
    host.log(toText(L2, 1));
    return 0;
  });
  setFunction(L, "now", (L2) => {
    import_fengari3.lua.lua_pushnumber(L2, Date.now() / 1e3);
    return 1;
  });
  setFunction(L, "sleep", (L2) => {
    const seconds = import_fengari3.lua.lua_tonumber(L2, 1);
    if (!(seconds >= 0)) raise(L2, "sleep(seconds): seconds must be a number >= 0");
    return bridge.await(L2, "sleep", () => new Promise((resolve2) => setTimeout(() => resolve2(() => 0), seconds * 1e3)));
  });
  setFunction(L, "loadfile", (L2) => {
    const requested = toText(L2, 1);
    const file = resolveUserPath(host.suiteRoot, requested);
    if (!file) {
      import_fengari3.lua.lua_pushnil(L2);
      pushString(L2, `cannot find '${requested}' (looked in ${host.suiteRoot} and ${process.cwd()})`);
      return 2;
    }
    if (loadLuaFile(L2, file) === import_fengari3.lua.LUA_OK) return 1;
    import_fengari3.lua.lua_pushnil(L2);
    import_fengari3.lua.lua_insert(L2, -2);
    return 2;
  });
  import_fengari3.lua.lua_call(L, 1, 1);
  const framework = import_fengari3.lauxlib.luaL_ref(L, import_fengari3.lua.LUA_REGISTRYINDEX);
  return { L, bridge, framework };
}

// src/run/file-runner.ts
var import_fengari10 = __toESM(require_fengari(), 1);
import { readFileSync as readFileSync11 } from "node:fs";
import path15 from "node:path";

// src/lua/api/json.ts
var import_fengari4 = __toESM(require_fengari(), 1);
function installJson(L) {
  import_fengari4.lua.lua_createtable(L, 0, 2);
  import_fengari4.lua.lua_pushcfunction(L, (L2) => {
    pushValue(L2, JSON.stringify(toValue(L2, 1)));
    return 1;
  });
  import_fengari4.lua.lua_setfield(L, -2, (0, import_fengari4.to_luastring)("encode"));
  import_fengari4.lua.lua_pushcfunction(L, (L2) => {
    const text = toText(L2, 1);
    let value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      raise(L2, `json.decode: ${error.message}`);
    }
    pushValue(L2, value);
    return 1;
  });
  import_fengari4.lua.lua_setfield(L, -2, (0, import_fengari4.to_luastring)("decode"));
  import_fengari4.lua.lua_setglobal(L, (0, import_fengari4.to_luastring)("json"));
}

// src/lua/api/provium.ts
var import_fengari8 = __toESM(require_fengari(), 1);

// src/vm/accel.ts
import { closeSync, constants as constants5, existsSync as existsSync5, mkdirSync, openSync, readFileSync as readFileSync6, writeFileSync as writeFileSync2 } from "node:fs";
import path11 from "node:path";

// src/util/log.ts
var shown = /* @__PURE__ */ new Set();
var sink = (message) => process.stderr.write(`provium: warning: ${message}
`);
function warnOnce(message) {
  if (shown.has(message)) return;
  shown.add(message);
  sink(message);
}

// src/vm/qemu.ts
var QEMU_BINARY = "qemu-system-x86_64";
function qemuArgs(l) {
  const args = [
    "-nodefaults",
    "-no-user-config",
    "-display",
    "none",
    "-no-reboot",
    "-machine",
    `pc,accel=${l.accel}`,
    "-cpu",
    l.accel === "kvm" ? "host" : "max",
    "-m",
    String(l.memoryMiB),
    "-smp",
    String(l.cpus),
    "-kernel",
    l.kernel,
    "-append",
    l.cmdline
  ];
  if (l.consoleLog) args.push("-chardev", `file,id=console,path=${l.consoleLog}`, "-serial", "chardev:console");
  else args.push("-serial", "stdio");
  if (l.initrd) args.push("-initrd", l.initrd);
  if (l.qmpSocket) args.push("-chardev", `socket,id=qmp,path=${l.qmpSocket},server=on,wait=off`, "-mon", "chardev=qmp,mode=control");
  if (l.agentSocket)
    args.push(
      "-chardev",
      `socket,id=agent,path=${l.agentSocket},server=on,wait=off`,
      "-device",
      "virtio-serial-pci,id=agent-bus",
      "-device",
      `virtserialport,bus=agent-bus.0,chardev=agent,name=${AGENT_PORT_NAME}`
    );
  return args;
}
function qemuBinary() {
  const binary = findExecutable(QEMU_BINARY);
  if (!binary) throw new ProviumError(`${QEMU_BINARY} was not found on PATH: run \`npm run setup\` (it installs qemu-system-x86)`);
  return binary;
}
function spawnQemu(args) {
  const qemu = qemuBinary();
  const setpriv = findExecutable("setpriv");
  const [file, argv] = setpriv ? [setpriv, ["--pdeathsig", "KILL", "--", qemu, ...args]] : [qemu, args];
  return execa(file, argv, { reject: false, stdin: "ignore", stdout: "ignore", stderr: "pipe", cleanup: true });
}

// src/vm/accel.ts
var ACCEL_MODES = ["auto", "kvm", "tcg"];
var PROBE_DEADLINE_MS = 1e3;
function bootId() {
  try {
    return readFileSync6("/proc/sys/kernel/random/boot_id", "utf8").trim();
  } catch {
    return "unknown";
  }
}
async function probeKvm(kernel) {
  if (!existsSync5("/dev/kvm")) return { kvm: false, reason: "/dev/kvm does not exist (no hardware virtualisation here)" };
  try {
    closeSync(openSync("/dev/kvm", constants5.O_RDWR));
  } catch {
    return { kvm: false, reason: "/dev/kvm cannot be opened by this user (add a udev rule or the kvm group)" };
  }
  const args = qemuArgs({
    accel: "kvm",
    kernel,
    cmdline: "earlyprintk=serial,ttyS0 console=ttyS0 panic=-1",
    memoryMiB: 128,
    cpus: 1
    // no console log: the probe reads the serial port on stdout
  });
  const qemu = execa(qemuBinary(), args, { reject: false, stdin: "ignore", buffer: false, cleanup: true });
  try {
    return await new Promise((resolve2) => {
      let seen = "";
      let stderr = "";
      const timer = setTimeout(
        () => resolve2({ kvm: false, reason: `a KVM guest did not start within ${PROBE_DEADLINE_MS} ms (nested virtualisation unavailable?)` }),
        PROBE_DEADLINE_MS
      );
      qemu.stdout?.on("data", (chunk) => {
        seen = (seen + chunk.toString("latin1")).slice(-4096);
        if (seen.includes("Linux version")) {
          clearTimeout(timer);
          resolve2({ kvm: true, reason: "a KVM guest kernel started" });
        }
      });
      qemu.stderr?.on("data", (chunk) => stderr += chunk.toString());
      void qemu.then((result) => {
        clearTimeout(timer);
        resolve2({ kvm: false, reason: `QEMU could not start a KVM guest: ${stderr.trim().split("\n")[0] || `exit ${result.exitCode}`}` });
      });
    });
  } finally {
    qemu.kill("SIGKILL");
    await qemu;
  }
}
async function kvmVerdict(kernel) {
  const cacheFile = path11.join(proviumHome(), "accel-probe.json");
  const id = bootId();
  try {
    const cached = JSON.parse(readFileSync6(cacheFile, "utf8"));
    if (cached.bootId === id) return cached;
  } catch {
  }
  const verdict = await probeKvm(kernel);
  try {
    mkdirSync(path11.dirname(cacheFile), { recursive: true });
    writeFileSync2(cacheFile, JSON.stringify({ ...verdict, bootId: id }));
  } catch {
  }
  return verdict;
}
async function chooseAccel(mode, kernel) {
  if (mode === "tcg") return "tcg";
  const verdict = await kvmVerdict(kernel);
  if (verdict.kvm) return "kvm";
  if (mode === "kvm") throw new ProviumError(`accel 'kvm' was requested but KVM does not work here: ${verdict.reason}; use accel 'auto' or 'tcg'`);
  warnOnce(`KVM is not usable (${verdict.reason}); guests run under TCG emulation, which is slower`);
  return "tcg";
}

// src/lua/api/tables.ts
var import_fengari5 = __toESM(require_fengari(), 1);
var LuaOptions = class {
  constructor(L, index, where, known) {
    this.L = L;
    this.index = index;
    this.where = where;
    if (import_fengari5.lua.lua_isnoneornil(L, index)) return;
    if (!import_fengari5.lua.lua_istable(L, index)) raise(L, `${where}: options must be a table, got ${toTypeName(L, index)}`);
    import_fengari5.lua.lua_pushnil(L);
    while (import_fengari5.lua.lua_next(L, index)) {
      const key = import_fengari5.lua.lua_type(L, -2) === import_fengari5.lua.LUA_TSTRING ? toText(L, -2) : "";
      import_fengari5.lua.lua_pop(L, 1);
      if (!known.includes(key)) {
        import_fengari5.lua.lua_pop(L, 1);
        raise(L, `${where}: unknown option '${key}' (known: ${known.join(", ")})`);
      }
    }
  }
  L;
  index;
  where;
  field(name, read) {
    if (import_fengari5.lua.lua_isnoneornil(this.L, this.index)) return void 0;
    import_fengari5.lua.lua_getfield(this.L, this.index, (0, import_fengari5.to_luastring)(name));
    try {
      const type = import_fengari5.lua.lua_type(this.L, -1);
      return type === import_fengari5.lua.LUA_TNIL ? void 0 : read(type);
    } finally {
      import_fengari5.lua.lua_pop(this.L, 1);
    }
  }
  wrong(name, what) {
    raise(this.L, `${this.where}: option '${name}' must be ${what}, got ${toTypeName(this.L, -1)}`);
  }
  string(name) {
    return this.field(name, (type) => type === import_fengari5.lua.LUA_TSTRING ? toText(this.L, -1) : this.wrong(name, "a string"));
  }
  bytes(name) {
    return this.field(name, (type) => type === import_fengari5.lua.LUA_TSTRING ? toBytes(this.L, -1) : this.wrong(name, "a string"));
  }
  number(name) {
    return this.field(name, (type) => type === import_fengari5.lua.LUA_TNUMBER ? import_fengari5.lua.lua_tonumber(this.L, -1) : this.wrong(name, "a number"));
  }
  boolean(name) {
    return this.field(name, (type) => type === import_fengari5.lua.LUA_TBOOLEAN ? import_fengari5.lua.lua_toboolean(this.L, -1) : this.wrong(name, "true or false"));
  }
  stringMap(name) {
    return this.field(name, (type) => {
      if (type !== import_fengari5.lua.LUA_TTABLE) this.wrong(name, "a table of strings");
      const map = {};
      import_fengari5.lua.lua_pushnil(this.L);
      while (import_fengari5.lua.lua_next(this.L, -2)) {
        map[toText(this.L, -2)] = toText(this.L, -1);
        import_fengari5.lua.lua_pop(this.L, 1);
      }
      return map;
    });
  }
};
function stringList(L, index) {
  const items = [];
  const length = import_fengari5.lua.lua_rawlen(L, index);
  for (let i2 = 1; i2 <= length; i2++) {
    import_fengari5.lua.lua_rawgeti(L, index, i2);
    items.push(toText(L, -1));
    import_fengari5.lua.lua_pop(L, 1);
  }
  return items;
}

// src/lua/api/vm.ts
var import_fengari7 = __toESM(require_fengari(), 1);

// src/lua/api/lua-class.ts
var import_fengari6 = __toESM(require_fengari(), 1);
var LuaClass = class {
  constructor(L, name, usage, methods, describe) {
    this.name = name;
    this.usage = usage;
    import_fengari6.lauxlib.luaL_newmetatable(L, (0, import_fengari6.to_luastring)(name));
    import_fengari6.lua.lua_newtable(L);
    for (const [method, fn] of Object.entries(methods)) {
      import_fengari6.lua.lua_pushcfunction(L, (L2) => fn(L2, this.check(L2, 1, method)));
      import_fengari6.lua.lua_setfield(L, -2, (0, import_fengari6.to_luastring)(method));
    }
    import_fengari6.lua.lua_setfield(L, -2, (0, import_fengari6.to_luastring)("__index"));
    import_fengari6.lua.lua_pushcfunction(L, (L2) => {
      pushString(L2, describe(this.check(L2, 1, "__tostring")));
      return 1;
    });
    import_fengari6.lua.lua_setfield(L, -2, (0, import_fengari6.to_luastring)("__tostring"));
    import_fengari6.lua.lua_pop(L, 1);
  }
  name;
  usage;
  objects = /* @__PURE__ */ new WeakMap();
  push(L, object) {
    import_fengari6.lua.lua_newtable(L);
    import_fengari6.lauxlib.luaL_setmetatable(L, (0, import_fengari6.to_luastring)(this.name));
    this.objects.set(import_fengari6.lua.lua_topointer(L, -1), object);
  }
  /** The JS object at index, or undefined when the value is not one of ours. */
  test(L, index) {
    if (!import_fengari6.lua.lua_istable(L, index)) return void 0;
    return this.objects.get(import_fengari6.lua.lua_topointer(L, index));
  }
  check(L, index, method) {
    const object = this.test(L, index);
    if (!object) raise(L, `${method}: call it on a ${this.usage} with ':' (${this.usage}:${method}(...), not ${this.usage}.${method}(...))`);
    return object;
  }
};

// src/lua/api/vm.ts
function syscallArg(L, index, classes, position) {
  const what = `vm:syscall argument ${position}`;
  switch (import_fengari7.lua.lua_type(L, index)) {
    case import_fengari7.lua.LUA_TNIL:
      return null;
    case import_fengari7.lua.LUA_TBOOLEAN:
      return import_fengari7.lua.lua_toboolean(L, index) ? 1 : 0;
    case import_fengari7.lua.LUA_TNUMBER:
      return checkInteger(L, index, what);
    case import_fengari7.lua.LUA_TSTRING:
      return { in: toBytes(L, index) };
    // passed as a pointer to the bytes, NUL-terminated
    case import_fengari7.lua.LUA_TTABLE: {
      const buffer = classes.buffer.test(L, index);
      if (buffer) return buffer.bytes ? { inout: buffer.bytes } : { out: buffer.size ?? 0 };
      const exact = classes.int.test(L, index);
      if (exact) return exact.value;
    }
  }
  raise(L, `${what}: expected an integer, a string, provium.buffer(...) or provium.int(...), got ${toTypeName(L, index)}`);
}
function orErrorTriple(error) {
  if (!(error instanceof AgentError)) throw error;
  return (L) => {
    import_fengari7.lua.lua_pushnil(L);
    pushString(L, error.message);
    import_fengari7.lua.lua_pushinteger(L, error.errno);
    return 3;
  };
}
function vmClasses(L, bridge) {
  const buffer = new LuaClass(L, "provium.buffer", "buffer", {
    bytes: (L2, self2) => {
      pushBytes(L2, self2.result ?? self2.bytes ?? Buffer.alloc(self2.size ?? 0));
      return 1;
    }
  }, (self2) => `provium.buffer(${self2.bytes ? `${self2.bytes.length} bytes in/out` : `${self2.size} bytes out`})`);
  const int = new LuaClass(L, "provium.int", "int", {}, (self2) => self2.value.toString());
  const classes = { vm: void 0, buffer, int };
  classes.vm = new LuaClass(L, "provium.VM", "vm", {
    boot: (L2, vm) => bridge.await(L2, "vm:boot", async () => {
      await vm.boot();
      return () => 0;
    }),
    exec: (L2, vm) => {
      const command = import_fengari7.lua.lua_istable(L2, 2) ? stringList(L2, 2) : import_fengari7.lua.lua_type(L2, 2) === import_fengari7.lua.LUA_TSTRING ? toText(L2, 2) : void 0;
      if (command === void 0 || command.length === 0) raise(L2, "vm:exec(cmd, opts): cmd must be a shell string or a non-empty list of arguments");
      const o2 = new LuaOptions(L2, 3, "vm:exec", ["env", "cwd", "stdin", "timeout", "max_output"]);
      const options = { env: o2.stringMap("env"), cwd: o2.string("cwd"), stdin: o2.bytes("stdin"), timeout: o2.number("timeout"), maxOutput: o2.number("max_output") };
      return bridge.await(L2, "vm:exec", async () => {
        const r = await vm.exec(command, { ...options, timeoutMs: options.timeout === void 0 ? void 0 : options.timeout * 1e3 });
        return (L3) => {
          pushValue(L3, { ok: r.ok, code: r.code, signal: r.signal, stdout: r.stdout, stderr: r.stderr, timed_out: r.timedOut, truncated: r.truncated });
          return 1;
        };
      });
    },
    syscall: (L2, vm) => {
      const target = import_fengari7.lua.lua_type(L2, 2) === import_fengari7.lua.LUA_TSTRING ? toText(L2, 2) : checkInteger(L2, 2, "vm:syscall(nr_or_name, ...)");
      const count3 = import_fengari7.lua.lua_gettop(L2) - 2;
      if (count3 > 6) raise(L2, `vm:syscall: a syscall takes at most 6 arguments, got ${count3}`);
      const args = [];
      const buffers = [];
      for (let i2 = 0; i2 < count3; i2++) {
        args.push(syscallArg(L2, 3 + i2, classes, i2 + 1));
        const b = buffer.test(L2, 3 + i2);
        if (b) buffers.push(b);
      }
      return bridge.await(L2, "vm:syscall", async () => {
        const r = await vm.syscall(typeof target === "string" ? target : Number(target), args);
        r.buffers.forEach((bytes, i2) => buffers[i2].result = bytes);
        return (L3) => (pushValue(L3, { ok: r.errno === 0, ret: r.ret, errno: r.errno, buffers: r.buffers }), 1);
      });
    },
    read_file: (L2, vm) => {
      const file = toText(L2, 2);
      return bridge.await(
        L2,
        "vm:read_file",
        () => vm.readFile(file).then((data) => (L3) => (pushBytes(L3, data), 1), orErrorTriple)
      );
    },
    write_file: (L2, vm) => {
      const file = toText(L2, 2);
      if (import_fengari7.lua.lua_type(L2, 3) !== import_fengari7.lua.LUA_TSTRING) raise(L2, "vm:write_file(path, data, opts): data must be a string");
      const data = toBytes(L2, 3);
      const mode = import_fengari7.lua.lua_type(L2, 4) === import_fengari7.lua.LUA_TNUMBER ? Number(checkInteger(L2, 4, "vm:write_file mode")) : void 0;
      const o2 = new LuaOptions(L2, mode === void 0 ? 4 : 5, "vm:write_file", ["mode", "append"]);
      const options = { mode: mode ?? o2.number("mode"), append: o2.boolean("append") };
      return bridge.await(
        L2,
        "vm:write_file",
        () => vm.writeFile(file, data, options).then(() => (L3) => (import_fengari7.lua.lua_pushboolean(L3, true), 1), orErrorTriple)
      );
    },
    mount: (L2, vm) => {
      const fstype = toText(L2, 2);
      const target = toText(L2, 3);
      const o2 = new LuaOptions(L2, 4, "vm:mount", ["source", "flags", "data"]);
      const options = { source: o2.string("source"), flags: o2.number("flags"), data: o2.string("data") };
      return bridge.await(
        L2,
        "vm:mount",
        () => vm.mount(fstype, target, options).then(() => (L3) => (import_fengari7.lua.lua_pushboolean(L3, true), 1), orErrorTriple)
      );
    },
    mount_vfs: (L2, vm) => bridge.await(L2, "vm:mount_vfs", async () => {
      const mounted = await vm.mountVfs();
      return (L3) => (pushValue(L3, mounted), 1);
    }),
    console: (L2, vm) => {
      pushBytes(L2, Buffer.from(vm.console(), "latin1"));
      return 1;
    },
    shutdown: (L2, vm) => bridge.await(L2, "vm:shutdown", async () => {
      await vm.shutdown();
      return () => 0;
    })
  }, (vm) => `VM ${vm.name} (${vm.state})`);
  return classes;
}

// src/lua/api/provium.ts
function setFunction2(L, name, fn) {
  import_fengari8.lua.lua_pushcfunction(L, fn);
  import_fengari8.lua.lua_setfield(L, -2, (0, import_fengari8.to_luastring)(name));
}
function installProvium(L, bridge, host) {
  const classes = vmClasses(L, bridge);
  import_fengari8.lua.lua_newtable(L);
  setFunction2(L, "create", (L2) => {
    const profile = import_fengari8.lua.lua_isnoneornil(L2, 1) ? void 0 : toText(L2, 1);
    const o2 = new LuaOptions(L2, 2, "provium.create", ["memory", "cpus", "kernel_cmdline", "accel", "boot_timeout"]);
    const accel = o2.string("accel");
    if (accel !== void 0 && !ACCEL_MODES.includes(accel)) raise(L2, `provium.create: accel must be one of ${ACCEL_MODES.join(", ")}, got '${accel}'`);
    const bootTimeout = o2.number("boot_timeout");
    let vm;
    try {
      vm = host.createVm(profile, {
        memoryMiB: o2.number("memory"),
        cpus: o2.number("cpus"),
        cmdline: o2.string("kernel_cmdline"),
        accel,
        bootTimeoutMs: bootTimeout === void 0 ? void 0 : bootTimeout * 1e3
      });
    } catch (error) {
      raise(L2, error.message);
    }
    classes.vm.push(L2, vm);
    return 1;
  });
  setFunction2(L, "buffer", (L2) => {
    if (import_fengari8.lua.lua_type(L2, 1) === import_fengari8.lua.LUA_TSTRING) classes.buffer.push(L2, { bytes: toBytes(L2, 1) });
    else {
      const size = Number(checkInteger(L2, 1, "provium.buffer(size_or_bytes)"));
      if (size < 0 || size > 64 << 20) raise(L2, "provium.buffer(size): size must be between 0 and 64 MiB");
      classes.buffer.push(L2, { size });
    }
    return 1;
  });
  setFunction2(L, "int", (L2) => {
    classes.int.push(L2, { value: checkInteger(L2, 1, "provium.int(value)") });
    return 1;
  });
  import_fengari8.lua.lua_setglobal(L, (0, import_fengari8.to_luastring)("provium"));
}

// src/lua/failure.ts
var import_fengari9 = __toESM(require_fengari(), 1);
function locate(L, thread, testFile) {
  const ar = new import_fengari9.lua.lua_Debug();
  const location = { traceback: "" };
  const lines = [];
  for (let level = 0; import_fengari9.lua.lua_getstack(thread, level, ar); level++) {
    import_fengari9.lua.lua_getinfo(thread, (0, import_fengari9.to_luastring)("Sln"), ar);
    const source = (0, import_fengari9.to_jsstring)(ar.source);
    const name = ar.name ? `function '${(0, import_fengari9.to_jsstring)(ar.name)}'` : ar.what && (0, import_fengari9.to_jsstring)(ar.what) === "main" ? "main chunk" : "function";
    if (source === PRELUDE_CHUNK) continue;
    if (!source.startsWith("@")) {
      lines.push(`	[host]: in ${name}`);
      continue;
    }
    const file = source.slice(1);
    if (!(ar.currentline > 0)) {
      lines.push(`	${file}: in ${name}`);
      continue;
    }
    lines.push(`	${file}:${ar.currentline}: in ${name}`);
    if (location.file === void 0) Object.assign(location, { file, line: ar.currentline });
    if (location.testLine === void 0 && file === testFile) location.testLine = ar.currentline;
  }
  location.traceback = ["stack traceback:", ...lines].join("\n");
  return location;
}
function threadError(L, thread, testFile) {
  import_fengari9.lua.lua_xmove(thread, L, 1);
  try {
    const outcome = outcomeOf(L);
    if (outcome) return outcome;
    const type = import_fengari9.lua.lua_type(L, -1);
    let message;
    if (type === import_fengari9.lua.LUA_TSTRING || type === import_fengari9.lua.LUA_TNUMBER) message = toText(L, -1);
    else if (type === import_fengari9.lua.LUA_TNIL) message = "error(nil) was raised";
    else {
      import_fengari9.lauxlib.luaL_tolstring(L, -1);
      message = `error value: ${toText(L, -1)}`;
      import_fengari9.lua.lua_pop(L, 1);
    }
    return { outcome: "error", message, location: locate(L, thread, testFile) };
  } finally {
    import_fengari9.lua.lua_pop(L, 1);
  }
}
function outcomeOf(L) {
  if (import_fengari9.lua.lua_type(L, -1) !== import_fengari9.lua.LUA_TTABLE || !import_fengari9.lua.lua_getmetatable(L, -1)) return void 0;
  import_fengari9.lua.lua_getfield(L, -1, (0, import_fengari9.to_luastring)("__provium_outcome"));
  const isOutcome = import_fengari9.lua.lua_toboolean(L, -1);
  import_fengari9.lua.lua_pop(L, 2);
  if (!isOutcome) return void 0;
  import_fengari9.lua.lua_getfield(L, -1, (0, import_fengari9.to_luastring)("kind"));
  import_fengari9.lua.lua_getfield(L, -2, (0, import_fengari9.to_luastring)("reason"));
  const outcome = { outcome: toText(L, -2), reason: toText(L, -1) };
  import_fengari9.lua.lua_pop(L, 2);
  return outcome;
}

// src/vm/profile.ts
import { accessSync as accessSync2, constants as constants6, readFileSync as readFileSync7 } from "node:fs";
var BUILTIN_PROFILE = "minimal";
var DEFAULT_MEMORY_MIB = 256;
var SETUP_HINT = "run `npm run setup` (or `provium setup`)";
function checkReadable(file, what) {
  try {
    accessSync2(file, constants6.R_OK);
  } catch (error) {
    const reason = error.code === "ENOENT" ? "does not exist" : "is not readable";
    throw new ProviumError(`${what} ${file} ${reason}`);
  }
}
function builtinProfile() {
  const file = `${paths().profileDir(BUILTIN_PROFILE)}/profile.json`;
  let stored;
  try {
    stored = JSON.parse(readFileSync7(file, "utf8"));
  } catch {
    throw new ProviumError(`the built-in profile '${BUILTIN_PROFILE}' is not set up (no ${file}): ${SETUP_HINT}`);
  }
  const profile = {
    name: BUILTIN_PROFILE,
    kernel: String(stored.kernel),
    initrds: stored.initrds ?? [],
    cmdline: String(stored.cmdline ?? ""),
    memoryMiB: Number(stored.memoryMiB ?? DEFAULT_MEMORY_MIB),
    cpus: Number(stored.cpus ?? 1)
  };
  for (const file2 of [profile.kernel, ...profile.initrds]) {
    try {
      checkReadable(file2, `the built-in profile's file`);
    } catch (error) {
      throw new ProviumError(`${error.message}: ${SETUP_HINT}`);
    }
  }
  return profile;
}
function resolveProfile(name, config = { profiles: {} }) {
  const user = config.profiles[name];
  if (!user) {
    if (name === BUILTIN_PROFILE) return builtinProfile();
    const known = [BUILTIN_PROFILE, ...Object.keys(config.profiles)].join(", ");
    const where = config.file ? `add [profiles.${name}] to ${config.file}` : "define it under [profiles.NAME] in the suite's provium.toml";
    throw new ProviumError(`unknown profile '${name}' (known: ${known}): ${where}`);
  }
  const key = (field) => `profiles.${name}.${field} in ${config.file}`;
  if (!user.kernel) throw new ProviumError(`profile '${name}' has no kernel: set ${key("kernel")}`);
  checkReadable(user.kernel, `profile '${name}': kernel (${key("kernel")})`);
  const initrds = user.initrd ? [user.initrd] : [paths().baseRootfs];
  if (user.initrd) checkReadable(user.initrd, `profile '${name}': initrd (${key("initrd")})`);
  else checkReadable(paths().baseRootfs, `profile '${name}' has no initrd, and the built-in busybox rootfs`);
  return {
    name,
    kernel: user.kernel,
    initrds,
    cmdline: user.cmdline ?? "",
    memoryMiB: user.memory ?? DEFAULT_MEMORY_MIB,
    cpus: user.cpus ?? 1
  };
}

// src/vm/console-log.ts
import { readFileSync as readFileSync8 } from "node:fs";
function readConsole(file) {
  try {
    return readFileSync8(file, "latin1");
  } catch {
    return "";
  }
}
function consoleTail(file, lines = 30) {
  const text = readConsole(file).replace(/\r/g, "").trimEnd();
  if (!text) return "(the guest printed nothing)";
  return text.split("\n").slice(-lines).join("\n");
}

// src/vm/vm.ts
import path14 from "node:path";

// src/run/cleanup.ts
import { rmSync as rmSync2 } from "node:fs";
var children = /* @__PURE__ */ new Set();
var directories = /* @__PURE__ */ new Set();
var installed = false;
var exitOnSignal = true;
function cleanupNow() {
  for (const pid of children) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
    }
  }
  children.clear();
  for (const dir of directories) rmSync2(dir, { recursive: true, force: true });
  directories.clear();
}
function install() {
  if (installed) return;
  installed = true;
  process.on("exit", cleanupNow);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      cleanupNow();
      if (exitOnSignal) process.exit(signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 129);
    });
  }
}
function trackChild(pid) {
  install();
  children.add(pid);
}
function untrackChild(pid) {
  children.delete(pid);
}
function trackDirectory(path16) {
  install();
  directories.add(path16);
}
function untrackDirectory(path16) {
  directories.delete(path16);
}

// src/run/run-dir.ts
import { mkdirSync as mkdirSync2, readdirSync as readdirSync2, readFileSync as readFileSync9, rmSync as rmSync3, writeFileSync as writeFileSync3 } from "node:fs";
import path12 from "node:path";
function runsRoot() {
  return process.env.PROVIUM_RUNS_DIR ?? "/tmp/provium-runs";
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function removeStaleRunDirs(root = runsRoot()) {
  const removed = [];
  let entries;
  try {
    entries = readdirSync2(root);
  } catch {
    return removed;
  }
  for (const entry of entries) {
    const dir = path12.join(root, entry);
    let owner = NaN;
    try {
      owner = Number(readFileSync9(path12.join(dir, "owner.pid"), "utf8"));
    } catch {
    }
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) continue;
    rmSync3(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}
var RunDir = class _RunDir {
  constructor(path16) {
    this.path = path16;
  }
  path;
  nextChild = 0;
  removed = false;
  static create(root = runsRoot()) {
    removeStaleRunDirs(root);
    const id = `${(/* @__PURE__ */ new Date()).toISOString().replace(/[-:]/g, "").replace(/\..*/, "")}-${process.pid}-${Math.random().toString(36).slice(2, 6)}`;
    const dir = path12.join(root, id);
    mkdirSync2(dir, { recursive: true, mode: 448 });
    writeFileSync3(path12.join(dir, "owner.pid"), String(process.pid));
    trackDirectory(dir);
    return new _RunDir(dir);
  }
  /** A fresh subdirectory, e.g. one per VM. */
  child(label) {
    const dir = path12.join(this.path, `${label}-${++this.nextChild}`);
    mkdirSync2(dir, { recursive: true });
    return dir;
  }
  remove() {
    if (this.removed) return;
    this.removed = true;
    rmSync3(this.path, { recursive: true, force: true });
    untrackDirectory(this.path);
  }
};
var processRunDir;
function defaultRunDir() {
  processRunDir ??= RunDir.create();
  return processRunDir;
}

// src/util/time.ts
async function within(promise, ms) {
  let timer;
  const timeout = new Promise((resolve2) => timer = setTimeout(() => resolve2(void 0), ms));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// src/vm/initrd.ts
import { createHash } from "node:crypto";
import { existsSync as existsSync6, mkdirSync as mkdirSync3, readFileSync as readFileSync10, renameSync, statSync as statSync3, writeFileSync as writeFileSync4 } from "node:fs";
import path13 from "node:path";
var AGENT_GUEST_PATH = "/provium/agent";
function identity3(file) {
  const s = statSync3(file);
  return `${file}:${s.size}:${s.mtimeMs}`;
}
function agentOverlay(agentBinary) {
  return writeCpio([
    { type: "dir", path: "provium", mode: 493 },
    { type: "file", path: AGENT_GUEST_PATH, mode: 493, data: agentBinary }
  ]);
}
function composeInitrd(initrds) {
  const { agent, home } = paths();
  if (!existsSync6(agent)) throw new ProviumError(`the guest agent is not built (${agent} is missing): run \`npm run setup\``);
  const key = createHash("sha256").update([...initrds, agent].map(identity3).join("\n")).digest("hex").slice(0, 16);
  const dir = path13.join(home, "initrd-cache");
  const target = path13.join(dir, `${key}.cpio`);
  if (existsSync6(target)) return target;
  mkdirSync3(dir, { recursive: true });
  const parts = initrds.map((file) => readFileSync10(file));
  parts.push(agentOverlay(readFileSync10(agent)));
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync4(temporary, Buffer.concat(parts));
  renameSync(temporary, target);
  return target;
}

// src/vm/qmp.ts
import net2 from "node:net";
import { setTimeout as sleep2 } from "node:timers/promises";
var QmpClient = class _QmpClient {
  constructor(socket) {
    this.socket = socket;
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => this.onData(chunk));
    socket.on("error", () => {
    });
    socket.on("close", () => this.failAll(new ProviumError("the QMP connection closed (QEMU exited)")));
  }
  socket;
  waiters = [];
  buffered = "";
  greeted;
  greeting = new Promise((resolve2) => this.greeted = resolve2);
  onEvent = () => {
  };
  static async connect(path16, deadline, isAlive2) {
    for (; ; ) {
      try {
        const socket = await new Promise((resolve2, reject) => {
          const s = net2.createConnection(path16, () => resolve2(s));
          s.once("error", reject);
        });
        const client = new _QmpClient(socket);
        await client.greeting;
        await client.execute("qmp_capabilities");
        return client;
      } catch (error) {
        if (!isAlive2() || Date.now() > deadline) throw new ProviumError(`cannot connect to QMP at ${path16}: ${error.message}`);
        await sleep2(5);
      }
    }
  }
  execute(command, args) {
    return new Promise((resolve2, reject) => {
      this.waiters.push({ command, resolve: resolve2, reject });
      this.socket.write(JSON.stringify(args ? { execute: command, arguments: args } : { execute: command }) + "\n");
    });
  }
  close() {
    this.socket.destroy();
  }
  onData(chunk) {
    this.buffered += chunk;
    let newline;
    while ((newline = this.buffered.indexOf("\n")) >= 0) {
      const line = this.buffered.slice(0, newline).trim();
      this.buffered = this.buffered.slice(newline + 1);
      if (line) this.onMessage(JSON.parse(line));
    }
  }
  onMessage(message) {
    if ("QMP" in message) return this.greeted();
    if ("event" in message) return this.onEvent(message);
    const waiter = this.waiters.shift();
    if (!waiter) return;
    if ("error" in message) {
      const error = message.error;
      waiter.reject(new ProviumError(`QMP ${waiter.command}: ${error.desc ?? "failed"}`));
    } else waiter.resolve(message.return);
  }
  failAll(error) {
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
  }
};

// src/vm/vm.ts
var DEFAULT_EXEC_TIMEOUT_MS = 6e4;
var DEFAULT_BOOT_TIMEOUT_MS = 6e4;
var REQUEST_TIMEOUT_MS = 3e4;
var EXEC_REPLY_GRACE_MS = 5e3;
var SHUTDOWN_TIMEOUT_MS = 1e4;
var VIRTUAL_FILESYSTEMS = [
  { fstype: "proc", target: "/proc" },
  { fstype: "sysfs", target: "/sys" },
  { fstype: "devtmpfs", target: "/dev" },
  { fstype: "securityfs", target: "/sys/kernel/security" },
  { fstype: "debugfs", target: "/sys/kernel/debug" },
  { fstype: "tmpfs", target: "/tmp" },
  { fstype: "devpts", target: "/dev/pts" }
];
var vmCounter = 0;
function createVm(profile, options = {}) {
  const resolved = typeof profile === "string" ? resolveProfile(profile, options.config) : profile;
  return new Vm(resolved, options);
}
var Vm = class {
  constructor(profile, options) {
    this.profile = profile;
    this.options = options;
    this.name = `${profile.name}-${++vmCounter}`;
  }
  profile;
  options;
  name;
  stateValue = "created";
  qemu;
  exited;
  exit;
  agent;
  qmp;
  dir;
  accelUsed;
  /** Set by shutdown()/kill(): the exit that follows is not a fault. */
  stopRequested = false;
  get state() {
    return this.stateValue;
  }
  get accel() {
    return this.accelUsed;
  }
  /** The serial console log file (exists once the VM has started). */
  get consoleLogPath() {
    return this.dir ? path14.join(this.dir, "console.log") : "";
  }
  /** Everything the guest printed on its console so far. */
  console() {
    return this.dir ? readConsole(this.consoleLogPath) : "";
  }
  get pid() {
    return this.qemu?.pid;
  }
  async boot() {
    if (this.stateValue !== "created") throw new ProviumError(`VM '${this.name}' was already booted`);
    this.stateValue = "booting";
    const timeoutMs = this.options.bootTimeoutMs ?? DEFAULT_BOOT_TIMEOUT_MS;
    let deadline = Infinity;
    try {
      this.accelUsed = await chooseAccel(this.options.accel ?? "auto", this.profile.kernel);
      const cmdline = ["console=ttyS0", "panic=-1", `rdinit=${AGENT_GUEST_PATH}`, this.profile.cmdline, this.options.cmdline ?? ""];
      this.start(
        qemuArgs({
          accel: this.accelUsed,
          kernel: this.profile.kernel,
          initrd: composeInitrd(this.profile.initrds),
          cmdline: cmdline.filter(Boolean).join(" "),
          memoryMiB: this.options.memoryMiB ?? this.profile.memoryMiB,
          cpus: this.options.cpus ?? this.profile.cpus,
          ...this.sockets()
        })
      );
      deadline = Date.now() + timeoutMs;
      await this.connect(deadline);
      this.stateValue = "running";
    } catch (error) {
      await this.kill();
      if (error instanceof VmError) throw error;
      if (!this.dir) throw error;
      const why = Date.now() >= deadline ? `the guest agent did not answer within the boot timeout (${formatSeconds(timeoutMs)})` : error.message;
      throw new VmError(`VM '${this.name}' did not become ready: ${why}`, consoleTail(this.consoleLogPath), this.consoleLogPath);
    }
  }
  async exec(command, options = {}) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_EXEC_TIMEOUT_MS;
    const r = await this.request(
      "exec",
      {
        ...typeof command === "string" ? { cmd: command } : { argv: command },
        env: options.env,
        cwd: options.cwd,
        stdin: typeof options.stdin === "string" ? Buffer.from(options.stdin) : options.stdin,
        timeout_ms: timeoutMs,
        max_output: options.maxOutput
      },
      timeoutMs + EXEC_REPLY_GRACE_MS
    );
    return {
      ok: r.code === 0 && !r.timed_out,
      code: r.code,
      signal: r.signal,
      stdout: Buffer.from(r.stdout),
      stderr: Buffer.from(r.stderr),
      timedOut: r.timed_out,
      truncated: r.truncated
    };
  }
  async syscall(syscall, args = []) {
    const r = await this.request("syscall", { ...typeof syscall === "number" ? { nr: syscall } : { name: syscall }, args });
    return { ret: toInteger(r.ret), errno: Number(r.errno), buffers: r.buffers.map((b) => Buffer.from(b)) };
  }
  async readFile(file) {
    return Buffer.from((await this.request("read_file", { path: file })).data);
  }
  async writeFile(file, data, options = {}) {
    await this.request("write_file", { path: file, data: typeof data === "string" ? Buffer.from(data) : data, ...options });
  }
  async mount(fstype, target, options = {}) {
    await this.request("mount", { fstype, target, ...options });
  }
  /** Mounts the usual virtual filesystems the kernel supports; returns the targets mounted now. */
  async mountVfs() {
    const supported = new Set(
      (await this.readFile("/proc/filesystems")).toString().split("\n").map((line) => line.split("	").pop()?.trim())
    );
    const mounted = new Set((await this.readFile("/proc/mounts")).toString().split("\n").map((line) => line.split(" ")[1]));
    const done = [];
    for (const { fstype, target } of VIRTUAL_FILESYSTEMS) {
      if (!supported.has(fstype) || mounted.has(target)) continue;
      await this.mount(fstype, target);
      done.push(target);
    }
    return done;
  }
  /** Powers the guest off; falls back to killing QEMU when it does not stop in time. */
  async shutdown() {
    if (this.stateValue === "stopped" || this.stateValue === "created") return void (this.stateValue = "stopped");
    this.stopRequested = true;
    try {
      await this.request("shutdown", {}, SHUTDOWN_TIMEOUT_MS);
      await within(this.exited, SHUTDOWN_TIMEOUT_MS);
    } catch {
    }
    await this.kill();
  }
  /** Stops QEMU at once. Safe to call in any state. */
  async kill() {
    this.stopRequested = true;
    this.stateValue = "stopped";
    this.agent?.fail(new ProviumError(`VM '${this.name}' was shut down`));
    this.qmp?.close();
    if (this.qemu && !this.exit) {
      this.qemu.kill("SIGKILL");
      await this.exited;
    }
  }
  /** Drops the agent connection and makes a new one (the guest agent keeps serving). */
  async reconnectAgent(timeoutMs = REQUEST_TIMEOUT_MS) {
    this.assertRunning("reconnect");
    this.agent?.close();
    await this.connectAgent(Date.now() + timeoutMs);
  }
  /** For the fixture machinery (snapshots): the QMP connection. */
  get qmpClient() {
    return this.qmp;
  }
  sockets() {
    this.dir = (this.options.runDir ?? defaultRunDir()).child(`vm-${this.profile.name}`);
    return {
      consoleLog: this.consoleLogPath,
      qmpSocket: path14.join(this.dir, "qmp.sock"),
      agentSocket: path14.join(this.dir, "agent.sock")
    };
  }
  start(args) {
    const qemu = spawnQemu(args);
    this.qemu = qemu;
    if (qemu.pid) trackChild(qemu.pid);
    this.exited = qemu.then((result) => {
      if (qemu.pid) untrackChild(qemu.pid);
      this.exit = { code: result.exitCode, signal: result.signal, stderr: String(result.stderr ?? "") };
      this.stateValue = "stopped";
      return this.exit;
    });
  }
  isAlive = () => !this.exit;
  async connect(deadline) {
    const dir = this.dir;
    this.qmp = await QmpClient.connect(path14.join(dir, "qmp.sock"), deadline, this.isAlive);
    await this.connectAgent(deadline);
  }
  async connectAgent(deadline) {
    const socket = path14.join(this.dir, "agent.sock");
    this.agent = await AgentClient.connect(socket, deadline, { explainLoss: () => this.explainLoss() }, this.isAlive);
    const hello = await this.agent.request("hello", { version: PROTOCOL_VERSION, time_ns: BigInt(Date.now()) * 1000000n }, Math.max(deadline - Date.now(), 1));
    if (hello.version !== PROTOCOL_VERSION)
      throw new ProviumError(`the guest agent speaks protocol ${hello.version}, this Provium ${PROTOCOL_VERSION}: run \`npm run setup\` to rebuild it`);
  }
  /** Why the agent connection dropped: normally because QEMU exited. */
  async explainLoss() {
    const exit = await within(this.exited, 2e3);
    if (!exit) return new ProviumError(`VM '${this.name}': the agent connection dropped while QEMU still runs`);
    if (this.stopRequested) return new ProviumError(`VM '${this.name}' was shut down`);
    const how = exit.signal ? `was killed by ${exit.signal}` : `exited with status ${exit.code}`;
    const console2 = readConsole(this.consoleLogPath);
    const panic = /Kernel panic[^\n]*/.exec(console2)?.[0];
    const stderr = exit.stderr.trim() ? ` (QEMU said: ${exit.stderr.trim().split("\n").slice(-3).join(" | ")})` : "";
    const what = panic ? `the guest kernel panicked: ${panic.trim()}; QEMU ${how}` : `QEMU ${how}`;
    return new VmError(`VM '${this.name}': ${what}${stderr}`, consoleTail(this.consoleLogPath), this.consoleLogPath);
  }
  assertRunning(what) {
    if (this.stateValue === "running") return;
    const why = this.stateValue === "stopped" ? "was shut down" : this.stateValue === "created" ? "is not booted (call boot() first)" : "is still booting";
    throw new ProviumError(`cannot ${what}: VM '${this.name}' ${why}`);
  }
  /** One agent request as is: for the fixture machinery and protocol tests. */
  request(op, args, timeoutMs = REQUEST_TIMEOUT_MS) {
    this.assertRunning(op);
    return this.agent.request(op, args, timeoutMs);
  }
};

// src/run/file-runner.ts
var Scope = class {
  vms = [];
  logs = [];
  warnings = [];
};
var PLAIN_SCRIPT_SUFFIX = ".test.lua";
async function runTestFile(file, options) {
  const started = Date.now();
  const display = displayPath(file);
  const source = readFileSync11(file, "utf8");
  const plainName = path15.basename(file, PLAIN_SCRIPT_SUFFIX);
  const selectsFile = !options.filter || options.filter.test(display);
  if (!/\btest\s*\(/.test(source) && (!selectsFile || options.tags?.length)) return { file: display, durationMs: 0, tests: [] };
  let scope = new Scope();
  const lf = createLuaFile({
    suiteRoot: options.suiteRoot,
    log: (line) => {
      scope.logs.push(line);
      options.onLog?.(display, line);
    }
  });
  installProvium(lf.L, lf.bridge, {
    createVm: (profile, vmOptions) => {
      const vm = createVm(profile ?? BUILTIN_PROFILE, { ...vmOptions, accel: vmOptions.accel ?? options.accel, config: options.config, runDir: options.runDir });
      scope.vms.push(vm);
      return vm;
    }
  });
  installJson(lf.L);
  const result = (name, line, tags, outcome, from, owner) => ({
    file: display,
    name,
    line,
    tags,
    ...outcome,
    durationMs: Date.now() - from,
    logs: owner.logs,
    warnings: owner.warnings
  });
  const fileScope = scope;
  if (loadLuaFile(lf.L, file) !== import_fengari10.lua.LUA_OK) {
    const message = toText(lf.L, -1);
    const line = Number(/:(\d+):/.exec(message)?.[1]) || void 0;
    const failure = { kind: "error", message: `syntax error: ${message}`, file: display, line, testLine: line, traceback: "", consoles: [] };
    return { file: display, durationMs: Date.now() - started, tests: [result(plainName, line ?? 0, [], { status: "error", failure }, started, scope)] };
  }
  const topLevel = await runInThread(lf, display, (thread) => import_fengari10.lua.lua_xmove(lf.L, thread, 1), options.timeoutMs, () => fileScope.vms);
  const registered = readRegistered(lf.L, lf.framework);
  if (registered.length === 0 || topLevel.status !== "passed") {
    await endScope(fileScope, topLevel, registered.length === 0);
    const name = registered.length === 0 ? plainName : `${plainName} (top level)`;
    return { file: display, durationMs: Date.now() - started, tests: [result(name, 1, [], topLevel, started, fileScope)] };
  }
  const tests = [];
  for (const test of registered) {
    if (!selected(test, display, options)) continue;
    const testStarted = Date.now();
    scope = new Scope();
    let outcome;
    if (test.skip !== void 0) outcome = { status: "skipped", reason: test.skip };
    else {
      outcome = await runInThread(lf, display, (thread) => pushTest(lf, thread, test), test.timeoutMs ?? options.timeoutMs, () => [...scope.vms, ...fileScope.vms]);
      await endScope(scope, outcome, true);
    }
    tests.push(result(test.name, test.line, test.tags, outcome, testStarted, scope));
  }
  await endScope(fileScope, { status: "passed" }, false);
  return { file: display, durationMs: Date.now() - started, tests };
}
function selected(test, display, options) {
  if (options.filter && !options.filter.test(display) && !options.filter.test(test.name)) return false;
  if (options.tags?.length && !test.tags.some((tag) => options.tags.includes(tag))) return false;
  return true;
}
async function runInThread(lf, display, push, timeoutMs, vms) {
  const { L, bridge } = lf;
  const thread = import_fengari10.lua.lua_newthread(L);
  const anchor = import_fengari10.lauxlib.luaL_ref(L, import_fengari10.lua.LUA_REGISTRYINDEX);
  try {
    push(thread);
    const deadline = Date.now() + timeoutMs;
    bridge.watch(thread, deadline);
    const drive = await bridge.drive(thread, import_fengari10.lua.lua_gettop(thread) - 1, deadline);
    if (drive.status === "ok") return { status: "passed" };
    if (drive.status === "timeout") {
      const where = locate(L, thread, display);
      if (bridge.hookPosition) Object.assign(where, bridge.hookPosition);
      if (where.file === display) where.testLine = where.line;
      bridge.reset();
      const message = `the test did not finish within its timeout of ${formatSeconds(timeoutMs)} (set one with test(name, {timeout = seconds}, fn) or --timeout)`;
      return { status: "error", failure: { kind: "error", message, ...where, consoles: consoles(vms()) } };
    }
    const error = threadError(L, thread, display);
    if (error.outcome !== "error") return { status: error.outcome === "skip" ? "skipped" : "todo", reason: error.reason };
    const kind = bridge.hostErrors.has(error.message) ? "error" : "failure";
    return { status: kind === "error" ? "error" : "failed", failure: { kind, message: error.message, ...error.location, consoles: consoles(vms()) } };
  } finally {
    import_fengari10.lauxlib.luaL_unref(L, import_fengari10.lua.LUA_REGISTRYINDEX, anchor);
  }
}
function consoles(vms) {
  return vms.filter((vm) => vm.consoleLogPath).map((vm) => ({ vm: vm.name, tail: consoleTail(vm.consoleLogPath, 20), logPath: vm.consoleLogPath }));
}
async function endScope(scope, outcome, warn) {
  const failed = outcome.status === "failed" || outcome.status === "error";
  await Promise.all(
    scope.vms.map(async (vm) => {
      if (vm.state === "stopped") return;
      if (failed) return vm.kill();
      if (warn && vm.state === "running") scope.warnings.push(`VM ${vm.name} was left running and has been shut down (end with vm:shutdown())`);
      await vm.shutdown();
    })
  );
}
function pushTest(lf, thread, test) {
  const { L } = lf;
  import_fengari10.lua.lua_rawgeti(L, import_fengari10.lua.LUA_REGISTRYINDEX, lf.framework);
  import_fengari10.lua.lua_getfield(L, -1, (0, import_fengari10.to_luastring)("tests"));
  import_fengari10.lua.lua_rawgeti(L, -1, test.index);
  import_fengari10.lua.lua_getfield(L, -1, (0, import_fengari10.to_luastring)("fn"));
  import_fengari10.lua.lua_getfield(L, -4, (0, import_fengari10.to_luastring)("new_t"));
  import_fengari10.lua.lua_pushstring(L, (0, import_fengari10.to_luastring)(test.name));
  import_fengari10.lua.lua_call(L, 1, 1);
  import_fengari10.lua.lua_xmove(L, thread, 2);
  import_fengari10.lua.lua_pop(L, 3);
}
function readRegistered(L, framework) {
  import_fengari10.lua.lua_rawgeti(L, import_fengari10.lua.LUA_REGISTRYINDEX, framework);
  import_fengari10.lua.lua_getfield(L, -1, (0, import_fengari10.to_luastring)("tests"));
  const tests = [];
  const count3 = import_fengari10.lua.lua_rawlen(L, -1);
  for (let index = 1; index <= count3; index++) {
    import_fengari10.lua.lua_rawgeti(L, -1, index);
    import_fengari10.lua.lua_getfield(L, -1, (0, import_fengari10.to_luastring)("name"));
    import_fengari10.lua.lua_getfield(L, -2, (0, import_fengari10.to_luastring)("line"));
    import_fengari10.lua.lua_getfield(L, -3, (0, import_fengari10.to_luastring)("meta"));
    import_fengari10.lua.lua_getfield(L, -1, (0, import_fengari10.to_luastring)("tags"));
    import_fengari10.lua.lua_getfield(L, -2, (0, import_fengari10.to_luastring)("timeout"));
    import_fengari10.lua.lua_getfield(L, -3, (0, import_fengari10.to_luastring)("skip"));
    const skipType = import_fengari10.lua.lua_type(L, -1);
    tests.push({
      index,
      name: toText(L, -6),
      line: import_fengari10.lua.lua_tointeger(L, -5),
      tags: import_fengari10.lua.lua_istable(L, -3) ? stringList(L, import_fengari10.lua.lua_absindex(L, -3)) : [],
      timeoutMs: import_fengari10.lua.lua_isnumber(L, -2) ? import_fengari10.lua.lua_tonumber(L, -2) * 1e3 : void 0,
      skip: skipType === import_fengari10.lua.LUA_TSTRING ? toText(L, -1) : import_fengari10.lua.lua_toboolean(L, -1) ? "skipped" : void 0
    });
    import_fengari10.lua.lua_pop(L, 7);
  }
  import_fengari10.lua.lua_pop(L, 2);
  return tests;
}

// src/run/run.ts
async function runSuite(options) {
  const started = Date.now();
  const runDir = RunDir.create();
  const results = new Array(options.files.length);
  let next = 0;
  const worker = async () => {
    while (next < options.files.length) {
      const index = next++;
      const file = options.files[index];
      options.onFileStart?.(displayPath(file));
      const result = await runTestFile(file, { ...options, runDir }).catch((error) => internalError(file, error));
      results[index] = result;
      options.onFileDone?.(result);
    }
  };
  try {
    const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), options.files.length));
    await Promise.all(Array.from({ length: jobs }, worker));
  } finally {
    runDir.remove();
  }
  return { files: results, durationMs: Date.now() - started };
}
function internalError(file, error) {
  const message = `internal error in Provium while running this file: ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
  const display = displayPath(file);
  return {
    file: display,
    durationMs: 0,
    tests: [
      {
        file: display,
        name: display,
        line: 0,
        status: "error",
        durationMs: 0,
        tags: [],
        logs: [],
        warnings: [],
        failure: { kind: "error", message, traceback: "", consoles: [] }
      }
    ]
  };
}

// src/cli/run-command.ts
var DEFAULT_TEST_TIMEOUT_S = 300;
var UsageError = class extends ProviumError {
  name = "UsageError";
};
function positiveNumber(value, flag) {
  if (value === void 0) return void 0;
  const n2 = Number(value);
  if (!(n2 > 0)) throw new UsageError(`${flag} must be a positive number, got '${value}'`);
  return n2;
}
async function runCommand(options) {
  const paths2 = options.paths.length ? options.paths : [DEFAULT_SUITE];
  const accel = options.accel;
  if (accel !== void 0 && !ACCEL_MODES.includes(accel)) throw new UsageError(`--accel must be one of ${ACCEL_MODES.join(", ")}, got '${accel}'`);
  let filter;
  try {
    filter = options.filter === void 0 ? void 0 : new RegExp(options.filter);
  } catch (error) {
    throw new UsageError(`--filter: ${error.message}`);
  }
  const timeoutS = positiveNumber(options.timeout, "--timeout") ?? DEFAULT_TEST_TIMEOUT_S;
  const jobs = positiveNumber(options.jobs, "--jobs");
  let suiteRoot, files, config;
  try {
    suiteRoot = findSuiteRoot(paths2);
    files = discoverTestFiles(paths2, suiteRoot);
    config = loadConfig(suiteRoot);
  } catch (error) {
    if (error instanceof ProviumError) throw new UsageError(error.message);
    throw error;
  }
  if (files.length === 0) throw new UsageError(`no *.test.lua files in ${paths2.join(", ")}`);
  const reporter = new ConsoleReporter(void 0, options.verbose);
  const run2 = await runSuite({
    files,
    suiteRoot,
    config,
    accel,
    filter,
    jobs,
    tags: options.tags,
    timeoutMs: timeoutS * 1e3,
    onFileDone: (result) => reporter.fileDone(result),
    onLog: (file, line) => reporter.log(file, line)
  });
  reporter.summary(run2);
  return count2(run2.files.flatMap((f) => f.tests)).failed > 0 ? 1 : 0;
}

// src/cli/main.ts
var USAGE = `usage: provium <command> [options]

commands:
  run [paths\u2026]        run *.test.lua files (default: tests/)
    --filter <regex>    only tests whose name or file path matches
    --tag <tag>         only tests with this tag (repeatable)
    --timeout <s>       per-test time limit (default 300)
    --accel <mode>      auto (default), kvm or tcg
    -j, --jobs <n>      test files run at once (default: CPU count)
    -v, --verbose       stream test logs as they happen
  setup               install QEMU, fetch a kernel, build the agent and the 'minimal' guest

  --help, --version`;
async function main(argv) {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h") {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === "--version") {
    console.log(packageVersion());
    return 0;
  }
  if (command === "setup") return runSetup();
  if (command !== "run") throw new UsageError(`unknown command '${command}'
${USAGE}`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        filter: { type: "string" },
        tag: { type: "string", multiple: true },
        timeout: { type: "string" },
        accel: { type: "string" },
        jobs: { type: "string", short: "j" },
        verbose: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    throw new UsageError(`${error.message}
${USAGE}`);
  }
  const { values, positionals } = parsed;
  return runCommand({ paths: positionals, ...values, tags: values.tag ?? [], verbose: values.verbose ?? false });
}
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ProviumError)) throw error;
  console.error(`provium: ${error.message}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
