package dev.praxis.roadmap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Blocked cohort creation, attestations, overrides and the audit trail, end to end over HTTP. Today is 2026-11-25. */
class GateHttpTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** In an organization of its own, a program with a trained manager (Mia, finished 2026-11-20) and an untrained one (Kofi), each with one report. */
    record Fixture(String programId, Map<String, String> phases, String professionalTrack, Map<String, String> people) {
    }

    static Fixture fixture(TestServer.Client client, String name) {
        JsonNode program = client.data("""
                mutation($name: String!) { createProgram(input: {name: $name, startsOn: "2026-09-07"}) {
                  program { id phases { id kind } tracks { id audience modules { id } } } } }""", Map.of("name", name))
                .path("createProgram").path("program");
        Map<String, String> phases = new java.util.HashMap<>();
        program.path("phases").forEach(p -> phases.put(p.path("kind").asText(), p.path("id").asText()));
        JsonNode professional = null;
        for (JsonNode track : program.path("tracks")) {
            if (track.path("audience").asText().equals("PROFESSIONAL")) {
                professional = track;
            }
        }
        String suffix = name.toLowerCase().replace(' ', '-') + ".example";
        JsonNode people = client.data("""
                mutation($people: [PersonInput!]!) { upsertPeople(input: {people: $people}) { people { id email } userErrors { message } } }""",
                Map.of("people", List.of(
                        Map.of("email", "mia@" + suffix, "displayName", "Mia Trained", "title", "Finance Manager", "audience", "PROFESSIONAL"),
                        Map.of("email", "kofi@" + suffix, "displayName", "Kofi Untrained", "title", "Sales Manager", "audience", "PROFESSIONAL"),
                        Map.of("email", "ann@" + suffix, "displayName", "Ann Analyst", "audience", "PROFESSIONAL", "managerEmail", "mia@" + suffix),
                        Map.of("email", "bo@" + suffix, "displayName", "Bo Buyer", "audience", "PROFESSIONAL", "managerEmail", "kofi@" + suffix))))
                .path("upsertPeople");
        assertThat(people.path("userErrors")).isEmpty();
        Map<String, String> ids = new java.util.HashMap<>();
        people.path("people").forEach(p -> ids.put(p.path("email").asText().split("@")[0], p.path("id").asText()));
        // The people managers are trained in a FOUNDATION cohort, ahead of the broad workforce.
        String managers = client.data("""
                mutation($track: ID!, $phase: ID!) { createCohort(input: {trackId: $track, name: "People managers", startsOn: "2026-10-01",
                  endsOn: "2026-11-20", phaseId: $phase}) { cohort { id } userErrors { message } } }""",
                Map.of("track", professional.path("id").asText(), "phase", phases.get("FOUNDATION")))
                .path("createCohort").path("cohort").path("id").asText();
        client.data("mutation($c: ID!, $p: [ID!]!) { enrollParticipants(input: {cohortId: $c, personIds: $p}) { enrolled } }",
                Map.of("c", managers, "p", List.of(ids.get("mia"), ids.get("kofi"))));
        List<Map<String, Object>> completions = new ArrayList<>();
        professional.path("modules").forEach(m -> completions.add(Map.of("personId", ids.get("mia"), "moduleId", m.path("id").asText(),
                "completedAt", "2026-11-20T10:00:00Z")));
        completions.add(Map.of("personId", ids.get("kofi"), "moduleId", professional.path("modules").path(0).path("id").asText(),
                "completedAt", "2026-10-08T10:00:00Z"));
        assertThat(client.data("mutation($c: [CompletionInput!]!) { recordCompletions(input: {completions: $c}) { userErrors { message } } }",
                Map.of("c", completions)).path("recordCompletions").path("userErrors")).isEmpty();
        return new Fixture(program.path("id").asText(), phases, professional.path("id").asText(), ids);
    }

    static JsonNode createTeamCohort(TestServer.Client client, Fixture fixture, String startsOn) {
        return client.data("""
                mutation($track: ID!, $start: Date!) { createCohort(input: {trackId: $track, name: "Finance teams", startsOn: $start}) {
                  cohort { id phase { kind } } userErrors { field message code } } }""",
                Map.of("track", fixture.professionalTrack(), "start", startsOn)).path("createCohort");
    }

    static int cohortCount(TestServer.Client client, Fixture fixture) {
        return client.data("query($id: ID!) { program(id: $id) { cohorts { totalCount } } }", Map.of("id", fixture.programId()))
                .path("program").path("cohorts").path("totalCount").asInt();
    }

    @Test
    void aBlockedPhaseRefusesCohortsUntilAttestedAndOverriddenAndTheAuditTrailShowsWhoDidWhat() {
        TestServer.Client acme = server.newOrganization("Gates end to end");
        Fixture fixture = fixture(acme, "Gates end to end");

        // 1. Nothing is in place: refused with every reason, and nothing written.
        JsonNode refused = createTeamCohort(acme, fixture, "2027-01-01");
        assertThat(refused.path("cohort").isNull()).isTrue();
        JsonNode error = refused.path("userErrors").path(0);
        assertThat(error.path("code").asText()).isEqualTo("GATE_BLOCKED");
        assertThat(error.path("field").toString()).isEqualTo("[\"input\",\"phaseId\"]");
        assertThat(error.path("message").asText()).contains("BROAD_WORKFORCE gate is blocked")
                .contains("TOOLS_DEPLOYED").contains("POLICY_COMMUNICATED").contains("SUCCESS_STORY")
                .contains("MANAGERS_TRAINED: Kofi Untrained (Sales Manager) has not finished a training")
                .doesNotContain("Mia Trained");
        assertThat(cohortCount(acme, fixture)).isEqualTo(1);

        // 2. Tool, story and policy attestation: only the untrained manager is left.
        assertThat(acme.data("""
                mutation($p: ID!) { deployTool(input: {programId: $p, name: "Copilot", audiences: [PROFESSIONAL], deployedOn: "2026-11-01"}) {
                  tool { name audiences deployedOn } userErrors { message } } }""", Map.of("p", fixture.programId()))
                .path("deployTool").path("tool").path("audiences").toString()).isEqualTo("[\"PROFESSIONAL\"]");
        assertThat(acme.data("""
                mutation($p: ID!) { recordSuccessStory(input: {programId: $p, title: "Close in four days", summary: "Finance closed the month a day faster.",
                  recordedOn: "2026-11-10"}) { successStory { title } userErrors { message } } }""", Map.of("p", fixture.programId()))
                .path("recordSuccessStory").path("userErrors")).isEmpty();
        JsonNode attested = acme.data("""
                mutation($phase: ID!) { attestGateCondition(input: {phaseId: $phase, kind: POLICY_COMMUNICATED,
                  evidenceUrl: "https://intranet.acme.example/ai-policy", attestedOn: "2026-11-20", audience: "All staff, by email and town hall"}) {
                  phase { gate { status conditions { kind satisfied reasons evidence { url date recordedBy description } } } }
                  auditEvent { action actor details } userErrors { message } } }""", Map.of("phase", fixture.phases().get("BROAD_WORKFORCE")))
                .path("attestGateCondition");
        assertThat(attested.path("userErrors")).isEmpty();
        assertThat(attested.path("auditEvent").path("action").asText()).isEqualTo("GATE_CONDITION_ATTESTED");
        assertThat(attested.path("auditEvent").path("actor").asText()).startsWith("test (");
        JsonNode conditions = attested.path("phase").path("gate").path("conditions");
        assertThat(conditions.path(2).path("satisfied").asBoolean()).isTrue();
        assertThat(conditions.path(2).path("evidence").path(0).path("url").asText()).isEqualTo("https://intranet.acme.example/ai-policy");
        assertThat(conditions.path(2).path("evidence").path(0).path("recordedBy").asText()).startsWith("test (");

        JsonNode stillRefused = createTeamCohort(acme, fixture, "2027-01-01");
        assertThat(stillRefused.path("userErrors").path(0).path("message").asText())
                .contains("MANAGERS_TRAINED").contains("Kofi Untrained").doesNotContain("POLICY_COMMUNICATED").doesNotContain("TOOLS_DEPLOYED");

        // 3. Override with a justification: the gate stays BLOCKED but lets cohorts start.
        JsonNode tooShort = acme.data("mutation($phase: ID!) { overrideGate(input: {phaseId: $phase, justification: \"go\"}) { userErrors { field code } } }",
                Map.of("phase", fixture.phases().get("BROAD_WORKFORCE"))).path("overrideGate");
        assertThat(tooShort.path("userErrors").path(0).path("code").asText()).isEqualTo("INVALID");
        JsonNode overridden = acme.data("""
                mutation($phase: ID!) { overrideGate(input: {phaseId: $phase,
                  justification: "Kofi's team starts with Mia as interim coach; Kofi finishes by mid-December."}) {
                  phase { gate { status allowsNewCohorts override { justification overriddenBy overriddenAt } } }
                  auditEvent { action details } userErrors { message } } }""", Map.of("phase", fixture.phases().get("BROAD_WORKFORCE")))
                .path("overrideGate");
        assertThat(overridden.path("userErrors")).isEmpty();
        JsonNode gate = overridden.path("phase").path("gate");
        assertThat(gate.path("status").asText()).isEqualTo("BLOCKED");
        assertThat(gate.path("allowsNewCohorts").asBoolean()).isTrue();
        assertThat(gate.path("override").path("overriddenBy").asText()).startsWith("test (");
        assertThat(overridden.path("auditEvent").path("details").asText()).contains("Kofi Untrained").contains("interim coach");

        JsonNode created = createTeamCohort(acme, fixture, "2027-01-01");
        assertThat(created.path("userErrors")).isEmpty();
        assertThat(created.path("cohort").path("phase").path("kind").asText()).isEqualTo("BROAD_WORKFORCE");
        JsonNode readiness = acme.data("""
                mutation($c: ID!, $p: [ID!]!) { enrollParticipants(input: {cohortId: $c, personIds: $p}) {
                  cohort { managerReadiness { teamMembers ready managers { manager { displayName } verdict finishedOn daysBefore teamMembers } } } } }""",
                Map.of("c", created.path("cohort").path("id").asText(), "p", List.of(fixture.people().get("ann"), fixture.people().get("bo"))))
                .path("enrollParticipants").path("cohort").path("managerReadiness");
        assertThat(readiness.path("teamMembers").asInt()).isEqualTo(2);
        assertThat(readiness.path("ready").asInt()).isEqualTo(1);
        assertThat(readiness.path("managers").toString()).contains(
                "{\"manager\":{\"displayName\":\"Mia Trained\"},\"verdict\":\"IN_WINDOW\",\"finishedOn\":\"2026-11-20\",\"daysBefore\":42,\"teamMembers\":1}",
                "{\"manager\":{\"displayName\":\"Kofi Untrained\"},\"verdict\":\"NOT_TRAINED\",\"finishedOn\":null,\"daysBefore\":null,\"teamMembers\":1}");

        // 4. The audit trail: who, when, what, oldest first, paginated.
        JsonNode trail = acme.data("""
                query($id: ID!) { program(id: $id) { auditTrail(first: 1) { totalCount pageInfo { hasNextPage endCursor }
                  nodes { id action actor occurredAt details phase { kind } } } } }""", Map.of("id", fixture.programId()))
                .path("program").path("auditTrail");
        assertThat(trail.path("totalCount").asInt()).isEqualTo(2);
        assertThat(trail.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        JsonNode first = trail.path("nodes").path(0);
        assertThat(first.path("action").asText()).isEqualTo("GATE_CONDITION_ATTESTED");
        assertThat(first.path("occurredAt").asText()).startsWith("2026-11-25T12:00");
        assertThat(first.path("details").asText()).contains("https://intranet.acme.example/ai-policy").contains("All staff");
        assertThat(first.path("phase").path("kind").asText()).isEqualTo("BROAD_WORKFORCE");
        JsonNode next = acme.data("""
                query($id: ID!, $after: String) { program(id: $id) { auditTrail(first: 5, after: $after) { nodes { action } } } }""",
                Map.of("id", fixture.programId(), "after", trail.path("pageInfo").path("endCursor").asText()))
                .path("program").path("auditTrail").path("nodes");
        assertThat(next).singleElement().satisfies(n -> assertThat(n.path("action").asText()).isEqualTo("GATE_OVERRIDDEN"));
        JsonNode node = acme.data("query($id: ID!) { node(id: $id) { ... on AuditEvent { action } } }", Map.of("id", first.path("id").asText()));
        assertThat(node.path("node").path("action").asText()).isEqualTo("GATE_CONDITION_ATTESTED");
    }

    @Test
    void theManagerWindowIsJudgedAgainstTheNewCohortsOwnStart() {
        TestServer.Client acme = server.newOrganization("Window");
        Fixture fixture = fixture(acme, "Window");
        // Mia finished on 2026-11-20: 2027-01-01 is 42 days later, 2027-01-02 is 43.
        assertThat(createTeamCohort(acme, fixture, "2027-01-02").path("userErrors").path(0).path("message").asText())
                .contains("Mia Trained (Finance Manager) was trained too early").contains("43 days before");
        assertThat(createTeamCohort(acme, fixture, "2027-01-01").path("userErrors").path(0).path("message").asText())
                .doesNotContain("Mia Trained");
        assertThat(createTeamCohort(acme, fixture, "2026-12-17").path("userErrors").path(0).path("message").asText())
                .contains("Mia Trained (Finance Manager) was trained too late").contains("27 days before");
    }

    @Test
    void invalidAttestationsAndOverridesWriteNothing() {
        TestServer.Client acme = server.newOrganization("Invalid input");
        Fixture fixture = fixture(acme, "Invalid input");
        JsonNode wrongKind = acme.data("""
                mutation($phase: ID!) { attestGateCondition(input: {phaseId: $phase, kind: TOOLS_DEPLOYED, evidenceUrl: "ftp://x", attestedOn: "2027-02-01"}) {
                  auditEvent { id } userErrors { field code } } }""", Map.of("phase", fixture.phases().get("BROAD_WORKFORCE")))
                .path("attestGateCondition");
        assertThat(wrongKind.path("auditEvent").isNull()).isTrue();
        List<String> codes = new ArrayList<>();
        wrongKind.path("userErrors").forEach(e -> codes.add(e.path("field").path(1).asText() + ":" + e.path("code").asText()));
        assertThat(codes).containsExactlyInAnyOrder("kind:INVALID", "evidenceUrl:INVALID", "attestedOn:OUT_OF_RANGE");

        JsonNode wrongPhase = acme.data("""
                mutation($phase: ID!) { attestGateCondition(input: {phaseId: $phase, kind: POLICY_COMMUNICATED,
                  evidenceUrl: "https://x.example/p", attestedOn: "2026-11-01"}) { userErrors { field code message } } }""",
                Map.of("phase", fixture.phases().get("PRACTITIONER"))).path("attestGateCondition");
        assertThat(wrongPhase.path("userErrors").path(0).path("message").asText()).contains("PRACTITIONER gate has no POLICY_COMMUNICATED");
        assertThat(wrongPhase.path("userErrors").path(1).path("field").path(1).asText()).isEqualTo("audience");

        JsonNode openGate = acme.data("""
                mutation($phase: ID!) { overrideGate(input: {phaseId: $phase, justification: "We simply want to go ahead now."}) {
                  userErrors { code } } }""", Map.of("phase", fixture.phases().get("FOUNDATION"))).path("overrideGate");
        assertThat(openGate.path("userErrors").path(0).path("code").asText()).isEqualTo("CONFLICT");

        assertThat(acme.data("query($id: ID!) { program(id: $id) { auditTrail { totalCount } } }", Map.of("id", fixture.programId()))
                .path("program").path("auditTrail").path("totalCount").asInt()).isZero();

        // Another organization cannot touch the phase.
        TestServer.Client other = server.newOrganization("Other");
        JsonNode foreign = other.data("""
                mutation($phase: ID!) { overrideGate(input: {phaseId: $phase, justification: "Not my program but let me try anyway."}) {
                  userErrors { code } } }""", Map.of("phase", fixture.phases().get("BROAD_WORKFORCE"))).path("overrideGate");
        assertThat(foreign.path("userErrors").path(0).path("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void beforeAnyCohortTheGateIsJudgedAtThePlannedStartForTheAudience() {
        TestServer.Client acme = server.newOrganization("Planned");
        Fixture fixture = fixture(acme, "Planned");
        JsonNode phases = acme.data("""
                query($id: ID!) { program(id: $id) { phases { kind gate { status conditions { kind satisfied reasons } } } } }""",
                Map.of("id", fixture.programId())).path("program").path("phases");
        // PRACTITIONER is planned for month 2: 2026-10-07, with no practice system deployed.
        assertThat(phases.path(1).path("gate").path("conditions").path(0).path("reasons").path(0).asText())
                .contains("planned start on 2026-10-07");
        // BROAD_WORKFORCE (month 4, 2026-12-07): Mia finished 17 days before, Kofi not at all.
        String reasons = phases.path(2).path("gate").path("conditions").path(1).path("reasons").toString();
        assertThat(reasons).contains("Kofi Untrained (Sales Manager) has not finished").contains("Mia Trained (Finance Manager) was trained too late");
    }

    @Test
    void practitionerCohortsWaitForTheirPracticeSystem() {
        TestServer.Client client = server.newOrganization("Practice systems");
        JsonNode program = client.data("mutation { createProgram(input: {name: \"Deep tracks\", startsOn: \"2026-09-07\"}) { program { id tracks { id audience } } } }")
                .path("createProgram").path("program");
        String practitionerTrack = program.path("tracks").path(3).path("id").asText();
        String create = """
                mutation($t: ID!) { createCohort(input: {trackId: $t, name: "Deep track B", startsOn: "2027-01-11"}) {
                  cohort { phase { kind } } userErrors { code message } } }""";
        JsonNode refused = client.data(create, Map.of("t", practitionerTrack)).path("createCohort");
        assertThat(refused.path("userErrors").path(0).path("code").asText()).isEqualTo("GATE_BLOCKED");
        assertThat(refused.path("userErrors").path(0).path("message").asText())
                .contains("INFRASTRUCTURE_READY: no practice system for practitioners is deployed for cohort 'Deep track B' starting on 2027-01-11");
        // A sandbox planned for the day after the start is not enough; one live on the start day is.
        client.data("""
                mutation($p: ID!) { deployTool(input: {programId: $p, name: "GPU sandbox", audiences: [PRACTITIONER], deployedOn: "2027-01-12"}) { tool { id } } }""",
                Map.of("p", program.path("id").asText()));
        assertThat(client.data(create, Map.of("t", practitionerTrack)).path("createCohort").path("userErrors").path(0).path("message").asText())
                .contains("'GPU sandbox' goes live on 2027-01-12, after cohort 'Deep track B'");
        client.data("""
                mutation($p: ID!) { deployTool(input: {programId: $p, name: "LLM gateway", audiences: [PRACTITIONER], deployedOn: "2027-01-11"}) { tool { id } } }""",
                Map.of("p", program.path("id").asText()));
        JsonNode created = client.data(create, Map.of("t", practitionerTrack)).path("createCohort");
        assertThat(created.path("userErrors")).isEmpty();
        assertThat(created.path("cohort").path("phase").path("kind").asText()).isEqualTo("PRACTITIONER");
        JsonNode duplicate = client.data("""
                mutation($p: ID!) { deployTool(input: {programId: $p, name: "LLM gateway", audiences: [], deployedOn: "2027-01-11"}) {
                  tool { id } userErrors { field code } } }""", Map.of("p", program.path("id").asText())).path("deployTool");
        assertThat(duplicate.path("userErrors").toString()).contains("REQUIRED").contains("DUPLICATE");
    }

    @Test
    void peopleWithoutAManagerAndNoTrainingAnywhereDoNotBreakTheGate() {
        TestServer.Client client = server.newOrganization("No managers");
        String programId = client.data("mutation { createProgram(input: {name: \"Flat\", startsOn: \"2026-09-07\"}) { program { id } } }")
                .path("createProgram").path("program").path("id").asText();
        client.data("""
                mutation { upsertPeople(input: {people: [{email: "solo@flat.example", displayName: "Solo", audience: PROFESSIONAL}]}) {
                  userErrors { message } } }""");
        JsonNode managers = client.data("query($id: ID!) { program(id: $id) { phases { gate { conditions { kind satisfied reasons } } } } }",
                Map.of("id", programId)).path("program").path("phases").path(2).path("gate").path("conditions").path(1);
        assertThat(managers.path("kind").asText()).isEqualTo("MANAGERS_TRAINED");
        assertThat(managers.path("satisfied").asBoolean()).isFalse();
        assertThat(managers.path("reasons").path(0).asText()).contains("no planned participant has a manager on record");
    }
}
