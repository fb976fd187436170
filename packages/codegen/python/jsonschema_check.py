#!/usr/bin/env python3
"""Validates JSON instances with Python `jsonschema` (Debian python3-jsonschema), a second validator
in another language than ajv (#15 item 4). Reads {"schemas": {name: path}, "cases": [{"schema": name,
"instance": ...}]} on stdin; prints one {"valid": bool, "paths": [JSON pointer, ...]} per case."""
import json
import sys

from jsonschema import Draft7Validator

req = json.load(sys.stdin)
validators = {}
for name, path in req["schemas"].items():
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    Draft7Validator.check_schema(schema)
    validators[name] = Draft7Validator(schema)
out = []
for case in req["cases"]:
    errors = list(validators[case["schema"]].iter_errors(case["instance"]))
    paths = sorted({"/" + "/".join(str(p) for p in e.absolute_path) for e in errors})
    out.append({"valid": not errors, "paths": paths})
json.dump(out, sys.stdout)
