package org.mview.language.memoryview;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * The {@link MemoryViewMember} called {@code name}, or null. A name that is the same at a call site
 * (every {@code view.nbytes} in a JS loop) is looked up once and then only compared.
 */
@GenerateUncached
public abstract class LookupMemberNode extends Node {

    static final int NAME_LIMIT = 4;

    public abstract MemoryViewMember execute(String name);

    @Specialization(guards = "name == cachedName", limit = "NAME_LIMIT")
    static MemoryViewMember doIdentical(@SuppressWarnings("unused") String name,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached("lookup(name)") MemoryViewMember cachedMember) {
        return cachedMember;
    }

    @Specialization(guards = "name.equals(cachedName)", limit = "NAME_LIMIT", replaces = "doIdentical")
    static MemoryViewMember doEqual(@SuppressWarnings("unused") String name,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached("lookup(name)") MemoryViewMember cachedMember) {
        return cachedMember;
    }

    @Specialization(replaces = "doEqual")
    static MemoryViewMember doGeneric(String name) {
        return lookup(name);
    }

    static MemoryViewMember lookup(String name) {
        return MemoryViewMember.lookup(name);
    }
}
