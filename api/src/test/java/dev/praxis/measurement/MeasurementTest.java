package dev.praxis.measurement;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every measurement figure against values worked out by hand on a small fixed program:
 * Finance (5 people, 90-day concrete share exactly 0.60), Sales (4 people, 0.50) and an empty
 * executive cohort. The numbers in the comments are the hand computation.
 */
class MeasurementTest {
    private static TestServer server;
    private static TestServer.Client acme;
    private static String programId;
    private static String finance;
    private static String sales;
    private static String empty;
    private static final Map<String, String> modules = new HashMap<>();   // "PROFESSIONAL-1" -> id
    private static final Map<String, String> people = new HashMap<>();    // "f1" -> id

    @BeforeAll
    static void setUp() {
        server = TestServer.start();
        acme = server.newOrganization("Acme");
        JsonNode program = acme.data("""
                mutation { createProgram(input: {name: "AI 2026", startsOn: "2026-03-02"}) {
                  program { id phases { id kind } tracks { id audience modules { id code } } } } }""").path("createProgram").path("program");
        programId = program.path("id").asText();
        // Gates are not under test here: open the gated phases so cohorts can be created.
        program.path("phases").forEach(phase -> {
            if (!phase.path("kind").asText().equals("FOUNDATION") && !phase.path("kind").asText().equals("CONTINUOUS")) {
                acme.data("mutation($p: ID!) { overrideGate(input: {phaseId: $p, justification: \"gates are not under test in the measurement tests\"}) { userErrors { message } } }",
                        Map.of("p", phase.path("id").asText()));
            }
        });
        Map<String, String> tracks = new HashMap<>();
        program.path("tracks").forEach(track -> {
            tracks.put(track.path("audience").asText(), track.path("id").asText());
            track.path("modules").forEach(module -> modules.put(track.path("audience").asText() + "-" + module.path("code").asText(),
                    module.path("id").asText()));
        });
        List<Map<String, Object>> persons = new ArrayList<>();
        persons.add(Map.of("email", "mgr@acme.example", "displayName", "Manager", "audience", "PROFESSIONAL"));
        for (String name : List.of("f1", "f2", "f3", "f4", "f5", "s1", "s2", "s3", "s4", "x1")) {
            Map<String, Object> person = new HashMap<>(Map.of("email", name + "@acme.example", "displayName", name, "audience", "PROFESSIONAL"));
            if (name.equals("f1") || name.equals("f2")) {
                person.put("managerEmail", "mgr@acme.example");
            }
            persons.add(person);
        }
        acme.data("mutation($input: UpsertPeopleInput!) { upsertPeople(input: $input) { people { id email } userErrors { field } } }",
                Map.of("input", Map.of("people", persons))).path("upsertPeople").path("people")
                .forEach(p -> people.put(p.path("email").asText().replace("@acme.example", ""), p.path("id").asText()));
        finance = cohort(tracks.get("PROFESSIONAL"), "Finance", "2026-05-04", "2026-06-01", "f1", "f2", "f3", "f4", "f5");
        sales = cohort(tracks.get("PROFESSIONAL"), "Sales", "2026-05-18", "2026-06-15", "s1", "s2", "s3", "s4");
        empty = cohort(tracks.get("EXECUTIVE"), "Executives", "2026-04-01", "2026-05-01");

        assertRecorded("recordBehaviorCheckResponses", "RecordBehaviorCheckResponsesInput", "responses", List.of(
                // Finance, day 90: 3 concrete of 5 = 0.60 exactly. f3 cites a module of another track (EXECUTIVE-1).
                check("f1", finance, 90, "CONCRETE", "PROFESSIONAL-1", "2026-08-30"),
                check("f2", finance, 90, "CONCRETE", "PROFESSIONAL-1", "2026-09-01"),
                check("f3", finance, 90, "CONCRETE", "EXECUTIVE-1", "2026-09-01"),
                check("f4", finance, 90, "VAGUE", null, "2026-09-01"),
                check("f5", finance, 90, "NONE", null, "2026-09-01"),
                // Finance, day 30: 1 of 2
                check("f1", finance, 30, "CONCRETE", "PROFESSIONAL-3", "2026-07-01"),
                check("f2", finance, 30, "VAGUE", null, "2026-07-02"),
                // Sales, day 90: 2 concrete of 4 = 0.50; the vague one cites PROFESSIONAL-2
                check("s1", sales, 90, "CONCRETE", "PROFESSIONAL-1", "2026-09-15"),
                check("s2", sales, 90, "CONCRETE", "PROFESSIONAL-3", "2026-09-15"),
                check("s3", sales, 90, "VAGUE", "PROFESSIONAL-2", "2026-09-16"),
                check("s4", sales, 90, "VAGUE", null, "2026-09-16")), 11);
        assertRecorded("recordSurveyResponses", "RecordSurveyResponsesInput", "responses", List.of(
                survey("f1", finance, 5, 4, 10, null),
                survey("f2", finance, 4, 4, 9, null),
                survey("f3", finance, 3, 2, 7, "More examples from month-end close"),
                survey("f4", finance, 2, 3, 6, null),
                survey("f5", finance, 1, 1, 0, null),
                survey("s1", sales, 4, 5, 3, null)), 6);
        assertRecorded("recordAssessments", "RecordAssessmentsInput", "assessments", List.of(
                assessment("f1", null, "PRE", 40), assessment("f1", null, "POST", 70), assessment("f1", null, "EXERCISE", 80),
                assessment("f2", null, "PRE", 50), assessment("f2", null, "POST", 60), assessment("f2", null, "EXERCISE", 90),
                assessment("f3", null, "PRE", 60), assessment("f2", "PROFESSIONAL-2", "SCENARIO", 75)), 8);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void behaviorCheckPerCohortWithTheExactSixtyPercentBoundary() {
        JsonNode cohorts = acme.data("""
                query($id: ID!) { program(id: $id) { cohorts { nodes { name completionRate concreteShare90
                  behaviorCheck { day respondents concrete vague none concreteShare verdict byModule { module { id } citedConcretely cited } }
                  day30: behaviorCheck(day: 30) { respondents concrete concreteShare verdict } } } } }""",
                Map.of("id", programId)).path("program").path("cohorts").path("nodes");
        JsonNode financeNode = cohorts.path(0);
        assertThat(financeNode.path("name").asText()).isEqualTo("Finance");
        JsonNode check = financeNode.path("behaviorCheck");
        assertThat(check.path("day").asInt()).isEqualTo(90);
        assertThat(check.path("respondents").asInt()).isEqualTo(5);
        assertThat(check.path("concrete").asInt()).isEqualTo(3);
        assertThat(check.path("vague").asInt()).isEqualTo(1);
        assertThat(check.path("none").asInt()).isEqualTo(1);
        assertThat(check.path("concreteShare").asDouble()).isEqualTo(0.6);
        assertThat(check.path("verdict").asText()).isEqualTo("PASSING");
        assertThat(financeNode.path("concreteShare90").asDouble()).isEqualTo(0.6);
        // byModule: PROFESSIONAL-1 twice, then EXECUTIVE-1 (another track of the program) once
        assertThat(check.path("byModule")).hasSize(2);
        assertThat(check.path("byModule").path(0).path("module").path("id").asText()).isEqualTo(modules.get("PROFESSIONAL-1"));
        assertThat(check.path("byModule").path(0).path("citedConcretely").asInt()).isEqualTo(2);
        assertThat(check.path("byModule").path(1).path("module").path("id").asText()).isEqualTo(modules.get("EXECUTIVE-1"));
        assertThat(check.path("byModule").path(1).path("citedConcretely").asInt()).isEqualTo(1);
        assertThat(financeNode.path("day30").path("respondents").asInt()).isEqualTo(2);
        assertThat(financeNode.path("day30").path("concreteShare").asDouble()).isEqualTo(0.5);
        assertThat(financeNode.path("day30").path("verdict").asText()).isEqualTo("FAILING");

        JsonNode salesCheck = cohorts.path(1).path("behaviorCheck");
        assertThat(salesCheck.path("respondents").asInt()).isEqualTo(4);
        assertThat(salesCheck.path("concreteShare").asDouble()).isEqualTo(0.5);
        assertThat(salesCheck.path("verdict").asText()).isEqualTo("FAILING");

        JsonNode emptyNode = cohorts.path(2);
        assertThat(emptyNode.path("completionRate").asDouble()).isEqualTo(0.0);
        assertThat(emptyNode.path("concreteShare90").isNull()).isTrue();
        assertThat(emptyNode.path("behaviorCheck").path("respondents").asInt()).isEqualTo(0);
        assertThat(emptyNode.path("behaviorCheck").path("concreteShare").isNull()).isTrue();
        assertThat(emptyNode.path("behaviorCheck").path("verdict").asText()).isEqualTo("INSUFFICIENT_DATA");
        assertThat(emptyNode.path("behaviorCheck").path("byModule")).isEmpty();
    }

    @Test
    void programRollsUpEveryCohortAndCreditsCitedModulesAcrossTracks() {
        JsonNode program = acme.data("""
                query($id: ID!) { program(id: $id) { completionRate concreteShare90
                  behaviorCheck(day: 90) { respondents concrete vague none concreteShare verdict byModule { module { id } citedConcretely cited } }
                  tracks { audience behaviorCheck { respondents } modules { code transfer { citedConcretely cited } } } } }""",
                Map.of("id", programId)).path("program");
        JsonNode check = program.path("behaviorCheck");
        // 9 respondents: 5 concrete, 3 vague, 1 none -> 5/9, failing
        assertThat(check.path("respondents").asInt()).isEqualTo(9);
        assertThat(check.path("concrete").asInt()).isEqualTo(5);
        assertThat(check.path("vague").asInt()).isEqualTo(3);
        assertThat(check.path("none").asInt()).isEqualTo(1);
        assertThat(check.path("concreteShare").asDouble()).isCloseTo(5.0 / 9, within(1e-9));
        assertThat(check.path("verdict").asText()).isEqualTo("FAILING");
        assertThat(program.path("concreteShare90").asDouble()).isCloseTo(5.0 / 9, within(1e-9));
        assertThat(program.path("completionRate").asDouble()).isEqualTo(0.0);
        Map<String, Integer> byModule = new LinkedHashMap<>();
        check.path("byModule").forEach(m -> byModule.put(m.path("module").path("id").asText(), m.path("citedConcretely").asInt()));
        assertThat(byModule).containsExactly(
                Map.entry(modules.get("PROFESSIONAL-1"), 3),
                Map.entry(modules.get("EXECUTIVE-1"), 1),
                Map.entry(modules.get("PROFESSIONAL-3"), 1));

        Map<String, String> transfer = new HashMap<>();
        program.path("tracks").forEach(track -> track.path("modules").forEach(module -> transfer.put(
                track.path("audience").asText() + "-" + module.path("code").asText(),
                module.path("transfer").path("citedConcretely").asInt() + "/" + module.path("transfer").path("cited").asInt())));
        assertThat(transfer.get("PROFESSIONAL-1")).isEqualTo("3/3");
        assertThat(transfer.get("PROFESSIONAL-2")).isEqualTo("0/1");   // cited only vaguely
        assertThat(transfer.get("PROFESSIONAL-3")).isEqualTo("1/1");   // the day-30 citation does not count at 90
        assertThat(transfer.get("PROFESSIONAL-4")).isEqualTo("0/0");   // never cited
        assertThat(transfer.get("EXECUTIVE-1")).isEqualTo("1/1");      // cited from a PROFESSIONAL cohort
        // the executive track's own cohorts have no respondents: the cross-track citation does not move them
        assertThat(program.path("tracks").path(0).path("audience").asText()).isEqualTo("EXECUTIVE");
        assertThat(program.path("tracks").path(0).path("behaviorCheck").path("respondents").asInt()).isEqualTo(0);
        assertThat(program.path("tracks").path(2).path("behaviorCheck").path("respondents").asInt()).isEqualTo(9);
    }

    @Test
    void reactionAndLearningFigures() {
        JsonNode program = acme.data("""
                query($id: ID!) { program(id: $id) { measurement {
                  reaction { responses meanRelevance meanConfidence promoters detractors nps missingMentions }
                  learning { assessed assessments meanPre meanPost meanGain pairs meanExercise meanScenario meanPeerTeaching } } }
                  cohort: node(id: "%s") { ... on Cohort { measurement { reaction { responses meanRelevance meanConfidence nps } } } } }"""
                .formatted(finance), Map.of("id", programId));
        JsonNode reaction = program.path("program").path("measurement").path("reaction");
        // relevance 5+4+3+2+1+4 = 19 / 6; confidence 4+4+2+3+1+5 = 19 / 6; promoters 10,9; detractors 6,0,3
        assertThat(reaction.path("responses").asInt()).isEqualTo(6);
        assertThat(reaction.path("meanRelevance").asDouble()).isCloseTo(19.0 / 6, within(1e-4));
        assertThat(reaction.path("meanConfidence").asDouble()).isCloseTo(19.0 / 6, within(1e-4));
        assertThat(reaction.path("promoters").asInt()).isEqualTo(2);
        assertThat(reaction.path("detractors").asInt()).isEqualTo(3);
        assertThat(reaction.path("nps").asDouble()).isCloseTo(100.0 * (2 - 3) / 6, within(1e-9));
        assertThat(reaction.path("missingMentions").asInt()).isEqualTo(1);
        JsonNode financeReaction = program.path("cohort").path("measurement").path("reaction");
        // Finance only: relevance 15/5 = 3, confidence 14/5 = 2.8, NPS (2 - 2) / 5 = 0
        assertThat(financeReaction.path("responses").asInt()).isEqualTo(5);
        assertThat(financeReaction.path("meanRelevance").asDouble()).isCloseTo(3.0, within(1e-4));
        assertThat(financeReaction.path("meanConfidence").asDouble()).isCloseTo(2.8, within(1e-4));
        assertThat(financeReaction.path("nps").asDouble()).isEqualTo(0.0);

        JsonNode tracks = acme.data("query($id: ID!) { program(id: $id) { tracks { audience measurement { reaction { responses } learning { assessed } } } } }",
                Map.of("id", programId)).path("program").path("tracks");
        assertThat(tracks.path(0).path("measurement").path("reaction").path("responses").asInt()).isZero();      // EXECUTIVE
        assertThat(tracks.path(2).path("measurement").path("reaction").path("responses").asInt()).isEqualTo(6);  // PROFESSIONAL
        assertThat(tracks.path(2).path("measurement").path("learning").path("assessed").asInt()).isEqualTo(3);

        JsonNode learning = program.path("program").path("measurement").path("learning");
        // pre 40, 50, 60 -> 50; post 70, 60 -> 65; gains 30 and 10 -> 20 over 2 pairs; exercises 80, 90; scenario 75
        assertThat(learning.path("assessed").asInt()).isEqualTo(3);
        assertThat(learning.path("assessments").asInt()).isEqualTo(8);
        assertThat(learning.path("meanPre").asDouble()).isCloseTo(50.0, within(1e-4));
        assertThat(learning.path("meanPost").asDouble()).isCloseTo(65.0, within(1e-4));
        assertThat(learning.path("meanGain").asDouble()).isCloseTo(20.0, within(1e-4));
        assertThat(learning.path("pairs").asInt()).isEqualTo(2);
        assertThat(learning.path("meanExercise").asDouble()).isCloseTo(85.0, within(1e-4));
        assertThat(learning.path("meanScenario").asDouble()).isCloseTo(75.0, within(1e-4));
        assertThat(learning.path("meanPeerTeaching").isNull()).isTrue();
    }

    @Test
    void filtersByAudienceAndDateRange() {
        JsonNode program = acme.data("""
                query($id: ID!) { program(id: $id) {
                  exec: behaviorCheck(filter: {audience: EXECUTIVE}) { respondents verdict }
                  pro: behaviorCheck(filter: {audience: PROFESSIONAL}) { respondents concrete }
                  early: behaviorCheck(filter: {to: "2026-09-01"}) { respondents concrete }
                  late: measurement(filter: {from: "2026-09-02"}) { reaction { responses } behavior { checks { day respondents } } } } }""",
                Map.of("id", programId)).path("program");
        assertThat(program.path("exec").path("respondents").asInt()).isEqualTo(0);
        assertThat(program.path("exec").path("verdict").asText()).isEqualTo("INSUFFICIENT_DATA");
        assertThat(program.path("pro").path("respondents").asInt()).isEqualTo(9);
        // answered on or before 2026-09-01: the five Finance answers (f1 on 08-30, the rest on 09-01)
        assertThat(program.path("early").path("respondents").asInt()).isEqualTo(5);
        assertThat(program.path("early").path("concrete").asInt()).isEqualTo(3);
        assertThat(acme.query("query($id: ID!) { program(id: $id) { behaviorCheck(day: 45) { respondents } } }", Map.of("id", programId))
                .firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(acme.query("query($id: ID!) { program(id: $id) { measurement(filter: {from: \"2026-10-01\", to: \"2026-09-01\"}) { reaction { responses } } } }",
                Map.of("id", programId)).firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        JsonNode checks = program.path("late").path("behavior").path("checks");
        assertThat(checks.path(0).path("day").asInt()).isEqualTo(30);
        assertThat(checks.path(0).path("respondents").asInt()).isEqualTo(0);
        assertThat(checks.path(2).path("respondents").asInt()).isEqualTo(4);
    }

    @Test
    void aPageOfCohortsIsMeasuredWithoutOneQueryPerRow() {
        String query = """
                query($id: ID!, $n: Int) { program(id: $id) { cohorts(first: $n) { nodes { completionRate concreteShare90
                  measurement { reaction { nps } learning { meanGain } behavior { managerObservations activeToolUsers
                    checks { day concreteShare byModule { citedConcretely module { title } } } } results { kpis { kpi } } }
                  behaviorCheck { verdict byModule { citedConcretely } } } } } }""";
        int one = acme.query(query, Map.of("id", programId, "n", 1)).sqlStatements();
        int three = acme.query(query, Map.of("id", programId, "n", 3)).sqlStatements();
        assertThat(one).isPositive();
        assertThat(three).isEqualTo(one);
    }

    @Test
    void badAnswersAreUserErrorsWithTheirPathAndWriteNothing() {
        int before = programRespondents();
        JsonNode payload = record("recordBehaviorCheckResponses", "RecordBehaviorCheckResponsesInput", "responses", List.of(
                check("s1", sales, 60, "CONCRETE", null, "2026-08-20"),          // valid (opens 2026-08-14)
                check("f1", finance, 90, "CONCRETE", null, "2026-08-29"),        // one day before the 90-day check opens
                check("f2", finance, 45, "CONCRETE", null, "2026-10-01"),        // not a check day
                check("x1", finance, 90, "CONCRETE", null, "2026-10-01"),        // not enrolled
                check("f4", finance, 90, "CONCRETE", null, "2027-01-01")));      // in the future
        assertThat(payload.path("recorded").asInt()).isZero();
        assertThat(errors(payload)).containsExactlyInAnyOrder(
                "input.responses.1.answeredOn:OUT_OF_RANGE",
                "input.responses.2.day:OUT_OF_RANGE",
                "input.responses.3.personId:INVALID",
                "input.responses.4.answeredOn:OUT_OF_RANGE");
        assertThat(programRespondents()).isEqualTo(before);
        assertThat(acme.data("query($id: ID!) { node(id: $id) { ... on Cohort { behaviorCheck(day: 60) { respondents } } } }",
                Map.of("id", sales)).path("node").path("behaviorCheck").path("respondents").asInt()).isZero();

        JsonNode survey = record("recordSurveyResponses", "RecordSurveyResponsesInput", "responses", List.of(
                survey("f1", finance, 5, 5, 10, null),
                survey("f2", finance, 4, 0, 11, null),
                survey("s1", sales, 6, 3, 5, null)));
        assertThat(errors(survey)).containsExactlyInAnyOrder(
                "input.responses.1.confidence:OUT_OF_RANGE", "input.responses.1.nps:OUT_OF_RANGE",
                "input.responses.2.relevance:OUT_OF_RANGE");
        Map<String, Object> surveyWithForeignModule = survey("f1", finance, 5, 5, 10, null);
        surveyWithForeignModule.put("moduleId", modules.get("EXECUTIVE-2"));
        assertThat(errors(record("recordSurveyResponses", "RecordSurveyResponsesInput", "responses", List.of(surveyWithForeignModule))))
                .containsExactly("input.responses.0.moduleId:INVALID");
        assertThat(errors(record("recordAssessments", "RecordAssessmentsInput", "assessments",
                List.of(assessment("f1", null, "POST", 100.5))))).containsExactly("input.assessments.0.score:OUT_OF_RANGE");
        assertThat(acme.data("query($id: ID!) { program(id: $id) { measurement { reaction { responses } learning { assessments } } } }",
                Map.of("id", programId)).path("program").path("measurement").path("reaction").path("responses").asInt()).isEqualTo(6);
    }

    @Test
    void aCitedModuleMustBelongToTheCohortsProgram() {
        String other = acme.data("""
                mutation { createProgram(input: {name: "Other"}) { program { tracks { modules { id } } } } }""")
                .path("createProgram").path("program").path("tracks").path(0).path("modules").path(0).path("id").asText();
        Map<String, Object> response = check("f1", finance, 60, "CONCRETE", null, "2026-08-01");
        response.put("moduleId", other);
        assertThat(errors(record("recordBehaviorCheckResponses", "RecordBehaviorCheckResponsesInput", "responses", List.of(response))))
                .containsExactly("input.responses.0.moduleId:INVALID");
    }

    @Test
    void managerObservationsAndToolUsageCountAfterTheCohortStarted() {
        JsonNode observed = acme.data("""
                mutation($input: RecordManagerObservationInput!) { recordManagerObservation(input: $input) {
                  observation { manager { email } person { email } behavior observedOn } userErrors { field code } } }""",
                Map.of("input", Map.of("managerId", people.get("mgr"), "personId", people.get("f1"),
                        "behavior", "Drafted the variance commentary with the assistant and checked every figure", "observedOn", "2026-07-01")))
                .path("recordManagerObservation");
        assertThat(observed.path("userErrors")).isEmpty();
        assertThat(observed.path("observation").path("manager").path("email").asText()).isEqualTo("mgr@acme.example");
        acme.data("mutation($input: RecordManagerObservationInput!) { recordManagerObservation(input: $input) { userErrors { field } } }",
                Map.of("input", Map.of("managerId", people.get("mgr"), "personId", people.get("f2"),
                        "behavior", "Before the course started", "observedOn", "2026-04-01")));
        JsonNode notManager = acme.data("""
                mutation($input: RecordManagerObservationInput!) { recordManagerObservation(input: $input) { observation { behavior } userErrors { field code } } }""",
                Map.of("input", Map.of("managerId", people.get("s1"), "personId", people.get("f1"),
                        "behavior", "Something", "observedOn", "2026-07-01"))).path("recordManagerObservation");
        assertThat(errors(notManager)).containsExactly("input.managerId:INVALID");

        JsonNode usage = record("recordToolUsage", "RecordToolUsageInput", "usage", List.of(
                Map.of("personId", people.get("f1"), "tool", "Copilot", "usedOn", "2026-07-01", "activeMinutes", 30),
                Map.of("personId", people.get("f1"), "tool", "Copilot", "usedOn", "2026-07-02"),
                Map.of("email", "F2@acme.example", "tool", "Copilot", "usedOn", "2026-07-01"),
                Map.of("personId", people.get("f3"), "tool", "Copilot", "usedOn", "2026-04-01")));
        assertThat(usage.path("recorded").asInt()).isEqualTo(4);
        JsonNode badUsage = record("recordToolUsage", "RecordToolUsageInput", "usage", List.of(
                Map.of("email", "nobody@acme.example", "tool", "Copilot", "usedOn", "2026-07-01"),
                Map.of("personId", people.get("f1"), "tool", " ", "usedOn", "2026-07-01")));
        assertThat(errors(badUsage)).containsExactlyInAnyOrder("input.usage.0.email:NOT_FOUND", "input.usage.1.tool:REQUIRED");

        JsonNode behavior = acme.data("query($id: ID!) { node(id: $id) { ... on Cohort { measurement { behavior { managerObservations activeToolUsers } } } } }",
                Map.of("id", finance)).path("node").path("measurement").path("behavior");
        // f1's observation of 07-01 counts; f2's of 04-01 is before the cohort started. f1 and f2 used a tool after 05-04, f3 only before.
        assertThat(behavior.path("managerObservations").asInt()).isEqualTo(1);
        assertThat(behavior.path("activeToolUsers").asInt()).isEqualTo(2);
    }

    @Test
    void kpiChangeFromBaselineTrainedVersusUntrained() {
        JsonNode recorded = record("recordKpiMeasurements", "RecordKpiMeasurementsInput", "measurements", List.of(
                kpi("PRODUCTIVITY", "TEAM", "Finance", "TRAINED", "BASELINE", 100, "2026-03-01"),
                kpi("PRODUCTIVITY", "TEAM", "Finance", "TRAINED", "CURRENT", 110, "2026-09-01"),
                kpi("PRODUCTIVITY", "TEAM", "Finance", "TRAINED", "CURRENT", 120, "2026-10-01"),
                kpi("PRODUCTIVITY", "TEAM", "Finance", "UNTRAINED", "BASELINE", 100, "2026-03-01"),
                kpi("PRODUCTIVITY", "TEAM", "Finance", "UNTRAINED", "CURRENT", 104, "2026-10-01"),
                kpi("AI_ASSISTED_ERROR_RATE", "AUDIENCE", "PROFESSIONAL", "ALL", "BASELINE", 0.2, "2026-03-01"),
                kpi("AI_ASSISTED_ERROR_RATE", "AUDIENCE", "PROFESSIONAL", "ALL", "CURRENT", 0.15, "2026-10-01")));
        assertThat(recorded.path("recorded").asInt()).isEqualTo(7);
        JsonNode bad = record("recordKpiMeasurements", "RecordKpiMeasurementsInput", "measurements", List.of(
                kpi("PRODUCTIVITY", "AUDIENCE", "Everyone", "ALL", "BASELINE", 1, "2026-03-01")));
        assertThat(errors(bad)).containsExactly("input.measurements.0.scope:INVALID");

        JsonNode kpis = acme.data("""
                query($id: ID!) { program(id: $id) {
                  all: measurement { results { kpis { kpi scopeKind scope trainedVersusUntrained
                    all { change relativeChange improved } trained { baseline current currentOn change relativeChange improved } untrained { change } } } }
                  exec: measurement(filter: {audience: EXECUTIVE}) { results { kpis { kpi } } } } }""",
                Map.of("id", programId)).path("program");
        JsonNode results = kpis.path("all").path("results").path("kpis");
        assertThat(results).hasSize(2);
        JsonNode productivity = results.path(0);
        assertThat(productivity.path("kpi").asText()).isEqualTo("PRODUCTIVITY");
        assertThat(productivity.path("all").isNull()).isTrue();
        assertThat(productivity.path("trained").path("current").asDouble()).isEqualTo(120.0);
        assertThat(productivity.path("trained").path("currentOn").asText()).isEqualTo("2026-10-01");
        assertThat(productivity.path("trained").path("change").asDouble()).isEqualTo(20.0);
        assertThat(productivity.path("trained").path("relativeChange").asDouble()).isEqualTo(0.2);
        assertThat(productivity.path("untrained").path("change").asDouble()).isEqualTo(4.0);
        assertThat(productivity.path("trainedVersusUntrained").asDouble()).isEqualTo(16.0);
        JsonNode errorRate = results.path(1);
        assertThat(errorRate.path("all").path("change").asDouble()).isCloseTo(-0.05, within(1e-9));
        assertThat(errorRate.path("all").path("improved").asBoolean()).isTrue();
        assertThat(errorRate.path("trainedVersusUntrained").isNull()).isTrue();
        // the EXECUTIVE filter drops the reading scoped to the PROFESSIONAL audience, keeps the team one
        assertThat(kpis.path("exec").path("results").path("kpis")).hasSize(1);
    }

    @Test
    void targetBehaviorsThreeToFiveReplacedAsAWholeWithObservedStatus() {
        String mutation = """
                mutation($input: DefineTargetBehaviorsInput!) { defineTargetBehaviors(input: $input) {
                  targetBehaviors { id description target metric observed status module { id } } userErrors { field code } } }""";
        List<Map<String, Object>> three = List.of(
                Map.of("description", "Applies AI to a real task", "measure", "90-day concrete share", "target", 0.6, "metric", "CONCRETE_SHARE"),
                Map.of("description", "Uses the daily-workflow module", "measure", "Share citing module 1", "target", 0.3,
                        "metric", "MODULE_CITED_SHARE", "moduleId", modules.get("PROFESSIONAL-1")),
                Map.of("description", "Flags a wrong AI output to a colleague", "measure", "Manager interviews", "target", 0.5));
        JsonNode defined = acme.data(mutation, Map.of("input", Map.of("programId", programId, "behaviors", three)))
                .path("defineTargetBehaviors");
        assertThat(defined.path("userErrors")).isEmpty();
        JsonNode targets = defined.path("targetBehaviors");
        assertThat(targets).hasSize(3);
        // program 90-day: 5/9 below 0.6
        assertThat(targets.path(0).path("observed").asDouble()).isCloseTo(5.0 / 9, within(1e-9));
        assertThat(targets.path(0).path("status").asText()).isEqualTo("BELOW_TARGET");
        // PROFESSIONAL track: 3 concrete citations of module 1 among its 9 respondents = 1/3 >= 0.3
        assertThat(targets.path(1).path("observed").asDouble()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(targets.path(1).path("status").asText()).isEqualTo("ON_TARGET");
        assertThat(targets.path(2).path("observed").isNull()).isTrue();
        assertThat(targets.path(2).path("status").asText()).isEqualTo("NOT_MEASURED");

        JsonNode two = acme.data(mutation, Map.of("input", Map.of("programId", programId, "behaviors", three.subList(0, 2))))
                .path("defineTargetBehaviors");
        assertThat(errors(two)).containsExactly("input.behaviors:OUT_OF_RANGE");
        List<Map<String, Object>> six = new ArrayList<>(three);
        six.addAll(three);
        assertThat(errors(acme.data(mutation, Map.of("input", Map.of("programId", programId, "behaviors", six)))
                .path("defineTargetBehaviors"))).containsExactly("input.behaviors:OUT_OF_RANGE");
        List<Map<String, Object>> badTarget = new ArrayList<>(three);
        badTarget.set(2, Map.of("description", "x", "measure", "y", "target", 1.5));
        assertThat(errors(acme.data(mutation, Map.of("input", Map.of("programId", programId, "behaviors", badTarget)))
                .path("defineTargetBehaviors"))).containsExactly("input.behaviors.2.target:OUT_OF_RANGE");
        // still the three of before
        JsonNode current = acme.data("query($id: ID!) { program(id: $id) { targetBehaviors { id description } } }",
                Map.of("id", programId)).path("program").path("targetBehaviors");
        assertThat(current).hasSize(3);
        assertThat(current.path(0).path("id").asText()).isEqualTo(targets.path(0).path("id").asText());
        assertThat(acme.data("query($id: ID!) { node(id: $id) { ... on TargetBehavior { description } } }",
                Map.of("id", targets.path(2).path("id").asText())).path("node").path("description").asText())
                .isEqualTo("Flags a wrong AI output to a colleague");
    }

    @Test
    void anotherOrganizationCanNeitherRecordAgainstNorReadThisOne() {
        TestServer.Client globex = server.newOrganization("Globex");
        JsonNode payload = globex.data("mutation($input: RecordBehaviorCheckResponsesInput!) { recordBehaviorCheckResponses(input: $input) { recorded userErrors { field code } } }",
                Map.of("input", Map.of("responses", List.of(check("s1", sales, 60, "CONCRETE", null, "2026-08-20")))))
                .path("recordBehaviorCheckResponses");
        assertThat(errors(payload)).containsExactlyInAnyOrder("input.responses.0.personId:NOT_FOUND", "input.responses.0.cohortId:NOT_FOUND");
        assertThat(globex.data("query($id: ID!) { program(id: $id) { id } }", Map.of("id", programId)).path("program").isNull()).isTrue();
    }

    @Test
    void frameworkCarriesTheReferenceFiguresToCompareWith() {
        JsonNode benchmarks = acme.data("{ framework { benchmarks { key value } } }").path("framework").path("benchmarks");
        Map<String, Double> values = new HashMap<>();
        benchmarks.forEach(b -> values.put(b.path("key").asText(), b.path("value").asDouble()));
        assertThat(values).containsEntry("NO_CHANGE_AFTER_SIX_MONTHS", 0.78).containsEntry("ROLE_SPECIFIC_ROI_MULTIPLIER", 4.0)
                .containsEntry("BEHAVIOR_CHECK_PASS_SHARE", 0.6);
    }

    private static int programRespondents() {
        return acme.data("query($id: ID!) { program(id: $id) { behaviorCheck { respondents } } }", Map.of("id", programId))
                .path("program").path("behaviorCheck").path("respondents").asInt();
    }

    private static String cohort(String trackId, String name, String startsOn, String endsOn, String... members) {
        String id = acme.data("mutation($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id } } }",
                        Map.of("input", Map.of("trackId", trackId, "name", name, "startsOn", startsOn, "endsOn", endsOn)))
                .path("createCohort").path("cohort").path("id").asText();
        if (members.length > 0) {
            acme.data("mutation($input: EnrollParticipantsInput!) { enrollParticipants(input: $input) { enrolled } }",
                    Map.of("input", Map.of("cohortId", id, "personIds", java.util.Arrays.stream(members).map(people::get).toList())));
        }
        return id;
    }

    private static Map<String, Object> check(String person, String cohort, int day, String classification, String module, String on) {
        Map<String, Object> response = new HashMap<>(Map.of("personId", people.get(person), "cohortId", cohort, "day", day,
                "classification", classification, "answeredOn", on, "answer", "An answer from " + person));
        if (module != null) {
            response.put("moduleId", modules.get(module));
        }
        return response;
    }

    private static Map<String, Object> survey(String person, String cohort, int relevance, int confidence, int nps, String missing) {
        Map<String, Object> response = new HashMap<>(Map.of("personId", people.get(person), "cohortId", cohort,
                "relevance", relevance, "confidence", confidence, "nps", nps, "respondedOn", "2026-06-02"));
        if (missing != null) {
            response.put("missing", missing);
        }
        return response;
    }

    private static Map<String, Object> assessment(String person, String module, String kind, double score) {
        Map<String, Object> assessment = new HashMap<>(Map.of("personId", people.get(person), "cohortId", finance, "kind", kind,
                "score", score, "assessedOn", "2026-05-20"));
        if (module != null) {
            assessment.put("moduleId", modules.get(module));
        }
        return assessment;
    }

    private static Map<String, Object> kpi(String kpi, String scopeKind, String scope, String population, String kind, double value,
                                           String on) {
        return Map.of("programId", programId, "kpi", kpi, "scopeKind", scopeKind, "scope", scope, "population", population,
                "kind", kind, "value", value, "measuredOn", on);
    }

    private static JsonNode record(String mutation, String inputType, String list, List<? extends Map<String, Object>> items) {
        return acme.data("mutation($input: " + inputType + "!) { " + mutation + "(input: $input) { recorded userErrors { field code message } } }",
                Map.of("input", Map.of(list, items))).path(mutation);
    }

    private static void assertRecorded(String mutation, String inputType, String list, List<? extends Map<String, Object>> items, int expected) {
        JsonNode payload = record(mutation, inputType, list, items);
        assertThat(payload.path("userErrors")).as(payload.toString()).isEmpty();
        assertThat(payload.path("recorded").asInt()).isEqualTo(expected);
    }

    private static List<String> errors(JsonNode payload) {
        List<String> errors = new ArrayList<>();
        payload.path("userErrors").forEach(error -> {
            List<String> path = new ArrayList<>();
            error.path("field").forEach(part -> path.add(part.asText()));
            errors.add(String.join(".", path) + ":" + error.path("code").asText());
        });
        return errors;
    }
}
