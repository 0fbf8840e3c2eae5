package dev.praxis.roadmap;

import dev.praxis.framework.Audience;
import dev.praxis.framework.PhaseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GateEvaluatorTest {
    static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
    static final LocalDate START = LocalDate.of(2027, 3, 1);
    static final GateFacts.Tool COPILOT = new GateFacts.Tool("Copilot", Set.of(Audience.PROFESSIONAL), TODAY.minusDays(5));
    static final GateFacts.Attestation POLICY = new GateFacts.Attestation(GateConditionKind.POLICY_COMMUNICATED,
            "https://intranet.example/ai-policy", TODAY.minusDays(2), "All staff", null, "ops (px_abc)");

    static GateFacts broad(List<GateFacts.Tool> tools, List<ManagerReadiness.TeamMember> members, List<GateFacts.Attestation> attestations,
                           int stories, GateOverride override) {
        return new GateFacts(PhaseKind.BROAD_WORKFORCE, TODAY, List.of(new GateFacts.StartingCohort("Finance teams", START, false)),
                tools, members, attestations, stories, stories == 0 ? null : TODAY.minusDays(1), override);
    }

    static List<ManagerReadiness.TeamMember> managerFinished(int daysBefore) {
        return List.of(new ManagerReadiness.TeamMember(1, "Ann", 100L, "Mia Manager", List.of(START.minusDays(daysBefore)),
                "Finance teams", START));
    }

    @Test
    void broadWorkforceOpensWhenAllFourConditionsHold() {
        Gate gate = GateEvaluator.evaluate(broad(List.of(COPILOT), managerFinished(35), List.of(POLICY), 1, null));
        assertThat(gate.status()).isEqualTo(GateStatus.OPEN);
        assertThat(gate.conditions()).extracting(GateCondition::kind).containsExactly(GateConditionKind.TOOLS_DEPLOYED,
                GateConditionKind.MANAGERS_TRAINED, GateConditionKind.POLICY_COMMUNICATED, GateConditionKind.SUCCESS_STORY);
        assertThat(gate.conditions()).allMatch(GateCondition::satisfied);
        assertThat(gate.conditions().get(2).evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.url()).isEqualTo("https://intranet.example/ai-policy");
            assertThat(evidence.recordedBy()).isEqualTo("ops (px_abc)");
            assertThat(evidence.description()).contains("All staff");
        });
    }

    @ParameterizedTest
    @CsvSource({"27, false, too late", "28, true, ''", "42, true, ''", "43, false, too early"})
    void managersTrainedPinsTheFourToSixWeekWindow(int daysBefore, boolean satisfied, String words) {
        GateCondition condition = GateEvaluator.managersTrained(broad(List.of(COPILOT), managerFinished(daysBefore), List.of(), 0, null));
        assertThat(condition.satisfied()).isEqualTo(satisfied);
        if (!satisfied) {
            assertThat(condition.reasons()).singleElement().asString().contains("Mia Manager").contains(words)
                    .contains(daysBefore + " days before");
        }
    }

    @Test
    void managersTrainedNamesUntrainedManagers() {
        List<ManagerReadiness.TeamMember> members = List.of(
                new ManagerReadiness.TeamMember(1, "Ann", 100L, "Kofi Mensah", List.of(), "Finance teams", START),
                new ManagerReadiness.TeamMember(2, "Bo", 101L, "Lena Weber", List.of(), "Sales teams", START),
                new ManagerReadiness.TeamMember(3, "Cy", 102L, "Tara Ng", List.of(START.minusDays(30)), "Sales teams", START));
        GateCondition condition = GateEvaluator.managersTrained(broad(List.of(), members, List.of(), 0, null));
        assertThat(condition.satisfied()).isFalse();
        assertThat(condition.reasons()).hasSize(2);
        assertThat(String.join("\n", condition.reasons())).contains("Kofi Mensah").contains("Lena Weber").doesNotContain("Tara Ng");
        assertThat(condition.evidence()).singleElement().extracting(Evidence::description).asString().startsWith("1 of 3 managers");
    }

    @Test
    void managersTrainedCannotHoldWithoutAnyManagerOnRecord() {
        GateCondition condition = GateEvaluator.managersTrained(broad(List.of(), List.of(), List.of(), 0, null));
        assertThat(condition.satisfied()).isFalse();
        assertThat(condition.reasons()).singleElement().asString().contains("no planned participant has a manager");
    }

    @ParameterizedTest
    @CsvSource({"0, true", "-1, true", "1, false"})
    void infrastructureMustBeLiveOnOrBeforeTheCohortStart(int daysAfterStart, boolean satisfied) {
        GateFacts facts = new GateFacts(PhaseKind.PRACTITIONER, TODAY, List.of(new GateFacts.StartingCohort("Deep track A", START, false)),
                List.of(new GateFacts.Tool("ML sandbox", Set.of(Audience.PRACTITIONER), START.plusDays(daysAfterStart))),
                List.of(), List.of(), 0, null, null);
        Gate gate = GateEvaluator.evaluate(facts);
        assertThat(gate.status()).isEqualTo(satisfied ? GateStatus.OPEN : GateStatus.BLOCKED);
        if (!satisfied) {
            assertThat(gate.blockingReasons()).singleElement().asString().contains("ML sandbox").contains("Deep track A");
        }
    }

    @Test
    void infrastructureIgnoresToolsPractitionersCannotReach() {
        GateFacts facts = new GateFacts(PhaseKind.PRACTITIONER, TODAY, List.of(new GateFacts.StartingCohort("planned start", START, true)),
                List.of(COPILOT), List.of(), List.of(), 0, null, null);
        GateCondition condition = GateEvaluator.infrastructureReady(facts);
        assertThat(condition.satisfied()).isFalse();
        assertThat(condition.reasons()).singleElement().asString().contains("no practice system").contains("planned start on " + START);
    }

    @Test
    void toolsDeployedNeedsAToolProfessionalsCanReachBy_today() {
        assertThat(GateEvaluator.toolsDeployed(broad(List.of(COPILOT), List.of(), List.of(), 0, null)).satisfied()).isTrue();
        GateFacts.Tool tomorrow = new GateFacts.Tool("Copilot", Set.of(Audience.PROFESSIONAL), TODAY.plusDays(1));
        assertThat(GateEvaluator.toolsDeployed(broad(List.of(tomorrow), List.of(), List.of(), 0, null)).reasons())
                .singleElement().asString().contains("planned for " + TODAY.plusDays(1));
        GateFacts.Tool forPractitioners = new GateFacts.Tool("Sandbox", Set.of(Audience.PRACTITIONER), TODAY.minusDays(9));
        assertThat(GateEvaluator.toolsDeployed(broad(List.of(forPractitioners), List.of(), List.of(), 0, null)).satisfied()).isFalse();
    }

    @Test
    void policyNeedsAnAttestationAndSuccessStoryNeedsOneStory() {
        Gate gate = GateEvaluator.evaluate(broad(List.of(COPILOT), managerFinished(30), List.of(), 0, null));
        assertThat(gate.status()).isEqualTo(GateStatus.BLOCKED);
        assertThat(gate.blockingReasons()).hasSize(2)
                .anySatisfy(r -> assertThat(r).startsWith("POLICY_COMMUNICATED: nobody has attested"))
                .anySatisfy(r -> assertThat(r).startsWith("SUCCESS_STORY: no internal success story"));
        assertThat(GateEvaluator.successStory(broad(List.of(), List.of(), List.of(), 1, null)).satisfied()).isTrue();
    }

    @Test
    void anOverrideLetsCohortsStartButKeepsTheGateBlocked() {
        GateOverride override = new GateOverride("Pilot team volunteered", "ops (px_abc)", OffsetDateTime.parse("2027-01-09T10:00:00Z"));
        Gate gate = GateEvaluator.evaluate(broad(List.of(), List.of(), List.of(), 0, override));
        assertThat(gate.status()).isEqualTo(GateStatus.BLOCKED);
        assertThat(gate.allowsNewCohorts()).isTrue();
        assertThat(GateEvaluator.evaluate(broad(List.of(), List.of(), List.of(), 0, null)).allowsNewCohorts()).isFalse();
    }

    @Test
    void foundationAndContinuousHaveNoConditions() {
        for (PhaseKind kind : List.of(PhaseKind.FOUNDATION, PhaseKind.CONTINUOUS)) {
            Gate gate = GateEvaluator.evaluate(new GateFacts(kind, TODAY, List.of(), List.of(), List.of(), List.of(), 0, null, null));
            assertThat(gate.status()).isEqualTo(GateStatus.OPEN);
            assertThat(gate.conditions()).isEmpty();
        }
    }
}
