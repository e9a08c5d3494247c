package org.truce.shared.report;

import java.util.ArrayList;
import java.util.List;
import org.truce.shared.json.Json;

/** The machine-readable forms: a room's and the class's JSON (the one Gson; no NaN), and the class CSV. */
public final class ReportFormats {
    private ReportFormats() {
    }

    /** A room report as pretty JSON: the record's fields; an absent figure is left out. */
    public static String json(RoomReport r) {
        return Json.gson().newBuilder().setPrettyPrinting().create().toJson(r) + "\n";
    }

    /** The class report as pretty JSON. */
    public static String json(ClassReport c) {
        return Json.gson().newBuilder().setPrettyPrinting().create().toJson(c) + "\n";
    }

    /**
     * The class as CSV (RFC 4180, header first): room, scenario, deal, round, one column per term
     * (the option id, empty with no deal), score_PARTY per party, share_PARTY per party (percent of
     * what it could gain), distance_to_nash (empty when none).
     */
    public static String csv(ClassReport c) {
        StringBuilder sb = new StringBuilder();
        List<String> head = new ArrayList<>(List.of("room", "scenario", "deal", "round"));
        head.addAll(c.terms());
        c.parties().forEach(p -> head.add("score_" + p));
        c.parties().forEach(p -> head.add("share_" + p));
        head.add("distance_to_nash");
        line(sb, head);
        for (ClassReport.Row r : c.rooms()) {
            List<String> row = new ArrayList<>(List.of(r.room(), r.scenario(), String.valueOf(r.deal()), String.valueOf(r.round())));
            c.terms().forEach(t -> row.add(r.options().getOrDefault(t, "")));
            c.parties().forEach(p -> {
                Double s = r.scores().get(p);
                row.add(s == null ? "" : String.valueOf(s));
            });
            c.parties().forEach(p -> {
                Double s = r.shares().get(p);
                row.add(s == null ? "" : String.valueOf(s));
            });
            row.add(r.distanceToNash() == null ? "" : String.valueOf(r.distanceToNash()));
            line(sb, row);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            sb.append(i == 0 ? "" : ",");
            sb.append(v.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\r' || ch == '\n') ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        sb.append("\r\n");
    }
}
