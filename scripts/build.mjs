// Bundles the CLI and the GitHub Action into dist/ with esbuild (ESM; the banner gives CommonJS
// dependencies the `require` they expect).
import { chmodSync } from "node:fs";
import { build } from "esbuild";

const banner = [
  "#!/usr/bin/env node",
  'import { createRequire as __provium_createRequire } from "node:module";',
  "const require = __provium_createRequire(import.meta.url);",
].join("\n");

await build({
  entryPoints: { cli: "src/cli/main.ts", action: "src/action/main.ts" },
  outdir: process.argv[2] ?? "dist", // another directory: check-dist compares a fresh build
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  banner: { js: banner },
  legalComments: "none",
  logLevel: "warning",
});

chmodSync(`${process.argv[2] ?? "dist"}/cli.js`, 0o755);
