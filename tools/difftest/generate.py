#!/usr/bin/env python3
"""Generate random mview programs for the differential tester.

Usage: PYENV_VERSION=3.13.0 python3 tools/difftest/generate.py --seed S --count N --out DIR

Writes DIR/p00001.mv ... DIR/pNNNNN.mv and DIR/coverage.json, and prints a coverage summary.
Program k depends only on (seed, k), so a failing program can be regenerated alone.

How it works: the generator keeps a live CPython namespace (with cpython_prelude.py) and executes
every statement while it writes it. It therefore knows the exact state (which names exist, each
view's format/shape/readonly/released state) and chooses the next statement from it, so programs
stay meaningful instead of drowning in NameErrors. Every statement that raised while generating is
written inside the try/except idiom; about a quarter of the programs end with one deliberately
uncaught error. Programs use only the mview language subset (no loops, defs, imports, f-strings,
comprehensions, dicts, sets, count()/index()), never print raw hashes, and print view objects only
where runners normalize addresses. Must run on CPython 3.13 (the namespace is the oracle).
"""
import collections
import contextlib
import io
import json
import os
import random
import sys

from programs import ERR, indent, write_programs


FORMATS = "cbB?hHiIlLqQnNfdeP"
SIZES = {"c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
         "q": 8, "Q": 8, "n": 8, "N": 8, "f": 4, "d": 8, "e": 2, "P": 8}
INT_RANGES = {"b": (-2**7, 2**7 - 1), "B": (0, 2**8 - 1), "h": (-2**15, 2**15 - 1),
              "H": (0, 2**16 - 1), "i": (-2**31, 2**31 - 1), "I": (0, 2**32 - 1),
              "l": (-2**63, 2**63 - 1), "L": (0, 2**64 - 1), "q": (-2**63, 2**63 - 1),
              "Q": (0, 2**64 - 1), "n": (-2**63, 2**63 - 1), "N": (0, 2**64 - 1),
              "P": (-2**63, 2**64 - 1)}
BYTE_FORMATS = "bBc"




