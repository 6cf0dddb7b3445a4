#!/usr/bin/env python3
"""Generate random mview programs for the `mview.Extensions` option; NumPy is the oracle.

Usage: python3 tools/difftest/numpy_mode.py --seed S --count N --out DIR [--first K] [--quiet] [--plain]

Writes DIR/n00001.mv ... DIR/nNNNNN.mv, DIR/expected.jsonl (one line per program in name order,
{"name": "n00001", "stdout": "...", "error": null}, the format run_cpython.py writes, addresses
normalized the same way; `error` is always null: every operation is inside try/except),
DIR/coverage.json, and prints a coverage summary. Program k depends only on (seed, k), so a failing
program can be regenerated alone (--first k --count 1). Runs on any python3 with NumPy 1.24 or newer
(CPython 3.13 is not needed: it is not the oracle here; NumPy 1.24.4 and 2.4.6 write identical
files). The programs are meant for mview with the option on (`--mview.Extensions=true`); CPython 3.13
cannot run most of them.

Each program lays one view over random bytes, with exactly the geometry NumPy gets for the same bytes:
    b = bytearray(b'...')
    m = PyMemoryView_FromBuffer(Py_buffer(b, format=F, itemsize=S, len=L, readonly=R, ndim=N,
                                          shape=SHAPE, strides=STRIDES, offset=OFF))
    a = np.ndarray(SHAPE, dtype(F), buffer=b, offset=OFF, strides=STRIDES)       # in the generator
and applies to it, each inside `try: ... except Exception as e: print(type(e).__name__)` (error kinds
only: the messages are NumPy's, not mview's): N-D basic indexing (ints, slices with any step and
out-of-range bounds, `...`, `()`, full int tuples giving an element, too many indices, a float or str
inside a tuple, out-of-range ints, two Ellipses, step 0), then the surface of each result (shape,
strides, contiguity flags, tolist, tobytes('C'/'F'/'A'), hex, nbytes, ndim, itemsize, format, readonly,
len, ==/!=, cast('B') and back), and assignments: `m[idx] = src` (src a view of a second bytearray with
exactly the target's shape and format), `m[idx] = m[idx2]` (overlapping), shape and format mismatches,
and `m[i, j] = value`; after each, the whole list and the whole bytearray are printed, so a byte moved
outside the target shows. Expected values are NumPy's results turned into what a memoryview returns:
Python ints/floats/bools/complex numbers, 1-byte bytes for 'c', and for record formats the tuple
`struct.unpack(F, item)` returns (also a 1-tuple, e.g. for '4s'); record items are laid out with
dtype ('V', itemsize) and unpacked with `struct`.

Formats: native single characters `cbB?hHiIlLqQnNfde` (sometimes with '@'), byte-order ones (`<i`,
`>d`, `!H`, `=q`, `<e`, `>?`: every code with a standard size), records (fixed and random
multi-item struct formats with prefixes '', '@', '<', '>', '!', '=', pad bytes and repeat counts) and
complex items ('Zf', 'Zd', '<Zd', '>Zf', ...). Layouts: C, Fortran, padded, permuted, negative strides,
zero strides (always read-only), zero-size dims, 0-dim; ndim 0..4, at most 60 items.

Where NumPy's semantics cannot apply to a memoryview, CPython's rule is the expectation (and these
spots are documented so mview's docs can say it):
- A read-only view refuses any assignment with TypeError (CPython checks read-only first, whatever
  the key); NumPy raises ValueError ("assignment destination is read-only").
- No broadcasting: `m[idx] = src` needs src's shape; only shapes NumPy cannot broadcast are generated
  as mismatches (ValueError in both). A src of another format is ValueError (CPython compares the
  format strings, '@' aside); NumPy would convert the values.
- Strides of a slice that selects nothing: stride * step, as CPython's 1-D slicing gives them (NumPy
  makes the step of an empty slice 1, so m[3:1:-2] has strides (-2 * s,) here and (s,) in NumPy).
- Contiguity flags: a 1-D view is contiguous only when shape[0] == 1 or stride == itemsize, even when
  it is empty (NumPy calls every empty array contiguous); for other ndims the rules agree.
- Equality: shapes are compared as CPython's equiv_shape does, stopping at the first 0 (so empty
  views of shapes (0, 3) and (0, 5) are equal; NumPy's array_equal says no); NaN never equals.
- Overlapping assignment reads the whole source before writing (CPython's rule); NumPy's own
  assignment gets 1-D views with same-direction, unequal strides wrong (a[::3] = a[:4]), so the
  generator copies the source first.
- cast() is CPython's: C-contiguous views only; a view with a 0 in its shape can be cast only when it
  is 1-D and no shape is given (TypeError otherwise).
Left out because the two disagree and neither is plainly right for mview: indices that do not fit in
a C ssize_t (NumPy OverflowError, CPython IndexError), a lone int or slice key on a 0-dim view
(CPython TypeError, NumPy IndexError), bool and None keys (NumPy mask/newaxis), a scalar assigned to
a sub-view (NumPy broadcasts, CPython needs a buffer), a view assigned to a 0-dim target (CPython packs
it as a scalar), element values out of the format's range (NumPy wraps or gives inf, struct raises),
NaN payloads through element writes, and '?' bytes other than 0/1.

--plain generates only programs that CPython 3.13 runs without the option (native formats; 1-D slice
assignment; element reads and writes with full int tuples; N-D slicing of the first dimension; the
whole surface): check the NumPy-derived expectations against CPython with
    python3 numpy_mode.py --plain --seed 3 --count 500 --out D && cp D/expected.jsonl D/numpy.jsonl
    PYENV_VERSION=3.13.0 python3 run_cpython.py D && cmp D/expected.jsonl D/numpy.jsonl
"""
import argparse
import collections
import json
import os
import random
import re
import struct
import sys
import warnings

import numpy as np

