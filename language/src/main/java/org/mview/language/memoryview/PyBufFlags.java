package org.mview.language.memoryview;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPython's buffer flags: {@code PyBUF_READ}/{@code PyBUF_WRITE} of {@code PyMemoryView_FromMemory} and
 * {@code PyMemoryView_GetContiguous}, and the {@code PyBUF_*} request flags of {@code PyObject_GetBuffer},
 * with CPython's values; all of them are builtins of the language.
 */
public final class PyBufFlags {

    public static final long PyBUF_READ = 0x100;
    public static final long PyBUF_WRITE = 0x200;

    public static final long PyBUF_SIMPLE = 0;
    public static final long PyBUF_WRITABLE = 0x1;
    public static final long PyBUF_FORMAT = 0x4;
    public static final long PyBUF_ND = 0x8;
    public static final long PyBUF_STRIDES = 0x10 | PyBUF_ND;
    public static final long PyBUF_C_CONTIGUOUS = 0x20 | PyBUF_STRIDES;
    public static final long PyBUF_F_CONTIGUOUS = 0x40 | PyBUF_STRIDES;
    public static final long PyBUF_ANY_CONTIGUOUS = 0x80 | PyBUF_STRIDES;
    public static final long PyBUF_INDIRECT = 0x100 | PyBUF_STRIDES;

    /** The constants bound as builtins. */
    public static final Map<String, Long> CONSTANTS = constants();

    private PyBufFlags() {
    }

    /** Whether {@code flags} asks for all of {@code flag}'s bits (CPython's {@code REQ_*} macros). */
    static boolean requested(long flags, long flag) {
        return (flags & flag) == flag;
    }

    private static Map<String, Long> constants() {
        Map<String, Long> c = new LinkedHashMap<>();
        c.put("PyBUF_READ", PyBUF_READ);
        c.put("PyBUF_WRITE", PyBUF_WRITE);
        c.put("PyBUF_SIMPLE", PyBUF_SIMPLE);
        c.put("PyBUF_WRITABLE", PyBUF_WRITABLE);
        c.put("PyBUF_FORMAT", PyBUF_FORMAT);
        c.put("PyBUF_ND", PyBUF_ND);
        c.put("PyBUF_STRIDES", PyBUF_STRIDES);
        c.put("PyBUF_C_CONTIGUOUS", PyBUF_C_CONTIGUOUS);
        c.put("PyBUF_F_CONTIGUOUS", PyBUF_F_CONTIGUOUS);
        c.put("PyBUF_ANY_CONTIGUOUS", PyBUF_ANY_CONTIGUOUS);
        c.put("PyBUF_INDIRECT", PyBUF_INDIRECT);
        c.put("PyBUF_CONTIG", PyBUF_ND | PyBUF_WRITABLE);
        c.put("PyBUF_CONTIG_RO", PyBUF_ND);
        c.put("PyBUF_STRIDED", PyBUF_STRIDES | PyBUF_WRITABLE);
        c.put("PyBUF_STRIDED_RO", PyBUF_STRIDES);
        c.put("PyBUF_RECORDS", PyBUF_STRIDES | PyBUF_WRITABLE | PyBUF_FORMAT);
        c.put("PyBUF_RECORDS_RO", PyBUF_STRIDES | PyBUF_FORMAT);
        c.put("PyBUF_FULL", PyBUF_INDIRECT | PyBUF_WRITABLE | PyBUF_FORMAT);
        c.put("PyBUF_FULL_RO", PyBUF_INDIRECT | PyBUF_FORMAT);
        return c;
    }
}
