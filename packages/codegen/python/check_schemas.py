#!/usr/bin/env python3
"""Checks JSON Schema files against the draft-07 meta-schema with Python `jsonschema` (Debian
python3-jsonschema), a second implementation beside ajv (#15). Reads a JSON list of file paths on
stdin; prints {path: null | "error message"}."""
import json
import sys

from jsonschema import Draft7Validator
from jsonschema.exceptions import SchemaError

out = {}
for path in json.load(sys.stdin):
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    try:
        Draft7Validator.check_schema(schema)
        out[path] = None
    except SchemaError as e:
        out[path] = e.message
json.dump(out, sys.stdout)
