package dev.praxis.roadmap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ManagerReadinessTest {
    static final LocalDate START = LocalDate.of(2027, 3, 1);

    static ManagerReadiness.TeamMember member(long id, Long managerId, String managerName, List<LocalDate> finished) {
        return new ManagerReadiness.TeamMember(id, "Person " + id, managerId, managerName, finished, "Finance teams", START);
    }

    @ParameterizedTest
    @CsvSource({"27, TOO_LATE", "28, IN_WINDOW", "42, IN_WINDOW", "43, TOO_EARLY", "0, TOO_LATE", "-3, TOO_LATE"})
    void aManagerMustFinish28To42DaysBeforeTheCohortStarts(int daysBefore, ManagerReadiness.Verdict expected) {
        List<ManagerReadiness.ManagerCheck> checks = ManagerReadiness.check(List.of(
                member(1, 100L, "Mia Manager", List.of(START.minusDays(daysBefore)))));
        assertThat(checks).singleElement().satisfies(check -> {
            assertThat(check.verdict()).isEqualTo(expected);
            assertThat(check.daysBefore()).isEqualTo(daysBefore);
        });
    }

    @Test
    void aManagerWithoutAFinishedTrainingIsNotTrainedAndNamed() {
        ManagerReadiness.ManagerCheck check = ManagerReadiness.check(List.of(
                member(1, 100L, "Kofi Mensah (Sales Manager)", List.of()),
                member(2, 100L, "Kofi Mensah (Sales Manager)", List.of()))).getFirst();
        assertThat(check.verdict()).isEqualTo(ManagerReadiness.Verdict.NOT_TRAINED);
        assertThat(check.teamMembers()).isEqualTo(2);
        assertThat(check.sentence()).contains("Kofi Mensah (Sales Manager)").contains("has not finished").contains("2 team members");
    }

    @Test
    void oneTrainingInTheWindowIsEnoughEvenIfAnotherWasEarlier() {
        ManagerReadiness.ManagerCheck check = ManagerReadiness.check(List.of(
                member(1, 100L, "M", List.of(START.minusDays(200), START.minusDays(30))))).getFirst();
        assertThat(check.verdict()).isEqualTo(ManagerReadiness.Verdict.IN_WINDOW);
        assertThat(check.finishedOn()).isEqualTo(START.minusDays(30));
    }

    @Test
    void managersWhoArePlannedParticipantsThemselvesAndPeopleWithoutManagersAreNotJudged() {
        List<ManagerReadiness.ManagerCheck> checks = ManagerReadiness.check(List.of(
                member(100, 900L, "Vice President", List.of()),   // a people manager in the phase: the reinforcement layer
                member(1, 100L, "Mia Manager", List.of(START.minusDays(35))),
                member(2, null, null, List.of())));
        assertThat(checks).extracting(ManagerReadiness.ManagerCheck::managerId).containsExactly(100L);
        assertThat(ManagerReadiness.teamMembers(checks)).isEqualTo(1);
    }
}
