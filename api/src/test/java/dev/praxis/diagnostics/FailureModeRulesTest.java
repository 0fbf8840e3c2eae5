package dev.praxis.diagnostics;

import dev.praxis.framework.Audience;
import dev.praxis.roadmap.CapabilityActivityKind;
import dev.praxis.roadmap.GateFacts;
import dev.praxis.roadmap.ManagerReadiness;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule on small fixed data, with its boundaries pinned. */
class FailureModeRulesTest {
    static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

    /** A program with nothing in it; each test adds what its rule reads. */
    record Facts(List<ProgramFacts.ModuleFact> modules, List<ProgramFacts.CohortFact> cohorts, List<GateFacts.Tool> tools,
                 List<ManagerReadiness.TeamMember> members, long completions, BehaviorEvidence behavior,
                 List<ProgramFacts.ActivityFact> activities, int activitiesEver, BigDecimal total, BigDecimal changeManagement) {
        static Facts empty() {
            return new Facts(List.of(), List.of(), List.of(), List.of(), 0, BehaviorEvidence.unavailable(), List.of(), 0, null, null);
        }

        ProgramFacts build() {
            return new ProgramFacts(TODAY, modules, cohorts, tools, members, completions, behavior, activities, activitiesEver,
                    total, changeManagement, "USD");
        }

        Facts modules(List<ProgramFacts.ModuleFact> value) {
            return new Facts(value, cohorts, tools, members, completions, behavior, activities, activitiesEver, total, changeManagement);
        }

        Facts cohorts(List<ProgramFacts.CohortFact> value) {
            return new Facts(modules, value, tools, members, completions, behavior, activities, activitiesEver, total, changeManagement);
        }

        Facts tools(List<GateFacts.Tool> value) {
            return new Facts(modules, cohorts, value, members, completions, behavior, activities, activitiesEver, total, changeManagement);
        }

        Facts members(List<ManagerReadiness.TeamMember> value) {
            return new Facts(modules, cohorts, tools, value, completions, behavior, activities, activitiesEver, total, changeManagement);
        }

        Facts behavior(long completionCount, BehaviorEvidence value) {
            return new Facts(modules, cohorts, tools, members, completionCount, value, activities, activitiesEver, total, changeManagement);
        }

        Facts activities(List<ProgramFacts.ActivityFact> value, int ever) {
            return new Facts(modules, cohorts, tools, members, completions, behavior, value, ever, total, changeManagement);
        }

        Facts budget(String totalAmount, String changeAmount) {
            return new Facts(modules, cohorts, tools, members, completions, behavior, activities, activitiesEver,
                    new BigDecimal(totalAmount), new BigDecimal(changeAmount));
        }
    }

