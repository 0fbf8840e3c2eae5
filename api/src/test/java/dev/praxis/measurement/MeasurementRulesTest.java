package dev.praxis.measurement;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MeasurementRulesTest {

    @Test
    void npsIsPromotersShareMinusDetractorsShare() {
        // 10 answers: 9,10,10 promoters; 7,8 passives; 0,3,5,6,6 detractors -> 30% - 50% = -20
        assertThat(Nps.of(3, 5, 10)).isCloseTo(-20.0, within(1e-9));
        assertThat(Nps.of(4, 0, 4)).isEqualTo(100.0);
        assertThat(Nps.of(0, 0, 3)).isEqualTo(0.0);
        assertThat(Nps.of(0, 0, 0)).isNull();
        assertThat(Nps.isPromoter(9)).isTrue();
        assertThat(Nps.isPromoter(8)).isFalse();
        assertThat(Nps.isDetractor(6)).isTrue();
        assertThat(Nps.isDetractor(7)).isFalse();
        assertThatThrownBy(() -> Nps.of(3, 3, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verdictPassesAtExactlySixtyPercent() {
        assertThat(TransferVerdict.of(3, 5)).isEqualTo(TransferVerdict.PASSING);
        assertThat(TransferVerdict.of(6, 10)).isEqualTo(TransferVerdict.PASSING);
        assertThat(TransferVerdict.of(60, 100)).isEqualTo(TransferVerdict.PASSING);
        assertThat(TransferVerdict.of(59, 100)).isEqualTo(TransferVerdict.FAILING);
        assertThat(TransferVerdict.of(2, 5)).isEqualTo(TransferVerdict.FAILING);
        assertThat(TransferVerdict.of(0, 1)).isEqualTo(TransferVerdict.FAILING);
        assertThat(TransferVerdict.of(1, 1)).isEqualTo(TransferVerdict.PASSING);
        assertThat(TransferVerdict.of(0, 0)).isEqualTo(TransferVerdict.INSUFFICIENT_DATA);
    }

    @Test
    void checkCountsGiveShareAndVerdict() {
        CheckCounts counts = new CheckCounts(5, 3, 1, 1);
        assertThat(counts.concreteShare()).isEqualTo(0.6);
        assertThat(counts.verdict()).isEqualTo(TransferVerdict.PASSING);
        assertThat(CheckCounts.EMPTY.concreteShare()).isNull();
        assertThat(CheckCounts.EMPTY.verdict()).isEqualTo(TransferVerdict.INSUFFICIENT_DATA);
        assertThatThrownBy(() -> new CheckCounts(5, 3, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void targetStatusComparesObservedWithTarget() {
        assertThat(TargetStatus.of(true, 0.6, 3.0 / 5)).isEqualTo(TargetStatus.ON_TARGET);
        assertThat(TargetStatus.of(true, 0.6, 0.59)).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(TargetStatus.of(true, 0.6, null)).isEqualTo(TargetStatus.INSUFFICIENT_DATA);
        assertThat(TargetStatus.of(false, 0.6, null)).isEqualTo(TargetStatus.NOT_MEASURED);
        assertThat(TargetStatus.of(true, null, 0.9)).isEqualTo(TargetStatus.NOT_MEASURED);
    }

    @Test
    void checkDaysAndTheirOpeningDates() {
        assertThat(CheckDay.isValid(30)).isTrue();
        assertThat(CheckDay.isValid(60)).isTrue();
        assertThat(CheckDay.isValid(90)).isTrue();
        assertThat(CheckDay.isValid(45)).isFalse();
        assertThat(CheckDay.earliestAnswer(LocalDate.of(2026, 6, 1), 90)).isEqualTo(LocalDate.of(2026, 8, 30));
    }

    @Test
    void kpiResultsPairLatestBaselineAndCurrentPerPopulation() {
        LocalDate jan = LocalDate.of(2026, 1, 15);
        LocalDate oct = LocalDate.of(2026, 10, 15);
        List<KpiResult> results = KpiResult.of(List.of(
                new KpiReading(Kpi.PRODUCTIVITY, "TEAM", "Finance", "TRAINED", "BASELINE", 100, jan),
                new KpiReading(Kpi.PRODUCTIVITY, "TEAM", "Finance", "TRAINED", "CURRENT", 125, oct),
                new KpiReading(Kpi.PRODUCTIVITY, "TEAM", "Finance", "UNTRAINED", "BASELINE", 100, jan),
                new KpiReading(Kpi.PRODUCTIVITY, "TEAM", "Finance", "UNTRAINED", "CURRENT", 105, oct),
                new KpiReading(Kpi.AI_ASSISTED_ERROR_RATE, "DEPARTMENT", "Sales", "ALL", "BASELINE", 0.12, jan),
                new KpiReading(Kpi.AI_ASSISTED_ERROR_RATE, "DEPARTMENT", "Sales", "ALL", "CURRENT", 0.09, oct)));
        assertThat(results).hasSize(2);
        KpiResult productivity = results.get(0);
        assertThat(productivity.kpi()).isEqualTo(Kpi.PRODUCTIVITY);
        assertThat(productivity.all()).isNull();
        assertThat(productivity.trained().change()).isEqualTo(25.0);
        assertThat(productivity.trained().relativeChange()).isEqualTo(0.25);
        assertThat(productivity.untrained().change()).isEqualTo(5.0);
        assertThat(productivity.trainedVersusUntrained()).isEqualTo(20.0);
        KpiResult errors = results.get(1);
        assertThat(errors.all().change()).isCloseTo(-0.03, within(1e-12));
        assertThat(errors.all().relativeChange()).isCloseTo(-0.25, within(1e-12));
        assertThat(errors.all().improved()).isTrue();
        assertThat(errors.trainedVersusUntrained()).isNull();
    }

    @Test
    void kpiChangeWithoutCurrentHasNoChange() {
        KpiChange change = new KpiChange(Kpi.PRODUCTIVITY, 10.0, LocalDate.of(2026, 1, 1), null, null);
        assertThat(change.change()).isNull();
        assertThat(change.improved()).isNull();
        assertThat(new KpiChange(Kpi.PRODUCTIVITY, 0.0, null, 5.0, null).relativeChange()).isNull();
    }
}
