"""What the program generators of the differential tester share: the CPython prelude that gives
CPython mview's C-API names, the try/except idiom, and the command line that writes DIR/<prefix>NNNNN.mv.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PRELUDE = os.path.join(HERE, "cpython_prelude.py")
ERR = "except Exception as e:\n    print(type(e).__name__, e)"


def load_prelude():
    ns = {}
    with open(PRELUDE, encoding="utf-8") as f:
        exec(compile(f.read(), PRELUDE, "exec"), ns)
    return {k: v for k, v in ns.items() if not k.startswith("__")}


def indent(code):
    return "\n".join("    " + line for line in code.split("\n"))


def write_programs(argv, description, script, file_prefix, generate, collect, cpython_oracle=True):
    """Parses --seed/--count/--first/--out/--quiet, writes each generate(seed, k, prelude) program and
    hands each generated program object to collect(prog); returns the parsed arguments.
    cpython_oracle=False (a generator whose oracle is not the running CPython, e.g. numpy_mode.py)
    skips the warning about a Python other than 3.13."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--first", type=int, default=1, help="index of the first program (default 1)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if cpython_oracle and sys.version_info[:2] != (3, 13):
        print("warning: %s is meant to run on CPython 3.13, this is %s" % (script, sys.version.split()[0]),
              file=sys.stderr)
    os.makedirs(args.out, exist_ok=True)
    prelude = load_prelude()
    for i in range(args.first, args.first + args.count):
        text, prog = generate(args.seed, i, prelude)
        with open(os.path.join(args.out, "%s%05d.mv" % (file_prefix, i)), "w", encoding="utf-8") as f:
            f.write(text)
        collect(prog)
    return args
