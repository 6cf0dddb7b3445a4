#!/usr/bin/env python3
"""Run many golden programs in one CPython 3.13 process (the golden test's CPython check).

Usage: PYENV_VERSION=3.13.0 python3 tests/golden-tools/batch.py FILE.mv [FILE.mv ...]

Prints one JSON object per program: {"file", "stdout", "error"}, where error is the last traceback
line (`Type: message`) of an uncaught exception, or null. Each program runs in fresh globals, as
`python3 FILE` would run it, with warnings silenced (they go to stderr, which golden files ignore).
"""
import contextlib
import io
import json
import sys
import traceback
import warnings


def run(path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    out = io.StringIO()
    error = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with contextlib.redirect_stdout(out):
            try:
                exec(compile(source, path, "exec"), {"__name__": "__main__"})
            except BaseException as e:  # noqa: B902 - the program's uncaught error is the result
                error = traceback.format_exception_only(type(e), e)[-1].strip()
    return {"file": path, "stdout": out.getvalue(), "error": error}


def main(files):
    if sys.version_info[:2] != (3, 13):
        sys.exit("batch.py must run on CPython 3.13, not %s" % sys.version.split()[0])
    for path in files:
        print(json.dumps(run(path)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