from geometry import FLOAT_BITS, FLOAT_EDGES, INT_EDGES, c_strides, extent, f_strides, product
from programs import indent, write_programs
from run_cpython import normalize

ERR_KIND = "except Exception as e:\n    print(type(e).__name__)"
NATIVE = "cbB?hHiIlLqQnNfde"
STANDARD = "cbB?hHiIlLqQefd"          # the codes that have a standard size after '<', '>', '!', '='
SIGNED = "bhilqn"
FLOATS = "efd"
BYTE_ORDER = {"": "=", "@": "=", "=": "=", "<": "<", ">": ">", "!": ">"}
RECORDS = ["<HHI", "2h", "dxxxxi", "4s", ">3sBh", "<hi", "hi", "!Hb", "<qd", ">bhq", "=2Hx", "<?h",
           ">ee", "ci", "<fB", "xh", "<3xB", "@hh", "2s2h", ">Id", "<2i", "Bxxxd", "=cHd", ">4sf"]
COMPLEX = ["Zf", "Zd", "<Zd", ">Zf", "<Zf", ">Zd"]
MAX_ITEMS = 60
ELEMENT_FLOATS = {  # in range of the format (NumPy would give inf where struct raises OverflowError)
    "e": ["65504.0", "-65504.0", "6e-08", "1000.5", "0.333", "2049.0"],
    "f": ["3.4e+38", "1.4e-45", "16777217.0", "1e-40", "123456.789", "-2.5e-38"],
    "d": ["1e+300", "5e-324", "1.7976931348623157e+308", "123456789.125", "-2.2250738585072014e-308"],
}
COMMON_FLOATS = ["0.5", "-1.25", "0.1", "-0.0", "0.0", "3", "-7", "float('nan')", "float('inf')",
                 "float('-inf')", "1e-10", "2.5e-3", "1.0"]
# index kinds; each is possible only for some ndims (see Program.gen_index)
READ_KINDS = {"int": 10, "int-oob": 3, "slice": 10, "ellipsis": 3, "empty-tuple": 3, "full-ints": 10,
              "partial-ints": 8, "mixed": 20, "ints-ellipsis": 4, "ellipsis-tuple": 2, "too-many": 4,
              "bad-type": 4, "oob-in-tuple": 4, "two-ellipsis": 2, "step-zero": 1, "slice-bad-bound": 1}
TARGET_KINDS = {"int": 8, "slice": 12, "ellipsis": 3, "empty-tuple": 2, "partial-ints": 8, "mixed": 20,
                "ellipsis-tuple": 1, "too-many": 1, "bad-type": 1, "oob-in-tuple": 1}


class Expect(Exception):
    """The statement raises an exception of this kind (the program prints only the kind)."""

    def __init__(self, kind):
        super().__init__(kind)
        self.kind = kind


def numpy_error(fn):
    """Runs fn(); a NumPy error becomes Expect(its kind)."""
    try:
        return fn()
    except (IndexError, ValueError, TypeError) as e:
        raise Expect(type(e).__name__)


class _Key:
    """_Key()[TEXT] is the key object the interpreter passes for the subscript TEXT."""

    def __getitem__(self, key):
        return key


def key_of(text):
    return eval("_Key()[%s]" % text, {"_Key": _Key})


def subscript(a, key):
    """a[key] by NumPy's basic indexing, with the strides a memoryview gives: NumPy turns the step of
    a slice that selects nothing into 1, CPython keeps stride * step (as 1-D slicing does)."""
    res = a[key]
    if not isinstance(res, np.ndarray):
        return res
    parts = key if isinstance(key, tuple) else (key,)
    at = [i for i, p in enumerate(parts) if p is Ellipsis]
    if at:
        parts = parts[:at[0]] + (slice(None),) * (a.ndim - len(parts) + 1) + parts[at[0] + 1:]
    parts = parts + (slice(None),) * (a.ndim - len(parts))
    strides = tuple(s * p.indices(n)[2] for p, n, s in zip(parts, a.shape, a.strides) if isinstance(p, slice))
    if strides != res.strides:
        assert res.size == 0, (a.shape, a.strides, key, res.strides, strides)
        res = np.lib.stride_tricks.as_strided(res, res.shape, strides)
    return res


def nest(value, depth, fn):
    if depth == 0:
        return fn(value)
    return [nest(v, depth - 1, fn) for v in value]


def prefix_of(text):
    return text[0] if text[:1] in "@=<>!" else ""


class Fmt:
    """One struct format: how mview spells it, how NumPy lays it out, how an item becomes a Python value."""

    def __init__(self, text):
        self.text = text
        self.prefix = prefix_of(text)
        body = text[len(self.prefix):]
        order = BYTE_ORDER[self.prefix]
        self.code = None
        if "Z" in body:
            self.kind = "complex"
            self.part = body[1]
            self.itemsize = 8 if self.part == "f" else 16
            self.dtype = np.dtype(order + ("c8" if self.part == "f" else "c16"))
        elif len(body) == 1:
            self.kind = "native" if self.prefix in ("", "@") else "byteorder"
            self.code = body
            self.itemsize = struct.calcsize(text)
            self.dtype = single_dtype(body, order, self.itemsize)
        else:
            self.kind = "record"
            self.itemsize = struct.calcsize(text)
            self.dtype = np.dtype(("V", self.itemsize))
        # struct's byte order of the item bytes ('<' or '>'): '@', '=' and '' are this machine's
        self.order = {"<": "<", ">": ">", "!": ">"}.get(self.prefix, "<" if sys.byteorder == "little" else ">")

    def item(self, x):
        """An element of a.tolist() -> the value a memoryview item is."""
        if self.kind == "record":
            return struct.unpack(self.text, x)
        if self.code == "c":
            return bytes([x])
        return x

    def scalar(self, s):
        """A NumPy scalar from a[full index] -> the value a memoryview item is."""
        return self.item(s.tobytes() if self.kind == "record" else s.item())

    def py(self, a):
        """a.tolist() as memoryview.tolist() gives it (an item for a 0-dim array)."""
        return nest(a.tolist(), a.ndim, self.item)

    def to_numpy(self, value):
        """A Python item value -> what to store in the NumPy array for it."""
        if self.kind == "record":
            return struct.pack(self.text, *value)
        if self.code == "c":
            return value[0]
        return value

    def same_as(self, other):
        """CPython's equiv_format: equal strings once a leading '@' is dropped (and equal itemsize)."""
        return self.text.lstrip("@") == other.text.lstrip("@") and self.itemsize == other.itemsize


