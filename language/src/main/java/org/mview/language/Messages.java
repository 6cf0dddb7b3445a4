package org.mview.language;

/**
 * CPython's message strings that more than one place raises, each written once. A message raised in
 * one place only stays next to its check; one that two paths share lives here, so the paths cannot
 * drift apart.
 */
public final class Messages {

    private Messages() {
    }

    public static final String RELEASED = "operation forbidden on released memoryview object";
    public static final String READ_ONLY = "cannot modify read-only memory";
    public static final String ZERO_DIM_INDEXING = "invalid indexing of 0-dim memory";
    public static final String SUB_VIEWS = "sub-views are not implemented";
    public static final String MULTI_DIM_SUB_VIEWS = "multi-dimensional sub-views are not implemented";
    public static final String NOT_C_CONTIGUOUS = "memoryview: underlying buffer is not C-contiguous";
    public static final String ORDER = "order must be 'C', 'F' or 'A'";
    public static final String BYTE_RANGE = "byte must be in range(0, 256)";
    public static final String INDEX_SIZED = "cannot fit 'int' into an index-sized integer";
    public static final String BYTEARRAY_INDEX = "bytearray index out of range";
    public static final String LIST_ASSIGNMENT_INDEX = "list assignment index out of range";
}
