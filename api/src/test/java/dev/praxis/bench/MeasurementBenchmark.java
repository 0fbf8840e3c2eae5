package dev.praxis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.framework.FrameworkCatalog;
import dev.praxis.graphql.GlobalId;
import dev.praxis.measurement.Kpi;
import dev.praxis.measurement.MeasurementFilter;
import dev.praxis.measurement.MeasurementRepository;
import dev.praxis.measurement.MeasurementStore;
import dev.praxis.measurement.MeasurementStore.Place;
import dev.praxis.measurement.Scope;
import dev.praxis.measurement.ScopeLevel;
import dev.praxis.people.PersonRepository;
import dev.praxis.program.Module;
import dev.praxis.program.Program;
import dev.praxis.program.ProgramRepository;
import dev.praxis.program.Track;
import dev.praxis.testing.TestServer;
import org.jooq.DSLContext;
import org.jooq.Index;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static dev.praxis.db.Tables.ENROLLMENT;
import static dev.praxis.db.Tables.ORGANIZATION;
import static dev.praxis.db.Tables.PERSON;
import static dev.praxis.db.Tables.PHASE;

/**
 * Times {@code program { measurement {...} behaviorCheck(day: 90) { ... byModule } }} over HTTP on
 * a generated organization of 50,000 people (200,000 survey responses, 100,000 assessments,
 * 150,000 behaviour-check responses), next to the same aggregates run as plain SQL through the
 * repository in the same JVM, first without and then with the covering indexes of V3_1. Writes
 * target/bench/measurement-benchmark.md. Run: {@code ./mvnw -B -Pbench verify -pl api -am}
 * (with PRAXIS_TEST_DB_URL set to use a local MariaDB).
 */
public final class MeasurementBenchmark {

    private static final int PEOPLE = 50_000;
    private static final int COHORT_SIZE = 200;
    private static final int SURVEYS_PER_PERSON = 4;
    private static final int WARMUP = 5;
    private static final int RUNS = 40;
    private static final int BATCH = 10_000;

    private static final String QUERY = """
            query($id: ID!) { program(id: $id) {
              measurement {
                reaction { responses meanRelevance meanConfidence promoters detractors nps missingMentions }
                learning { assessed assessments meanPre meanPost meanGain pairs meanExercise meanScenario }
                behavior { managerObservations activeToolUsers checks { day respondents concrete vague none concreteShare verdict } }
                results { kpis { kpi scope all { change } trained { change } untrained { change } trainedVersusUntrained } } }
              behaviorCheck(day: 90) { respondents concrete vague none concreteShare verdict
                byModule { module { id title } citedConcretely cited } } } }""";

    private MeasurementBenchmark() {
    }

    /** Run by the bench profile (surefire picks up *Benchmark classes there), never by the test suite. */
    @Test
    void measurementQueryAgainstPlainSql() throws IOException {
        main(new String[0]);
    }

