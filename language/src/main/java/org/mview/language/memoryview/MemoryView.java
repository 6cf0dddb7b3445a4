package org.mview.language.memoryview;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.mview.language.MViewLanguage;
import org.mview.language.Messages;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferView;
import org.mview.language.buffer.ExportSites;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.buffer.ManagedBuffer;
import org.mview.language.buffer.ExportLeases;
import org.mview.language.runtime.ItemAssignable;
import org.mview.language.runtime.PyEquatable;
import org.mview.language.runtime.PyHashable;
import org.mview.language.runtime.PyIterable;
import org.mview.language.runtime.PythonAttributes;
import org.mview.language.runtime.Subscriptable;
import org.mview.language.runtime.PythonTyped;
import org.mview.language.runtime.Sized;

import java.nio.ByteOrder;

import org.mview.language.nodes.access.ReadLogicalNode;
import org.mview.language.nodes.access.ReadLogicalRangeNode;
import org.mview.language.nodes.access.WriteLogicalNode;
import org.mview.language.nodes.interop.ToPythonArgumentsNode;
import org.mview.language.runtime.ForeignValues;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A memoryview: an immutable {@link BufferDescriptor} (the view's geometry), the
 * {@link ManagedBuffer} it shares with the views made from it, the contiguity flags computed once, and
 * the only mutable state: whether it was released, how many buffers it has exported, and the cached
 * hash.
 *
 * <p><b>Lifetime.</b> Every view is registered on its managed buffer (which keeps the exporter
 * locked) until it is released by {@link #release()}, which also lets go of the managed buffer (the
 * rows of {@link #row} are the one exception, covered by their parent's registration); views
 * dropped without it stop locking the exporter once nothing reachable holds the managed buffer
 * ({@link ManagedBuffer}'s lease). The released flag and the export count are one atomic word
 * ({@link Lifecycle}): {@code release()} and {@code addExport()} cannot interleave into a released
 * view with exports, and only the transition to released unregisters the view, exactly once. The
 * interop messages below are thin: they call the same nodes and operations as the language
 * ({@link MemoryViewOps}); {@code docs/interop.md} has the mapping.
 */
@ExportLibrary(InteropLibrary.class)
public final class MemoryView implements TruffleObject, PythonTyped, Sized, PythonAttributes, BufferView, Subscriptable, ItemAssignable, PyIterable, PyEquatable, PyHashable {

    static final int FLAG_C = 0x2;
    static final int FLAG_FORTRAN = 0x4;
    static final int FLAG_SCALAR = 0x8;
    static final int FLAG_PIL = 0x10;

    private final BufferDescriptor view;
    /**
     * Null once released, so that a released view does not keep its exporter locked (see
     * ManagedBuffer). Plain, like {@link #released}: a volatile store costs a memory barrier in every
     * constructor, even of a view the compiler never allocates (JS {@code v[i][j]}); a thread that
     * misses a release on another thread makes a view as it would have an instant earlier, and
     * storages bounds-check every access whatever happened to the exporter.
     */
    private ManagedBuffer mbuf;
    private final int flags;
    private final Lifecycle lifecycle;
    /**
     * Mirrors {@code lifecycle == RELEASED} as a plain field for element access: a volatile read per
     * element would forbid the compiler to hoist the view's geometry out of a caller's loop. A release
     * on another thread is therefore seen by a running loop late or not at all, which is as racy as the
     * same program in CPython and stays memory-safe: storages bounds-check every access and closed
     * native memory refuses access by itself.
     */
    private boolean released;
    private volatile Long hash;

    /**
     * The loan this view's rows hold (see {@link #row}): for a registered N-D view its own, made with
     * it; for a row the one it holds, which its own rows hold too; null for other views and once
     * released. Plain: cleared under the view's lock ({@link #unregister}), read racily by row().
     */
    private RowLoan loan;
    /** A row read through interop: not registered on the managed buffer (see {@link #row}). */
    private final boolean isRow;

    /** Registers a new view with geometry {@code view} on {@code mbuf}. */
    MemoryView(ManagedBuffer mbuf, BufferDescriptor view) {
        // The loan is made up front, not when the first row is lent: making it then takes the view's
        // lock, a call on the path of every row whose memory effect, taken or not, merges into the
        // caller's loop and keeps every loop-invariant read in it (JS v[i][j] took 2.3x as long).
        this(mbuf, view, view.ndim() > 1 ? new RowLoan() : null, false);
        mbuf.registerView();
    }

    /** Every view's fields, not yet registered: a row ({@link #row}) stays so, holding {@code loan}. */
    private MemoryView(ManagedBuffer mbuf, BufferDescriptor view, RowLoan loan, boolean isRow) {
        this.view = view;
        this.mbuf = mbuf;
        this.flags = computeFlags(view);
        this.lifecycle = new Lifecycle();
        this.isRow = isRow;
        this.loan = loan;
    }

    /**
     * A row of this N-D view ({@code view[i]} through interop, as JS's {@code v[i][j]} reads it): a
     * view of its own, but not registered on the managed buffer, because registering is an atomic
     * update of a shared counter on every read (26x the time of a 1-D element read). Instead the rows
     * hold this view's {@link RowLoan}, and a release of this view while rows were lent leaves its
     * registration to that loan: it ends once no row holding the loan is reachable (an
     * {@link ExportLeases export lease}), so the exporter stays exported for as long as a row can
     * read it, as each row's own registration would. A released row drops the loan.
     */
    MemoryView row(BufferDescriptor geometry) {
        RowLoan held = loan;
        if (held == null) {
            throw releasedError(); // released since the caller checked, on another thread
        }
        if (CompilerDirectives.injectBranchProbability(CompilerDirectives.SLOWPATH_PROBABILITY, !held.lent)) {
            held.lent = true;
        }
        return new MemoryView(managedBuffer(), geometry, held, true);
    }

    /**
     * What the rows of a view hold; its use is to be reachable or not. {@code lent} tells a release
     * whether the registration has to wait for the rows. Plain, like {@link #released}: a row made on
     * one thread while another releases its view may be missed, and then reads memory the exporter
     * no longer guarantees, which storages bounds-check as they do every access.
     */
    static final class RowLoan {
        boolean lent;
    }

    /** The view's lifetime state: the number of buffers it has exported, or {@link #RELEASED}. */
    static final class Lifecycle extends AtomicInteger {

        private static final long serialVersionUID = 1L;

        static final int RELEASED = -1;
    }

    private static int computeFlags(BufferDescriptor view) {
        if (view.suboffsets() != null) {
            return FLAG_PIL;
        }
        int ndim = view.ndim();
        if (ndim == 0) {
            return FLAG_SCALAR | FLAG_C | FLAG_FORTRAN;
        }
        if (ndim == 1) {
            return view.shape()[0] == 1 || view.strides()[0] == view.itemsize() ? FLAG_C | FLAG_FORTRAN : 0;
        }
        return (view.isCContiguous() ? FLAG_C : 0) | (view.isFortranContiguous() ? FLAG_FORTRAN : 0);
    }

    /**
     * The request checks of CPython's {@code memory_getbuf}, in its order: a {@code PyObject_GetBuffer}
     * of this view with {@code flags} must be refused with these {@code BufferError}s.
     */
    @TruffleBoundary
    void checkExportRequest(long flags) {
        checkReleased();
        if (PyBufFlags.requested(flags, PyBufFlags.PyBUF_WRITABLE) && view.readonly()) {
            throw getbufError("memoryview: underlying buffer is not writable");
        }
        if (PyBufFlags.requested(flags, PyBufFlags.PyBUF_C_CONTIGUOUS) && !isCContiguous()) {
            throw getbufError(Messages.NOT_C_CONTIGUOUS);
        }
        if (PyBufFlags.requested(flags, PyBufFlags.PyBUF_F_CONTIGUOUS) && !isFortranContiguous()) {
            throw getbufError("memoryview: underlying buffer is not Fortran contiguous");
        }
        if (PyBufFlags.requested(flags, PyBufFlags.PyBUF_ANY_CONTIGUOUS) && !isContiguous()) {
            throw getbufError("memoryview: underlying buffer is not contiguous");
        }
        if (!PyBufFlags.requested(flags, PyBufFlags.PyBUF_INDIRECT) && view.suboffsets() != null) {
            throw getbufError("memoryview: underlying buffer requires suboffsets");
        }
        if (!PyBufFlags.requested(flags, PyBufFlags.PyBUF_STRIDES) && !isCContiguous()) {
            throw getbufError(Messages.NOT_C_CONTIGUOUS);
        }
        if (!PyBufFlags.requested(flags, PyBufFlags.PyBUF_ND) && PyBufFlags.requested(flags, PyBufFlags.PyBUF_FORMAT)) {
            throw getbufError("memoryview: cannot cast to unsigned bytes if the format flag is present");
        }
    }

    private static PythonError getbufError(String message) {
        return PythonError.raise(PythonErrorType.BufferError, message);
    }

    /** The view's geometry ({@code PyMemoryView_GET_BUFFER}). */
    public BufferDescriptor descriptor() {
        return view;
    }

    /** The managed buffer, for making views from this one; the released-view error once released. */
    public ManagedBuffer managedBuffer() {
        ManagedBuffer registeredOn = mbuf;
        if (registeredOn == null) {
            throw releasedError();
        }
        return registeredOn;
    }

    public boolean isReleased() {
        return released;
    }

    /** Raises CPython's error when the view was released. */
    public void checkReleased() {
        if (isReleased()) {
            throw releasedError();
        }
    }

    @TruffleBoundary
    public static PythonError releasedError() {
        return PythonError.raise(PythonErrorType.ValueError, Messages.RELEASED);
    }

    /** Where this view's live exports were acquired; made on the first recorded one. */
    private volatile ExportSites exportSites;

    /** {@code release()}: idempotent; refused while this view has exported buffers. */
    public void release() {
        while (true) {
            int s = lifecycle.get();
            if (s == Lifecycle.RELEASED) {
                return;
            }
            if (s > 0) {
                // An export whose holder was dropped and already collected no longer counts.
                ExportLeases.reclaimCollected();
                if (lifecycle.get() != s) {
                    continue;
                }
                throw exportsError(s);
            }
            if (lifecycle.compareAndSet(0, Lifecycle.RELEASED)) {
                released = true;
                ManagedBuffer registeredOn = mbuf;
                mbuf = null;
                unregister(registeredOn);
                return;
            }
        }
    }

    /** Ends this view's registration: now, or, when it lent rows, once they are unreachable. */
    @TruffleBoundary
    private synchronized void unregister(ManagedBuffer registeredOn) {
        RowLoan lent = loan;
        loan = null;
        if (isRow) {
            return;
        }
        if (lent == null || !lent.lent) {
            registeredOn.unregisterView();
        } else {
            // Weakly: a managed buffer no view can reach any more is released by its own lease, in the
            // same collection that finds the loan unreachable; holding it here would take two.
            WeakReference<ManagedBuffer> buffer = new WeakReference<>(registeredOn);
            AtomicBoolean once = new AtomicBoolean();
            ExportLeases.lease(lent, () -> {
                ManagedBuffer stillThere = buffer.get();
                if (stillThere != null && once.compareAndSet(false, true)) {
                    stillThere.unregisterView();
                }
            });
        }
    }

    @TruffleBoundary
    private PythonError exportsError(int n) {
        ExportSites known = exportSites;
        return PythonError.raise(PythonErrorType.BufferError, "memoryview has " + n + " exported buffer" + (n == 1 ? "" : "s") + (known == null ? "" : known.describe()));
    }

    /** Records where an export of this view was acquired (only with {@code mview.Extensions}). */
    @TruffleBoundary
    void exportOpened(Object token, String site) {
        if (site == null) {
            return;
        }
        synchronized (this) {
            if (exportSites == null) {
                exportSites = new ExportSites();
            }
        }
        exportSites.opened(token, site);
    }

    void exportClosed(Object token) {
        ExportSites known = exportSites;
        if (known != null) {
            known.closed(token);
        }
    }

    /** Counts one buffer exported by this view (a {@code PyObject_GetBuffer} on it). */
    public void addExport() {
        while (true) {
            int s = lifecycle.get();
            if (s == Lifecycle.RELEASED) {
                throw releasedError();
            }
            if (lifecycle.compareAndSet(s, s + 1)) {
                return;
            }
        }
    }

    /** Ends one export ({@code PyBuffer_Release}); the count never goes below zero or leaves released. */
    public void removeExport() {
        while (true) {
            int s = lifecycle.get();
            if (s <= 0) {
                return;
            }
            if (lifecycle.compareAndSet(s, s - 1)) {
                return;
            }
        }
    }

    public int exportCount() {
        return Math.max(0, lifecycle.get());
    }

    Long cachedHash() {
        return hash;
    }

    void cacheHash(long value) {
        hash = value;
    }

    public boolean isCContiguous() {
        return (flags & FLAG_C) != 0;
    }

    public boolean isFortranContiguous() {
        return (flags & FLAG_FORTRAN) != 0;
    }

    public boolean isContiguous() {
        return (flags & (FLAG_C | FLAG_FORTRAN)) != 0;
    }

    public int ndim() {
        return view.ndim();
    }

    public BufferFormat kind() {
        return view.kind();
    }

    /** {@code view.obj}: the exporter, or null. */
    public Object obj() {
        return view.obj();
    }

    @Override
    public String pythonTypeName() {
        return "memoryview";
    }

    // ---- the generic protocols (PyOps dispatches here without naming the view type) ----------

    @Override
    public Object getItem(Object key) {
        return MemoryViewOps.getItem(this, key);
    }

    @Override
    public void setItem(Object key, Object value) {
        MemoryViewOps.setItem(this, key, value);
    }

    @Override
    public void delItem(Object key) {
        MemoryViewOps.delItem(this, key);
    }

    @Override
    @TruffleBoundary
    public java.util.Iterator<Object> pythonIterator() {
        return MemoryViewOps.iterator(this);
    }

    @Override
    public String iteratorTypeName() {
        return "memory_iterator";
    }

    @Override
    public Boolean pythonEquals(Object other) {
        return MemoryViewMethods.equals(this, other);
    }

    @Override
    public long pythonHash() {
        return MemoryViewMethods.hash(this);
    }

    @Override
    public BufferDescriptor viewDescriptor() {
        checkReleased();
        return descriptor();
    }

    /** {@code getattr(m, name)} on the slow path: the member's value or bound method, null for a name that is not one. */
    @Override
    @TruffleBoundary
    public Object pythonAttribute(String name) {
        MemoryViewMember member = MemoryViewMember.lookup(name);
        return member == null ? null : ReadMemberNodeGen.getUncached().execute(this, member);
    }

    @Override
    public long pythonLength() {
        return MemoryViewOps.length(this);
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return (isReleased() ? "<released memory at 0x" : "<memory at 0x") + Integer.toHexString(System.identityHashCode(this)) + ">";
    }

    // ---- interop: buffer elements (the C-order byte image, mapped through strides) ----

    private long readChecked(ReadLogicalNode read, long offset, int width) throws InvalidBufferOffsetException {
        checkReleased();
        return read.execute(view, isCContiguous(), offset, width);
    }

    private MemoryView writableView() throws UnsupportedMessageException {
        checkReleased();
        if (view.readonly()) {
            throw UnsupportedMessageException.create();
        }
        return this;
    }

    private void write(WriteLogicalNode write, long offset, int width, long bits) throws InvalidBufferOffsetException {
        write.execute(view, isCContiguous(), offset, width, bits);
    }

    @ExportMessage
    boolean hasBufferElements() {
        return !isReleased();
    }

    @ExportMessage
    boolean isBufferWritable() {
        checkReleased();
        return !view.readonly();
    }

    @ExportMessage
    long getBufferSize() {
        checkReleased();
        return view.len();
    }

    @ExportMessage
    byte readBufferByte(long offset, @Shared @Cached ReadLogicalNode read) throws InvalidBufferOffsetException {
        return (byte) readChecked(read, offset, 1);
    }

    @ExportMessage
    short readBufferShort(ByteOrder order, long offset, @Shared @Cached ReadLogicalNode read) throws InvalidBufferOffsetException {
        short bits = (short) readChecked(read, offset, 2);
        return order == ByteOrder.LITTLE_ENDIAN ? bits : Short.reverseBytes(bits);
    }

    @ExportMessage
    int readBufferInt(ByteOrder order, long offset, @Shared @Cached ReadLogicalNode read) throws InvalidBufferOffsetException {
        int bits = (int) readChecked(read, offset, 4);
        return order == ByteOrder.LITTLE_ENDIAN ? bits : Integer.reverseBytes(bits);
    }

    @ExportMessage
    long readBufferLong(ByteOrder order, long offset, @Shared @Cached ReadLogicalNode read) throws InvalidBufferOffsetException {
        long bits = readChecked(read, offset, 8);
        return order == ByteOrder.LITTLE_ENDIAN ? bits : Long.reverseBytes(bits);
    }

    @ExportMessage
    float readBufferFloat(ByteOrder order, long offset, @Shared @Cached ReadLogicalNode read) throws InvalidBufferOffsetException {
        return Float.intBitsToFloat(readBufferInt(order, offset, read));
    }

    @ExportMessage
    double readBufferDouble(ByteOrder order, long offset, @Shared @Cached ReadLogicalNode read) throws InvalidBufferOffsetException {
        return Double.longBitsToDouble(readBufferLong(order, offset, read));
    }

    @ExportMessage
    void readBuffer(long offset, byte[] destination, int destinationOffset, int length,
                    @Cached ReadLogicalRangeNode readRange) throws InvalidBufferOffsetException {
        checkReleased();
        readRange.execute(view, offset, destination, destinationOffset, length);
    }

    @ExportMessage
    void writeBufferByte(long offset, byte value, @Shared @Cached WriteLogicalNode write) throws InvalidBufferOffsetException, UnsupportedMessageException {
        writableView().write(write, offset, 1, value);
    }

    @ExportMessage
    void writeBufferShort(ByteOrder order, long offset, short value, @Shared @Cached WriteLogicalNode write) throws InvalidBufferOffsetException, UnsupportedMessageException {
        writableView().write(write, offset, 2, order == ByteOrder.LITTLE_ENDIAN ? value : Short.reverseBytes(value));
    }

    @ExportMessage
    void writeBufferInt(ByteOrder order, long offset, int value, @Shared @Cached WriteLogicalNode write) throws InvalidBufferOffsetException, UnsupportedMessageException {
        writableView().write(write, offset, 4, order == ByteOrder.LITTLE_ENDIAN ? value : Integer.reverseBytes(value));
    }

    @ExportMessage
    void writeBufferLong(ByteOrder order, long offset, long value, @Shared @Cached WriteLogicalNode write) throws InvalidBufferOffsetException, UnsupportedMessageException {
        writableView().write(write, offset, 8, order == ByteOrder.LITTLE_ENDIAN ? value : Long.reverseBytes(value));
    }

    @ExportMessage
    void writeBufferFloat(ByteOrder order, long offset, float value, @Shared @Cached WriteLogicalNode write) throws InvalidBufferOffsetException, UnsupportedMessageException {
        writeBufferInt(order, offset, Float.floatToRawIntBits(value), write);
    }

    @ExportMessage
    void writeBufferDouble(ByteOrder order, long offset, double value, @Shared @Cached WriteLogicalNode write) throws InvalidBufferOffsetException, UnsupportedMessageException {
        writeBufferLong(order, offset, Double.doubleToRawLongBits(value), write);
    }

    // ---- interop: array elements (shape[0] items; N-D views give sub-views) ----

    @ExportMessage
    boolean hasArrayElements() {
        return !isReleased() && view.ndim() >= 1;
    }

    @ExportMessage
    long getArraySize() throws UnsupportedMessageException {
        checkReleased();
        if (view.ndim() == 0) {
            throw UnsupportedMessageException.create();
        }
        return view.shape()[0];
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return !isReleased() && view.ndim() >= 1 && index >= 0 && index < view.shape()[0];
    }

    @ExportMessage
    boolean isArrayElementModifiable(long index) {
        return isArrayElementReadable(index) && !view.readonly() && view.ndim() == 1 && (view.kind() != BufferFormat.OTHER || hasWritableExtendedItems());
    }

    /** Byte-order, record and complex items, which {@link WriteArrayElementNode} writes with {@code mview.Extensions} on. */
    @TruffleBoundary
    private boolean hasWritableExtendedItems() {
        return MemoryViewOps.extensions() && ExtendedItems.isSupported(view);
    }

    @ExportMessage
    boolean isArrayElementInsertable(@SuppressWarnings("unused") long index) {
        return false;
    }

    @ExportMessage
    Object readArrayElement(long index, @Cached ReadArrayElementNode read) throws InvalidArrayIndexException {
        return ForeignValues.toInterop(read.execute(this, index));
    }

    @ExportMessage
    void writeArrayElement(long index, Object value, @Cached WriteArrayElementNode write) throws InvalidArrayIndexException {
        write.execute(this, index, value);
    }

    // ---- interop: members, iteration, meta-object, display ----

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return MemoryViewMember.names();
    }

    @ExportMessage
    boolean isMemberReadable(String member,
                    @Shared("lookup") @Cached LookupMemberNode lookup) {
        return lookup.execute(member) != null;
    }

    @ExportMessage
    boolean isMemberInvocable(String member,
                    @Shared("lookup") @Cached LookupMemberNode lookup) {
        MemoryViewMember m = lookup.execute(member);
        return m != null && m.isMethod();
    }

    @ExportMessage
    Object readMember(String member,
                    @Shared("lookup") @Cached LookupMemberNode lookup,
                    @Cached ReadMemberNode read) throws UnknownIdentifierException {
        MemoryViewMember m = lookup.execute(member);
        if (m == null) {
            throw UnknownIdentifierException.create(member);
        }
        return narrow(ForeignValues.toInterop(read.execute(this, m)));
    }

    /**
     * Attribute ints ({@code nbytes}, {@code itemsize}, {@code ndim}) as {@code Integer} when they fit:
     * JS keeps such a number unboxed, where a {@code Long} costs it a conversion on every read.
     */
    private static Object narrow(Object value) {
        if (value instanceof Long l && l == (int) (long) l) {
            return (int) (long) l;
        }
        return value;
    }

    @ExportMessage
    Object invokeMember(String member, Object[] arguments,
                    @Shared("lookup") @Cached LookupMemberNode lookup,
                    @Cached ToPythonArgumentsNode toPython,
                    @Cached CallMethodNode call) throws UnknownIdentifierException {
        MemoryViewMember m = lookup.execute(member);
        if (m == null || !m.isMethod()) {
            throw UnknownIdentifierException.create(member);
        }
        return ForeignValues.toInterop(call.execute(this, m, toPython.execute(arguments)));
    }

    @ExportMessage
    boolean hasIterator() {
        return !isReleased() && view.ndim() >= 1;
    }

    @ExportMessage
    Object getIterator() {
        return MemoryViewOps.iterator(this);
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return typeObject();
    }

    /** {@code type(m)}: the context's {@code memoryview} type, which is also the interop meta-object. */
    @TruffleBoundary
    private static Object typeObject() {
        return org.mview.language.MViewContext.get(null).getTypes().get("memoryview");
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return MViewLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
