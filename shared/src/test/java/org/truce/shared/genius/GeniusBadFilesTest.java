package org.truce.shared.genius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.shared.scenario.NoDeal;
import org.truce.shared.scenario.Scenario;

/**
 * GENIUS files Truce cannot use give one line naming the file and the element or attribute; the
 * reservation value and the discount factor become the no-deal value and its fall.
 */
class GeniusBadFilesTest {
    private static final String DOMAIN = "<utility_space><objective index=\"0\" name=\"Trip\">"
            + "<issue index=\"1\" name=\"Place\" etype=\"discrete\" type=\"discrete\" vtype=\"discrete\">"
            + "<item index=\"1\" value=\"Sea\"/><item index=\"2\" value=\"Hills\"/></issue>"
            + "<issue index=\"2\" name=\"Length\" type=\"discrete\"><item index=\"1\" value=\"Week\"/>"
            + "<item index=\"2\" value=\"Fortnight\"/><item index=\"3\" value=\"Month\"/></issue>"
            + "</objective></utility_space>";

    private static String profile(String extra, String placeSea, String lengthItems, String weights) {
        return "<utility_space>" + extra + "<objective index=\"0\" name=\"Trip\">"
                + "<issue index=\"1\" name=\"Place\"><item value=\"Sea\" evaluation=\"" + placeSea + "\"/>"
                + "<item value=\"Hills\" evaluation=\"2\"/></issue>"
                + "<issue index=\"2\" name=\"Length\">" + lengthItems + "</issue>" + weights
                + "</objective></utility_space>";
    }

    private static final String LENGTH = "<item value=\"Week\" evaluation=\"1\"/><item value=\"Fortnight\" evaluation=\"3\"/>"
            + "<item value=\"Month\" evaluation=\"2\"/>";
    private static final String WEIGHTS = "<weight index=\"1\" value=\"0.6\"/><weight index=\"2\" value=\"0.4\"/>";

    private static GeniusDomain domain() throws GeniusException {
        return GeniusDomain.parse(GeniusFiles.utf8(DOMAIN), "trip.xml");
    }

    private static void profileFails(String xml, String message) {
        assertThatThrownBy(() -> GeniusProfile.parse(GeniusFiles.utf8(xml), "a.xml", domain()))
                .isInstanceOf(GeniusException.class).hasMessage(message);
    }

    @Test
    void aReservationValueIsTheNoDealValueAndTheDiscountMakesItFallToReservationTimesDiscount() throws Exception {
        GeniusProfile a = GeniusProfile.parse(GeniusFiles.utf8(profile(
                "<reservation value=\"0.4\"/><discount_factor value=\"0.5\"/>", "6", LENGTH, WEIGHTS)), "dir/alice_utility.xml", domain());
        GeniusProfile b = GeniusProfile.parse(GeniusFiles.utf8(profile("", "1", LENGTH, WEIGHTS)), "bob.xml", domain());
        assertThat(a.reservation()).isEqualTo(0.4);
        assertThat(a.discount()).isEqualTo(0.5);
        Scenario s = GeniusImport.toScenario(domain(), "trip.xml", List.of(a, b), 5);
        assertThat(s.parties().get(0).name()).isEqualTo("alice");
        assertThat(s.parties().get(1).name()).isEqualTo("bob");
        NoDeal nd = s.brief("PA").noDeal();
        assertThat(nd.valueAt(1)).isCloseTo(40, within(1e-9));
        assertThat(nd.valueAt(5)).isCloseTo(20, within(1e-9));
        assertThat(s.brief("PB").noDeal()).isEqualTo(new NoDeal(0, 0));
        // Sea 6/6 and Fortnight 3/3 for alice; Sea 1/2 and Month 2/3 for bob
        assertThat(s.utility("PA").value(s.space().decode(1))).isCloseTo(100 * (0.6 + 0.4), within(1e-9));
        assertThat(s.utility("PB").value(s.space().decode(2))).isCloseTo(100 * (0.6 * 1 / 2 + 0.4 * 2 / 3), within(1e-9));
    }