    public static void main(String[] args) throws IOException {
        StringBuilder report = new StringBuilder("# Measurement benchmark\n\n");
        try (TestServer server = TestServer.start()) {
            TestServer.Client client = server.newOrganization("Bench");
            DSLContext dsl = server.database().dsl();
            long org = dsl.select(ORGANIZATION.ID).from(ORGANIZATION).where(ORGANIZATION.NAME.eq("Bench")).fetchOne(ORGANIZATION.ID);
            long started = System.nanoTime();
            long programId = generate(dsl, org, LocalDate.ofInstant(TestServer.NOW, java.time.ZoneOffset.UTC));
            double generation = (System.nanoTime() - started) / 1e9;
            report.append(String.format("Data: %,d people, %,d survey responses, %,d assessments, %,d behaviour-check responses, "
                            + "%,d tool-usage days, %,d manager observations; generated in %.1f s.%n%n",
                    PEOPLE, PEOPLE * SURVEYS_PER_PERSON, PEOPLE * 2, PEOPLE * 3, PEOPLE, PEOPLE / 10, generation));
            String id = GlobalId.encode("Program", programId);
            JsonNode sample = client.data(QUERY, Map.of("id", id));
            report.append("Answer (shape check): respondents at 90 days = ")
                    .append(sample.path("program").path("behaviorCheck").path("respondents").asInt())
                    .append(", byModule entries = ").append(sample.path("program").path("behaviorCheck").path("byModule").size())
                    .append(", SQL statements per request = ").append(client.query(QUERY, Map.of("id", id)).sqlStatements()).append("\n\n");
            report.append("| indexes | path | median ms | p95 ms |\n|---|---|---|---|\n");
            MeasurementRepository repository = new MeasurementRepository();
            List<Index> covering = coveringIndexes();
            // The covering indexes lead with organization_id, so InnoDB uses them for that foreign key:
            // a plain (organization_id) index stands in while they are gone, as before V3_1.
            for (Index index : covering) {
                dsl.createIndex("bench_fk_" + index.getTable().getName()).on(index.getTable(),
                        index.getTable().field("organization_id")).execute();
                dsl.dropIndex(index).on(index.getTable()).execute();
            }
            measure(report, "FK indexes only", client, id, dsl, org, programId, repository);
            for (Index index : covering) {
                dsl.createIndex(index).on(index.getTable(), index.getFields()).execute();
                dsl.dropIndex("bench_fk_" + index.getTable().getName()).on(index.getTable()).execute();
            }
            measure(report, "with V3_1 covering indexes", client, id, dsl, org, programId, repository);
        }
        report.append("\nMachine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores; load average at the end: ")
                .append(loadAverage()).append(" (other work on the machine inflates every figure alike).\n");
        report.append("\nGraphQL = one HTTP request to the running server (parse, validate, DataLoaders whose aggregate queries run side by side, JSON); "
                + "plain SQL = the same aggregate queries one after the other through MeasurementRepository on the server's pool, no HTTP or GraphQL.\n");
        Path out = Path.of("target", "bench", "measurement-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("written to " + out.toAbsolutePath());
    }

    private static void measure(StringBuilder report, String label, TestServer.Client client, String id, DSLContext dsl, long org,
                                long programId, MeasurementRepository repository) {
        Scope.Group group = new Scope.Group(ScopeLevel.PROGRAM, MeasurementFilter.NONE);
        List<Long> ids = List.of(programId);
        Supplier<?> overHttp = () -> {
            TestServer.Response response = client.query(QUERY, Map.of("id", id));
            if (response.body().has("errors")) {
                throw new IllegalStateException(response.body().toString());
            }
            return response;
        };
        Supplier<?> plainSql = () -> List.of(
                repository.reaction(dsl, org, group, ids),
                repository.learning(dsl, org, group, ids),
                repository.checks(dsl, org, group, ids),
                repository.citations(dsl, org, group, ids),
                repository.managerObservations(dsl, org, group, ids),
                repository.activeToolUsers(dsl, org, group, ids),
                repository.kpiReadings(dsl, org, MeasurementFilter.NONE, ids));
        // Alternate the two so that load from elsewhere on the machine hits both alike.
        double[][] both = timeAlternating(overHttp, plainSql);
        double[] graphql = both[0];
        double[] sql = both[1];
        report.append(String.format("| %s | GraphQL over HTTP | %.1f | %.1f |%n", label, percentile(graphql, 50), percentile(graphql, 95)));
        report.append(String.format("| %s | plain SQL | %.1f | %.1f |%n", label, percentile(sql, 50), percentile(sql, 95)));
        Map<String, Supplier<?>> parts = new java.util.LinkedHashMap<>();
        parts.put("reaction", () -> repository.reaction(dsl, org, group, ids));
        parts.put("learning", () -> repository.learning(dsl, org, group, ids));
        parts.put("checks", () -> repository.checks(dsl, org, group, ids));
        parts.put("citations", () -> repository.citations(dsl, org, group, ids));
        parts.put("managerObservations", () -> repository.managerObservations(dsl, org, group, ids));
        parts.put("activeToolUsers", () -> repository.activeToolUsers(dsl, org, group, ids));
        parts.put("kpiReadings", () -> repository.kpiReadings(dsl, org, MeasurementFilter.NONE, ids));
        parts.forEach((name, part) -> {
            double[] times = time(part);
            report.append(String.format("| %s | plain SQL, %s alone | %.1f | %.1f |%n", label, name, percentile(times, 50), percentile(times, 95)));
        });
        System.out.println(report);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double[][] timeAlternating(Supplier<?> first, Supplier<?> second) {
        for (int i = 0; i < WARMUP; i++) {
            first.get();
            second.get();
        }
        double[][] millis = new double[2][RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            first.get();
            long middle = System.nanoTime();
            second.get();
            millis[0][i] = (middle - start) / 1e6;
            millis[1][i] = (System.nanoTime() - middle) / 1e6;
        }
        Arrays.sort(millis[0]);
        Arrays.sort(millis[1]);
        return millis;
    }

    private static double[] time(Supplier<?> work) {
        for (int i = 0; i < WARMUP; i++) {
            work.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The indexes V3_1 adds, read from the generated model so the benchmark drops and recreates exactly those. */
    private static List<Index> coveringIndexes() {
        return dev.praxis.db.Indexes.class.getFields().length == 0 ? List.of() : Arrays.stream(dev.praxis.db.Indexes.class.getFields())
                .map(field -> {
                    try {
                        return (Index) field.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(index -> index.getName().startsWith("ix_measure_"))
                .toList();
    }

    /** 250 cohorts of 200 across the four tracks, each ended 100+ days ago; every person in one cohort. */
    private static long generate(DSLContext dsl, long org, LocalDate asOf) {
        Random random = new Random(42);
        LocalDateTime now = asOf.atStartOfDay();
        ProgramRepository programs = new ProgramRepository();
        Program program = programs.create(dsl, org, "Benchmark program", asOf.minusYears(1), true, FrameworkCatalog.load(dsl), now);
        List<Track> tracks = programs.tracksByProgram(dsl, org, List.of(program.id())).get(program.id());
        Map<Long, List<Module>> modules = programs.modulesByTrack(dsl, org, tracks.stream().map(Track::id).toList());
        List<Long> allModules = modules.values().stream().flatMap(List::stream).map(Module::id).toList();
        long phaseId = dsl.select(PHASE.ID).from(PHASE).where(PHASE.PROGRAM_ID.eq(program.id())).limit(1).fetchOne(PHASE.ID);

        PersonRepository people = new PersonRepository();
        List<PersonRepository.PersonUpsert> rows = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            rows.add(new PersonRepository.PersonUpsert("p" + i + "@bench.example", "Person " + i, null, "Dept " + (i % 40),
                    null, null, null));
            if (rows.size() == BATCH) {
                people.upsert(dsl, org, rows, now);
                rows.clear();
            }
        }
        List<Long> personIds = dsl.select(PERSON.ID).from(PERSON).where(PERSON.ORGANIZATION_ID.eq(org)).orderBy(PERSON.ID).fetch(PERSON.ID);

        var cohorts = new dev.praxis.cohort.CohortRepository();
        MeasurementStore store = new MeasurementStore();
        List<MeasurementStore.SurveyRow> surveys = new ArrayList<>();
        List<MeasurementStore.AssessmentRow> assessments = new ArrayList<>();
        List<MeasurementStore.CheckRow> checks = new ArrayList<>();
        List<MeasurementStore.ToolUsageRow> usage = new ArrayList<>();
        String[] classes = {"CONCRETE", "VAGUE", "NONE"};
        for (int c = 0; c * COHORT_SIZE < personIds.size(); c++) {
            Track track = tracks.get(c % tracks.size());
            LocalDate endsOn = asOf.minusDays(100 + c % 60);
            var cohort = cohorts.create(dsl, org, program.id(), track.id(), phaseId, "Cohort " + c, endsOn.minusWeeks(6), endsOn, now);
            List<Long> members = personIds.subList(c * COHORT_SIZE, Math.min(personIds.size(), (c + 1) * COHORT_SIZE));
            cohorts.enroll(dsl, org, cohort.id(), members, now);
            Place place = new Place(program.id(), track.id(), cohort.id());
            List<Module> trackModules = modules.get(track.id());
            double concreteShare = 0.4 + 0.4 * random.nextDouble();
            for (Long person : members) {
                for (int s = 0; s < SURVEYS_PER_PERSON; s++) {
                    int relevance = 1 + random.nextInt(5);
                    surveys.add(new MeasurementStore.SurveyRow(place, trackModules.get(s % trackModules.size()).id(), person, relevance,
                            1 + random.nextInt(5), random.nextInt(11), random.nextInt(10) == 0 ? "more practice" : null, endsOn));
                }
                int pre = 30 + random.nextInt(40);
                assessments.add(new MeasurementStore.AssessmentRow(place, null, person, "PRE", BigDecimal.valueOf(pre), endsOn.minusWeeks(6)));
                assessments.add(new MeasurementStore.AssessmentRow(place, null, person, "POST",
                        BigDecimal.valueOf(Math.min(100, pre + random.nextInt(40))), endsOn));
                for (int day : List.of(30, 60, 90)) {
                    String classification = random.nextDouble() < concreteShare ? classes[0] : classes[1 + random.nextInt(2)];
                    Long cited = classification.equals("CONCRETE") || random.nextInt(4) == 0
                            ? (random.nextInt(10) == 0 ? allModules.get(random.nextInt(allModules.size()))
                            : trackModules.get(random.nextInt(trackModules.size())).id()) : null;
                    checks.add(new MeasurementStore.CheckRow(place, person, day, "answer", classification, cited, endsOn.plusDays(day + 1)));
                }
                usage.add(new MeasurementStore.ToolUsageRow(person, "Copilot", endsOn.plusDays(random.nextInt(60)), 20));
            }
            if (surveys.size() >= BATCH * 2) {
                flush(dsl, org, store, surveys, assessments, checks, usage, now);
            }
        }
        flush(dsl, org, store, surveys, assessments, checks, usage, now);
        for (int i = 0; i < PEOPLE / 10; i++) {
            long person = personIds.get(random.nextInt(personIds.size()));
            long manager = personIds.get(random.nextInt(personIds.size()));
            store.insertObservation(dsl, org, manager, person, "observed", asOf.minusDays(random.nextInt(60)), now);
        }
        store.insertKpis(dsl, org, List.of(
                new MeasurementStore.KpiRow(program.id(), Kpi.PRODUCTIVITY, "DEPARTMENT", "Dept 1", "TRAINED", "BASELINE", 100, asOf.minusMonths(9)),
                new MeasurementStore.KpiRow(program.id(), Kpi.PRODUCTIVITY, "DEPARTMENT", "Dept 1", "TRAINED", "CURRENT", 121, asOf.minusDays(10)),
                new MeasurementStore.KpiRow(program.id(), Kpi.PRODUCTIVITY, "DEPARTMENT", "Dept 1", "UNTRAINED", "BASELINE", 100, asOf.minusMonths(9)),
                new MeasurementStore.KpiRow(program.id(), Kpi.PRODUCTIVITY, "DEPARTMENT", "Dept 1", "UNTRAINED", "CURRENT", 103, asOf.minusDays(10))), now);
        dsl.update(ENROLLMENT).set(ENROLLMENT.STATUS, "COMPLETED").where(ENROLLMENT.ORGANIZATION_ID.eq(org)).execute();
        return program.id();
    }

    private static void flush(DSLContext dsl, long org, MeasurementStore store, List<MeasurementStore.SurveyRow> surveys,
                              List<MeasurementStore.AssessmentRow> assessments, List<MeasurementStore.CheckRow> checks,
                              List<MeasurementStore.ToolUsageRow> usage, LocalDateTime now) {
        dsl.transaction(tx -> {
            store.insertSurveys(tx.dsl(), org, surveys, now);
            store.insertAssessments(tx.dsl(), org, assessments, now);
            store.upsertChecks(tx.dsl(), org, checks, now);
            store.upsertToolUsage(tx.dsl(), org, usage, now);
        });
        surveys.clear();
        assessments.clear();
        checks.clear();
        usage.clear();
    }
}
