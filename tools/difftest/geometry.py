#!/usr/bin/env python3
"""Generate random mview programs over random view geometries; CPython itself is the oracle.

Usage: PYENV_VERSION=3.13.0 python3 tools/difftest/geometry.py --seed S --count N --out DIR [--quiet]

Writes DIR/g00001.mv ... DIR/gNNNNN.mv and DIR/coverage.json, and prints a coverage summary.
Program k depends only on (seed, k), so a failing program can be regenerated alone (--first k
--count 1).

Each program builds one or two view geometries with
    bN = bytearray(b'...')
    mN = PyMemoryView_FromBuffer(Py_buffer(bN, format=..., itemsize=..., len=..., readonly=...,
                                           ndim=..., shape=..., strides=..., suboffsets=..., offset=...))
and applies the memoryview surface to them and to views derived from them (slices, casts,
toreadonly, PyMemoryView_GetContiguous copies, PyObject_GetBuffer exports), printing every result,
both through print() and as bare expression statements (the programs are meant to run in
interactive mode: `./mview -i -q < prog.mv` against
`PYTHONSTARTUP=tools/difftest/cpython_prelude.py PYENV_VERSION=3.13.0 python3 -i -q < prog.mv`, or
`run_cpython.py DIR --interactive`).

Geometries: ndim 0..4; every native format `cbB?hHiIlLqQnNfdeP` (sometimes with '@'); C, Fortran,
padded, permuted, negative, zero and unaligned strides; offsets in the middle; shapes with zeros and
ones; readonly or not; suboffsets that are all negative; and PIL layouts (pointer tables). Items are
seeded with edge values of their format (min/max, 2**63.., NaNs with payloads and signs, infinities,
-0.0, subnormals, '?' bytes other than 0/1, ...). In a PIL layout a pointer is an 8-byte
little-endian byte offset into the bytearray (mview's convention); cpython_prelude.py rewrites the
pointer slots of a private copy to absolute addresses, so a program never prints the bytearray under
a PIL layout and never lays a non-PIL view over it.

Like generate.py, the generator keeps a live CPython namespace (with cpython_prelude.py) and executes
every statement while writing it; statements that raised are written inside the try/except idiom,
each compound statement is followed by a blank line (so the text also works piped into a REPL).
Programs use only the mview language subset. Must run on CPython 3.13 (the namespace is the oracle).
"""
import collections
import contextlib
import io
import json
import os
import random
import struct
import sys

from programs import ERR, indent, write_programs


FORMATS = "cbB?hHiIlLqQnNfdeP"
SIZES = {"c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
         "q": 8, "Q": 8, "n": 8, "N": 8, "f": 4, "d": 8, "e": 2, "P": 8}
INT_RANGES = {"b": (-2**7, 2**7 - 1), "B": (0, 2**8 - 1), "h": (-2**15, 2**15 - 1),
              "H": (0, 2**16 - 1), "i": (-2**31, 2**31 - 1), "I": (0, 2**32 - 1),
              "l": (-2**63, 2**63 - 1), "L": (0, 2**64 - 1), "q": (-2**63, 2**63 - 1),
              "Q": (0, 2**64 - 1), "n": (-2**63, 2**63 - 1), "N": (0, 2**64 - 1),
              "P": (0, 2**64 - 1)}
# struct formats that are not native single characters: memoryview keeps them (tobytes, hex, cast to
# bytes, comparisons through struct) but refuses element access (NotImplementedError); value = the
# format character whose edge values fill the items (None: random bytes)
NONNATIVE = {"<i": "i", ">h": "h", "=q": "q", "!d": "d", "<f": "f", ">e": "e", ">Q": "Q", "<H": "H",
             "<?": "?", "2h": None, "3s": None, "hxx": None}
SAME_SIZE = {1: list("cbB?") + ["<?"], 2: list("hHe") + [">h", "<H", ">e"],
             4: list("iIf") + ["<i", "<f", "2h", "hxx"], 8: list("lLqQnNdP") + ["=q", "!d", ">Q"], 3: ["3s"]}
BYTE_FORMATS = "bBc"
HASHABLE = "bBc"

FLOAT_EDGES = {
    "f": [0.0, -0.0, 1.0, -1.5, 0.1, float("inf"), float("-inf"), float("nan"), 1.4e-45, 1e-40,
          3.4028234663852886e38, 16777217.0, -2.5e-38],
    "d": [0.0, -0.0, 1.0, -1.5, 0.1, float("inf"), float("-inf"), float("nan"), 5e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, 1e16, 123456789.125],
    "e": [0.0, -0.0, 1.0, -1.5, 65504.0, -65504.0, 6e-08, 6.1e-05, float("inf"), float("-inf"),
          float("nan"), 0.333, 2049.0],
}
FLOAT_BITS = {  # NaNs with sign/payload (quiet and signalling), subnormals, extremes
    "f": [0x7fc00000, 0xffc00000, 0x7fc00001, 0x7f800001, 0xff800001, 0x7fbfffff, 0x00000001,
          0x80000001, 0x7f7fffff, 0x007fffff],
    "d": [0x7ff8000000000000, 0xfff8000000000000, 0x7ff8000000000001, 0x7ff0000000000001,
          0xfff0000000000001, 0x7ff7ffffffffffff, 0x8000000000000000, 0x0000000000000001,
          0x000fffffffffffff],
    "e": [0x7e00, 0xfe00, 0x7c01, 0x7d00, 0xfc01, 0x7fff, 0x0001, 0x03ff, 0x8001, 0x7bff, 0x8000],
}
INT_EDGES = [0, 1, -1, 2, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, -32768, 2**31 - 1,
             2**31, 2**32 - 1, -2**31, 2**53 + 1, 2**63 - 1, 2**63, 2**64 - 1, 2**63 + 1, -2**63]

FLAG_NAMES = ["PyBUF_SIMPLE", "PyBUF_WRITABLE", "PyBUF_FORMAT", "PyBUF_ND", "PyBUF_STRIDES",
              "PyBUF_C_CONTIGUOUS", "PyBUF_F_CONTIGUOUS", "PyBUF_ANY_CONTIGUOUS", "PyBUF_INDIRECT",
              "PyBUF_CONTIG", "PyBUF_CONTIG_RO", "PyBUF_STRIDED", "PyBUF_STRIDED_RO", "PyBUF_RECORDS",
              "PyBUF_RECORDS_RO", "PyBUF_FULL", "PyBUF_FULL_RO"]
