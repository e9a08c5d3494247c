package org.truce.shared.genius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.Option;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.Party;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.Term;
import org.truce.shared.scenario.Utility;

/** The ANAC Party domain imported as a Truce scenario: its terms, parties and utilities are GENIUS's. */
class PartyDomainTest {

    private static Scenario party() throws Exception {
        GeniusDomain d = GeniusFiles.partyDomain();
        return GeniusImport.toScenario(d, "party_domain.xml", GeniusFiles.partyProfiles(d), 10);
    }

    @Test
    void theDomainBecomesSixTermsWithTheirValuesAsOptionsAndThreeParties() throws Exception {
        Scenario s = party();
        assertThat(s.id()).isEqualTo("party");
        assertThat(s.info().rounds()).isEqualTo(10);
        assertThat(s.terms()).extracting(Term::name).containsExactly("Food", "Drinks", "Location", "Invitations", "Music", "Cleanup");
        assertThat(s.terms()).extracting(Term::id).containsExactly("food", "drinks", "location", "invitations", "music", "cleanup");
        assertThat(s.terms().get(0).options()).extracting(Option::name)
                .containsExactly("Chips and Nuts", "Finger-Food", "Handmade Food", "Catering");
        assertThat(s.terms().get(3).options()).extracting(Option::name)
                .containsExactly("Plain", "Photo", "Custom, Handmade", "Custom, Printed");
        assertThat(s.terms().get(4).options()).extracting(Option::id).containsExactly("a", "b", "c");
        assertThat(s.space().size()).isEqualTo(4 * 4 * 4 * 4 * 3 * 4);
        assertThat(s.parties()).extracting(Party::id).containsExactly("PA", "PB", "PC");
        assertThat(s.parties()).extracting(Party::name).containsExactly("party1", "party2", "party3");
        for (Party p : s.parties()) {
            Brief b = s.brief(p.id());
            // the profiles have no reservation value (GENIUS: 0) and no discount (1)
            assertThat(b.noDeal().start()).isZero();
            assertThat(b.noDeal().perRound()).isZero();
            assertThat(b.redLines()).isEmpty();
        }
    }

