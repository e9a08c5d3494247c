package org.truce.client.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Truce writes UTF-8 whatever the locale: Java 17 takes stdout's charset from it, so under
 * {@code LANG=C} every non-ASCII party name would print as "???".
 */
final class Utf8Output {
    private Utf8Output() {
    }

    /** Replaces System.out and System.err by UTF-8 streams on the process's stdout and stderr. */
    static void install() {
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }

    /** A UTF-8 writer on {@code out} that flushes at every line. */
    static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }
}
