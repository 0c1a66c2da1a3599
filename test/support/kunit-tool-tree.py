# What `kunit.py parse FILE` makes of a kernel log, as JSON: the same steps
# as its parse_handler (the file read the same way, kunit.parse_tests), then
# the parsed Test tree dumped whole (kunit.py's own --json drops the suites'
# statuses and the errors, which the agreement test compares).
# Usage: python3 kunit-tool-tree.py <tools/testing/kunit> <out.json> <log>…
# writes {log: {status, test}} (kunit.py's own progress lines go to stdout,
# as they do for kunit.py parse).
import json
import sys

sys.path.insert(0, sys.argv[1])
import kunit  # noqa: E402
import kunit_json  # noqa: E402


def dump(test):
    children = [dump(t) for t in test.subtests]
    own_errors = test.counts.errors - sum(c["errors_below"] for c in children)
    return {
        "name": test.name,
        "status": test.status.name,
        "errors": own_errors,
        "errors_below": test.counts.errors,
        "subtests": children,
    }


def parse(log):
    with open(log, "r", errors="backslashreplace") as f:
        lines = f.read().splitlines()
    result, test = kunit.parse_tests(kunit.KunitParseRequest(raw_output=None, json=None), kunit_json.Metadata(), lines)
    return {"status": result.status.name, "test": dump(test)}


trees = {log: parse(log) for log in sys.argv[3:]}
with open(sys.argv[2], "w") as out:
    json.dump(trees, out)
