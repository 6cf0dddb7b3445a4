package org.mview.language;

import org.mview.language.buffer.ExportLeases;

import com.oracle.truffle.api.TruffleLanguage.Env;

/**
 * Runs {@link ExportLeases#reap} on a system thread made through a context's {@link Env}, from the
 * context's initialization to its disposal. A system thread belongs to the context whose environment
 * made it (it can be made only while that context is entered, and must end before the context is
 * disposed), so each live context has one: they drain the same queue, each lease ends once, and when
 * the last context of the language is disposed no reaper is left. The price is one parked thread per
 * live context.
 */
final class ExportReaper {

    private final Thread thread;

    ExportReaper(Env env) {
        this.thread = env.createSystemThread(ExportLeases::reap);
        thread.setName("mview export reaper");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Interrupts the reaper and waits for it to end. */
    void stop() {
        thread.interrupt();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
