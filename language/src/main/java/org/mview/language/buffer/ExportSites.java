package org.mview.language.buffer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Where an exporter's live exports were acquired, for the error that refuses a release or a resize
 * while they live ({@code mview.Extensions}; without it no site is recorded and the messages are
 * CPython's). One entry per export, keyed by the object that ends it.
 */
public final class ExportSites {

    private final Map<Object, String> live = new ConcurrentHashMap<>();

    public void opened(Object token, String site) {
        if (site != null) {
            live.put(token, site);
        }
    }

    public void closed(Object token) {
        live.remove(token);
    }

    /** {@code " (acquired at a.mv:3, script.js:7)"}, or the empty string when no site is known. */
    @TruffleBoundary
    public String describe() {
        List<String> sites = new ArrayList<>(live.values());
        if (sites.isEmpty()) {
            return "";
        }
        sites.sort(null);
        return " (acquired at " + String.join(", ", sites) + ")";
    }
}
