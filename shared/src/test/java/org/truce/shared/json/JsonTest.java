package org.truce.shared.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;

/** JSON that Truce writes never holds NaN or Infinity (they are not JSON). */
class JsonTest {

    @Test
    void nanAndInfinityAreRefusedRatherThanWritten() {
        assertThatThrownBy(() -> Json.gson().toJson(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.gson().toJson(Map.of("x", Double.POSITIVE_INFINITY))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAnalysisWithoutANashSolutionHasANullDistanceAndEncodes() {
        Scenario s = TestScenarios.paris();
        AgreementAnalysis a = Analysis.of(s).assess(null, 1);
        AgreementAnalysis none = new AgreementAnalysis(a.agreement(), a.round(), a.results(), a.paretoOptimal(),
                a.distanceToPareto(), null, null, null, a.paretoSize(), a.socialWelfare());
        String line = ProtocolCodec.encode(new ServerMessage.GameOver(null, 1, a.results(), s.briefs(), none));
        assertThat(line).doesNotContain("NaN").doesNotContain("distanceToNash");
    }
}
