// `npm run setup`: see setup.ts.
import { parseSetupArgs, SETUP_USAGE, SetupUsageError } from "./options.ts";
import { runSetup } from "./setup.ts";

try {
  const options = parseSetupArgs(process.argv.slice(2));
  if (options.help) console.log(SETUP_USAGE);
  else process.exitCode = await runSetup(options);
} catch (error) {
  if (!(error instanceof SetupUsageError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