def single_dtype(code, order, size):
    if code == "c":
        return np.dtype("u1")          # 'S1' would strip b'\x00'; items are made from the byte
    if code == "?":
        return np.dtype("?")
    if code in FLOATS:
        return np.dtype("%sf%d" % (order, size))
    return np.dtype("%s%s%d" % (order, "i" if code in SIGNED else "u", size))


def record_fields(text):
    """[(offset, code, size)] of a record format's fields ('s' one field of its count, pads left out)."""
    prefix = prefix_of(text)
    fields = []
    done = ""
    for count, code in re.findall(r"(\d*)([a-zA-Z?])", text[len(prefix):]):
        n = int(count) if count else 1
        if code in "sx":
            token = "%d%s" % (n, code)
            if code == "s":
                fields.append((struct.calcsize(prefix + done + token) - n, "s", n))
            done += token
            continue
        for _ in range(n):
            # the field ends where the prefix up to it, aligned as struct aligns it, ends
            end = struct.calcsize(prefix + done + code)
            size = struct.calcsize(prefix + code)
            fields.append((end - size, code, size))
            done += code
    return fields


def float_text(x):
    if x != x:
        return "float('nan')"
    if x in (float("inf"), float("-inf")):
        return "float('%s')" % x
    return repr(x)


def value_text(v):
    """A literal of the mview language for an item value (no complex literals exist there)."""
    if isinstance(v, tuple):
        return "(" + ", ".join(value_text(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    if isinstance(v, float):
        return float_text(v)
    return repr(v)


def has_nan(v):
    if isinstance(v, tuple):
        return any(has_nan(x) for x in v)
    if isinstance(v, complex):
        return v.real != v.real or v.imag != v.imag
    return isinstance(v, float) and v != v


def flags(a):
    """(c_contiguous, f_contiguous) as CPython computes them: NumPy's flags, except that a 1-D view
    is contiguous only when shape[0] == 1 or stride == itemsize (also when it is empty)."""
    if a.ndim == 0:
        return True, True
    if a.ndim == 1:
        c = a.shape[0] == 1 or a.strides[0] == a.itemsize
        return c, c
    return bool(a.flags.c_contiguous), bool(a.flags.f_contiguous)


def equiv_shape(s1, s2):
    """CPython's equiv_shape: equal ndim and equal dims up to (and including) the first 0."""
    if len(s1) != len(s2):
        return False
    for x, y in zip(s1, s2):
        if x != y:
            return False
        if x == 0:
            break
    return True


def self_overlapping(a):
    """True when two elements of a share a byte (zero strides): writes to it depend on their order."""
    starts = sorted(sum(i * s for i, s in zip(idx, a.strides)) for idx in np.ndindex(*a.shape))
    return any(y - x < a.itemsize for x, y in zip(starts, starts[1:]))


def flatten(x):
    """The items of a nested tolist() result in C order (a 0-dim result is one item)."""
    return [y for z in x for y in flatten(z)] if isinstance(x, list) else [x]


def raiser(kind):
    def fn():
        raise Expect(kind)
    return fn


class View:
    """A view the program holds by name, mirrored by a NumPy array over the same bytes."""

    def __init__(self, name, a, fmt, readonly, buf=None):
        self.name, self.a, self.fmt, self.readonly, self.buf = name, a, fmt, readonly, buf


class Program:
    def __init__(self, rnd, plain):
        self.rnd = rnd
        self.plain = plain
        self.lines = []
        self.out = []
        self.cov = collections.Counter()
        self.counter = collections.Counter()
        self.views = []          # index results that are views (for chained reads and targets)
        self.root = None

    # ---- emitting ----
    def fresh(self, prefix):
        self.counter[prefix] += 1
        return "%s%d" % (prefix, self.counter[prefix])

    def block(self, op, stmts):
        """A try block of [(code, thunk)]: each thunk returns the text the statement prints (or None)
        or raises Expect(kind), which ends the block as the except clause does."""
        for code, fn in stmts:
            try:
                text = fn()
            except Expect as e:
                self.out.append(e.kind + "\n")
                self.cov["error.%s=%s" % (op, e.kind)] += 1
                self.cov["error=%s" % e.kind] += 1
                break
            if text is not None:
                self.out.append(text)
        self.cov["op=%s" % op] += 1
        self.lines.append("try:\n" + indent("\n".join(c for c, _ in stmts)) + "\n" + ERR_KIND + "\n")

    def plain_line(self, code):
        self.lines.append(code)

    @staticmethod
    def pr(*values):
        return " ".join(str(v) for v in values) + "\n"

    # ---- formats and bytes ----
    def gen_format(self):
        r = self.rnd
        if self.plain:
            c = r.choice(NATIVE)
            return Fmt(("@" + c) if r.random() < 0.1 else c)
        kind = r.choices(["native", "byteorder", "record", "complex"], [35, 35, 18, 12])[0]
        if kind == "native":
            c = r.choice(NATIVE)
            return Fmt(("@" + c) if r.random() < 0.1 else c)
        if kind == "byteorder":
            return Fmt(r.choice("<>!=") + r.choice(STANDARD))
        if kind == "complex":
            return Fmt(r.choice(COMPLEX))
        return Fmt(r.choice(RECORDS) if r.random() < 0.5 else self.random_record())

    def random_record(self):
        r = self.rnd
        prefix = r.choice(["", "@", "<", ">", "!", "="])
        codes = STANDARD + ("nN" if prefix in ("", "@") else "")
        parts = []
        for _ in range(r.randint(2, 4)):
            c = r.random()
            if c < 0.15:
                parts.append("%dx" % r.randint(1, 3) if r.random() < 0.5 else "x")
            elif c < 0.3:
                parts.append("%ds" % r.randint(1, 5))
            elif c < 0.45:
                parts.append("%d%s" % (r.randint(2, 3), r.choice(codes)))
            else:
                parts.append(r.choice(codes))
        text = prefix + "".join(parts)
        if not record_fields(text) or struct.calcsize(text) > 32:
            return prefix + "hi"
        return text

    def single_bytes(self, code, order, size):
        """size item bytes of a single struct code in byte order '<' or '>', often an edge value."""
        r = self.rnd
        little = order == "<"
        if code == "?":
            return bytes([r.choice([0, 1])])     # other bytes: '?' differs between NumPy and struct
        if code in "cs" or r.random() < 0.25 and code not in FLOATS:
            return bytes(r.randrange(256) for _ in range(size))
        if code in FLOATS:
            c = r.random()
            if c < 0.3:
                return r.choice(FLOAT_BITS[code]).to_bytes(size, "little" if little else "big")
            if c < 0.8:
                return struct.pack(order + code, r.choice(FLOAT_EDGES[code]))
            return bytes(r.randrange(256) for _ in range(size))
        bits = 8 * size
        lo, hi = (-2 ** (bits - 1), 2 ** (bits - 1) - 1) if code in SIGNED else (0, 2 ** bits - 1)
        v = r.choice([x for x in INT_EDGES if lo <= x <= hi] + [lo, hi, lo + 1, hi - 1, r.randint(lo, hi)])
        return v.to_bytes(size, "little" if little else "big", signed=v < 0)

    def item_bytes(self, fmt):
        r = self.rnd
        if fmt.kind == "complex":
            half = fmt.itemsize // 2
            return self.single_bytes(fmt.part, fmt.order, half) + self.single_bytes(fmt.part, fmt.order, half)
        if fmt.kind != "record":
            return self.single_bytes(fmt.code, fmt.order, fmt.itemsize)
        data = bytearray(r.randrange(256) for _ in range(fmt.itemsize))   # pad bytes stay random
        for off, code, size in record_fields(fmt.text):
            data[off:off + size] = self.single_bytes(code, fmt.order, size)
        return bytes(data)

    # ---- layouts ----
    def gen_shape(self):
        r = self.rnd
        ndim = r.choices([0, 1, 2, 3, 4], [1, 6, 4, 2, 1] if self.plain else [1, 4, 5, 3, 2])[0]
        shape = [r.choices([0, 1, 2, 3, 4, 5, 6], [2, 10, 20, 20, 15, 10, 8])[0] for _ in range(ndim)]
        cap = r.choice([12, 24, 40, MAX_ITEMS])
        while product(shape) > cap:
            shape[shape.index(max(shape))] -= 1
        return tuple(shape)

    def gen_layout(self, shape, isz, root=False):
        """(kind, strides, offset, size): a layout of shape in a bytearray of size bytes."""
        r = self.rnd
        ndim = len(shape)
        if ndim == 0:
            kind, strides = "0-dim", []
        else:
            kinds = ["C"] * 5 + ["F"] * 3 + ["padded"] * 3 + ["negative"] * 3 + ["permuted"] * 2
            kind = r.choice(kinds + (["zero-stride"] if root else []))
            if ndim == 1 and kind in ("F", "permuted"):
                kind = "C"
            if kind == "C":
                strides = c_strides(shape, isz)
            elif kind == "F":
                strides = f_strides(shape, isz)
            elif kind in ("padded", "negative"):
                strides = [0] * ndim
                acc = isz * r.choice([1, 1, 2, 3])
                order = list(range(ndim - 1, -1, -1)) if r.random() < 0.7 else list(range(ndim))
                for d in order:
                    strides[d] = acc
                    acc = acc * max(shape[d], 1) + r.choice([0, 0, isz, 2 * isz, 8, 3])
                if kind == "negative":
                    for d in [d for d in range(ndim) if r.random() < 0.6] or [r.randrange(ndim)]:
                        strides[d] = -strides[d]
            elif kind == "permuted":
                perm = list(range(ndim))
                while perm == sorted(perm):
                    r.shuffle(perm)
                strides = [0] * ndim
                acc = isz
                for d in reversed(perm):
                    strides[d] = acc
                    acc *= max(shape[d], 1)
            else:  # zero strides: several indices reach one item (the view is made read-only)
                strides = c_strides(shape, isz)
                for d in [d for d in range(ndim) if r.random() < 0.5] or [r.randrange(ndim)]:
                    strides[d] = 0
        ext = extent(shape, strides, isz)
        if ext is None:
            size = r.randint(0, 16)
            offset = r.randint(0, size)          # NumPy wants offset <= len(buffer)
        else:
            low, high = ext
            pre = r.choice([0, 0, 1, 2, 3, 4, 7, 8, 16])
            offset = pre - low
            size = offset + high + r.choice([0, 0, 1, 2, 3, 5, 8])
        return kind, tuple(strides), offset, size

    def new_view(self, fmt, shape, root=False, fill_from=None, change_one=False):
        """Emits b = bytearray(...) and m = PyMemoryView_FromBuffer(...) (bN and sN for other views);
        returns the View. fill_from: a NumPy array of the same format and shape whose items are copied
        in bytewise; change_one: then one item gets new bytes (which may happen to be equal)."""
        r = self.rnd
        kind, strides, offset, size = self.gen_layout(shape, fmt.itemsize, root)
        data = bytearray(r.randrange(256) for _ in range(size))
        a = np.ndarray(shape, fmt.dtype, buffer=data, offset=offset, strides=strides)
        raw = np.ndarray(shape, np.dtype(("V", fmt.itemsize)), buffer=data, offset=offset, strides=strides)
        if fill_from is not None:
            raw[...] = fill_from.view(raw.dtype)      # the bytes, whatever they mean (NaN payloads)
            if change_one and raw.size:
                raw[tuple(r.randrange(n) for n in shape)] = self.item_bytes(fmt)
        else:
            # every item slot gets item bytes (edge values, '?' 0/1); the rest stays random
            for idx in np.ndindex(*shape):
                raw[idx] = self.item_bytes(fmt)
        readonly = kind == "zero-stride" or r.random() < 0.25
        b, m = ("b", "m") if root else (self.fresh("b"), self.fresh("s"))
        self.plain_line("%s = bytearray(%r)" % (b, bytes(data)))
        self.plain_line("%s = PyMemoryView_FromBuffer(Py_buffer(%s, format=%r, itemsize=%d, len=%d, readonly=%r, "
                        "ndim=%d, shape=%r, strides=%r, offset=%d))"
                        % (m, b, fmt.text, fmt.itemsize, product(shape) * fmt.itemsize, readonly, len(shape),
                           tuple(shape), strides, offset))
        if root:
            self.cov["dtype-kind=%s" % fmt.kind] += 1
            self.cov["format=%s" % fmt.text] += 1
            self.cov["ndim=%d" % len(shape)] += 1
            self.cov["layout=%s" % kind] += 1
            self.cov["readonly=%s" % readonly] += 1
            if 0 in shape:
                self.cov["zero-size"] += 1
        else:
            self.cov["second-layout=%s" % kind] += 1
        return View(m, a, fmt, readonly, (b, data))

    # ---- indices ----
    def int_in(self, n):
        return str(self.rnd.randint(-n, n - 1))

    def int_out(self, n):
        return str(self.rnd.choice([n, n + 1, -n - 1, n + 7]))

    def slice_text(self, n, step=None, bad_bound=False):
        r = self.rnd

        def bound():
            c = r.random()
            if c < 0.3:
                return ""
            if c < 0.95:
                return str(r.randint(-n - 2, n + 2))
            return r.choice(["2 ** 70", "-2 ** 70"])      # clipped like any out-of-range bound
        if step is None:
            step = r.choice(["", "", "1", "2", "3", "-1", "-1", "-2", "-3", str(n + 1), str(-n - 1)])
        lo, hi = bound(), bound()
        if bad_bound:
            lo = r.choice(["1.5", "'a'"])
        return lo + ":" + hi + ((":" + step) if step else "")

    def allowed_kinds(self, ndim, weights):
        """The index kinds of weights that exist for ndim (in --plain: that CPython 3.13 supports)."""
        if self.plain:
            # (`m[...]` is the view itself only when it is 0-dim: TypeError otherwise)
            ok = {0: ["ellipsis", "empty-tuple"],
                  1: ["int", "int-oob", "slice", "full-ints", "oob-in-tuple", "step-zero",
                      "slice-bad-bound"]}.get(ndim, ["slice", "full-ints", "oob-in-tuple"])
        elif ndim == 0:
            ok = ["ellipsis", "empty-tuple", "ellipsis-tuple", "too-many", "bad-type", "two-ellipsis"]
        else:
            ok = [k for k in weights if not (k == "partial-ints" and ndim < 2)]
        return [k for k in weights if k in ok]

    def gen_index(self, shape, weights, kind=None):
        """(text, kind) of a subscript for a view of this shape."""
        r = self.rnd
        ndim = len(shape)
        if kind is None:
            kinds = self.allowed_kinds(ndim, weights)
            if not kinds:
                return None, None
            kind = r.choices(kinds, [weights[k] for k in kinds])[0]
        n0 = shape[0] if ndim else 0

        def tup(parts):
            return ", ".join(parts) + ("," if len(parts) == 1 else "") if parts else "()"

        def ints(k):
            return [self.int_in(shape[d]) if shape[d] else self.int_out(shape[d]) for d in range(k)]

        def part(d):
            return self.int_in(shape[d]) if shape[d] and r.random() < 0.35 else self.slice_text(shape[d])

        def mixed(k):
            return [part(d) for d in range(k)]

        if kind == "int":
            text = self.int_in(n0) if n0 else self.int_out(n0)
        elif kind == "int-oob":
            text = self.int_out(n0)
        elif kind == "slice":
            text = self.slice_text(n0)
        elif kind == "ellipsis":
            text = "..."
        elif kind == "empty-tuple":
            text = "()"
        elif kind == "full-ints":
            parts = ints(ndim)
            text = parts[0] if ndim == 1 and r.random() < 0.3 else tup(parts)
        elif kind == "partial-ints":
            text = tup(ints(r.randint(1, ndim - 1)))
        elif kind == "mixed":
            k = r.randint(1, ndim)
            if r.random() < 0.35:
                # '...' stands for the dims the others leave out: those before it index the first
                # dims, those after it the last ones
                at = r.randint(0, k)
                dims = list(range(at)) + list(range(ndim - (k - at), ndim))
                parts = [part(d) for d in dims]
                parts.insert(at, "...")
            else:
                parts = [part(d) for d in range(k)]
            text = tup(parts)
        elif kind == "ints-ellipsis":
            parts = ints(ndim)
            parts.insert(r.randint(0, ndim), "...")
            text = tup(parts)
        elif kind == "ellipsis-tuple":
            text = "...,"
        elif kind == "too-many":
            parts = ints(ndim) + ["0"] * r.randint(1, 2)
            if r.random() < 0.3:
                parts[r.randrange(len(parts))] = self.slice_text(3)
            text = tup(parts)
        elif kind == "bad-type":
            parts = mixed(r.randint(0, ndim)) + (["0"] if r.random() < 0.2 else [])
            parts.insert(r.randint(0, len(parts)), r.choice(["1.5", "'a'", "0.0", "'0'", "-2.5"]))
            text = tup(parts)
        elif kind == "oob-in-tuple":
            k = ndim if self.plain else r.randint(1, ndim)
            parts = ints(k) if self.plain else mixed(k)
            d = r.randrange(k)
            parts[d] = self.int_out(shape[d])
            text = parts[0] + "," if k == 1 else tup(parts)
        elif kind == "two-ellipsis":
            parts = ["...", "..."] + (ints(1) if ndim and shape[0] else [])
            r.shuffle(parts)
            text = tup(parts)
        elif kind == "step-zero":
            s = self.slice_text(n0, step="0")
            text = s if self.plain or r.random() < 0.5 else tup(mixed(ndim - 1) + [s])
        else:  # slice-bad-bound
            s = self.slice_text(n0, bad_bound=True)
            text = s if self.plain or r.random() < 0.5 else tup([s] + mixed(ndim)[1:])
        return text, kind

    # ---- what views print ----
    def view_lines(self, name, a, fmt):
        c, f = flags(a)
        return [("print(%s.shape, %s.strides, %s.c_contiguous, %s.f_contiguous, %s.contiguous)" % ((name,) * 5),
                 lambda: self.pr(tuple(a.shape), tuple(a.strides), c, f, c or f)),
                ("print(%s.tolist())" % name, lambda: self.pr(fmt.py(a)))]

    def show_root(self):
        v = self.root
        self.block("show", self.view_lines(v.name, v.a, v.fmt))

    def after_write(self):
        v = self.root
        buf_name, data = v.buf
        self.block("after-write", [("print(%s.tolist())" % v.name, lambda: self.pr(v.fmt.py(v.a))),
                                   ("print(%s)" % buf_name, lambda: self.pr(repr(data)))])

    def pick_view(self):
        """The root view mostly, else a view an index gave."""
        if not self.views or self.rnd.random() < 0.65:
            return self.root
        return self.rnd.choice(self.views)

    # ---- operations ----
    def op_read(self):
        v = self.pick_view()
        text, kind = self.gen_index(v.a.shape, READ_KINDS)
        if text is None:
            return
        self.cov["index=%s" % kind] += 1
        name = self.fresh("r")
        try:
            with np.errstate(all="ignore"):
                res = subscript(v.a, key_of(text))
        except (IndexError, ValueError, TypeError) as e:
            self.cov["result=error"] += 1
            self.block("read", [("%s = %s[%s]" % (name, v.name, text), raiser(type(e).__name__))])
            return
        stmts = [("%s = %s[%s]" % (name, v.name, text), lambda: None)]
        if isinstance(res, np.ndarray):
            self.cov["result=view"] += 1
            self.cov["result-ndim=%d" % res.ndim] += 1
            stmts += self.view_lines(name, res, v.fmt)
            self.views.append(View(name, res, v.fmt, v.readonly))
        else:
            self.cov["result=element"] += 1
            value = v.fmt.scalar(res)
            stmts.append(("print(%s)" % name, lambda: self.pr(value)))
        self.block("read", stmts)

    def op_surface(self):
        r = self.rnd
        v = self.pick_view()
        a, n = v.a, v.name
        stmts = []
        for order in r.sample(["", "'C'", "'F'", "'A'"], r.randint(1, 3)):
            o = order.strip("'") or "C"
            stmts.append(("print(%s.tobytes(%s))" % (n, order), lambda o=o: self.pr(a.tobytes(order=o))))
        if r.random() < 0.6:
            stmts.append(("print(%s.hex())" % n, lambda: self.pr(a.tobytes().hex())))
        if r.random() < 0.6:
            stmts.append(("print(%s.nbytes, %s.ndim, %s.itemsize, %s.format, %s.readonly)" % ((n,) * 5),
                          lambda: self.pr(a.nbytes, a.ndim, v.fmt.itemsize, v.fmt.text, bool(v.readonly))))
        if r.random() < 0.6:
            def length():
                if a.ndim == 0:
                    raise Expect("TypeError")       # 0-dim memory has no length
                return self.pr(a.shape[0])
            stmts.append(("print(len(%s))" % n, length))
        self.block("surface", stmts)

    def op_compare(self):
        r = self.rnd
        v = self.pick_view()
        c = r.random()
        if c < 0.2:
            w, what = v, "self"
        elif c < 0.4 and self.views:
            # another view of the same bytes (often another shape: then never equal)
            w, what = r.choice(self.views + [self.root]), "other-index"
        else:
            change = v.a.size > 0 and r.random() < 0.35
            w = self.new_view(v.fmt, v.a.shape, fill_from=v.a, change_one=change)
            what = "copy-changed" if change else "copy"
        self.cov["compare=%s" % what] += 1
        eq = self.views_equal(v, w)
        self.block("compare", [("print(%s == %s, %s != %s)" % (v.name, w.name, v.name, w.name),
                                lambda: self.pr(eq, not eq))])

    @staticmethod
    def views_equal(v, w):
        """memoryview ==: CPython's shape rule, then every item equal (NaN never equals)."""
        if not equiv_shape(v.a.shape, w.a.shape):
            return False
        if v.a.size == 0:
            return True
        if v.fmt.kind == "record":
            # tuples compared field by field (no identity shortcut: a NaN field is never equal)
            xs, ys = flatten(v.fmt.py(v.a)), flatten(w.fmt.py(w.a))
            return all(all(p == q for p, q in zip(x, y)) for x, y in zip(xs, ys))
        with np.errstate(all="ignore"):
            return bool(np.all(v.a == w.a))

    def op_cast(self):
        r = self.rnd
        v = self.pick_view()
        a, fmt = v.a, v.fmt
        c, _ = flags(a)
        if not c and r.random() < 0.85:
            return
        zero = 0 in a.shape
        self.cov["cast=%s" % ("non-contiguous" if not c else "zero-size" if zero else "ok")] += 1

        def to_bytes():
            if not c or (a.ndim != 1 and zero):
                raise Expect("TypeError")   # restricted to C-contiguous views; zeros in shape
            return self.pr(list(a.tobytes()))
        stmts = [("print(%s.cast('B').tolist())" % v.name, to_bytes)]
        if c and not zero and r.random() < 0.7:
            name = self.fresh("c")
            shape = list(a.shape)
            back = np.ndarray(a.shape, fmt.dtype, buffer=bytearray(a.tobytes()))
            stmts.append(("%s = %s.cast('B').cast(%r, %r)" % (name, v.name, fmt.text, shape), lambda: None))
            stmts += self.view_lines(name, back, fmt)
            stmts.append(("print(%s.format, %s == %s)" % (name, name, v.name),
                          lambda: self.pr(fmt.text, self.views_equal(View(name, back, fmt, False), v))))
            self.cov["cast=round-trip"] += 1
        self.block("cast", stmts)

    # ---- assignments ----
    def target_index(self, v):
        """(text, kind, result) of an index whose result is a view of ndim >= 1 that no two elements
        share a byte of (writes to it would depend on their order), or now and then (text, kind,
        None) of an index that raises."""
        for _ in range(30):
            # CPython 3.13 assigns to 1-D slices only
            text, kind = self.gen_index(v.a.shape, TARGET_KINDS, "slice" if self.plain else None)
            if text is None:
                return None
            try:
                res = v.a[key_of(text)]
            except (IndexError, ValueError, TypeError):
                if self.rnd.random() < 0.8:
                    continue
                return text, kind, None
            if isinstance(res, np.ndarray) and res.ndim >= 1 and not (not v.readonly and self_overlapping(res)):
                return text, kind, res
        return None

    def assign_target(self):
        """The root view mostly, else a view an index gave (ndim >= 1; 1-D only in --plain)."""
        ok = (lambda w: w.a.ndim == 1) if self.plain else (lambda w: w.a.ndim >= 1)
        pool = [w for w in self.views if ok(w)]
        if ok(self.root) and (not pool or self.rnd.random() < 0.75):
            return self.root
        return self.rnd.choice(pool) if pool else None

    def assign(self, op, target, text, src_text, numpy_assign):
        def run():
            if target.readonly:
                raise Expect("TypeError")       # cannot modify read-only memory (checked first)
            with np.errstate(all="ignore"):
                numpy_error(numpy_assign)
        self.cov["assign=%s" % op] += 1
        self.block("assign." + op, [("%s[%s] = %s" % (target.name, text, src_text), run)])
        self.after_write()

    def op_assign_view(self):
        t = self.assign_target()
        if t is None:
            return
        found = self.target_index(t)
        if found is None:
            return
        text, kind, res = found
        self.cov["assign-index=%s" % kind] += 1
        shape = res.shape if res is not None else self.gen_shape()
        src = self.new_view(t.fmt, shape)
        key = key_of(text)

        def go():
            t.a[key] = src.a
        self.assign("view", t, text, src.name, go)

    def op_assign_overlap(self):
        t = self.assign_target()
        if t is None:
            return
        found = self.target_index(t)
        if found is None or found[2] is None:
            return
        text, kind, res = found
        text2 = text      # if no other index gives the same shape: the target assigned to itself
        for _ in range(60):
            found2 = self.target_index(t)
            if found2 and found2[2] is not None and found2[2].shape == res.shape:
                text2 = found2[0]
                break
        key, key2 = key_of(text), key_of(text2)
        self.cov["assign-index=%s" % kind] += 1

        def go():
            # the source is read before anything is written (CPython's 1-D rule, and mview's); NumPy
            # itself skips its overlap copy for 1-D views whose strides point the same way, and its
            # element loop then reads items it already wrote when the strides differ (numpy 1.24 and
            # 2.4: a = np.arange(10); a[::3] = a[:4] gives a[9] == 1, not 3)
            t.a[key] = t.a[key2].copy()
        self.assign("overlap", t, text, "%s[%s]" % (t.name, text2), go)

    def op_assign_mismatch(self):
        r = self.rnd
        t = self.assign_target()
        if t is None:
            return
        found = self.target_index(t)
        if found is None or found[2] is None:
            return
        text, kind, res = found
        T = res.shape
        if r.random() < 0.3:
            # same shape, another format: CPython's equiv_format says no (NumPy would convert)
            for _ in range(10):
                other = self.gen_format()
                if not other.same_as(t.fmt) and (other.kind == "record" or t.fmt.kind == "record" or
                                                 other.dtype.str != t.fmt.dtype.str or other.code != t.fmt.code):
                    break
            else:
                return
            src = self.new_view(other, T)
            self.assign("format-mismatch", t, text, src.name, raiser("ValueError"))
            return
        for _ in range(20):
            S = list(T)
            c = r.random()
            if c < 0.5 or len(S) == 0:
                d = r.randrange(len(S))
                S[d] = max(0, S[d] + r.choice([-2, -1, 1, 2]))
            elif c < 0.75:
                S.insert(r.randint(0, len(S)), r.randint(2, 3))
            elif len(S) > 1:
                del S[r.randrange(len(S))]
            S = tuple(S)
            if product(S) > MAX_ITEMS or equiv_shape(S, T) or self.broadcastable(S, T):
                continue
            src = self.new_view(t.fmt, S)
            key = key_of(text)

            def go():
                t.a[key] = src.a
            self.assign("shape-mismatch", t, text, src.name, go)
            return

    @staticmethod
    def broadcastable(s, t):
        try:
            np.broadcast_to(np.empty(s, np.uint8), t)
            return True
        except ValueError:
            return False

    def op_assign_element(self):
        r = self.rnd
        pool = self.views + [self.root] * 3
        t = r.choice(pool)
        a, fmt = t.a, t.fmt
        if a.ndim == 0:
            text, kind = r.choice(["()", "..."]), "0-dim"
        else:
            parts = [self.int_in(n) if n else self.int_out(n) for n in a.shape]
            kind = "full-ints"
            if r.random() < 0.1:
                d = r.randrange(a.ndim)
                parts[d] = self.int_out(a.shape[d])
                kind = "full-ints-oob"
            text = parts[0] if a.ndim == 1 and r.random() < 0.5 else ", ".join(parts) + ("," if a.ndim == 1 else "")
        value, value_text_ = self.element_value(t)
        if value_text_ is None:
            return
        self.cov["element=%s" % kind] += 1
        key = key_of(text)

        def go():
            a[key] = fmt.to_numpy(value)
        self.assign("element", t, text, value_text_, go)

    def element_value(self, t):
        """(value, text) of an in-range item value for t's format; complex values (no literal in
        the language) and sometimes others are items of the root view."""
        r = self.rnd
        fmt = t.fmt
        if fmt.kind == "complex" or r.random() < 0.15:
            a = self.root.a
            if a.size == 0:
                return None, None
            for _ in range(8):
                idx = tuple(r.randrange(n) for n in a.shape)
                v = self.root.fmt.scalar(a[idx])
                if not has_nan(v):       # NaN payloads through element writes are left out
                    key = ", ".join(map(str, idx)) + ("," if len(idx) == 1 else "") if idx else "()"
                    return v, "%s[%s]" % (self.root.name, key)
            return None, None
        if fmt.kind == "record":
            v = struct.unpack(fmt.text, self.item_bytes(fmt))
            v = struct.unpack(fmt.text, struct.pack(fmt.text, *[x if not (isinstance(x, float) and x != x)
                                                                else float("nan") for x in v]))
            return v, value_text(v)
        code = fmt.code
        if code == "?":
            text = r.choice(["True", "False"])
        elif code == "c":
            text = repr(bytes([r.randrange(256)]))
        elif code in FLOATS:
            text = r.choice(COMMON_FLOATS + ELEMENT_FLOATS[code])
        else:
            bits = 8 * fmt.itemsize
            lo, hi = (-2 ** (bits - 1), 2 ** (bits - 1) - 1) if code in SIGNED else (0, 2 ** bits - 1)
            text = str(r.choice([lo, hi, 0, 1, -1 if lo else 2, r.randint(lo, hi), r.randint(max(lo, -300), min(hi, 300))]))
        return eval(text), text

    OPS = [("op_read", 30), ("op_surface", 12), ("op_compare", 8), ("op_cast", 8), ("op_assign_view", 12),
           ("op_assign_overlap", 6), ("op_assign_mismatch", 4), ("op_assign_element", 10)]

    def build(self, header):
        r = self.rnd
        fmt = self.gen_format()
        self.root = self.new_view(fmt, self.gen_shape(), root=True)
        self.show_root()
        names = [n for n, _ in self.OPS]
        weights = [w for _, w in self.OPS]
        for _ in range(r.randint(4, 9)):
            getattr(self, r.choices(names, weights)[0])()
        return header + "\n".join(self.lines) + "\n", normalize("".join(self.out))


def generate(seed, index, plain):
    rnd = random.Random("mview-numpy:%d:%d:%s" % (seed, index, "plain" if plain else "ext"))
    prog = Program(rnd, plain)
    header = ("# generated by tools/difftest/numpy_mode.py --seed %d%s (program %d); expected output from NumPy\n"
              % (seed, " --plain" if plain else "", index))
    if not plain:
        header += "# needs the option mview.Extensions\n"
    text, stdout = prog.build(header)
    prog.stdout = stdout
    return text, prog


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--plain", action="store_true")
    known, rest = pre.parse_known_args(argv)
    warnings.simplefilter("ignore")      # NumPy's conversion warnings say nothing to the reader here
    cov = collections.Counter()
    programs_with = collections.Counter()
    results = []

    def collect(prog):
        cov.update(prog.cov)
        programs_with.update(set(prog.cov))
        results.append((prog.name, prog.stdout))

    def gen(seed, k, _prelude):
        text, prog = generate(seed, k, known.plain)
        prog.name = "n%05d" % k
        return text, prog

    args = write_programs(rest, __doc__.split("\n")[0] + " (--plain: only what CPython 3.13 runs)",
                          "numpy_mode.py", "n", gen, collect, cpython_oracle=False)
    with open(os.path.join(args.out, "expected.jsonl"), "w", encoding="utf-8") as f:
        for name, stdout in results:
            f.write(json.dumps({"name": name, "stdout": stdout, "error": None}, ensure_ascii=False) + "\n")
    groups = collections.defaultdict(dict)
    for k, n in cov.items():
        g, _, v = k.partition("=")
        groups[g][v or g] = n
    report = {"seed": args.seed, "count": args.count, "plain": known.plain,
              "coverage": {g: dict(sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))) for g, d in sorted(groups.items())},
              "programs_per_item": dict(sorted(programs_with.items()))}
    with open(os.path.join(args.out, "coverage.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1)
    if not args.quiet:
        print("%d programs (%s), %d blocks, %d output lines" % (
            args.count, "plain" if known.plain else "extensions", sum(v for k, v in cov.items() if k.startswith("op=")),
            sum(stdout.count("\n") for _, stdout in results)))
        order = ["dtype-kind", "format", "ndim", "layout", "readonly", "zero-size", "op", "index", "result", "result-ndim",
                 "assign", "assign-index", "element", "cast", "compare", "second-layout", "error"]
        for g in order + sorted(set(groups) - set(order)):
            if g in groups:
                items = sorted(groups[g].items(), key=lambda kv: (-kv[1], kv[0]))
                more = len(items) - 40
                print("  %-14s %s%s" % (g, "  ".join("%s %d" % kv for kv in items[:40]),
                                        "  ... %d more in coverage.json" % more if more > 0 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
