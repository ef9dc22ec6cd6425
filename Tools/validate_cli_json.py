#!/usr/bin/env python3
"""Validates what samarbeid commands printed with --json against docs/cli-json.schema.json.

    validate_cli_json.py SCHEMA RUNS

RUNS is a JSON array of {"command": "org list", "output": "<what it printed>", "lines": bool}
("lines": one JSON value per line, as `watch` prints). Each output is parsed and validated
with jsonschema (Draft 2020-12) against $defs[command]. Prints one line per failure; exits 1
on any. (The test that runs the commands checks that every command with --output ran.)
"""

import json
import sys
import urllib.parse

import jsonschema


def main() -> int:
    schema_path, runs_path = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as file:
        schema = json.load(file)
    jsonschema.Draft202012Validator.check_schema(schema)
    with open(runs_path, encoding="utf-8") as file:
        runs = json.load(file)
    failures = 0
    covered = set()
    for run in runs:
        command = run["command"]
        if command not in schema["$defs"]:
            print(f"{command}: no schema in $defs")
            failures += 1
            continue
        covered.add(command)
        text = run["output"]
        try:
            values = [json.loads(line) for line in text.splitlines() if line.strip()] \
                if run.get("lines") else [json.loads(text)]
        except json.JSONDecodeError as error:
            print(f"{command}: not JSON ({error}): {text[:200]!r}")
            failures += 1
            continue
        validator = jsonschema.Draft202012Validator(
            {**schema, "$ref": "#/$defs/" + urllib.parse.quote(command)})
        for value in values:
            for error in validator.iter_errors(value):
                path = "/".join(str(part) for part in error.absolute_path)
                print(f"{command}: at /{path}: {error.message[:300]}")
                failures += 1
    print(f"{len(runs)} outputs of {len(covered)} commands checked, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
