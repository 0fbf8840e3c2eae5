package dev.praxis.demo;

import dev.praxis.auth.ApiKeys;
import dev.praxis.measurement.CheckCounts;
import dev.praxis.measurement.MeasurementFilter;
import dev.praxis.measurement.MeasurementRepository;
import dev.praxis.measurement.ModuleTransfer;
import dev.praxis.measurement.Scope;
import dev.praxis.measurement.ScopeLevel;
import dev.praxis.measurement.TransferVerdict;
import dev.praxis.server.Database;
import dev.praxis.testing.TestDatabase;
import dev.praxis.testing.TestServer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.praxis.db.Tables.COHORT;
import static dev.praxis.db.Tables.MODULE;
import static dev.praxis.db.Tables.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

class DemoMeasurementsTest {
    private static Database database;
    private static final LocalDate AS_OF = LocalDate.ofInstant(TestServer.NOW, ZoneOffset.UTC);

    @BeforeAll
    static void start() {
        database = TestDatabase.fresh();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void theDemoProgramShowsPassingAndFailingCohortsAndModulesThatTransferOrNot() {
        List<TransferVerdict> verdicts = verdictsOfANewDemo("Demo A");
        assertThat(verdicts).contains(TransferVerdict.PASSING, TransferVerdict.FAILING);
        // the same seed and date give the same figures
        assertThat(verdictsOfANewDemo("Demo B")).isEqualTo(verdicts);
    }

    private static List<TransferVerdict> verdictsOfANewDemo(String name) {
        DSLContext dsl = database.dsl();
        long org = new ApiKeys(dsl, Clock.fixed(TestServer.NOW, ZoneOffset.UTC)).create(name, "test").organizationId();
        new DemoGenerator(DemoOrganization.SEED, 300, AS_OF).generate(dsl, org);
        long programId = dsl.select(PROGRAM.ID).from(PROGRAM).where(PROGRAM.ORGANIZATION_ID.eq(org)).fetchOne(PROGRAM.ID);
        List<Long> cohorts = dsl.select(COHORT.ID).from(COHORT).where(COHORT.PROGRAM_ID.eq(programId)).orderBy(COHORT.ID).fetch(COHORT.ID);
        MeasurementRepository measurements = new MeasurementRepository();
        Map<Long, Map<Integer, CheckCounts>> checks = measurements.checks(dsl, org,
                new Scope.Group(ScopeLevel.COHORT, MeasurementFilter.NONE), cohorts);
        List<TransferVerdict> verdicts = cohorts.stream()
                .map(id -> checks.getOrDefault(id, Map.of()).getOrDefault(90, CheckCounts.EMPTY).verdict()).toList();
        // 90-day answers only where the cohort ended 90 days or more before the as-of date
        List<LocalDate> ends = dsl.select(COHORT.ENDS_ON).from(COHORT).where(COHORT.PROGRAM_ID.eq(programId)).orderBy(COHORT.ID).fetch(COHORT.ENDS_ON);
        for (int i = 0; i < cohorts.size(); i++) {
            boolean due = ends.get(i) != null && !ends.get(i).plusDays(90).isAfter(AS_OF);
            assertThat(verdicts.get(i) != TransferVerdict.INSUFFICIENT_DATA).isEqualTo(due);
        }
        List<Long> modules = dsl.select(MODULE.ID).from(MODULE).where(MODULE.ORGANIZATION_ID.eq(org)).fetch(MODULE.ID);
        Map<Long, ModuleTransfer> transfers = measurements.transfers(dsl, org, 90, modules);
        assertThat(transfers.values()).anyMatch(t -> t.citedConcretely() > 0).anyMatch(t -> t.cited() == 0);
        assertThat(measurements.targetBehaviors(dsl, org, List.of(programId)).get(programId)).hasSize(4);
        assertThat(measurements.kpiReadings(dsl, org, MeasurementFilter.NONE, List.of(programId)).get(programId)).isNotEmpty();
        return verdicts;
    }
}
