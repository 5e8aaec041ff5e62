#!/usr/bin/env python3
"""The test suite's own rules, read from what CTest will run (ctest --show-only=json-v1).

Every registered test, whether a Qt Test program, a variant of one (another transport, keychain
state, language) or a script check, must fail on the suite's failure output
(COCKPIT_TEST_FAILURE_OUTPUT in tests/CMakeLists.txt): a reply finished twice, or an unsafe
confirmation, is a failure whatever the exit code. tests/CMakeLists.txt registers tests only
through cockpit_add_test and cockpit_add_test_variant, which set it; a plain add_test does not.
"""
import argparse
import json
import subprocess
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ctest", required=True)
    parser.add_argument("--build", required=True)
    parser.add_argument("--failure-output", action="append", required=True,
                        help="one expression of the failure output (repeat)")
    args = parser.parse_args()

    listing = subprocess.run([args.ctest, "--show-only=json-v1"], cwd=args.build,
                             capture_output=True, text=True, check=True)
    tests = json.loads(listing.stdout)["tests"]
    problems = []
    for test in tests:
        properties = {p["name"]: p["value"] for p in test.get("properties", [])}
        expressions = properties.get("FAIL_REGULAR_EXPRESSION", [])
        if isinstance(expressions, str):
            expressions = [expressions]
        missing = [e for e in args.failure_output if e not in expressions]
        if missing:
            problems.append(f"{test['name']}: not failed by {missing} "
                            "(register it with cockpit_add_test or cockpit_add_test_variant)")
    for problem in problems:
        print(f"FAIL: {problem}")
    print(f"{len(tests)} tests checked, {len(problems)} without the suite's failure output")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
