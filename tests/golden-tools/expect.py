#!/usr/bin/env python3
"""Write CPython 3.13's truth for golden programs.

Usage: PYENV_VERSION=3.13.0 python3 tests/golden-tools/expect.py FILE.mv [FILE.mv ...]
       PYENV_VERSION=3.13.0 python3 tests/golden-tools/expect.py --check FILE.mv ...

For every FILE.mv this runs CPython 3.13 on it and writes FILE.out (exact stdout). If the program
ends with an uncaught error, FILE.err gets the last traceback line (`Type: message`); otherwise a
stale FILE.err is removed. With --check nothing is written: the script reports every file whose
stored .out/.err differs from CPython's and exits 1.
Memory addresses (0x followed by hex digits) are normalized to `0x…` in both files.

The script refuses to run on anything but CPython 3.13, so golden files are never produced by a
different interpreter. Read every generated .out yourself before committing it.
"""
import os
import re
import subprocess
import sys


def cpython():
    return [sys.executable]


ADDRESS = re.compile(r"0x[0-9a-f]+")


def normalize(text):
    """Memory addresses differ between runs and implementations: every 0x... becomes 0x…."""
    return ADDRESS.sub("0x…", text)


def run(path):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    p = subprocess.run(cpython() + [path], capture_output=True, env=env, timeout=60)
    out = normalize(p.stdout.decode("utf-8"))
    err = None
    if p.returncode != 0:
        lines = [l for l in p.stderr.decode("utf-8").splitlines() if l.strip()]
        err = normalize(lines[-1]) if lines else "<no traceback>"
    return out, err


def read(path):
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()
    except FileNotFoundError:
        return None


def main(argv):
    if sys.version_info[:2] != (3, 13):
        sys.exit("expect.py must run on CPython 3.13 (try PYENV_VERSION=3.13.0 python3), not %s"
                 % sys.version.split()[0])
    check = "--check" in argv
    files = [a for a in argv if a != "--check"]
    bad = 0
    for mv in files:
        base = mv[:-3] if mv.endswith(".mv") else mv
        out, err = run(mv)
        if check:
            want_err = read(base + ".err")
            if read(base + ".out") != out or (want_err or "").strip() != (err or ""):
                bad += 1
                print("DIFFERS:", mv)
            continue
        with open(base + ".out", "w", encoding="utf-8", newline="") as f:
            f.write(out)
        if err is not None:
            with open(base + ".err", "w", encoding="utf-8", newline="") as f:
                f.write(err + "\n")
        elif os.path.exists(base + ".err"):
            os.remove(base + ".err")
        print("%-60s %4d lines%s" % (mv, out.count("\n"), ("  ERR " + err) if err else ""))
    if check:
        print("%d of %d differ" % (bad, len(files)))
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
