#!/usr/bin/env python3
"""Seed corpora for the fuzzers from a schema snapshot (resources/snapshots/<region>/1.0).

schema/: each index, and each path of each product as a small product of its own (with the
models its types name), so that seeds stay a few KB and mutate fast. typeref/: every type
string the snapshot writes. Usage: make_seeds.py SNAPSHOT_DIR... OUT_DIR
"""
import hashlib
import json
import os
import re
import sys

MAX_SEED = 16384
NAME = re.compile(r"[A-Za-z_][\w.]*")


def write(directory, data):
    os.makedirs(directory, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(directory, name), "wb") as out:
        out.write(data)


def types_of(value, found):
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("type", "dataType", "fullType", "responseType") and isinstance(item, str):
                found.add(item)
            types_of(item, found)
    elif isinstance(value, list):
        for item in value:
            types_of(item, found)


def main():
    *roots, out = sys.argv[1:]
    types = set()
    for root in roots:
        for folder, _, files in os.walk(root):
            for file in sorted(files):
                if not file.endswith(".json"):
                    continue
                with open(os.path.join(folder, file), "rb") as source:
                    raw = source.read()
                document = json.loads(raw)
                types_of(document, types)
                if file == "index.json" or len(raw) <= MAX_SEED:
                    write(os.path.join(out, "schema"), raw)
                    continue
                models = document.get("models") or {}
                for api in document.get("apis") or []:
                    used = set()
                    types_of(api, used)
                    names = {n for t in used for n in NAME.findall(t)}
                    seed = {key: document[key] for key in ("apiVersion", "basePath",
                                                           "resourcePath") if key in document}
                    seed["apis"] = [api]
                    seed["models"] = {k: v for k, v in models.items() if k.split("<")[0] in names}
                    data = json.dumps(seed, separators=(",", ":")).encode()
                    if len(data) <= MAX_SEED:
                        write(os.path.join(out, "schema"), data)
    for text in types:
        write(os.path.join(out, "typeref"), text.encode())


if __name__ == "__main__":
    main()