class Program:
    def __init__(self, rnd, prelude):
        self.rnd = rnd
        self.ns = dict(prelude)
        self.lines = []
        self.kinds = collections.Counter()
        self.errors = collections.Counter()
        self.counter = 0
        self.exporters = {}   # name -> "bytes" | "bytearray"
        self.no_resize = set()  # bytearrays under a FromMemory emulation view
        self.views = {}       # name -> {"tainted": bool}  (tainted: derived from FromMemory)

    # ---- naming and live state ----
    def fresh(self, prefix):
        self.counter += 1
        return "%s%d" % (prefix, self.counter)

    def info(self, name):
        v = self.ns.get(name)
        if not isinstance(v, memoryview):
            return None
        try:
            return {"fmt": v.format, "shape": v.shape, "ndim": v.ndim, "ro": v.readonly,
                    "isz": v.itemsize, "nbytes": v.nbytes, "c": v.c_contiguous,
                    "len": v.shape[0] if v.ndim else None, "released": False}
        except ValueError:
            return {"released": True}

    def live_views(self):
        return [n for n in self.views if self.info(n) and not self.info(n)["released"]]

    def pick_view(self, pred=None, allow_released=0.03):
        names = [n for n in self.views if self.info(n) is not None]
        if not names:
            return None
        live = [n for n in names if not self.info(n)["released"] and (pred is None or pred(self.info(n)))]
        if live and self.rnd.random() > allow_released:
            return self.rnd.choice(live)
        return self.rnd.choice(names)

    # ---- executing and emitting ----
    def run(self, code):
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                exec(compile(code, "<gen>", "exec"), self.ns)
            return None
        except Exception as e:  # the program would see the same exception
            return e

    def emit(self, kind, code, wrap=True):
        """Execute code; emit it, inside try/except if it raised (or always when wrap=='always')."""
        err = self.run(code)
        self.kinds[kind] += 1
        if err is not None:
            self.errors["%s: %s" % (type(err).__name__, err)] += 1
        if err is not None or wrap == "always":
            self.lines.append("try:\n" + indent(code) + "\n" + ERR)
        else:
            self.lines.append(code)
        return err

    def emit_new(self, kind, prefix, expr, tainted=False, show=True):
        name = self.fresh(prefix)
        code = "%s = %s" % (name, expr)
        if show:
            code += "\nprint(%s.format, %s.shape, %s.readonly)" % (name, name, name)
        err = self.emit(kind, code)
        if err is None or name in self.ns:
            if isinstance(self.ns.get(name), memoryview):
                self.views[name] = {"tainted": tainted}
        return name

    # ---- value generators ----
    def bytes_literal(self, n=None):
        r = self.rnd
        if n is None:
            n = r.choice([0, 1, 2, 3, 4, 6, 8, 8, 12, 16, 16, 24, 32])
        mode = r.random()
        if mode < 0.4:
            data = bytes(r.randrange(256) for _ in range(n))
        elif mode < 0.7:
            data = bytes(r.choice([0, 1, 0x7f, 0x80, 0xff, 0x3f, 0x41, 0x7c, 0x7e, 0xfe]) for _ in range(n))
        else:
            data = bytes((i * 7 + r.randrange(4)) % 256 for i in range(n))
        return repr(data)

    def int_value(self, fmt):
        r = self.rnd
        lo, hi = INT_RANGES.get(fmt, (0, 255))
        c = r.random()
        if c < 0.5:
            return str(r.randint(max(lo, -1000), min(hi, 1000)))
        if c < 0.75:
            return str(r.choice([lo, hi, 0, -1, 1]))
        return r.choice([str(lo - 1), str(hi + 1), "2 ** 64", "-2 ** 63 - 1", "2 ** 63", "2 ** 100"])

    def float_value(self):
        return self.rnd.choice(["0.5", "-1.25", "1e300", "-1e300", "float('nan')", "float('inf')",
                                "float('-inf')", "1e-10", "65504.0", "65520.0", "0.1", "-0.0",
                                "3", "-7", "6e-08", "1.0000001", "10 ** 400"])

    def any_value(self):
        return self.rnd.choice(["True", "False", "b'x'", "b'xy'", "b''", "'a'", "None", "[1]",
                                "bytearray(b'q')", "1.5", "0", "-1", "256", "(1,)"])

    def item_value(self, fmt):
        base = fmt[-1]
        if self.rnd.random() < 0.25:
            return self.any_value()
        if base == "c":
            return self.rnd.choice(["b'a'", "b'\\x00'", "b'\\xff'", "b'ab'", "b''", "65"])
        if base == "?":
            return self.rnd.choice(["True", "False", "0", "7", "''", "'x'", "None", "[0]", "0.0"])
        if base in "fde":
            return self.float_value()
        return self.int_value(base)

    def slice_text(self, n, allow_zero=True):
        r = self.rnd
        def bound():
            c = r.random()
            if c < 0.3:
                return ""
            if c < 0.9:
                return str(r.randint(-n - 2, n + 2))
            return r.choice(["2 ** 70", "-2 ** 70", "None", "True"])
        step = r.choice(["", "", "1", "2", "3", "-1", "-2", "-3", str(n + 1), str(-n - 1)])
        if allow_zero and r.random() < 0.03:
            step = "0"
        if allow_zero and r.random() < 0.02:
            step = "1.5"
        text = bound() + ":" + bound()
        if step:
            text += ":" + step
        return text

    def index_key(self, inf):
        r = self.rnd
        ndim = inf.get("ndim", 1)
        shape = inf.get("shape", (1,))
        c = r.random()
        if ndim == 0:
            return r.choice(["()", "...", "0", "(0,)", "'x'", "0:1"])
        def idx(d):
            n = shape[d]
            if r.random() < 0.8 and n > 0:
                return str(r.randint(-n, n - 1))
            return str(r.choice([n, -n - 1, 2 ** 63, -2 ** 63 - 1, 100]))
        if c < 0.55:
            return ", ".join(idx(d) for d in range(ndim)) + ("," if ndim == 1 and r.random() < 0.2 else "")
        if c < 0.7:
            return idx(0)
        if c < 0.8:
            k = r.randint(0, ndim + 1)
            return "(" + ", ".join(idx(min(d, ndim - 1)) for d in range(k)) + ("," if k == 1 else "") + ")"
        return r.choice(["1.5", "'a'", "None", "...", "[0]", "0, ...", "0, 'a'", ":, :", "0:1, 0",
                         "True", "False", "2 ** 63", "b'x'", "slice(1, None)"])

    def shape_for(self, count):
        """A random factorization of count into 1..3 dimensions."""
        r = self.rnd
        dims = []
        left = count
        for _ in range(r.randint(1, 3) - 1):
            divs = [d for d in range(1, left + 1) if left % d == 0]
            d = r.choice(divs)
            dims.append(d)
            left //= d
        dims.append(left)
        r.shuffle(dims)
        return dims

    # ---- operations ----
    def op_exporter(self):
        r = self.rnd
        kind = r.choice(["bytes", "bytearray", "bytearray"])
        lit = self.bytes_literal()
        if kind == "bytes":
            name = self.fresh("b")
            expr = r.choice([lit, lit, "bytes(%d)" % r.randint(0, 16), "bytes(range(%d))" % r.randint(0, 24)])
        else:
            name = self.fresh("a")
            expr = r.choice(["bytearray(%s)" % lit, "bytearray(%d)" % r.randint(0, 16),
                             "bytearray(range(%d))" % r.randint(0, 32)])
        self.emit("exporter", "%s = %s" % (name, expr), wrap=False)
        self.exporters[name] = kind
        return name

    def op_construct(self):
        r = self.rnd
        if not self.exporters:
            self.op_exporter()
        src = r.choice(list(self.exporters))
        c = r.random()
        if c < 0.25:
            self.emit_new("construct.memoryview", "m", "memoryview(%s)" % src)
        elif c < 0.45:
            fmt = r.choice(FORMATS)
            n = len(self.ns[src]) // SIZES[fmt]
            self.emit_new("construct.typed", "m", "memoryview(%s)[:%d].cast(%r)" % (src, n * SIZES[fmt], fmt))
        elif c < 0.55:
            self.emit_new("construct.keyword", "m", "memoryview(object=%s)" % src)
        elif c < 0.65 and self.views:
            w = self.pick_view()
            self.emit_new("construct.view_of_view", "m", "memoryview(%s)" % w, tainted=self.views[w]["tainted"])
        elif c < 0.72:
            bad = r.choice(["1", "'abc'", "[1, 2]", "None", "1.5", "(1,)", "range(3)"])
            self.emit("construct.nonbuffer", "memoryview(%s)" % bad, wrap="always")
        elif c < 0.8:
            arg = src if r.random() < 0.6 or not self.views else self.pick_view()
            self.emit_new("capi.FromObject", "m", "PyMemoryView_FromObject(%s)" % arg,
                          tainted=self.views.get(arg, {}).get("tainted", False))
        elif c < 0.9:
            arg = src if r.random() < 0.4 or not self.views else self.pick_view()
            bt = r.choice(["PyBUF_READ", "PyBUF_WRITE"])
            order = r.choice(["'C'", "'F'", "'A'"])
            tainted = self.views.get(arg, {}).get("tainted", False)
            self.emit_new("capi.GetContiguous", "m", "PyMemoryView_GetContiguous(%s, %s, %s)" % (arg, bt, order),
                          tainted=tainted)
        else:
            size = len(self.ns[src])
            size = r.randint(0, size) if size else 0
            if self.exporters[src] == "bytes":
                flags = "PyBUF_READ"
            else:
                flags = r.choice(["PyBUF_READ", "PyBUF_WRITE"])
                self.no_resize.add(src)
            self.emit_new("capi.FromMemory", "m", "PyMemoryView_FromMemory(%s, %d, %s)" % (src, size, flags),
                          tainted=True)

    def op_slice(self):
        v = self.pick_view()
        if v is None:
            return
        inf = self.info(v)
        n = inf.get("len") or 0
        tainted = self.views[v]["tainted"]
        self.kinds["slice.ndim%d" % inf.get("ndim", 1)] += 1
        name = self.emit_new("slice", "s", "%s[%s]" % (v, self.slice_text(n)), tainted=tainted, show=False)
        if name in self.views:
            self.emit("slice.show", "print(%s.shape, %s.strides, %s.tolist() if %s.ndim < 3 else %s.nbytes)"
                      % (name, name, name, name, name))

    def op_cast(self):
        r = self.rnd
        v = self.pick_view()
        if v is None:
            return
        inf = self.info(v)
        tainted = self.views[v]["tainted"]
        if inf["released"] or r.random() < 0.25:
            self.op_cast_invalid(v, inf)
            return
        src = inf["fmt"].lstrip("@")
        if src in BYTE_FORMATS:
            dests = [f for f in FORMATS if inf["nbytes"] % SIZES[f] == 0]
        else:
            dests = list(BYTE_FORMATS)
        if not dests:
            dests = ["B"]
        dest = r.choice(dests)
        if r.random() < 0.15:
            dest = "@" + dest
        count = inf["nbytes"] // SIZES[dest[-1]]
        c = r.random()
        if c < 0.35 or count == 0:
            args = repr(dest)
            kind = "cast.noshape"
        elif c < 0.45 and count == 1:
            args = "%r, %s" % (dest, r.choice(["[]", "()"]))
            kind = "cast.zerodim"
        else:
            shape = self.shape_for(count)
            text = repr(shape) if r.random() < 0.7 else repr(tuple(shape))
            args = "%r, %s" % (dest, text) if r.random() < 0.8 else "%r, shape=%s" % (dest, text)
            kind = "cast.shape%dd" % len(shape)
        name = self.emit_new(kind, "c", "%s.cast(%s)" % (v, args), tainted=tainted, show=False)
        if name in self.views:
            self.emit("cast.show", "print(%s.format, %s.shape, %s.strides, %s.tolist())" % (name, name, name, name))

    def op_cast_invalid(self, v, inf):
        r = self.rnd
        nb = inf.get("nbytes", 8)
        arg = r.choice(["'<i'", "'ii'", "'x'", "''", "b'B'", "1", "'B', 5", "'B', [0]",
                        "'B', [-1, %d]" % -nb, "'B', [%d, 'a']" % nb, "'B', [%d]" % (nb + 1),
                        "'B', [1] * 65", "'B', [2 ** 40, 2 ** 40]", "'d'", "'f'", "'i'", "'e'",
                        "'B', [1, %d]" % nb, "'h', [%d]" % max(1, nb // 2), "'c', ()", "format='B', shape=None"])
        self.emit("cast.invalid", "%s.cast(%s)" % (v, arg), wrap="always")

    def op_toreadonly(self):
        v = self.pick_view()
        if v:
            self.emit_new("toreadonly", "r", "%s.toreadonly()" % v, tainted=self.views[v]["tainted"])

    def op_index(self):
        v = self.pick_view()
        if v is None:
            return
        inf = self.info(v)
        key = self.index_key(inf)
        self.kinds["index.ndim%d" % inf.get("ndim", 1)] += 1
        expr = "%s[%s]" % (v, key)
        if key == "...":
            expr = "%s[...] is %s" % (v, v)
        self.emit("index", "print(%s)" % expr, wrap="always")

    def op_setitem(self):
        v = self.pick_view(lambda i: not i["ro"] or self.rnd.random() < 0.2)
        if v is None:
            return
        inf = self.info(v)
        key = self.index_key(inf)
        value = self.item_value(inf.get("fmt", "B"))
        self.emit("setitem", "%s[%s] = %s\nprint(%s.tolist())" % (v, key, value, v), wrap="always")

    def op_setslice(self):
        r = self.rnd
        v = self.pick_view(lambda i: i["ndim"] == 1 and (not i["ro"] or r.random() < 0.2))
        if v is None:
            return
        inf = self.info(v)
        if inf["released"]:
            self.emit("setslice", "%s[:] = b''" % v, wrap="always")
            return
        n = inf["len"] or 0
        sl = self.slice_text(n)
        target = self.ns[v]
        try:
            k = len(eval("_t[%s]" % sl, {"_t": target}))
        except Exception:
            k = r.randint(0, 3)
        fmt = inf["fmt"]
        isz = inf["isz"]
        c = r.random()
        if c < 0.12:
            value = r.choice(["[1, 2]", "5", "'ab'", "None", "(1,)"])
            kind = "setslice.nonbuffer"
        elif c < 0.3:
            other = r.randint(0, n) if n else 0
            if k != other:
                value = "%s[%d:%d]" % (v, 0, other)
            else:
                value = "%s[::-1][:%d]" % (v, k)
            src = self.rnd.choice([value, "%s[%s]" % (v, self.slice_text(n, allow_zero=False))])
            value = src
            kind = "setslice.overlap"
        elif fmt.lstrip("@") == "B" and c < 0.6:
            m = k if r.random() < 0.8 else k + r.choice([-1, 1, 2])
            m = max(m, 0)
            value = r.choice(["%s", "bytearray(%s)", "memoryview(%s)"]) % self.bytes_literal(m)
            kind = "setslice.bytes"
        else:
            m = k if r.random() < 0.8 else max(0, k + r.choice([-1, 1]))
            f = fmt if r.random() < 0.8 else r.choice(["B", "h", "i", "d", "@" + fmt.lstrip("@")])
            if f.lstrip("@") not in SIZES:
                f = "B"
            nbytes = m * SIZES[f.lstrip("@")]
            value = "memoryview(bytearray(%s)).cast(%r)" % (self.bytes_literal(nbytes), f)
            kind = "setslice.typed"
        self.emit(kind, "%s[%s] = %s\nprint(%s.tolist())" % (v, sl, value, v), wrap="always")

    def op_delete(self):
        v = self.pick_view()
        if v:
            key = self.rnd.choice(["0", "0:1", "'x'", "()", "..."])
            self.emit("delete", "del %s[%s]" % (v, key), wrap="always")

    def op_convert(self):
        r = self.rnd
        v = self.pick_view()
        if v is None:
            return
        c = r.random()
        if c < 0.4:
            order = r.choice(["", "'C'", "'F'", "'A'", "None", "order='F'", "order='A'", "'X'", "1"])
            self.emit("tobytes", "print(%s.tobytes(%s))" % (v, order), wrap="always")
        elif c < 0.7:
            args = r.choice(["", "", "':'", "b'-'", "' ', 2", "'_', -3", "':', 0", "'.', %d" % r.randint(-9, 9),
                             "sep='|', bytes_per_sep=4", "'::'", "''", "1", "b'\\xff'"])
            self.emit("hex", "print(%s.hex(%s))" % (v, args), wrap="always")
        else:
            self.emit("tolist", "print(%s.tolist())" % v, wrap="always")

    def op_attributes(self):
        v = self.pick_view()
        if v is None:
            return
        attrs = ["format", "itemsize", "ndim", "shape", "strides", "suboffsets", "readonly", "nbytes",
                 "c_contiguous", "f_contiguous", "contiguous"]
        if not self.views[v]["tainted"]:
            attrs.append("obj")
        picked = self.rnd.sample(attrs, self.rnd.randint(1, 5))
        self.emit("attributes", "print(%s)" % ", ".join("%s.%s" % (v, a) for a in picked), wrap="always")

    def op_compare(self):
        r = self.rnd
        v = self.pick_view()
        if v is None:
            return
        c = r.random()
        if c < 0.4 and len(self.views) > 1:
            w = self.pick_view()
            other = w
        elif c < 0.55:
            other = "%s.tobytes()" % v
        elif c < 0.65:
            other = "bytearray(%s.tobytes())" % v
        elif c < 0.75:
            other = self.bytes_literal()
        elif c < 0.85:
            other = r.choice(["'abc'", "1", "None", "[1]", v])
        else:
            op = r.choice(["<", "<=", ">", ">="])
            self.emit("compare.ordering", "print(%s %s %s)" % (v, op, r.choice([v, "b''"])), wrap="always")
            return
        op = r.choice(["==", "!=", "=="])
        self.emit("compare", "print(%s %s %s)" % (v, op, other), wrap="always")

    def op_hash(self):
        # FromMemory emulation views differ from CPython's C function in hashability: skip them.
        clean = [n for n in self.views if not self.views[n]["tainted"]]
        if not clean:
            return
        v = self.rnd.choice(clean)
        if self.rnd.random() < 0.7:
            code = "print(hash(%s) == hash(%s.tobytes()))" % (v, v)
        else:
            code = "print(hash(%s) == hash(%s))" % (v, self.rnd.choice(clean))
        self.emit("hash", code, wrap="always")

    def op_iterate(self):
        v = self.pick_view()
        if v is None:
            return
        expr = self.rnd.choice(["len(%s)", "list(%s)", "tuple(%s)", "sum(%s)", "0 in %s", "b'a' in %s",
                                "bytes(%s)", "bytearray(%s)", "max(%s)"]) % v
        self.emit("iterate", "print(%s)" % expr, wrap="always")

    def op_release(self):
        v = self.pick_view(allow_released=0.2)
        if v is None:
            return
        c = self.rnd.random()
        if c < 0.6:
            self.emit("release", "%s.release()" % v, wrap="always")
        else:
            inner = self.rnd.choice(["print(w.tobytes())", "print(len(w))", "print(w.tolist())"])
            code = "with %s as w:\n    %s\nprint('after with')" % (v, inner)
            self.emit("with", code, wrap="always")

    def op_resize(self):
        names = [n for n, k in self.exporters.items() if k == "bytearray" and n not in self.no_resize]
        if not names:
            return
        a = self.rnd.choice(names)
        code = self.rnd.choice(["%s.append(7)", "%s[0:1] = b'xy'", "del %s[0]"]) % a
        self.emit("resize", code + "\nprint(len(%s))" % a, wrap="always")

    def op_mutate_exporter(self):
        names = [n for n, k in self.exporters.items() if k == "bytearray" and len(self.ns.get(n, b""))]
        if not names:
            return
        a = self.rnd.choice(names)
        n = len(self.ns[a])
        self.emit("exporter.write", "%s[%d] = %d" % (a, self.rnd.randrange(n), self.rnd.randrange(256)))

    OPS = [("op_exporter", 3), ("op_construct", 12), ("op_slice", 10), ("op_cast", 16),
           ("op_toreadonly", 3), ("op_index", 12), ("op_setitem", 10), ("op_setslice", 8),
           ("op_delete", 2), ("op_convert", 10), ("op_attributes", 6), ("op_compare", 8),
           ("op_hash", 5), ("op_iterate", 6), ("op_release", 2), ("op_resize", 3),
           ("op_mutate_exporter", 2)]

    def build(self, header):
        r = self.rnd
        self.op_exporter()
        if r.random() < 0.5:
            self.op_exporter()
        self.op_construct()
        names = [n for n, _ in self.OPS]
        weights = [w for _, w in self.OPS]
        for _ in range(r.randint(8, 30)):
            getattr(self, r.choices(names, weights)[0])()
        if r.random() < 0.25:
            self.uncaught_ending()
        return header + "\n".join(self.lines) + "\n"

    def uncaught_ending(self):
        """Finish with a statement that raises, unwrapped: it tests the final error line."""
        saved = list(self.lines)
        for _ in range(12):
            self.lines = []
            snapshot = (dict(self.ns), dict(self.views), self.counter)
            getattr(self, self.rnd.choice(["op_index", "op_setitem", "op_cast", "op_convert", "op_hash",
                                           "op_iterate", "op_compare", "op_setslice"]))()
            block = self.lines[-1] if self.lines else ""
            self.ns, self.views, self.counter = snapshot
            if block.startswith("try:\n") and block.endswith(ERR):
                inner = block[len("try:\n"):-len(ERR) - 1]
                stmt = "\n".join(line[4:] for line in inner.split("\n"))
                if self.run(stmt) is not None:
                    self.lines = saved + [stmt.split("\n")[0]]
                    self.kinds["uncaught"] += 1
                    return
        self.lines = saved


def generate(seed, index, prelude):
    rnd = random.Random("mview-difftest:%d:%d" % (seed, index))
    prog = Program(rnd, prelude)
    text = prog.build("# generated by tools/difftest/generate.py --seed %d (program %d)\n" % (seed, index))
    return text, prog


def main(argv=None):
    kinds = collections.Counter()
    programs_with = collections.Counter()
    errors = collections.Counter()
    lines = [0]

    def collect(prog):
        kinds.update(prog.kinds)
        programs_with.update(set(prog.kinds))
        errors.update(prog.errors)
        lines[0] += len(prog.lines)

    args = write_programs(argv, __doc__.split("\n")[0], "generate.py", "p", generate, collect)
    statements = lines[0]
    cov = {"seed": args.seed, "count": args.count, "statements": statements,
           "operations": dict(sorted(kinds.items())),
           "programs_per_operation": dict(sorted(programs_with.items())),
           "errors": dict(errors.most_common())}
    with open(os.path.join(args.out, "coverage.json"), "w", encoding="utf-8") as f:
        json.dump(cov, f, indent=1, sort_keys=False)
    if not args.quiet:
        print("%d programs, %d top-level statements, %d distinct error messages"
              % (args.count, statements, len(errors)))
        for k, n in sorted(kinds.items()):
            print("  %-24s %7d ops in %5d programs" % (k, n, programs_with[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
