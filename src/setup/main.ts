// `npm run setup`: see setup.ts.
import { runSetup } from "./setup.ts";

process.exitCode = await runSetup();
