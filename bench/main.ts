// `npm run bench`: Provium's speed figures, measured side by side in one run.
import { benchVm } from "./vm.ts";

await benchVm();