    @Test
    void malformedXmlIsOneLineWithItsPosition() {
        assertThatThrownBy(() -> GeniusDomain.parse(GeniusFiles.utf8("<utility_space>\n<objective>"), "d.xml"))
                .hasMessageStartingWith("d.xml: not well-formed XML at line 2, column").hasMessageNotContaining("\n");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityCanReadLocalFiles() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE u [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<utility_space><objective name=\"&x;\"><issue index=\"1\" name=\"A\"><item value=\"v\"/></issue></objective></utility_space>";
        assertThatThrownBy(() -> GeniusDomain.parse(GeniusFiles.utf8(xxe), "d.xml"))
                .hasMessage("d.xml: a DOCTYPE declaration is not allowed (GENIUS files need none)");
    }

    @Test
    void aFileWithoutObjectiveIsNotAGeniusFile() {
        assertThatThrownBy(() -> GeniusDomain.parse(GeniusFiles.utf8("<scenario/>"), "d.xml"))
                .hasMessage("d.xml: scenario: has no objective element (not a GENIUS domain or profile)");
    }

    @Test
    void nonDiscreteIssuesAreRefusedByTheirPath() {
        String real = "<utility_space><objective name=\"T\"><issue index=\"1\" name=\"Price\" type=\"real\" etype=\"real\">"
                + "<range lowerbound=\"0\" upperbound=\"10\"/></issue></objective></utility_space>";
        assertThatThrownBy(() -> GeniusDomain.parse(GeniusFiles.utf8(real), "d.xml")).hasMessage("d.xml: objective/issue[@name='Price']/@type:"
                + " 'real' issues are not supported (only discrete issues can become Truce terms)");
    }

    @Test
    void aBadEvaluationIsNamedByIssueValueAndAttribute() {
        profileFails(profile("", "lots", LENGTH, WEIGHTS),
                "a.xml: objective/issue[@index='1']/item[@value='Sea']/@evaluation: must be a number from 0 to 1000000000, got 'lots'");
        profileFails(profile("", "-1", LENGTH, WEIGHTS),
                "a.xml: objective/issue[@index='1']/item[@value='Sea']/@evaluation: must be a number from 0 to 1000000000, got '-1'");
    }

    @Test
    void aValueWithoutEvaluationOrUnknownToTheDomainIsNamed() {
        profileFails(profile("", "1", "<item value=\"Week\" evaluation=\"1\"/><item value=\"Month\" evaluation=\"2\"/>"
                + "<item value=\"Fortnight\" evaluation=\"2\"/><item value=\"Year\" evaluation=\"2\"/>", WEIGHTS),
                "a.xml: objective/issue[@index='2']/item[@value='Year']: the domain's issue 'Length' has no such value");
        profileFails(profile("", "1", "<item value=\"Week\" evaluation=\"1\"/><item value=\"Month\" evaluation=\"2\"/>", WEIGHTS),
                "a.xml: objective/issue[@index='2']/item[@value='Fortnight']: missing: every value needs an evaluation");
    }

    @Test
    void aMissingWeightOrABadReservationIsNamed() {
        profileFails(profile("", "1", LENGTH, "<weight index=\"1\" value=\"1\"/>"),
                "a.xml: objective/weight[@index='2']: missing: the profile must weigh the domain's issue 'Length'");
        profileFails(profile("<reservation value=\"1.5\"/>", "1", LENGTH, WEIGHTS),
                "a.xml: reservation/@value: must be a number from 0 to 1, got '1.5'");
        profileFails(profile("", "1", LENGTH, "<weight index=\"1\" value=\"1\"/><weight index=\"7\" value=\"0\"/>"),
                "a.xml: objective/weight[@index='7']: the domain has no issue with index 7");
    }

    @Test
    void aDomainTruceCannotHoldIsNamed() throws Exception {
        GeniusProfile a = GeniusProfile.parse(GeniusFiles.utf8(profile("", "1", LENGTH, WEIGHTS)), "a.xml", domain());
        assertThatThrownBy(() -> GeniusImport.toScenario(domain(), "trip.xml", List.of(a), 5))
                .hasMessage("trip.xml: 1 profile(s) given; a Truce scenario has 2 to 8 parties, one per profile");
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 7; i++) {
            items.append("<item value=\"v").append(i).append("\"/>");
        }
        GeniusDomain wide = GeniusDomain.parse(GeniusFiles.utf8("<utility_space><objective name=\"W\"><issue index=\"1\" name=\"Size\">"
                + items + "</issue></objective></utility_space>"), "wide.xml");
        assertThatThrownBy(() -> GeniusImport.toJson(wide, "wide.xml", List.of(a, a), 5))
                .hasMessage("wide.xml: objective/issue[@name='Size']: 7 values; a Truce term has 2 to 6 options");
    }
}