BASIC_FLAGS = ["PyBUF_WRITABLE", "PyBUF_FORMAT", "PyBUF_ND", "PyBUF_STRIDES", "PyBUF_C_CONTIGUOUS",
               "PyBUF_F_CONTIGUOUS", "PyBUF_ANY_CONTIGUOUS", "PyBUF_INDIRECT"]
EXPORT_MEMBERS = ["len", "itemsize", "readonly", "ndim", "format", "shape", "strides", "suboffsets"]
# on a released view: the released check comes before any argument check in CPython
RELEASED_USES = ["%s.tolist()", "print(%s.nbytes)", "%s.tobytes()", "%s == %s", "%s.cast('B')", "%s[0]", "len(%s)",
                 "%s.release()", "%s.tobytes('X')", "%s.tobytes(1)", "%s.hex('::')", "%s.hex(1)", "%s.cast('x')",
                 "%s.cast('B', [0])", "%s[1.5]", "%s['a'] = 1", "%s[0] = 'a'", "%s[0:1] = None", "%s[...]",
                 "%s[()]", "hash(%s) == 0", "%s.toreadonly()", "memoryview(%s)", "%s.shape", "%s.obj",
                 "PyObject_GetBuffer(%s, PyBUF_SIMPLE)", "PyMemoryView_GetContiguous(%s, PyBUF_WRITE, 'F')",
                 "bytes(%s)", "list(%s)"]
# Not iter(%s): on a released 1-D view CPython 3.13.0 raises SystemError (gh-126341), a documented
# deviation (docs/compatibility.md); list(), tuple() and `in` check the same path and are compared.
ATTRS = ["format", "itemsize", "ndim", "shape", "strides", "suboffsets", "readonly", "nbytes",
         "c_contiguous", "f_contiguous", "contiguous"]




def product(values):
    p = 1
    for v in values:
        p *= v
    return p


def indices(shape):
    """Every multi-index of shape, in C order (shapes are small)."""
    result = [()]
    for n in shape:
        result = [t + (i,) for t in result for i in range(n)]
    return result


def extent(shape, strides, size):
    """(low, high) byte range touched relative to the base, or None when nothing is touched."""
    if any(n == 0 for n in shape):
        return None
    low, high = 0, size
    for n, s in zip(shape, strides):
        span = (n - 1) * s
        if span < 0:
            low += span
        else:
            high += span
    return low, high


def c_strides(shape, size, keep_zero=False):
    strides = [0] * len(shape)
    acc = size
    for d in range(len(shape) - 1, -1, -1):
        strides[d] = acc
        acc *= shape[d] if keep_zero else max(shape[d], 1)
    return strides


def f_strides(shape, size, keep_zero=False):
    strides = [0] * len(shape)
    acc = size
    for d in range(len(shape)):
        strides[d] = acc
        acc *= shape[d] if keep_zero else max(shape[d], 1)
    return strides


class Geometry:
    """One Py_buffer description; `text` is the Py_buffer(...) call."""

    def __init__(self, fmt, shape, strides, suboffsets, offset, readonly, kind, pil, omit=()):
        self.fmt = fmt
        self.ch = fmt.lstrip("@")
        self.itemsize = struct.calcsize(fmt)
        self.shape = tuple(shape)
        self.strides = tuple(strides)
        self.suboffsets = None if suboffsets is None else tuple(suboffsets)
        self.offset = offset
        self.readonly = readonly
        self.kind = kind
        self.pil = pil
        self.omit = set(omit)

    def text(self, buf):
        """Every member given; an omitted one is None (Py_buffer's default, the same in both systems)."""
        values = {"format": self.fmt, "itemsize": self.itemsize, "len": product(self.shape) * self.itemsize,
                  "readonly": self.readonly, "ndim": len(self.shape), "shape": self.shape,
                  "strides": self.strides}
        for k in self.omit:
            values[k] = None
        return ("Py_buffer(%s, format=%r, itemsize=%r, len=%r, readonly=%r, ndim=%r, shape=%r, strides=%r, "
                "suboffsets=%r, offset=%d)" % (buf, values["format"], values["itemsize"], values["len"],
                                               values["readonly"], values["ndim"], values["shape"],
                                               values["strides"], self.suboffsets, self.offset))

    def item_positions(self):
        return [self.offset + sum(i * s for i, s in zip(idx, self.strides)) for idx in indices(self.shape)]


