// Bundles the CLI into dist/ with esbuild (ESM; the banner gives CommonJS
// dependencies the `require` they expect).
import { chmodSync } from "node:fs";
import { build } from "esbuild";

const banner = [
  "#!/usr/bin/env node",
  'import { createRequire as __provium_createRequire } from "node:module";',
  "const require = __provium_createRequire(import.meta.url);",
].join("\n");

await build({
  entryPoints: { cli: "src/cli/main.ts" },
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  banner: { js: banner },
  legalComments: "none",
  logLevel: "warning",
});

chmodSync("dist/cli.js", 0o755);
