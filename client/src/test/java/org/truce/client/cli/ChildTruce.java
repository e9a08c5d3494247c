package org.truce.client.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code truce} in a child JVM (own stdin, stdout, locale, exit code), as a shell would. */
final class ChildTruce {
    /** What the child did: its exit code and what it wrote, decoded as UTF-8. */
    record Result(int exit, String out, String err) {
    }

    private ChildTruce() {
    }

    /** Runs {@code args} with {@code env} added to the environment and stdin from /dev/null. */
    static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Duser.home=" + System.getProperty("user.home"));
        cmd.add("-Dtruce.log.file=" + System.getProperty("truce.log.file", System.getProperty("java.io.tmpdir") + "/truce-child.log"));
        cmd.add(TruceMain.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        pb.redirectInput(new File("/dev/null"));
        File out = File.createTempFile("truce-out", ".txt");
        File err = File.createTempFile("truce-err", ".txt");
        try {
            pb.redirectOutput(out);
            pb.redirectError(err);
            Process p = pb.start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("truce " + String.join(" ", args) + " did not end");
            }
            return new Result(p.exitValue(), java.nio.file.Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    java.nio.file.Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            out.delete();
            err.delete();
        }
    }
}
