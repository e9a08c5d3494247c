package org.truce.client.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps screen captures under target/screens for a human to look at. */
final class Dump {
    private Dump() {
    }

    static String save(String name, String screen) {
        try {
            Path dir = Path.of("target", "screens");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".txt"), screen, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return screen;
    }
}
