package org.mview.language.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mview.language.MViewLanguage;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * The module scope: builtins first, then names that programs assign (which shadow builtins). Other
 * languages read and write it as {@code Context.getBindings("mview")}.
 */
@ExportLibrary(InteropLibrary.class)
public final class GlobalScope implements TruffleObject {

    private final Map<String, Object> builtins;
    /** Every name ever read or assigned, in order of first use; a cell is never removed (read sites cache it). */
    private final Map<String, GlobalCell> cells = new LinkedHashMap<>();

    public GlobalScope(Map<String, Object> builtins) {
        this.builtins = builtins;
    }

    /** The cell of {@code name}, made (unassigned) on first use. */
    @TruffleBoundary
    public synchronized GlobalCell cell(String name) {
        return cells.computeIfAbsent(name, n -> new GlobalCell(builtins.get(n)));
    }

    /** The value bound to {@code name}, or null when unbound. */
    @TruffleBoundary
    public Object lookup(String name) {
        return cell(name).value();
    }

    @TruffleBoundary
    public void assign(String name, Object value) {
        cell(name).assign(value);
    }

    /** {@code del name}: false when the name had no assigned value (a builtin cannot be deleted). */
    @TruffleBoundary
    public synchronized boolean remove(String name) {
        GlobalCell cell = cells.get(name);
        if (cell == null || cell.assigned() == null) {
            return false;
        }
        cell.assign(null);
        return true;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    synchronized Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        Map<String, Object> all = new LinkedHashMap<>(builtins);
        for (Map.Entry<String, GlobalCell> e : cells.entrySet()) {
            if (e.getValue().assigned() != null) {
                all.put(e.getKey(), e.getValue().assigned());
            }
        }
        return new MemberNames(all.keySet().toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return lookup(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object value = lookup(member);
        if (value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return ForeignValues.toInterop(value);
    }

    @ExportMessage
    boolean isMemberModifiable(String member) {
        return true;
    }

    @ExportMessage
    boolean isMemberInsertable(String member) {
        return true;
    }

    @ExportMessage
    void writeMember(String member, Object value) {
        assign(member, ForeignValues.toPython(value));
    }

    @ExportMessage
    boolean isMemberRemovable(String member) {
        return true;
    }

    @ExportMessage
    void removeMember(String member) throws UnknownIdentifierException {
        if (!remove(member)) {
            throw UnknownIdentifierException.create(member);
        }
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
        return "global";
    }
}
