#!/usr/bin/python3
"""Meta-test: every user-facing error message of the driver has a test.

Finds the message literals of the driver's errors and warnings (usageError,
error(Errs, ...), llvm::WithColor::error/warning, createStringError, the
index-file reader's report) in driver/ and checks/summaries/, takes each
literal's fixed text up to its first '%' format or quoted value, and fails
(exit 1, one line per message) when no file under test/ contains that text.
The catalogue loader's messages have their own test (loader-errors.test).
Messages that guard the driver's own invariants, which no input can reach,
are listed in INTERNAL with the reason.
Usage: scripts/check-error-tests.py   (prints "error messages: N untested")
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CALL = re.compile(r'(usageError\(|\berror\(Errs,|WithColor::(?:error|warning)\([^)]*\)\s*<<|'
                  r'createStringError\(|\bError\(\)\s*<<|\.report\(|\bfail\()')
INTERNAL = {
    # Two findings' fix-its overlap: only async-unawaited-task makes fix-its,
    # one per finding, and findings are de-duplicated by position.
    "skipped a fix in": "no two fix-its of the checks can overlap",
    # The fixed file no longer holds the replaced range: only when the file
    # changes on disk between its analysis and --fix, in the same run.
    "cannot fix": "needs the source to change during the run",
    # The analysing child process's result did not decode: it wrote it.
    "malformed result:": "the driver's own child process writes it",
}
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')


def messages():
    files = sorted((ROOT / "driver").rglob("*.cpp")) + sorted((ROOT / "checks" / "summaries").glob("*.cpp"))
    for f in files:
        text = f.read_text()
        for m in CALL.finditer(text):
            # The first literal of the statement the call starts.
            end = text.find(";", m.end())
            statement = text[m.end():end if end != -1 else len(text)]
            lit = LITERAL.search(statement)
            if not lit:
                continue
            fixed = re.split(r"%|'|\\n", lit.group(1))[0].strip()
            if len(fixed) < 8 or fixed == "async-tidy":
                continue
            line = text.count("\n", 0, m.start()) + 1
            yield f.relative_to(ROOT), line, fixed


def main():
    corpus = "\n".join(p.read_text(errors="replace") for p in (ROOT / "test").rglob("*")
                       if p.is_file() and p.suffix in (".test", ".cpp", ".py", ".yaml", ".json"))
    untested = [(f, line, text) for f, line, text in messages()
                if text not in corpus and text not in INTERNAL]
    for f, line, text in untested:
        print('error: %s:%d: message "%s" has no test' % (f, line, text))
    print("error messages: %d untested" % len(untested))
    return 1 if untested else 0


if __name__ == "__main__":
    sys.exit(main())