class Program:
    def __init__(self, rnd, prelude):
        self.rnd = rnd
        self.ns = dict(prelude)
        self.lines = []
        self.kinds = collections.Counter()
        self.errors = collections.Counter()
        self.geo = collections.Counter()
        self.counter = collections.Counter()   # per name prefix: b1, m1, b2, m2, s1, ...
        self.views = {}      # name -> {"root": bool} (root: a geometry, not a derived view)
        self.buffers = {}    # name -> {"pil": bool, "size": int}
        self.statements = 0

    # ---- naming and live state ----
    def fresh(self, prefix):
        self.counter[prefix] += 1
        return "%s%d" % (prefix, self.counter[prefix])

    def info(self, name):
        v = self.ns.get(name)
        if not isinstance(v, memoryview):
            return None
        try:
            return {"fmt": v.format, "ch": v.format.lstrip("@"), "shape": v.shape, "ndim": v.ndim,
                    "ro": v.readonly, "isz": v.itemsize, "nbytes": v.nbytes, "c": v.c_contiguous,
                    "f": v.f_contiguous, "pil": bool(v.suboffsets), "released": False}
        except ValueError:
            return {"released": True}

    def pick_view(self, pred=None, allow_released=0.04):
        names = [n for n in self.views if self.info(n) is not None]
        if not names:
            return None
        live = [n for n in names if not self.info(n)["released"] and (pred is None or pred(self.info(n)))]
        if live and self.rnd.random() > allow_released:
            # the geometries themselves are picked more often than derived views
            weights = [3 if self.views[n]["root"] else 1 for n in live]
            return self.rnd.choices(live, weights)[0]
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
        """Execute code; emit it, inside try/except if it raised (or always when wrap == 'always')."""
        err = self.run(code)
        self.kinds[kind] += 1
        self.statements += 1
        if err is not None:
            self.errors["%s: %s" % (type(err).__name__, err)] += 1
        if err is not None or wrap == "always":
            self.lines.append("try:\n" + indent(code) + "\n" + ERR + "\n")  # blank line: ends the REPL block
        else:
            self.lines.append(code)
        return err

    def emit_block(self, kind, code):
        """A compound statement that must not raise as a whole (e.g. with), else it is wrapped."""
        err = self.run(code)
        self.kinds[kind] += 1
        self.statements += 1
        if err is not None:
            self.errors["%s: %s" % (type(err).__name__, err)] += 1
            self.lines.append("try:\n" + indent(code) + "\n" + ERR + "\n")
        else:
            self.lines.append(code + "\n")
        return err

    def emit_view(self, kind, prefix, expr, root=False):
        name = self.fresh(prefix)
        err = self.emit(kind, "%s = %s" % (name, expr))
        if err is None and isinstance(self.ns.get(name), memoryview):
            self.views[name] = {"root": root}
            return name
        return None

    # ---- bytes ----
    def item_bytes(self, fmt):
        r = self.rnd
        size = struct.calcsize(fmt)
        ch = fmt.lstrip("@")
        order = "little"
        if ch not in SIZES:
            ch = NONNATIVE.get(fmt)
            order = "big" if fmt[0] in ">!" else "little"
        if ch is None or r.random() < 0.25:
            return bytes(r.randrange(256) for _ in range(size))
        if ch == "?":
            return bytes([r.choice([0, 1, 1, 0, 2, 0xff, 0x80, 0x7f])])
        if ch == "c":
            return bytes([r.choice([0, 0x7f, 0xff, 0x41, 0x0a, 0x27, 0x22, 0x5c, 0x80, 0x20])])
        if ch in FLOAT_EDGES:
            if r.random() < 0.4:
                return r.choice(FLOAT_BITS[ch]).to_bytes(size, order)
            return struct.pack(("<" if order == "little" else ">") + ch, r.choice(FLOAT_EDGES[ch]))
        lo, hi = INT_RANGES[ch]
        v = r.choice([x for x in INT_EDGES if lo <= x <= hi] + [lo, hi, lo + 1, hi - 1])
        return v.to_bytes(size, order, signed=v < 0)

    def fill(self, size, positions, fmt, slots=None):
        data = bytearray(self.rnd.randrange(256) for _ in range(size))
        isz = struct.calcsize(fmt)
        for p in positions:
            data[p:p + isz] = self.item_bytes(fmt)
        for p, value in (slots or {}).items():
            data[p:p + 8] = value.to_bytes(8, "little", signed=True)
        return bytes(data)

    # ---- geometry generation ----
    def gen_format(self):
        if self.rnd.random() < 0.05:
            return self.rnd.choice(sorted(NONNATIVE))
        ch = self.rnd.choice(FORMATS)
        return ("@" + ch) if self.rnd.random() < 0.12 else ch

    def gen_shape(self, ndim, cap):
        r = self.rnd
        shape = [r.choices([0, 1, 2, 3, 4, 5, 6, 7], [4, 12, 22, 22, 16, 10, 7, 7])[0] for _ in range(ndim)]
        while product(shape) > cap:
            d = shape.index(max(shape))
            shape[d] -= 1
        return shape

    def gen_strides(self, shape, esize, kinds=None, allow_unaligned=True):
        """(kind, strides) of a strided layout of elements of esize bytes."""
        r = self.rnd
        ndim = len(shape)
        if kinds is None:
            kinds = ["C"] * 6 + ["F"] * 3 + ["padded"] * 3 + ["negative"] * 3 + ["permuted"] * 2 + ["zero"] * 1
            if allow_unaligned:
                kinds += ["unaligned"]
        kind = r.choice(kinds)
        if ndim == 1 and kind in ("F", "permuted"):
            kind = "C"
        keep_zero = r.random() < 0.3
        if kind == "C":
            strides = c_strides(shape, esize, keep_zero)
        elif kind == "F":
            strides = f_strides(shape, esize, keep_zero)
        elif kind in ("padded", "negative"):
            strides = [0] * ndim
            acc = esize * r.choice([1, 1, 2, 3])
            order = list(range(ndim - 1, -1, -1)) if r.random() < 0.7 else list(range(ndim))
            for d in order:
                strides[d] = acc
                acc = acc * max(shape[d], 1) + r.choice([0, 0, esize, 2 * esize, 8, 3 if esize < 4 else 16])
            if kind == "negative":
                flips = [d for d in range(ndim) if r.random() < 0.6] or [r.randrange(ndim)]
                for d in flips:
                    strides[d] = -strides[d]
        elif kind == "permuted":
            perm = list(range(ndim))
            while perm == sorted(perm) or perm == sorted(perm, reverse=True):
                r.shuffle(perm)
                if ndim < 3:
                    break
            strides = [0] * ndim
            acc = esize
            for d in reversed(perm):
                strides[d] = acc
                acc *= max(shape[d], 1)
        elif kind == "zero":
            strides = c_strides(shape, esize)
            for d in [d for d in range(ndim) if r.random() < 0.5] or [r.randrange(ndim)]:
                strides[d] = 0
        else:  # unaligned: arbitrary byte strides, items may overlap
            strides = [r.choice([-1, 1]) * r.randint(1, 3 * esize + 3) for _ in range(ndim)]
        return kind, strides

    def gen_plain(self, fmt=None, fit=None):
        """A layout without pointers: (Geometry, size). With fit=N, it must lie within N bytes."""
        r = self.rnd
        fmt = fmt or self.gen_format()
        isz = struct.calcsize(fmt)
        ndim = r.choices([0, 1, 2, 3, 4], [1, 5, 5, 2, 1])[0]
        shape = self.gen_shape(ndim, r.choice([12, 24, 48, 64]))
        if ndim == 0:
            kind, strides = "scalar", []
        else:
            kind, strides = self.gen_strides(shape, isz)
        ext = extent(shape, strides, isz)
        if fit is not None:
            if ext is None:
                offset = r.randint(0, fit)
            else:
                low, high = ext
                if high - low > fit:
                    return None
                offset = r.randint(-low, fit - high)
            size = fit
        elif ext is None:
            offset = r.randint(0, 16)
            size = offset + r.choice([0, 0, 1, 4, 8])
        else:
            low, high = ext
            pre = r.choice([0, 0, 1, 2, 3, 4, 7, 8, 16, r.randint(0, 40)])
            post = r.choice([0, 0, 1, 2, 3, 5, 8, r.randint(0, 24)])
            offset = pre - low
            size = offset + high + post
        readonly = r.random() < (0.7 if kind == "zero" else 0.35)
        suboffsets = None
        if ndim and r.random() < 0.12:
            suboffsets = [r.choice([-1, -1, -1, -2, -8, -2**31]) for _ in range(ndim)]
            kind = "allneg-suboffsets"
        omit = []
        if kind == "C" and suboffsets is None and r.random() < 0.15 and strides == c_strides(shape, isz, True):
            omit.append("strides")
            if ndim == 1 and r.random() < 0.5:
                omit.append("shape")
        if r.random() < 0.1:
            # members left to Py_buffer's defaults: format 'B', itemsize from the format, len from the
            # shape, ndim from the shape, readonly from the memory (a bytearray: writable)
            # (len is left out only with a shape: else it would be "the rest of the memory", which a
            # layout need not fill, and len != product(shape) * itemsize is undefined in CPython)
            choices = ["itemsize"] + (["len", "ndim"] if "shape" not in omit else [])
            choices += ["format"] if fmt == "B" else []
            choices += ["readonly"] if not readonly else []
            omit += r.sample(choices, r.randint(1, len(choices)))
        g = Geometry(fmt, shape, strides, suboffsets, offset, readonly, kind, False, omit)
        return g, size

    def gen_pil(self, fmt=None):
        """A layout with pointers (suboffsets >= 0): (Geometry, size, slots {pos: stored offset}, items)."""
        r = self.rnd
        fmt = fmt or self.gen_format()
        isz = struct.calcsize(fmt)
        ndim = r.choices([1, 2, 3, 4], [5, 5, 2, 1])[0]
        shape = self.gen_shape(ndim, r.choice([8, 16, 24]))
        ptr = [False] * ndim
        if ndim == 1 or r.random() < 0.55:
            ptr[0] = True                     # PIL image: the outer dimension is a pointer array
        else:
            while not any(ptr):
                ptr = [r.random() < 0.4 for _ in range(ndim)]
        subs = [r.choice([0, 0, 0, 1, 2, 4, 8, r.randint(0, 16)]) if ptr[d] else r.choice([-1, -1, -1, -3])
                for d in range(ndim)]
        groups, cur = [], []
        for d in range(ndim):
            cur.append(d)
            if ptr[d]:
                groups.append(cur)
                cur = []
        if cur:
            groups.append(cur)
        strides = [0] * ndim
        for g in groups:
            gshape = [shape[d] for d in g]
            if ptr[g[-1]]:   # a table of 8-byte pointer slots: slots must not overlap
                kind, gstr = self.gen_strides(gshape, 8, ["C", "C", "F", "padded", "negative", "zero"],
                                              allow_unaligned=False)
            else:
                kind, gstr = self.gen_strides(gshape, isz)
            for d, s in zip(g, gstr):
                strides[d] = s
        cursor = [r.choice([16, 16, 24, 32])]   # pointers stay >= 0: every region starts at >= 16

        def alloc(n):
            cursor[0] += r.choice([0, 0, 0, 1, 3, 8])
            start = cursor[0]
            cursor[0] += n
            return start

        slots = {}
        items = []
        instances = [[] for _ in range(len(groups) + 1)]

        def build(gi):
            if gi == len(groups):            # the last dimension was a pointer: the child is an item
                start = alloc(isz)
                items.append(start)
                instances[gi].append(start)
                return start
            g = groups[gi]
            gshape = [shape[d] for d in g]
            gstr = [strides[d] for d in g]
            is_ptr = ptr[g[-1]]
            ext = extent(gshape, gstr, 8 if is_ptr else isz)
            if ext is None:
                base = alloc(0)
                instances[gi].append(base)
                return base
            low, high = ext
            base = alloc(high - low) - low
            for idx in indices(gshape):
                pos = base + sum(i * s for i, s in zip(idx, gstr))
                if not is_ptr:
                    items.append(pos)
                elif pos not in slots:
                    if instances[gi + 1] and r.random() < 0.15:
                        child = r.choice(instances[gi + 1])       # rows shared by two pointers
                    else:
                        child = build(gi + 1)
                    slots[pos] = child - subs[g[-1]]
            instances[gi].append(base)
            return base

        offset = build(0)
        size = cursor[0] + r.choice([0, 0, 1, 4, 8])
        kind = "pil-%dd-%s" % (ndim, "outer" if ptr == [True] + [False] * (ndim - 1) else "".join("p" if p else "s" for p in ptr))
        readonly = r.random() < 0.35
        g = Geometry(fmt, shape, strides, subs, offset, readonly, kind, True)
        return g, size, slots, items

    def make_buffer(self, data, pil):
        name = self.fresh("b")
        self.emit("bytes", "%s = bytearray(%r)" % (name, data), wrap=False)
        self.buffers[name] = {"pil": pil, "size": len(data)}
        return name

    def make_view(self, buf, g):
        self.geo["ndim=%d" % len(g.shape)] += 1
        self.geo["format=%s" % g.fmt] += 1
        self.geo["layout=%s" % (g.kind if not g.pil else "pil")] += 1
        if g.pil:
            self.geo["pil=%s" % g.kind] += 1
        self.geo["readonly=%s" % g.readonly] += 1
        if 0 in g.shape:
            self.geo["shape-has-zero"] += 1
        for member in g.omit:
            self.geo["omitted=%s" % member] += 1
        name = self.emit_view("construct", "m", "PyMemoryView_FromBuffer(%s)" % g.text(buf), root=True)
        if name:
            self.emit("attributes", "print(%s.format, %s.shape, %s.strides, %s.suboffsets, %s.readonly)"
                      % ((name,) * 5))
        return name

    def new_geometry(self):
        """A geometry over fresh bytes; returns (buffer name, view name, Geometry)."""
        if self.rnd.random() < 0.3:
            g, size, slots, items = self.gen_pil()
            data = self.fill(size, items, g.fmt, slots)
        else:
            g, size = self.gen_plain()
            data = self.fill(size, g.item_positions(), g.fmt)
        buf = self.make_buffer(data, g.pil)
        return buf, self.make_view(buf, g), g

    def second_geometry(self, buf, g):
        r = self.rnd
        c = r.random()
        if c < 0.25:
            # the same layout (so the same pointers) with another format of the same size, or the
            # other readonly flag
            fmt = r.choice(SAME_SIZE.get(g.itemsize) or [g.fmt])
            g2 = Geometry(fmt, g.shape, g.strides, g.suboffsets, g.offset,
                          (not g.readonly) if r.random() < 0.5 else g.readonly, g.kind, g.pil,
                          g.omit - {"format", "readonly"})
            self.geo["second=same-layout"] += 1
            return self.make_view(buf, g2)
        if c < 0.65 and not g.pil:
            size = self.buffers[buf]["size"]
            for _ in range(10):
                res = self.gen_plain(fit=size)
                if res is not None:
                    self.geo["second=same-bytes"] += 1
                    return self.make_view(buf, res[0])
        self.geo["second=other-bytes"] += 1
        return self.new_geometry()[1]

    # ---- value text ----
    def item_value(self, ch):
        r = self.rnd
        if r.random() < 0.15:
            return r.choice(["'a'", "None", "[1]", "b'x'", "1.5", "(1,)", "bytearray(b'q')", "True", "2 ** 64"])
        if ch == "c":
            return r.choice(["b'a'", "b'\\x00'", "b'\\xff'", "b'ab'", "b''", "65", "bytearray(b'z')"])
        if ch == "?":
            return r.choice(["True", "False", "0", "7", "''", "'x'", "None", "[0]", "0.0", "-1"])
        if ch not in SIZES:   # a non-native format: element access raises whatever the value
            return r.choice(["0", "1", "b'ab'", "1.5", "(1, 2)"])
        if ch in "fde":
            return r.choice(["0.5", "-1.25", "1e300", "-1e300", "float('nan')", "float('inf')",
                             "float('-inf')", "1e-10", "65504.0", "65520.0", "0.1", "-0.0", "3", "-7",
                             "6e-08", "5e-324", "1.4e-45", "3.4028235e+38", "10 ** 400", "True"])
        lo, hi = INT_RANGES[ch]
        c = r.random()
        if c < 0.35:
            return str(r.randint(max(lo, -1000), min(hi, 1000)))
        if c < 0.75:
            return str(r.choice([lo, hi, 0, -1, 1, hi - 1]))
        return r.choice([str(lo - 1), str(hi + 1), "2 ** 64", "2 ** 64 - 1", "-2 ** 63 - 1", "2 ** 63",
                         "-2 ** 63", "2 ** 100"])

    def slice_text(self, n, allow_odd=True):
        r = self.rnd

        def bound():
            c = r.random()
            if c < 0.3:
                return ""
            if c < 0.92:
                return str(r.randint(-n - 2, n + 2))
            return r.choice(["2 ** 70", "-2 ** 70", "None", "True"])
        step = r.choice(["", "", "1", "2", "3", "-1", "-1", "-2", "-3", str(n + 1), str(-n - 1)])
        if allow_odd and r.random() < 0.03:
            step = r.choice(["0", "1.5"])
        text = bound() + ":" + bound()
        if step:
            text += ":" + step
        return text

    def index_key(self, inf, full=False):
        r = self.rnd
        ndim = inf.get("ndim", 1)
        shape = inf.get("shape", (1,))
        if ndim == 0:
            return r.choice(["()", "()", "...", "0", "(0,)", "'x'", "0:1", "None"])

        def idx(d):
            n = shape[d]
            if r.random() < 0.85 and n > 0:
                return str(r.randint(-n, n - 1))
            return str(r.choice([n, -n - 1, 2 ** 63, -2 ** 63 - 1, 100]))
        c = r.random()
        if full or c < 0.6:
            return ", ".join(idx(d) for d in range(ndim)) + ("," if ndim == 1 and r.random() < 0.15 else "")
        if c < 0.72:
            return idx(0)
        if c < 0.82:
            k = r.choice([k for k in range(0, ndim + 2) if k != ndim])
            return "(" + ", ".join(idx(min(d, ndim - 1)) for d in range(k)) + ("," if k == 1 else "") + ")"
        return r.choice(["1.5", "'a'", "None", "[0]", "0, ...", "0, 'a'", ":, :", "0:1, 0", "()",
                         "True", "False", "2 ** 63", "b'x'", "slice(1, None)", "-2 ** 63 - 1"])

    # ---- the surface ----
    def op_attributes(self, v=None):
        v = v or self.pick_view()
        if v is None:
            return
        r = self.rnd
        c = r.random()
        if c < 0.5:
            picked = r.sample(ATTRS, r.randint(1, 6))
            self.emit("attributes", "print(%s)" % ", ".join("%s.%s" % (v, a) for a in picked))
        elif c < 0.75:
            self.emit("attributes.bare", "%s.%s" % (v, r.choice(ATTRS)))
        elif c < 0.9:
            self.emit("len", r.choice(["len(%s)", "print(len(%s))"]) % v)
        elif c < 0.96:
            self.emit("obj", r.choice(["%s.obj is None", "print(%s.obj is None)"]) % v)
        else:
            self.emit("repr", r.choice(["%s", "print(%s)", "print(repr(%s))"]) % v)   # <memory at 0x...>

    def op_convert(self, v=None):
        v = v or self.pick_view()
        if v is None:
            return
        r = self.rnd
        c = r.random()
        if c < 0.3:
            self.emit("tolist", r.choice(["%s.tolist()", "print(%s.tolist())"]) % v)
        elif c < 0.6:
            order = r.choice(["", "'C'", "'F'", "'A'", "None", "order='F'", "'X'"])
            self.emit("tobytes", r.choice(["%s.tobytes(%s)", "print(%s.tobytes(%s))"]) % (v, order))
        elif c < 0.85:
            args = r.choice(["", "':'", "'-', 2", "b'.', -3", "' ', 4", "sep='|', bytes_per_sep=-1", "'::'"])
            self.emit("hex", r.choice(["%s.hex(%s)", "print(%s.hex(%s))"]) % (v, args))
        else:
            # consumers: iteration (1-D only) and the buffer protocol (bytes(), bytearray());
            # iter() only of live views (see RELEASED_USES: a documented CPython 3.13.0 bug)
            forms = ["list(%s)", "print(list(%s))", "tuple(%s)", "list(reversed(%s))", "0 in %s",
                     "bytes(%s)", "bytearray(%s)", "print(bytes(%s))"]
            if not self.info(v)["released"]:
                forms.append("next(iter(%s))")
            self.emit("list", r.choice(forms).replace("%s", v))

    def op_compare(self, v=None):
        r = self.rnd
        v = v or self.pick_view()
        if v is None:
            return
        c = r.random()
        if c < 0.2:
            other = v
        elif c < 0.5 and len(self.views) > 1:
            other = self.pick_view()
        elif c < 0.7:
            other = "%s.tobytes()" % v
        elif c < 0.8:
            other = "%s.toreadonly()" % v
        elif c < 0.9:
            other = r.choice(["b''", "bytearray(%s.tobytes())" % v, "None", "[1]"])
        else:
            # the raw memory (only bytearrays that no PIL layout copied away in CPython)
            clean = [b for b, i in self.buffers.items() if not i["pil"]]
            if not clean:
                return
            b = r.choice(clean)
            other = r.choice(["%s", "memoryview(%s)", "PyMemoryView_FromObject(%s).cast('c')"]) % b
        op = r.choice(["==", "==", "!="])
        self.emit("compare", r.choice(["%s %s %s", "print(%s %s %s)"]) % (v, op, other))

    def op_hash(self, v=None):
        """hash() only in comparisons, and only of read-only views of hashable formats."""
        r = self.rnd
        v = v or self.pick_view(lambda i: i["ch"] in HASHABLE)
        inf = self.info(v) if v else None
        if not inf or inf["released"] or inf["ch"] not in HASHABLE:
            return
        if not inf["ro"]:
            if r.random() < 0.5:
                self.emit("hash", "print(hash(%s.toreadonly()) == hash(%s.tobytes()))" % (v, v))
                return
            v = self.emit_view("derive", "r", "%s.toreadonly()" % v)
            if v is None:
                return
        others = [n for n in self.views
                  if (self.info(n) or {}).get("ro") and (self.info(n) or {}).get("ch") in HASHABLE]
        c = r.random()
        if c < 0.55 or not others:
            self.emit("hash", "print(hash(%s) == hash(%s.tobytes()))" % (v, v))
        elif c < 0.8:
            w = r.choice(others)
            self.emit("hash", "print(hash(%s) == hash(%s), %s == %s)" % (v, w, v, w))
        else:
            # the hash is cached: it survives release() (and writes through another view)
            h = self.fresh("h")
            self.emit("hash", "%s = hash(%s)" % (h, v))
            if not self.views[v]["root"] and r.random() < 0.6:
                self.emit("release", "%s.release()" % v)
            else:
                self.op_setitem()
            self.emit("hash.cached", "print(hash(%s) == %s)" % (v, h))

    def op_index(self, v=None):
        v = v or self.pick_view()
        if v is None:
            return
        inf = self.info(v)
        key = self.index_key(inf) if not inf["released"] else "0"
        self.kinds["index.ndim%d" % inf.get("ndim", 1)] += 1
        if key == "...":
            self.emit("index", "print(%s[...] is %s)" % (v, v))
            return
        self.emit("index", "print(repr(%s[%s]))" % (v, key))
        self.emit("index.bare", "%s[%s]" % (v, key))

    def op_slice(self, v=None):
        v = v or self.pick_view()
        if v is None:
            return
        inf = self.info(v)
        r = self.rnd
        if inf["released"]:
            self.emit("slice", "%s[:]" % v)
            return
        ndim = inf["ndim"]
        n = inf["shape"][0] if ndim else 0
        if ndim >= 2 and r.random() < 0.3:
            key = "%s, %s" % (self.slice_text(n, False), r.choice([":", "0", "::-1"]))
        else:
            key = self.slice_text(n)
        self.kinds["slice.ndim%d" % ndim] += 1
        name = self.emit_view("slice", "s", "%s[%s]" % (v, key))
        if name:
            self.surface(name, r.randint(1, 4))

    def op_cast(self, v=None):
        r = self.rnd
        v = v or self.pick_view()
        if v is None:
            return
        inf = self.info(v)
        if inf["released"]:
            self.emit("cast", "%s.cast('B')" % v)
            return
        c = r.random()
        if c < 0.3:
            args = r.choice(["'B'", "'c'", "'b'"])
            kind = "cast.bytes"
        elif c < 0.85:
            if inf["ch"] in BYTE_FORMATS:
                dests = [f for f in FORMATS if inf["nbytes"] % SIZES[f] == 0] or ["B"]
            else:
                dests = list(BYTE_FORMATS)
            dest = r.choice(dests)
            if r.random() < 0.1:
                dest = "@" + dest
            count = inf["nbytes"] // SIZES[dest.lstrip("@")]
            if count and r.random() < 0.7:
                shape = [count]
                for _ in range(r.randint(0, 2)):
                    divs = [d for d in range(1, shape[-1] + 1) if shape[-1] % d == 0]
                    d = r.choice(divs)
                    shape = shape[:-1] + [d, shape[-1] // d]
                r.shuffle(shape)
                args = "%r, %r" % (dest, shape if r.random() < 0.6 else tuple(shape))
                kind = "cast.shape"
            elif count == 1 and r.random() < 0.5:
                args = "%r, []" % dest
                kind = "cast.zerodim"
            else:
                args = repr(dest)
                kind = "cast.format"
        else:
            nb = inf["nbytes"]
            args = r.choice(["'d'", "'<i'", "'x'", "'B', [%d]" % (nb + 1), "'B', [0]", "'B', [1, %d]" % nb,
                             "'c', ()", "'i', [%d]" % max(1, nb // 4), "'f'", "'?'", "'e', [%d]" % max(1, nb // 2)])
            kind = "cast.other"
        name = self.emit_view(kind, "c", "%s.cast(%s)" % (v, args))
        if name:
            self.surface(name, r.randint(1, 4))

    def op_contiguous(self, v=None):
        r = self.rnd
        v = v or self.pick_view()
        if v is None:
            return
        bt = r.choice(["PyBUF_READ", "PyBUF_READ", "PyBUF_WRITE"])
        order = r.choice(["'C'", "'F'", "'A'"])
        name = self.emit_view("getcontiguous", "g", "PyMemoryView_GetContiguous(%s, %s, %s)" % (v, bt, order))
        if name:
            self.emit("attributes", "print(%s.shape, %s.strides, %s.suboffsets, %s.readonly, %s.c_contiguous, %s.f_contiguous)"
                      % ((name,) * 6))
            self.surface(name, r.randint(1, 4))

    def flags_text(self):
        r = self.rnd
        if r.random() < 0.6:
            return r.choice(FLAG_NAMES)
        return " | ".join(r.sample(BASIC_FLAGS, r.randint(1, 3)))

    def op_getbuffer(self, v=None):
        r = self.rnd
        v = v or self.pick_view()
        if v is None:
            return
        if r.random() < 0.6 and not self.info(v)["released"]:
            d = self.emit_view("derive", "d", r.choice(["memoryview(%s)", "PyMemoryView_FromObject(%s)"]) % v)
            if d is None:
                return
        else:
            d = v
        x = self.fresh("x")
        err = self.emit("getbuffer", "%s = PyObject_GetBuffer(%s, %s)" % (x, d, self.flags_text()))
        if err is not None:
            return
        self.show_export(x)
        held = [x]
        if r.random() < 0.2:
            y = self.fresh("x")
            if self.emit("getbuffer.second", "%s = PyObject_GetBuffer(%s, %s)" % (y, d, self.flags_text())) is None:
                held.append(y)
        if r.random() < 0.7:
            self.emit("release.exported", "%s.release()" % d)
        else:   # __exit__ raises: the export is still held
            self.emit_block("with.exported", "with %s as w:\n    print(w.nbytes)" % d)
        self.emit("released.use", "print(%s.nbytes)" % d)
        r.shuffle(held)
        for h in held:
            self.emit("getbuffer.release", "PyBuffer_Release(%s)" % h)
        self.emit("getbuffer.release", "PyBuffer_Release(%s)" % r.choice(held))
        if d != v or r.random() < 0.3:
            self.emit("release", "%s.release()" % d)
            self.emit("released.use", r.choice(RELEASED_USES).replace("%s", d))

    def show_export(self, x):
        if self.rnd.random() < 0.7:
            self.emit("getbuffer.members", "print(%s)" % ", ".join("%s.%s" % (x, m) for m in EXPORT_MEMBERS))
        else:
            for m in self.rnd.sample(EXPORT_MEMBERS, self.rnd.randint(1, 4)):
                self.emit("getbuffer.member", "%s.%s" % (x, m))

    def op_getbuffer_exporter(self):
        """PyObject_GetBuffer on the bytearray itself or on a bytes literal (no memoryview in between)."""
        r = self.rnd
        src = r.choice(list(self.buffers) + ["b'abc'", "b''"])
        x = self.fresh("x")
        if self.emit("getbuffer.exporter", "%s = PyObject_GetBuffer(%s, %s)" % (x, src, self.flags_text())) is None:
            self.show_export(x)
            self.emit("getbuffer.release", "PyBuffer_Release(%s)" % x)

    def op_setitem(self, v=None):
        r = self.rnd
        v = v or self.pick_view(lambda i: not i["ro"] or r.random() < 0.15)
        if v is None:
            return
        inf = self.info(v)
        if inf["released"]:
            self.emit("setitem", "%s[0] = 0" % v)
            return
        key = self.index_key(inf, full=r.random() < 0.6)
        c = r.random()
        if c < 0.12 and inf["ndim"] >= 1:
            value = "%s[%s]" % (v, self.index_key(inf, full=True))
        elif c < 0.24:
            # an item of another view, maybe of another format (NaN payloads, big ints, bytes)
            w = self.pick_view()
            winf = self.info(w)
            value = "%s[%s]" % (w, self.index_key(winf, full=True) if not winf["released"] else "0")
        else:
            value = self.item_value(inf["ch"])
        self.emit("setitem.ndim%d" % inf["ndim"], "%s[%s] = %s" % (v, key, value))
        self.show_after_write(v)

    def op_setslice(self, v=None):
        r = self.rnd
        v = v or self.pick_view(lambda i: not i["ro"] or r.random() < 0.15)
        if v is None:
            return
        inf = self.info(v)
        if inf["released"]:
            self.emit("setslice", "%s[:] = b''" % v)
            return
        if inf["ndim"] == 0:
            self.emit("setslice.ndim0", "%s[...] = %s" % (v, self.item_value(inf["ch"])))
            self.show_after_write(v)
            return
        n = inf["shape"][0]
        sl = self.slice_text(n)
        try:
            k = len(eval("_t[%s]" % sl, {"_t": self.ns[v]}))
        except Exception:
            k = r.randint(0, 3)
        c = r.random()
        if c < 0.35:
            # from a slice of itself or of another view (overlapping or not)
            other = self.pick_view(lambda i: i["ndim"] >= 1) or v
            oinf = self.info(other)
            on = oinf["shape"][0] if not oinf["released"] and oinf["ndim"] else 0
            if r.random() < 0.5:
                value = "%s[%s]" % (other, self.slice_text(on, False))
            else:
                start = r.randint(0, max(on - k, 0))
                value = "%s[%d:%d]" % (other, start, start + k) if r.random() < 0.5 else "%s[::-1][:%d]" % (other, k)
            kind = "setslice.view"
        elif c < 0.6 and inf["ch"] == "B":
            m = k if r.random() < 0.8 else max(0, k + r.choice([-1, 1]))
            data = bytes(r.randrange(256) for _ in range(m))
            value = r.choice(["%r", "bytearray(%r)", "memoryview(%r)"]) % data
            kind = "setslice.bytes"
        elif c < 0.85:
            m = k if r.random() < 0.8 else max(0, k + r.choice([-1, 1]))
            f = inf["fmt"] if r.random() < 0.8 else r.choice(["B", "h", "d", inf["ch"], "<h"] +
                                                             (["@" + inf["ch"]] if inf["ch"] in SIZES else []))
            fsize = struct.calcsize(f)
            data = self.fill(m * fsize, [i * fsize for i in range(m)], f)
            value = "memoryview(%r).cast(%r)" % (data, f)
            kind = "setslice.typed"
        else:
            value = r.choice(["[1, 2]", "5", "'ab'", "None", "%s.tolist()" % v])
            kind = "setslice.nonbuffer"
        self.emit(kind, "%s[%s] = %s" % (v, sl, value))
        self.show_after_write(v)

    def show_after_write(self, v):
        self.emit("tolist", "print(%s.tolist())" % v)
        clean = [b for b, i in self.buffers.items() if not i["pil"]]
        if clean and self.rnd.random() < 0.7:
            self.emit("bytes.show", "print(%s)" % ", ".join(clean))

    def op_derive(self, v=None):
        r = self.rnd
        v = v or self.pick_view()
        if v is None:
            return
        expr = r.choice(["%s.toreadonly()", "%s.toreadonly()", "memoryview(%s)", "PyMemoryView_FromObject(%s)"]) % v
        name = self.emit_view("derive", "r", expr)
        if name:
            self.surface(name, r.randint(1, 3))

    def op_release(self, v=None):
        r = self.rnd
        v = v or self.pick_view(allow_released=0.2)
        if v is None:
            return
        c = r.random()
        if c < 0.5:
            self.emit("release", "%s.release()" % v)
        else:
            inner = r.choice(["print(w.tolist())", "print(w.tobytes())", "print(w.shape, w.nbytes)", "w.hex()"])
            self.emit_block("with", "with %s as w:\n    %s" % (v, inner))
        self.emit("released.use", r.choice(RELEASED_USES).replace("%s", v))

    def surface(self, v, k):
        ops = [self.op_attributes, self.op_convert, self.op_convert, self.op_index, self.op_compare]
        for _ in range(k):
            self.rnd.choice(ops)(v)

    OPS = [("op_attributes", 8), ("op_convert", 12), ("op_compare", 6), ("op_hash", 8), ("op_index", 14),
           ("op_slice", 8), ("op_cast", 7), ("op_contiguous", 5), ("op_getbuffer", 5), ("op_getbuffer_exporter", 1), ("op_setitem", 10),
           ("op_setslice", 6), ("op_derive", 3), ("op_release", 1)]

    def build(self, header):
        r = self.rnd
        buf, m1, g1 = self.new_geometry()
        if r.random() < 0.02:
            self.emit("construct.null", "PyMemoryView_FromBuffer(Py_buffer(None, format='B', itemsize=1, len=4, "
                      "readonly=True, ndim=1, shape=(4,), strides=(1,), suboffsets=None, offset=0))")
        if r.random() < 0.5:
            self.second_geometry(buf, g1)
        names = [n for n, _ in self.OPS]
        weights = [w for _, w in self.OPS]
        target = r.randint(15, 40)
        while self.statements < target:
            getattr(self, r.choices(names, weights)[0])()
        if r.random() < 0.3:
            self.op_release()
        if r.random() < 0.1:
            self.uncaught_ending()
        return header + "\n".join(self.lines) + "\n"

    def uncaught_ending(self):
        """Finish with a statement that raises, unwrapped: it tests the final error line."""
        saved = list(self.lines)
        for _ in range(12):
            self.lines = []
            snapshot = (dict(self.ns), dict(self.views), collections.Counter(self.counter))
            getattr(self, self.rnd.choice(["op_index", "op_setitem", "op_cast", "op_convert"]))()
            block = self.lines[-1] if self.lines else ""
            self.ns, self.views, self.counter = snapshot
            if block.startswith("try:\n") and block.endswith(ERR + "\n"):
                inner = block[len("try:\n"):-len(ERR) - 2]
                stmt = "\n".join(line[4:] for line in inner.split("\n"))
                if "\n" not in stmt and self.run(stmt) is not None:
                    self.lines = saved + [stmt]
                    self.kinds["uncaught"] += 1
                    return
        self.lines = saved


def generate(seed, index, prelude):
    rnd = random.Random("mview-geometry:%d:%d" % (seed, index))
    prog = Program(rnd, prelude)
    text = prog.build("# generated by tools/difftest/geometry.py --seed %d (program %d)\n" % (seed, index))
    return text, prog


def main(argv=None):
    kinds = collections.Counter()
    geo = collections.Counter()
    programs_with = collections.Counter()
    errors = collections.Counter()
    counted = [0]

    def collect(prog):
        kinds.update(prog.kinds)
        geo.update(prog.geo)
        programs_with.update(set(prog.kinds))
        errors.update(prog.errors)
        counted[0] += prog.statements

    args = write_programs(argv, __doc__.split("\n")[0], "geometry.py", "g", generate, collect)
    statements = counted[0]
    error_kinds = collections.Counter()
    for msg, n in errors.items():
        error_kinds[msg.split(":")[0]] += n
    cov = {"seed": args.seed, "count": args.count, "statements": statements,
           "geometries": dict(sorted(geo.items())),
           "operations": dict(sorted(kinds.items())),
           "programs_per_operation": dict(sorted(programs_with.items())),
           "error_types": dict(error_kinds.most_common()),
           "errors": dict(errors.most_common())}
    with open(os.path.join(args.out, "coverage.json"), "w", encoding="utf-8") as f:
        json.dump(cov, f, indent=1)
    if not args.quiet:
        print("%d programs, %d statements, %d distinct error messages"
              % (args.count, statements, len(errors)))
        for prefix in ["ndim", "layout", "pil", "format", "readonly", "second", "shape-has-zero", "omitted"]:
            items = [(k, n) for k, n in sorted(geo.items()) if k.split("=")[0] == prefix]
            print("  %-15s %s" % (prefix, "  ".join("%s %d" % (k.split("=", 1)[-1] if "=" in k else k, n)
                                                    for k, n in items)))
        print("  operations:")
        for k, n in sorted(kinds.items()):
            print("    %-24s %6d in %5d programs" % (k, n, programs_with[k]))
        print("  error types: %s" % ", ".join("%s %d" % kv for kv in error_kinds.most_common()))
        for msg, n in errors.most_common(40):
            print("    %6d  %s" % (n, msg[:110]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
