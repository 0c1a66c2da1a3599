// What a bisect produces: its steps and its answer. The console, the JSON
// file and the job summary (report.ts) all read this.
import type { TestStatus } from "../engine/results.ts";
import type { CommitInfo } from "./git.ts";
import type { Verdict } from "./search.ts";

export interface TestFailure {
  test: string;
  file: string;
  line: number;
  message: string;
}

export type StepRole = "good endpoint" | "bad endpoint" | "step";

export interface Step {
  /** 1 for the good endpoint, 2 for the bad one, then the search's. */
  number: number;
  role: StepRole;
  commit: CommitInfo;
  verdict: Verdict;
  /** Why, in a few words: "build failed (exit 2): …", "did not boot: …", "2 tests failed (first: …)". */
  reason: string;
  buildMs: number;
  /** All tries together. */
  testMs: number;
  /** How many times the tests ran (--tries; a failure ends them). */
  tries: number;
  /** The tests that failed (at the try that failed). */
  failures: TestFailure[];
  /** Tests that passed (at the last try). */
  passed: number;
  /** The build's last lines, when it failed; the guest console's, when the kernel did not boot. */
  tail?: string;
}

export type Outcome =
  /** Exactly one commit is the first bad one. */
  | "found"
  /** Skipped commits hide it: it is one of the candidates. */
  | "ambiguous"
  /** The good commit did not pass, or the bad one did not fail: nothing was searched. */
  | "endpoints"
  | "interrupted";

export interface BisectResult {
  outcome: Outcome;
  good: CommitInfo;
  bad: CommitInfo;
  /** The tests the runs selected (paths, --filter, --tag), for the reader. */
  selection: string;
  firstBad?: {
    commit: CommitInfo;
    failures: TestFailure[];
    /** Its (first) parent, tested good in this bisect, and what its failing tests did there. */
    parent?: { commit: CommitInfo; step: number; tests: { test: string; status: TestStatus | "not run" }[] };
  };
  /** ambiguous: the commits that may be the first bad one, oldest first (the last is known bad). */
  candidates?: CommitInfo[];
  /** endpoints, interrupted: what went wrong, and what to do. */
  message?: string;
  steps: Step[];
}

export const short = (commit: CommitInfo | string) => (typeof commit === "string" ? commit : commit.hash).slice(0, 12);