    @Test
    void allReturnsTheSixInOrder() {
        assertThat(FailureModeRules.all(Facts.empty().build())).extracting(Diagnosis::failureMode).containsExactly(FailureMode.values());
        assertThat(FailureModeRules.all(Facts.empty().build())).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DiagnosisStatus.INSUFFICIENT_DATA);
            assertThat(d.fix()).isNotBlank();
        });
    }

    @Nested
    class GenericContent {
        @Test
        void detectsModulesWithoutBusinessContextNamingThem() {
            Diagnosis d = FailureModeRules.genericContent(Facts.empty().modules(List.of(
                    new ProgramFacts.ModuleFact("Professionals", "AI Tools in Your Daily Workflow", false),
                    new ProgramFacts.ModuleFact("Professionals", "Critical Evaluation of AI Outputs", true),
                    new ProgramFacts.ModuleFact("Executive Leadership", "AI Vendor and Partner Evaluation", true),
                    new ProgramFacts.ModuleFact("Executive Leadership", "AI Value Creation", false))).build());
            assertThat(d.status()).isEqualTo(DiagnosisStatus.DETECTED);
            assertThat(d.affected()).isEqualTo(2);
            assertThat(d.severity()).isEqualTo(Severity.HIGH);
            assertThat(d.evidence().getFirst()).isEqualTo("2 of 4 modules have no business context.");
            assertThat(String.join(" ", d.evidence())).contains("'Critical Evaluation of AI Outputs'").contains("Executive Leadership");
        }

        @Test
        void namesVendorCatalogItemsDeliveredUnchanged() {
            Diagnosis d = FailureModeRules.genericContent(Facts.empty().modules(List.of(
                    new ProgramFacts.ModuleFact("Professionals", "Prompting basics", true, "coursera"),
                    new ProgramFacts.ModuleFact("Professionals", "Data literacy", true, "coursera"),
                    new ProgramFacts.ModuleFact("Professionals", "Our invoice workflow", false, "coursera"),
                    new ProgramFacts.ModuleFact("Professionals", "Policy", true))).build());
            assertThat(d.affected()).isEqualTo(3);
            assertThat(d.evidence()).contains("2 deliver a coursera catalog item unchanged: 'Prompting basics', 'Data literacy'.");
        }

        @Test
        void clearWhenEveryModuleHasContext() {
            Diagnosis d = FailureModeRules.genericContent(Facts.empty().modules(List.of(
                    new ProgramFacts.ModuleFact("T", "M", false))).build());
            assertThat(d.status()).isEqualTo(DiagnosisStatus.CLEAR);
            assertThat(d.severity()).isEqualTo(Severity.NONE);
        }
    }

    @Nested
    class NoPracticeSystem {
        final ProgramFacts.CohortFact team = new ProgramFacts.CohortFact("Finance teams", Audience.PROFESSIONAL,
                LocalDate.of(2027, 7, 1), LocalDate.of(2027, 8, 1));
        final ProgramFacts.CohortFact executives = new ProgramFacts.CohortFact("Executives", Audience.EXECUTIVE,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1));

        @ParameterizedTest
        @CsvSource({"0, CLEAR", "-1, CLEAR", "1, DETECTED"})
        void aToolForTheAudienceMustBeLiveAtCohortStart(int daysAfterStart, DiagnosisStatus expected) {
            Diagnosis d = FailureModeRules.noPracticeSystem(Facts.empty().cohorts(List.of(team, executives))
                    .tools(List.of(new GateFacts.Tool("Copilot", Set.of(Audience.PROFESSIONAL), team.startsOn().plusDays(daysAfterStart))))
                    .build());
            assertThat(d.status()).isEqualTo(expected);
            if (expected == DiagnosisStatus.DETECTED) {
                assertThat(d.affected()).isEqualTo(1);
                assertThat(String.join(" ", d.evidence())).contains("'Finance teams'").doesNotContain("Executives");
            }
        }

        @Test
        void aToolForAnotherAudienceDoesNotCount() {
            Diagnosis d = FailureModeRules.noPracticeSystem(Facts.empty().cohorts(List.of(team))
                    .tools(List.of(new GateFacts.Tool("Sandbox", Set.of(Audience.PRACTITIONER), LocalDate.of(2027, 1, 1)))).build());
            assertThat(d.status()).isEqualTo(DiagnosisStatus.DETECTED);
        }

        @Test
        void leaderCohortsAloneGiveNoVerdict() {
            assertThat(FailureModeRules.noPracticeSystem(Facts.empty().cohorts(List.of(executives)).build()).status())
                    .isEqualTo(DiagnosisStatus.INSUFFICIENT_DATA);
        }
    }

    @Nested
    class NoManagerReinforcement {
        @ParameterizedTest
        @CsvSource({"27, DETECTED", "28, CLEAR", "42, CLEAR", "43, DETECTED"})
        void managersMustFinish28To42DaysBefore(int daysBefore, DiagnosisStatus expected) {
            LocalDate start = LocalDate.of(2027, 7, 1);
            Diagnosis d = FailureModeRules.noManagerReinforcement(Facts.empty().members(List.of(
                    new ManagerReadiness.TeamMember(1, "Ann", 100L, "Mia Manager", List.of(start.minusDays(daysBefore)), "Finance teams", start),
                    new ManagerReadiness.TeamMember(2, "Bo", 100L, "Mia Manager", List.of(start.minusDays(daysBefore)), "Finance teams", start)))
                    .build());
            assertThat(d.status()).isEqualTo(expected);
            if (expected == DiagnosisStatus.DETECTED) {
                assertThat(d.affected()).isEqualTo(2);
                assertThat(d.evidence().getFirst()).startsWith("2 of 2 team members");
                assertThat(d.evidence().get(1)).contains("Mia Manager").contains("'Finance teams'");
            }
        }

        @Test
        void noTeamMembersWithManagersIsInsufficientData() {
            assertThat(FailureModeRules.noManagerReinforcement(Facts.empty().build()).status()).isEqualTo(DiagnosisStatus.INSUFFICIENT_DATA);
        }
    }

    @Nested
    class MeasuringInputs {
        @ParameterizedTest
        @CsvSource({"2, DETECTED", "3, CLEAR", "5, CLEAR", "6, DETECTED", "0, DETECTED"})
        void threeToFiveTargetBehaviours(int targets, DiagnosisStatus expected) {
            Diagnosis d = FailureModeRules.measuringInputs(Facts.empty().behavior(40, new BehaviorEvidence(targets, 25, 5)).build());
            assertThat(d.status()).isEqualTo(expected);
            if (expected == DiagnosisStatus.DETECTED) {
                assertThat(d.evidence()).singleElement().asString().contains("defines " + targets + " target behaviours");
            }
        }

        @ParameterizedTest
        @CsvSource({"90, DETECTED", "89, CLEAR"})
        void completionsWithoutNinetyDayDataAreDetectedOnceACheckIsDue(int daysSinceEnd, DiagnosisStatus expected) {
            ProgramFacts.CohortFact cohort = new ProgramFacts.CohortFact("Finance teams", Audience.PROFESSIONAL,
                    TODAY.minusDays(daysSinceEnd + 30), TODAY.minusDays(daysSinceEnd));
            Diagnosis d = FailureModeRules.measuringInputs(Facts.empty().cohorts(List.of(cohort))
                    .behavior(120, new BehaviorEvidence(4, 0, 0)).build());
            assertThat(d.status()).isEqualTo(expected);
            if (expected == DiagnosisStatus.DETECTED) {
                assertThat(d.evidence()).singleElement().asString().contains("120 module completions").contains("'Finance teams'");
            }
        }

        @Test
        void withoutBehaviourDataItCannotJudge() {
            assertThat(FailureModeRules.measuringInputs(Facts.empty().behavior(120, BehaviorEvidence.unavailable()).build()).status())
                    .isEqualTo(DiagnosisStatus.INSUFFICIENT_DATA);
            // Known target count but no check data recorded: still cannot say it is CLEAR.
            assertThat(FailureModeRules.measuringInputs(Facts.empty().behavior(120, new BehaviorEvidence(4, null, null)).build()).status())
                    .isEqualTo(DiagnosisStatus.INSUFFICIENT_DATA);
        }
    }

    @Nested
    class OneTimeEvent {
        final List<ProgramFacts.CohortFact> ended = List.of(new ProgramFacts.CohortFact("Executives", Audience.EXECUTIVE,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 1)));

        @ParameterizedTest
        @CsvSource({"0, CLEAR", "3, CLEAR", "4, DETECTED"})
        void activityInTheLastQuarterKeepsItClear(int monthsAgoPlusDays, DiagnosisStatus expected) {
            // 0 = today, 3 = exactly three months ago, 4 = three months and a day ago
            LocalDate day = monthsAgoPlusDays == 4 ? TODAY.minusMonths(3).minusDays(1) : TODAY.minusMonths(monthsAgoPlusDays);
            Diagnosis d = FailureModeRules.oneTimeEvent(Facts.empty().cohorts(ended)
                    .activities(List.of(new ProgramFacts.ActivityFact(CapabilityActivityKind.COMMUNITY_OF_PRACTICE_SESSION, day)), 1)
                    .build());
            assertThat(d.status()).isEqualTo(expected);
        }

        @Test
        void nothingEverRecordedAfterCohortsEndedIsHigh() {
            Diagnosis d = FailureModeRules.oneTimeEvent(Facts.empty().cohorts(ended).build());
            assertThat(d.status()).isEqualTo(DiagnosisStatus.DETECTED);
            assertThat(d.severity()).isEqualTo(Severity.HIGH);
            assertThat(d.affected()).isEqualTo(1);
        }

        @Test
        void beforeAnyCohortEndsThereIsNothingToJudge() {
            assertThat(FailureModeRules.oneTimeEvent(Facts.empty().build()).status()).isEqualTo(DiagnosisStatus.INSUFFICIENT_DATA);
        }
    }

    @Nested
    class ChangeManagementUnderfunded {
        @ParameterizedTest
        @CsvSource({"1000.00, 299.00, DETECTED", "1000.00, 300.00, CLEAR", "1000000.00, 299999.99, DETECTED", "1000.00, 1000.00, CLEAR"})
        void thirtyPercentIsTheLine(String total, String changeManagement, DiagnosisStatus expected) {
            Diagnosis d = FailureModeRules.changeManagementUnderfunded(Facts.empty().budget(total, changeManagement).build());
            assertThat(d.status()).isEqualTo(expected);
        }

        @Test
        void evidenceNamesTheShareAndTheShortfall() {
            Diagnosis d = FailureModeRules.changeManagementUnderfunded(Facts.empty().budget("1200000.00", "240000.00").build());
            assertThat(d.evidence()).containsExactly(
                    "Change management gets USD 240,000.00 of USD 1,200,000.00 (20.0%).",
                    "At least 30% (USD 360,000.00) is needed: USD 120,000.00 more.");
            assertThat(d.severity()).isEqualTo(Severity.MEDIUM);
        }

        @Test
        void noBudgetIsInsufficientData() {
            assertThat(FailureModeRules.changeManagementUnderfunded(Facts.empty().build()).status())
                    .isEqualTo(DiagnosisStatus.INSUFFICIENT_DATA);
        }
    }
}
