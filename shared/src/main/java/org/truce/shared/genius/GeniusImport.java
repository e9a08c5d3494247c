package org.truce.shared.genius;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.truce.shared.engine.Rules;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioException;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * Turns a GENIUS domain and its linear-additive profiles into a Truce scenario file (JSON), so
 * that ANAC domains can be simulated, served and played like any scenario (docs/SCENARIOS.md,
 * "Importing GENIUS domains"). Each issue becomes a term (its values options {@code a, b, …}),
 * each profile a party in the order given (ids {@code PA, PB, …}, named after the profile file):
 * weights as in the profile, option scores {@code 100 × evaluation / the issue's largest
 * evaluation} (GENIUS's normalisation), so a package's Truce utility is 100 × its GENIUS utility.
 * The reservation value becomes the no-deal value in round 1; the discount factor {@code d}
 * makes it fall linearly to {@code reservation × d} in the last round (GENIUS discounts by
 * {@code d^t} over normalised time t; Truce's pressure of time is a falling no-deal value).
 * No red lines, default personas and chat lines.
 */
public final class GeniusImport {
    private static final int MAX_OPTIONS = 6;
    private static final int MAX_TERMS = 12;
    private static final int MAX_PARTIES = 8;

    private GeniusImport() {
    }

    /**
     * The scenario JSON for {@code domain} and {@code profiles} (2 to 8, each named by its source
     * file), with {@code rounds} rounds (1..1000; a room plays at most 50); {@code domainSource} names the domain file.
     */
    public static JsonObject toJson(GeniusDomain domain, String domainSource, List<GeniusProfile> profiles, int rounds)
            throws GeniusException {
        if (rounds < 1 || rounds > Rules.MAX_SCENARIO_ROUNDS) {
            throw new IllegalArgumentException("rounds must be within 1.." + Rules.MAX_SCENARIO_ROUNDS);
        }
        if (domain.issues().size() > MAX_TERMS) {
            throw new GeniusException(domainSource, "objective", domain.issues().size()
                    + " issues; a Truce scenario has at most " + MAX_TERMS + " terms");
        }
        if (profiles.size() < 2 || profiles.size() > MAX_PARTIES) {
            throw new GeniusException(domainSource, null, profiles.size() + " profile(s) given; a Truce scenario has 2 to "
                    + MAX_PARTIES + " parties, one per profile");
        }
        JsonObject s = new JsonObject();
        s.addProperty("id", scenarioId(domain.name()));
        s.addProperty("title", domain.name() + " (GENIUS domain)");
        s.addProperty("summary", "The " + domain.name() + " domain of the GENIUS negotiation platform, imported from "
                + fileName(domainSource) + " with " + profiles.size() + " profiles. Each party's utility is the"
                + " weighted sum of its evaluations of the options, as in GENIUS.");
        s.addProperty("rounds", rounds);
        JsonArray terms = new JsonArray();
        String[] termIds = new String[domain.issues().size()];
        Set<String> used = new HashSet<>();
        for (int t = 0; t < domain.issues().size(); t++) {
            GeniusDomain.Issue issue = domain.issues().get(t);
            String at = "objective/issue[@name='" + issue.name() + "']";
            if (issue.values().size() < 2 || issue.values().size() > MAX_OPTIONS) {
                throw new GeniusException(domainSource, at, issue.values().size()
                        + " values; a Truce term has 2 to " + MAX_OPTIONS + " options");
            }
            termIds[t] = unique(termId(issue.name()), used);
            JsonObject term = new JsonObject();
            term.addProperty("id", termIds[t]);
            term.addProperty("name", issue.name());
            JsonArray options = new JsonArray();
            for (int o = 0; o < issue.values().size(); o++) {
                JsonObject option = new JsonObject();
                option.addProperty("id", optionId(o));
                option.addProperty("name", issue.values().get(o));
                options.add(option);
            }
            term.add("options", options);
            terms.add(term);
        }
        s.add("terms", terms);
        JsonArray parties = new JsonArray();
        for (int p = 0; p < profiles.size(); p++) {
            parties.add(party(domain, termIds, profiles.get(p), p, rounds));
        }
        s.add("parties", parties);
        return s;
    }

    /** The scenario itself, validated by {@link ScenarioLoader} exactly as if read from the written file. */
    public static Scenario toScenario(GeniusDomain domain, String domainSource, List<GeniusProfile> profiles, int rounds)
            throws GeniusException, ScenarioException {
        return ScenarioLoader.parse(json(toJson(domain, domainSource, profiles, rounds)), fileName(domainSource));
    }

    /** The scenario JSON as the file's text: pretty-printed, so a teacher can edit it. */
    public static String json(JsonObject scenario) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(scenario) + "\n";
    }

    private static JsonObject party(GeniusDomain domain, String[] termIds, GeniusProfile profile, int p, int rounds) {
        String name = partyName(profile.source());
        JsonObject o = new JsonObject();
        o.addProperty("id", "P" + (char) ('A' + p));
        o.addProperty("name", name);
        o.addProperty("description", "GENIUS profile " + fileName(profile.source()));
        double start = 100 * profile.reservation();
        // linear from reservation to reservation × discount in the last round
        double perRound = rounds > 1 ? start * (1 - profile.discount()) / (rounds - 1) : 0;
        o.addProperty("brief", "You negotiate for " + name + " on the " + domain.name() + " domain, with the utility of the"
                + " GENIUS profile " + fileName(profile.source()) + ": each term matters by its weight, each option by"
                + " its evaluation over the best one on its term.\n\nReservation value " + fmt(profile.reservation())
                + ", discount factor " + fmt(profile.discount()) + ": no deal is worth " + fmt(start) + " points in round 1"
                + (perRound > 0 ? ", falling by " + fmt(perRound) + " each round." : "."));
        JsonObject weights = new JsonObject();
        JsonObject scores = new JsonObject();
        for (int t = 0; t < termIds.length; t++) {
            GeniusDomain.Issue issue = domain.issues().get(t);
            weights.addProperty(termIds[t], profile.weights().get(issue.index()));
            JsonObject sc = new JsonObject();
            for (int v = 0; v < issue.values().size(); v++) {
                sc.addProperty(optionId(v), 100 * profile.normalised(issue.index(), issue.values().get(v)));
            }
            scores.add(termIds[t], sc);
        }
        o.add("weights", weights);
        o.add("scores", scores);
        JsonObject noDeal = new JsonObject();
        noDeal.addProperty("start", start);
        noDeal.addProperty("perRound", perRound);
        o.add("noDeal", noDeal);
        return o;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** {@code party1} from {@code some/dir/party1_utility.xml}. */
    static String partyName(String source) {
        String n = fileName(source);
        n = n.replaceAll("(?i)\\.xml$", "").replaceAll("(?i)[_-]?utility$", "");
        return n.isBlank() ? fileName(source) : n;
    }

    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    private static String optionId(int o) {
        return String.valueOf((char) ('a' + o));
    }

    private static String scenarioId(String name) {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        id = id.isEmpty() ? "genius-domain" : id;
        return id.length() > 40 ? id.substring(0, 40).replaceAll("-+$", "") : id;
    }

    private static String termId(String name) {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (id.isEmpty() || !Character.isLetter(id.charAt(0))) {
            id = "issue_" + id;
        }
        return id.length() > 36 ? id.substring(0, 36) : id;
    }

    private static String unique(String id, Set<String> used) {
        String u = id;
        for (int n = 2; !used.add(u); n++) {
            u = id + "_" + n;
        }
        return u;
    }
}