    @Test
    void utilitiesAreGeniusUtilitiesComputedByHandFromTheProfiles() throws Exception {
        Scenario s = party();
        Utility p1 = s.utility("PA");
        Utility p2 = s.utility("PB");
        Utility p3 = s.utility("PC");
        // options in file order: Food a..d, Drinks a..d, Location a..d, Invitations a..d, Music a..c, Cleanup a..d.
        // GENIUS: Σ weight × evaluation / (the issue's largest evaluation), weights as in the file.
        Package allFirst = new Package(0, 0, 0, 0, 0, 0);
        // party1: Chips 3/3, Non-Alcoholic 1/3, Party Tent 2/4, Plain 1/4, MP3 2/3, Water and Soap 2/3
        assertThat(p1.value(allFirst)).isCloseTo(100 * (0.19 * 3 / 3 + 0.28 * 1 / 3 + 0.19 * 2 / 4 + 0.05 * 1 / 4
                + 0.19 * 2 / 3 + 0.10 * 2 / 3), within(1e-9));
        // party2: Chips 1/4, Non-Alcoholic 3/12, Party Tent 3/10, Plain 12/13, MP3 3/3, Water and Soap 10/10
        assertThat(p2.value(allFirst)).isCloseTo(100 * (0.09524603680686539 * 1 / 4 + 0.2283401143767259 * 3 / 12
                + 0.10901786485921511 * 3 / 10 + 0.21419760121831746 * 12 / 13 + 0.10811172572057104 * 3 / 3
                + 0.24508665701830507 * 10 / 10), within(1e-9));
        // party3: Chips 20/20, Non-Alcoholic 20/20, Party Tent 25/25, Plain 15/15, MP3 18/20, Water and Soap 5/20
        assertThat(p3.value(allFirst)).isCloseTo(100 * (0.26406799635023226 + 0.1897622085535712 + 0.22270065828817484
                + 0.05801671655793907 + 0.16832340046936656 * 18 / 20 + 0.09712901978071596 * 5 / 20), within(1e-9));
        // Catering, Catering, Ballroom, Custom Printed, Band, Hired Help
        Package lavish = new Package(3, 3, 3, 3, 2, 3);
        assertThat(p1.value(lavish)).isCloseTo(100 * (0.19 * 1 / 3 + 0.28 * 1 / 3 + 0.19 * 3 / 4 + 0.05 * 2 / 4
                + 0.19 * 1 / 3 + 0.10 * 1 / 3), within(1e-9));
        assertThat(p2.value(lavish)).isCloseTo(100 * (0.09524603680686539 * 4 / 4 + 0.2283401143767259 * 1 / 12
                + 0.10901786485921511 * 1 / 10 + 0.21419760121831746 * 13 / 13 + 0.10811172572057104 * 2 / 3
                + 0.24508665701830507 * 2 / 10), within(1e-9));
        assertThat(p3.value(lavish)).isCloseTo(100 * (0.26406799635023226 * 10 / 20 + 0.1897622085535712 * 5 / 20
                + 0.22270065828817484 * 23 / 25 + 0.05801671655793907 * 12 / 15 + 0.16832340046936656 * 20 / 20
                + 0.09712901978071596 * 20 / 20), within(1e-9));
        // each party's best bid is worth 1 in GENIUS, 100 here
        assertThat(p1.value(new Package(0, 1, 2, 2, 1, 1))).isCloseTo(100, within(1e-9));
        assertThat(p2.value(new Package(3, 2, 2, 3, 0, 0))).isCloseTo(100, within(1e-9));
        assertThat(p1.best()).isCloseTo(100, within(1e-9));
    }

    @Test
    void anAnacDeadlineOf180RoundsIsPlayedInFullByTheSimulatorsMatch() throws Exception {
        GeniusDomain d = GeniusFiles.partyDomain();
        java.util.List<GeniusProfile> ps = new java.util.ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String name = "party" + i + "_utility.xml";
            ps.add(GeniusProfile.parse(GeniusFiles.bytes(name), name, d, 0.5, 0.8));
        }
        Scenario s = GeniusImport.toScenario(d, "party_domain.xml", ps, 180);
        assertThat(s.info().rounds()).isEqualTo(180);
        // 50 points in round 1, 40 in round 180
        assertThat(s.brief("PA").noDeal().valueAt(180)).isCloseTo(40, within(1e-9));
        org.truce.shared.engine.GameState end = org.truce.shared.sim.Match.play(s, java.util.Map.of(),
                org.truce.shared.bot.Difficulty.NORMAL, s.info().rounds(), 1).state();
        assertThat(end.isOver()).isTrue();
        assertThat(end.rounds()).isEqualTo(180);
    }

    @Test
    void everyPackageIsWorthAHundredTimesItsGeniusUtilityForEveryParty() throws Exception {
        GeniusDomain d = GeniusFiles.partyDomain();
        List<GeniusProfile> profiles = GeniusFiles.partyProfiles(d);
        Scenario s = GeniusImport.toScenario(d, "party_domain.xml", profiles, 10);
        for (int p = 0; p < profiles.size(); p++) {
            Utility u = s.utility(s.parties().get(p).id());
            for (int code = 0; code < s.space().size(); code++) {
                Package pk = s.space().decode(code);
                java.util.Map<Integer, String> bid = new java.util.HashMap<>();
                for (int t = 0; t < d.issues().size(); t++) {
                    GeniusDomain.Issue issue = d.issues().get(t);
                    bid.put(issue.index(), issue.values().get(pk.choice(t)));
                }
                assertThat(u.value(pk)).as("party %d, package %s", p + 1, pk).isCloseTo(100 * profiles.get(p).utility(bid), within(1e-9));
            }
        }
    }
}
