#!/usr/bin/python3
"""Meta-test: the catalogue's kinds, keys and values agree across code, schema and docs.

checks/catalogue/CatalogueKinds.def is the one list of names code reads the
catalogue by. This script fails (exit 1, one line per problem) when
  - the .def and rules/schema/catalogue.schema.yaml list different kinds,
    keys or enum values;
  - a kind's `used-by` in the schema differs from the checks whose code reads
    it: the kinds (`kinds::X`) named in the check's own .cpp and in every
    project file it reaches through #include (a header's .cpp included);
  - a check's doc page, in its "Catalogue kinds used" section, names other
    kinds than the schema's `used-by` says it reads;
  - code in checks/ outside the catalogue layer spells a key or an enum value
    as a string literal instead of using its constant.
Usage: scripts/check-catalogue-names.py [--root DIR]   (prints "catalogue names: N problems")
--root: a copy of the source tree to check instead of this one (for the test
that shows the script fails).
"""
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
if len(sys.argv) == 3 and sys.argv[1] == "--root":
    ROOT = pathlib.Path(sys.argv[2]).resolve()
CHECKS = ROOT / "checks"
INCLUDE = re.compile(r'#include "([^"]+\.h)"')


def read_def():
    text = (CHECKS / "catalogue" / "CatalogueKinds.def").read_text()
    kinds = dict(re.findall(r'^ASYNC_KIND\((\w+), "([^"]+)"\)', text, re.M))
    ns = {}
    for const, name in kinds.items():
        ns[name.replace("-", "_")] = name
    keys, values = {}, {}
    for kind_ns, const, name in re.findall(r'^ASYNC_KEY\((\w+), (\w+), "([^"]+)"\)', text, re.M):
        keys.setdefault(ns.get(kind_ns, kind_ns), set()).add(name)
    for kind_ns, const, name in re.findall(r'^ASYNC_VALUE\((\w+), (\w+), "([^"]+)"\)', text, re.M):
        values.setdefault(ns.get(kind_ns, kind_ns), set()).add(name)
    return kinds, keys, values


def closure(start):
    seen, todo = set(), [start]
    while todo:
        f = todo.pop()
        if f in seen or not f.exists():
            continue
        seen.add(f)
        for m in INCLUDE.finditer(f.read_text()):
            header = CHECKS / m.group(1)
            if not header.exists():
                header = f.parent / m.group(1)
            todo += [header, header.with_suffix(".cpp")]
    return seen


def main():
    problems = []
    schema = yaml.safe_load((ROOT / "rules/schema/catalogue.schema.yaml").read_text())["kinds"]
    kinds, keys, values = read_def()
    by_const = kinds
    names = set(kinds.values())
    if names != set(schema):
        problems.append("kinds: CatalogueKinds.def has %s, the schema %s"
                        % (sorted(names - set(schema)), sorted(set(schema) - names)))
    for kind, spec in schema.items():
        spec_keys = spec.get("keys") or {}
        if set(spec_keys) != keys.get(kind, set()):
            problems.append("kind '%s': keys differ: CatalogueKinds.def %s, schema %s"
                            % (kind, sorted(keys.get(kind, set())), sorted(spec_keys)))
        spec_values = {v for k in spec_keys.values() for v in (k.get("values") or [])}
        if spec_values != values.get(kind, set()):
            problems.append("kind '%s': enum values differ: CatalogueKinds.def %s, schema %s"
                            % (kind, sorted(values.get(kind, set())), sorted(spec_values)))

    checks = re.findall(r'^ASYNC_CHECK\("([^"]+)", *(\w+)\)',
                        (CHECKS / "CheckList.def").read_text(), re.M)
    for check, cls in checks:
        read = set()
        for f in closure(CHECKS / (cls + ".cpp")):
            code = re.sub(r"//[^\n]*", "", f.read_text())  # comments name kinds too
            for m in re.finditer(r"\bkinds::(\w+)", code):
                if m.group(1) in by_const:
                    read.add(by_const[m.group(1)])
        declared = {k for k, spec in schema.items() if check in (spec.get("used-by") or [])}
        for kind in sorted(read - declared):
            problems.append("%s reads kind '%s' (its code names kinds::%s) but the schema's "
                            "used-by does not name it" % (check, kind, [c for c, n in by_const.items() if n == kind][0]))
        for kind in sorted(declared - read):
            problems.append("the schema says %s uses kind '%s', but no code it reaches reads it"
                            % (check, kind))
        page = ROOT / "docs" / "checks" / (check + ".md")
        text = page.read_text() if page.exists() else ""
        section = re.search(r"^## Catalogue kinds used\n(.*?)(?=^## |\Z)", text, re.M | re.S)
        if not section:
            problems.append("%s: no '## Catalogue kinds used' section" % page.relative_to(ROOT))
            continue
        shown = {k for k in re.findall(r"`([a-z-]+)`", section.group(1)) if k in names}
        for kind in sorted(declared - shown):
            problems.append("%s: 'Catalogue kinds used' does not name '%s'"
                            % (page.relative_to(ROOT), kind))
        for kind in sorted(shown - declared):
            problems.append("%s: 'Catalogue kinds used' names '%s', which the check does not read"
                            % (page.relative_to(ROOT), kind))

    literals = {k for ks in keys.values() for k in ks} | {v for vs in values.values() for v in vs}
    for f in sorted(CHECKS.rglob("*.[ch]*")):
        if f.parent.name in ("catalogue", "summaries"):
            continue
        for number, line in enumerate(f.read_text().split("\n"), 1):
            code = line.split("//")[0]
            for m in re.finditer(r'"([a-z-]+)"', code):
                if m.group(1) in literals:
                    problems.append("%s:%d: catalogue name \"%s\" spelt as a literal; use its "
                                    "constant (CatalogueKinds.h)"
                                    % (f.relative_to(ROOT), number, m.group(1)))
    for p in problems:
        print("error: " + p)
    print("catalogue names: %d problem%s" % (len(problems), "" if len(problems) == 1 else "s"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
