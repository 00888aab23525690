"""Writes a compile_commands.json for the given sources into a build folder.

Usage: make_db.py BUILD_DIR INCLUDE_DIR SOURCE...
"""
import json
import os
import sys

build, include, sources = sys.argv[1], sys.argv[2], sys.argv[3:]
os.makedirs(build, exist_ok=True)
entries = [{"directory": build, "file": os.path.abspath(s),
            "arguments": ["clang++", "-std=c++20", "-I", include, "-c", os.path.abspath(s)]}
           for s in sources]
with open(os.path.join(build, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
