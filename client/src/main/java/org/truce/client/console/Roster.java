package org.truce.client.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.client.model.PlayerName;

/**
 * A class roster spread over rooms and their human seats: the names (from a text file with one
 * name per line, or "Student 1".."Student N" for a count) and who sits where. Each seat gets a
 * lead before any seat gets a member, rooms filled in turn, so the teams come out even. Pure.
 */
public record Roster(List<String> names) {
    /** Where one student sits: the room's code, the party, and whether they lead the seat. */
    public record Place(String name, String room, String party, boolean lead) {
    }

    /** A roster's names, copied. */
    public Roster {
        names = List.copyOf(names);
    }

    /**
     * The roster {@code input} names: a count (1..500) or the path of a text file (relative to
     * {@code dir}) with one name per line (blank lines and lines starting with # skipped). Throws
     * {@link IllegalArgumentException} with one line for the teacher when it cannot be read.
     */
    public static Roster read(String input, Path dir) {
        String in = input.strip();
        if (in.matches("\\d{1,4}")) {
            int n = Integer.parseInt(in);
            if (n < 1 || n > 500) {
                throw new IllegalArgumentException("A roster of 1 to 500 students, or a file with one name per line.");
            }
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                out.add("Student " + i);
            }
            return new Roster(out);
        }
        Path file = dir.resolve(in);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Cannot read " + file.toAbsolutePath().normalize()
                    + ": type the number of students, or a text file with one name per line.");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String name = lines.get(i).strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String problem = PlayerName.problem(name);
            if (problem != null) {
                throw new IllegalArgumentException(file.getFileName() + " line " + (i + 1) + ": " + problem);
            }
            if (out.contains(name)) {
                throw new IllegalArgumentException(file.getFileName() + " line " + (i + 1) + ": " + name + " is on the roster twice.");
            }
            out.add(name);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file.getFileName() + " has no names (one name per line).");
        }
        return new Roster(out);
    }

    /**
     * Who sits where: the names over {@code seats} (each a room's code and a party, in the order
     * to fill), one name per seat first (the leads), then around again (the members).
     */
    public List<Place> spread(List<Map.Entry<String, String>> seats) {
        List<Place> out = new ArrayList<>();
        if (seats.isEmpty()) {
            return out;
        }
        for (int i = 0; i < names.size(); i++) {
            Map.Entry<String, String> seat = seats.get(i % seats.size());
            out.add(new Place(names.get(i), seat.getKey(), seat.getValue(), i < seats.size()));
        }
        return out;
    }

    /** The sheet's lines: who sits where, room by room, and the command each student types. */
    public static List<String> sheetLines(String server, List<Place> places) {
        List<String> out = new ArrayList<>();
        if (places.isEmpty()) {
            return out;
        }
        out.add("");
        out.add("Who sits where (the first name on a seat leads it; the others join its team with --member):");
        Map<String, List<Place>> byRoom = new LinkedHashMap<>();
        places.forEach(p -> byRoom.computeIfAbsent(p.room(), r -> new ArrayList<>()).add(p));
        byRoom.forEach((room, ps) -> {
            out.add("");
            out.add("Room " + room + ":");
            for (Place p : ps) {
                out.add("  " + p.party() + "  " + p.name() + (p.lead() ? " (lead)" : "") + "   truce join " + server + " --name \""
                        + p.name() + "\" --room " + room + " --party " + p.party() + (p.lead() ? "" : " --member"));
            }
        });
        return out;
    }
}
