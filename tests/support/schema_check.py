"""Shared by the schema checks: loads a published JSON Schema and a file Baken
wrote, and exits 1 naming every place where the file does not match."""
import json
import sys

import jsonschema


def validated(schema_path, doc_path, what):
    """Returns (validator, document) once the document matches the schema."""
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    with open(doc_path, encoding="utf-8") as f:
        doc = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    for error in errors:
        print("%s does not match the schema at /%s: %s" % (what, "/".join(map(str, error.path)), error.message))
    if errors:
        sys.exit(1)
    return validator, doc
