#!/usr/bin/env python3
"""Run every DIR/*.mv program in one CPython 3.13 process and record CPython's truth.

Usage: PYENV_VERSION=3.13.0 python3 tools/difftest/run_cpython.py DIR [--interactive] [--check-deterministic]

Each program is compiled and executed in fresh globals that hold cpython_prelude.py's names,
with stdout redirected into a buffer. With --interactive (for geometry.py's programs) each
top-level statement is compiled alone in 'single' mode and executed in the same globals, as the
REPL (`python3 -i`) runs it: a bare expression statement prints its repr through sys.displayhook;
the first uncaught error ends the program. Writes DIR/expected.jsonl, one line per program in name
order: {"name": "p00001", "stdout": "...", "error": "Type: message" or null}. `error` is the
final uncaught error line as a traceback would end (`Type` alone when the message is empty).
Memory addresses (0x...) are normalized to 0x\u2026 in both fields. Prints a summary; exits 1 if
a program failed to compile (a generator bug) or, with --check-deterministic, if a second run
gives different results.
"""
import ast
import contextlib
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ADDRESS = re.compile(r"0x[0-9a-f]+")


def normalize(text):
    return ADDRESS.sub("0x\u2026", text)


def load_prelude():
    ns = {}
    path = os.path.join(HERE, "cpython_prelude.py")
    with open(path, encoding="utf-8") as f:
        exec(compile(f.read(), path, "exec"), ns)
    return {k: v for k, v in ns.items() if not k.startswith("__")}


def error_line(e):
    msg = str(e)
    return "%s: %s" % (type(e).__name__, msg) if msg else type(e).__name__


def compile_program(source, path, interactive):
    """The code objects to execute in order: the whole module, or one per top-level statement."""
    if not interactive:
        return [compile(source, path, "exec")]
    tree = ast.parse(source, path)
    return [compile(ast.Interactive(body=[stmt]), path, "single") for stmt in tree.body]


def run_one(path, prelude, interactive=False):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    out = io.StringIO()
    error = None
    try:
        codes = compile_program(source, path, interactive)
    except SyntaxError as e:
        return "", "SyntaxError: %s" % e.msg, True
    g = {"__name__": "__main__", "__builtins__": __builtins__}
    g.update(prelude)
    try:
        with contextlib.redirect_stdout(out):
            for code in codes:
                exec(code, g)
    except Exception as e:
        error = error_line(e)
    g.clear()
    return normalize(out.getvalue()), (normalize(error) if error else None), False


def run_dir(d, interactive=False):
    prelude = load_prelude()
    names = sorted(n[:-3] for n in os.listdir(d) if n.endswith(".mv"))
    results = []
    syntax = 0
    for name in names:
        stdout, error, bad = run_one(os.path.join(d, name + ".mv"), prelude, interactive)
        syntax += bad
        results.append({"name": name, "stdout": stdout, "error": error})
    return results, syntax


def main(argv):
    if not argv:
        sys.exit(__doc__)
    if sys.version_info[:2] != (3, 13):
        sys.exit("run_cpython.py must run on CPython 3.13 (PYENV_VERSION=3.13.0 python3), not %s"
                 % sys.version.split()[0])
    d = argv[0]
    interactive = "--interactive" in argv
    results, syntax = run_dir(d, interactive)
    with open(os.path.join(d, "expected.jsonl"), "w", encoding="utf-8") as f:
        for r in results:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    errors = sum(1 for r in results if r["error"])
    lines = sum(r["stdout"].count("\n") for r in results)
    print("%d programs run in CPython %s: %d output lines, %d end with an uncaught error, %d do not compile"
          % (len(results), sys.version.split()[0], lines, errors, syntax))
    status = 1 if syntax else 0
    if "--check-deterministic" in argv:
        again, _ = run_dir(d, interactive)
        diff = [a["name"] for a, b in zip(results, again) if a != b]
        print("determinism: %d programs differ between two runs %s" % (len(diff), diff[:10]))
        status |= 1 if diff else 0
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
