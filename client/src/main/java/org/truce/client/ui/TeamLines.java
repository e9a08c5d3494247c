package org.truce.client.ui;

import java.util.ArrayList;
import java.util.List;
import org.truce.client.model.GameModel;

/** What the table says about the player's team: who leads and who is in it, and the suggestions of the round. Pure. */
final class TeamLines {
    private TeamLines() {
    }

    /**
     * Who is in this seat's team and who leads: "Team Ukraine · lead: Olena · you (Taras) are a member
     * · with Iryna", or for the lead "Team Ukraine · you lead · members: Taras, Iryna · suggested: …".
     */
    static String teamLine(GameModel m) {
        List<String> team = m.team();
        String name = m.names() == null ? m.party() : m.names().party(m.party());
        StringBuilder b = new StringBuilder("Team ").append(name);
        if (m.isMember()) {
            b.append(" · lead: ").append(who(m, m.lead())).append(" · you (").append(m.myName()).append(") are a member");
            List<String> others = new ArrayList<>(team.subList(1, team.size()));
            others.remove(m.myName());
            if (!others.isEmpty()) {
                b.append(" · with ").append(String.join(", ", others.stream().map(n -> who(m, n)).toList()));
            }
            return b.toString();
        }
        b.append(" · you lead · members: ").append(String.join(", ", team.subList(1, team.size()).stream().map(n -> who(m, n)).toList()));
        int packages = 0;
        int yes = 0;
        int no = 0;
        for (org.truce.client.model.Team.Suggestion sg : latestPerMember(m)) {
            if (sg.isPackage()) {
                packages++;
            } else if (sg.vote()) {
                yes++;
            } else {
                no++;
            }
        }
        if (packages + yes + no > 0) {
            b.append(" · suggested: ");
            List<String> what = new ArrayList<>();
            if (packages > 0) {
                what.add(packages + (packages == 1 ? " package" : " packages"));
            }
            if (yes + no > 0) {
                what.add("accept " + yes + " / reject " + no);
            }
            b.append(String.join(", ", what));
        }
        return b.toString();
    }

    /** "ben", or "ben (away)" for a team player who quit or dropped and keeps their place. */
    private static String who(GameModel m, String name) {
        return m.isAway(name) ? name + " (away)" : name;
    }

    /** Each member's latest suggestion of the round, packages and votes apart (a vote counts once per member). */
    static List<org.truce.client.model.Team.Suggestion> latestPerMember(GameModel m) {
        java.util.Map<String, org.truce.client.model.Team.Suggestion> byMember = new java.util.LinkedHashMap<>();
        for (org.truce.client.model.Team.Suggestion sg : m.suggestions()) {
            byMember.put(sg.by() + (sg.isPackage() ? "/p" : "/v"), sg);
        }
        return new ArrayList<>(byMember.values());
    }

    /** The newest package a member suggested this round, or null. */
    static org.truce.client.model.Team.Suggestion latestPackage(GameModel m) {
        org.truce.client.model.Team.Suggestion last = null;
        for (org.truce.client.model.Team.Suggestion sg : m.suggestions()) {
            if (sg.isPackage()) {
                last = sg;
            }
        }
        return last;
    }
}
