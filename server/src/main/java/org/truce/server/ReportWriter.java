package org.truce.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.truce.shared.engine.Event;
import org.truce.shared.report.ClassReport;
import org.truce.shared.report.ReportFormats;
import org.truce.shared.report.ReportMarkdown;
import org.truce.shared.report.RoomReport;
import org.truce.shared.report.RoomReports;
import org.truce.shared.scenario.Scenario;

/**
 * Writes the debrief files of a data dir's finished rooms from their journals, read only (a
 * running server's files are safe to read): {@code OUT/CODE.md}, {@code OUT/CODE.json} per room
 * and {@code OUT/class.md}, {@code OUT/class.csv} over them. Scenarios are found as the server
 * finds them (built-in and {@code DATA/scenarios/*.json}).
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /**
     * What was done: the rooms reported (in code order), the rooms still in play (skipped), and one
     * line per room that could not be read or reported.
     */
    public record Result(List<String> reported, List<String> inProgress, List<String> problems) {
    }

    /**
     * Reports the finished rooms of {@code dataDir} (only {@code rooms} if not empty) into {@code out}
     * (created if needed). Throws IOException when the rooms cannot be listed or a file cannot be written.
     */
    public static Result write(Path dataDir, Path out, List<String> rooms) throws IOException {
        return write(dataDir, out, rooms, ScenarioCatalog.load(ServerConfig.loopback(dataDir)));
    }

    /** As {@link #write(Path, Path, List)}, with the scenarios of a running server ({@code catalog}). */
    static Result write(Path dataDir, Path out, List<String> rooms, ScenarioCatalog catalog) throws IOException {
        Path roomsDir = dataDir.resolve("rooms");
        Map<String, Path> files = new TreeMap<>();
        if (Files.isDirectory(roomsDir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(roomsDir, "*.jsonl")) {
                for (Path f : ds) {
                    String name = f.getFileName().toString();
                    files.put(name.substring(0, name.length() - ".jsonl".length()), f);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        Map<String, Path> chosen = new LinkedHashMap<>();
        if (rooms.isEmpty()) {
            chosen.putAll(files);
        } else {
            for (String code : rooms) {
                Path f = files.get(code.toUpperCase(java.util.Locale.ROOT));
                if (f == null) {
                    problems.add(code + ": no such room in " + roomsDir);
                } else {
                    chosen.put(code.toUpperCase(java.util.Locale.ROOT), f);
                }
            }
        }
        List<RoomReport> reports = new ArrayList<>();
        Map<String, String> teamTalk = new LinkedHashMap<>();
        List<String> inProgress = new ArrayList<>();
        for (Map.Entry<String, Path> e : chosen.entrySet()) {
            String code = e.getKey();
            JournalFile.Contents c;
            try {
                c = JournalFile.read(e.getValue());
            } catch (IOException ex) {
                problems.add(code + ": " + unreadable(e.getValue(), ex));
                continue;
            }
            if (!finished(c.events())) {
                inProgress.add(code);
                continue;
            }
            Scenario scenario = catalog.get(c.setup().scenario());
            if (scenario == null) {
                problems.add(code + ": scenario '" + c.setup().scenario() + "' not found (built-in or " + dataDir.resolve("scenarios") + ")");
                continue;
            }
            Map<String, String> players = new LinkedHashMap<>();
            c.seats().forEach(s -> players.put(s.party(), s.name()));
            // a seat's team: every player is credited, the lead first ("Olena with Taras, Iryna")
            c.members().forEach((party, team) -> {
                if (!team.isEmpty() && players.containsKey(party)) {
                    players.put(party, players.get(party) + " with " + String.join(", ", team.stream().map(JournalFile.SeatTaken::name).toList()));
                }
            });
            try {
                reports.add(RoomReports.build(code, scenario, c.events(), players));
                teamTalk.put(code, teamChannels(scenario, c.teamLines()));
            } catch (RuntimeException ex) {
                // a journal from another version of the scenario (unknown term or party): name the room, go on
                problems.add(code + ": its log does not match scenario '" + scenario.id()
                        + "' (a term, option or party the scenario does not have: was the scenario file changed?)");
            }
        }
        OwnerOnly.newDirectories(out); // the reports hold players' names and chat, like the logs they come from
        List<String> reported = new ArrayList<>();
        for (RoomReport r : reports) {
            write(out.resolve(r.room() + ".md"), ReportMarkdown.room(r) + teamTalk.getOrDefault(r.room(), ""));
            write(out.resolve(r.room() + ".json"), ReportFormats.json(r));
            reported.add(r.room());
        }
        if (!reports.isEmpty()) {
            ClassReport cls = ClassReport.of(reports);
            write(out.resolve("class.md"), ReportMarkdown.classReport(cls));
            write(out.resolve("class.csv"), ReportFormats.csv(cls));
        }
        return new Result(reported, inProgress, problems);
    }

    /**
     * The debrief transcript of each team's channel, per team (the game is over: the class may read
     * them now); empty when no team talked.
     */
    static String teamChannels(Scenario scenario, List<JournalFile.TeamLine> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        Map<String, List<JournalFile.TeamLine>> byParty = new TreeMap<>();
        lines.forEach(l -> byParty.computeIfAbsent(l.party(), p -> new ArrayList<>()).add(l));
        StringBuilder md = new StringBuilder("\n## Team channels\n");
        byParty.forEach((party, said) -> {
            String name = scenario.info().partyIndex(party) >= 0 ? scenario.info().party(party).name() : party;
            md.append("\n### ").append(name).append("'s team\n\n");
            for (JournalFile.TeamLine l : said) {
                md.append("- Round ").append(l.round()).append(", ").append(ReportMarkdown.text(l.by())).append(": ").append(ReportMarkdown.text(l.text())).append('\n');
            }
        });
        return md.toString();
    }

    /** Writes a report file whole, new ones owner-only (0600); a report written before is replaced. */
    private static void write(Path file, String text) throws IOException {
        OwnerOnly.newFile(file);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** One line naming the file and where it breaks, without the parser's own words. */
    private static String unreadable(Path file, IOException ex) {
        String m = String.valueOf(ex.getMessage());
        int at = m.indexOf(" at byte ");
        if (ex instanceof JournalFile.CorruptJournalException && at >= 0) {
            int end = m.indexOf(':', at);
            return "the room log " + file + " cannot be read (a line" + (end < 0 ? m.substring(at) : m.substring(at, end))
                    + " is not a journal line)";
        }
        if (ex instanceof JournalFile.CorruptJournalException) {
            return "the room log " + file + " cannot be read (it has no room set-up line)";
        }
        return "the room log " + file + " cannot be read (" + ex.getClass().getSimpleName().replace("Exception", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT).strip() + ")";
    }

    private static boolean finished(List<Event> events) {
        for (Event e : events) {
            if (e instanceof Event.Agreed || e instanceof Event.NoDealReached) {
                return true;
            }
        }
        return false;
    }
}
