package org.truce.shared.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;

/**
 * The built-in injects keep the game playable whenever they fire: no party's no-deal value rises
 * above the best package it could sign, and a bargaining zone still opens by the last round, even
 * with every inject fired in round 1 (the longest their effects can last).
 */
class InjectPlayabilityTest {

    @Test
    void eachInjectAloneAndAllTogetherLeaveAZoneOfAgreement() {
        for (Scenario s : new Scenario[] {TestScenarios.paris(), TestScenarios.paris4()}) {
            int last = s.info().rounds();
            int baseZone = zone(s, last);
            List<Scenario.Fired> all = new ArrayList<>();
            for (Inject i : s.injects()) {
                Scenario.Fired f = new Scenario.Fired(i.title(), 1, i.effects());
                all.add(f);
                Scenario after = s.after(List.of(f));
                assertPlayable(after, s.id() + " after " + i.id());
                // news shifts the zone, but none closes it or throws it wide open
                assertThat(zone(after, last)).as("%s after %s: zone in round %d (was %d)", s.id(), i.id(), last, baseZone)
                        .isBetween(baseZone / 4, baseZone * 4);
            }
            assertPlayable(s.after(all), s.id() + " after every inject");
        }
    }

    private static void assertPlayable(Scenario s, String what) {
        for (Party p : s.parties()) {
            Utility u = s.utility(p.id());
            assertThat(u.noDeal().valueAt(1)).as("%s: %s's no-deal value in round 1 below its best package", what, p.id())
                    .isLessThan(u.best() - 10);
        }
        assertThat(zone(s, s.info().rounds())).as("%s: bargaining zone in the last round", what).isPositive();
    }

    /** Packages every party can sign and prefers to its no-deal value while {@code round} is played. */
    static int zone(Scenario s, int round) {
        List<Party> parties = s.parties();
        float[][] table = new float[parties.size()][];
        double[] noDeal = new double[parties.size()];
        for (int i = 0; i < parties.size(); i++) {
            Utility u = s.utility(parties.get(i).id());
            table[i] = u.table();
            noDeal[i] = u.noDeal().valueAt(round);
        }
        int count = 0;
        outer:
        for (int code = 0; code < s.space().size(); code++) {
            for (int i = 0; i < table.length; i++) {
                if (!(table[i][code] > noDeal[i])) {
                    continue outer;
                }
            }
            count++;
        }
        return count;
    }
}
