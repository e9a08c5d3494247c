package org.truce.client.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The join sheet of a class: the server's address, how to join, and each room's code in block
 * letters, as text for the screen (a page at a time) and for a file the teacher can print or
 * project ({@code truce-class-DATE-TIME.txt}).
 */
public record JoinSheet(String server, String scenario, List<String> codes, List<String> scenarios, List<String> seating) {
    /**
     * Copies the lists; {@code scenarios} is each room's scenario id, in the codes' order (empty: all {@code scenario});
     * {@code seating}: who sits where, when a roster was spread (see {@link Roster#sheetLines}), else empty.
     */
    public JoinSheet {
        codes = List.copyOf(codes);
        scenarios = List.copyOf(scenarios);
        seating = seating == null ? List.of() : List.copyOf(seating);
    }

    /** A sheet without a roster. */
    public JoinSheet(String server, String scenario, List<String> codes, List<String> scenarios) {
        this(server, scenario, codes, scenarios, List.of());
    }

    /** A sheet whose rooms all play {@code scenario}. */
    public JoinSheet(String server, String scenario, List<String> codes) {
        this(server, scenario, codes, List.of());
    }

    /** Whether the rooms play different scenarios (each room's block then names its own). */
    public boolean mixed() {
        return scenarios.size() == codes.size() && scenarios.stream().distinct().count() > 1;
    }

    /** The lines above the codes. */
    public List<String> head() {
        String which = mixed() ? "Scenarios: " + String.join(", ", scenarios.stream().distinct().toList()) + " (each room's next to its code)"
                : "Scenario: " + scenario;
        return List.of("Join the game:  truce join " + server + "   (then pick your room's code)",
                which + " · " + codes.size() + " room" + (codes.size() == 1 ? "" : "s"));
    }

    /** One room's block: "Room 2 of 5:  K7QX2P" (with its scenario when they differ: "  paris-summit") and the code in block letters. */
    public List<String> block(int i) {
        List<String> b = new ArrayList<>();
        b.add("Room " + (i + 1) + " of " + codes.size() + ":  " + codes.get(i) + (mixed() ? "  " + scenarios.get(i) : ""));
        b.addAll(BlockLetters.render(codes.get(i)));
        return b;
    }

    /** The whole sheet as a text file's lines. */
    public List<String> lines() {
        List<String> out = new ArrayList<>(head());
        for (int i = 0; i < codes.size(); i++) {
            out.add("");
            out.addAll(block(i));
        }
        out.addAll(seating);
        return out;
    }

    /** The file name for a sheet made at {@code when}: truce-class-2026-11-30-1405.txt. */
    public static String fileName(LocalDateTime when) {
        return "truce-class-" + when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")) + ".txt";
    }

    /** Writes the sheet into {@code dir} (a new name if that minute's file exists); returns the file. */
    public Path save(Path dir, LocalDateTime when) throws IOException {
        String name = fileName(when);
        Path p = dir.resolve(name);
        for (int n = 2; Files.exists(p); n++) {
            p = dir.resolve(name.replace(".txt", "-" + n + ".txt"));
        }
        Files.write(p, lines(), StandardCharsets.UTF_8);
        return p;
    }

    /** Why a sheet could not be saved in {@code dir}, for the teacher: what to do, never an exception's class. */
    public static String whyNotSaved(Path dir, Exception e) {
        String where = dir.toAbsolutePath().normalize().toString();
        if (e instanceof java.nio.file.AccessDeniedException || e instanceof java.nio.file.FileSystemException f
                && f.getReason() != null && f.getReason().toLowerCase(java.util.Locale.ROOT).contains("read-only")) {
            return "The join sheet was not saved: this console may not write in " + where
                    + ". Start it from a folder you can write to (your home folder, say); the sheet is on the screen.";
        }
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.NotDirectoryException) {
            return "The join sheet was not saved: the folder " + where + " does not exist. The sheet is on the screen.";
        }
        String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : "the file could not be written";
        return "The join sheet was not saved in " + where + ": " + reason + ". The sheet is on the screen.";
    }
}
