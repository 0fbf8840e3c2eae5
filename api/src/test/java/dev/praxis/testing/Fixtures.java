package dev.praxis.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds small organizations through the public API, the way an integrator would. */
public final class Fixtures {
    private Fixtures() {
    }

    public record ProgramIds(String programId, List<String> trackIds, List<String> moduleIds, List<String> phaseIds) {
    }

    /**
     * A program made from the framework whose PRACTITIONER and BROAD_WORKFORCE gates are
     * overridden, for tests about something other than gates.
     */
    public static ProgramIds program(TestServer.Client client, String name) {
        ProgramIds program = programWithGates(client, name);
        // The phases come in framework order; PRACTITIONER and BROAD_WORKFORCE are the gated ones.
        for (String phaseId : program.phaseIds().subList(1, 3)) {
            JsonNode payload = client.data("mutation($phase: ID!) { overrideGate(input: {phaseId: $phase, justification: \"test fixture: gates are not under test here\"}) { userErrors { message } } }",
                    Map.of("phase", phaseId)).path("overrideGate");
            if (!payload.path("userErrors").isEmpty()) {
                throw new AssertionError("overrideGate failed: " + payload.path("userErrors"));
            }
        }
        return program;
    }

    /** A program made from the framework with its gates as the data makes them. */
    public static ProgramIds programWithGates(TestServer.Client client, String name) {
        JsonNode program = client.data("""
                mutation($name: String!) { createProgram(input: {name: $name, startsOn: "2026-01-05"}) {
                  program { id phases { id } tracks { id modules { id } } } userErrors { message } } }""",
                Map.of("name", name)).path("createProgram").path("program");
        List<String> tracks = new ArrayList<>();
        List<String> modules = new ArrayList<>();
        List<String> phases = new ArrayList<>();
        program.path("tracks").forEach(track -> {
            tracks.add(track.path("id").asText());
            track.path("modules").forEach(module -> modules.add(module.path("id").asText()));
        });
        program.path("phases").forEach(phase -> phases.add(phase.path("id").asText()));
        return new ProgramIds(program.path("id").asText(), tracks, modules, phases);
    }

    /** Upserts people named {@code prefix}-0..n-1 (the first is everyone else's manager); returns their ids in order. */
    public static List<String> people(TestServer.Client client, String prefix, int count, String audience) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> person = new HashMap<>();
            person.put("email", prefix + "-" + i + "@example.com");
            person.put("displayName", prefix + " " + i);
            person.put("audience", audience);
            if (i > 0) {
                person.put("managerEmail", prefix + "-0@example.com");
            }
            people.add(person);
        }
        JsonNode payload = client.data("mutation($people: [PersonInput!]!) { upsertPeople(input: {people: $people}) { people { id } userErrors { field message } } }",
                Map.of("people", people)).path("upsertPeople");
        if (!payload.path("userErrors").isEmpty()) {
            throw new AssertionError("upsertPeople failed: " + payload.path("userErrors"));
        }
        List<String> ids = new ArrayList<>();
        payload.path("people").forEach(person -> ids.add(person.path("id").asText()));
        return ids;
    }

    public static String cohort(TestServer.Client client, String trackId, String name, String startsOn, String endsOn) {
        JsonNode payload = client.data("""
                mutation($track: ID!, $name: String!, $starts: Date!, $ends: Date) {
                  createCohort(input: {trackId: $track, name: $name, startsOn: $starts, endsOn: $ends}) { cohort { id } userErrors { field message } } }""",
                nullable(Map.of("track", trackId, "name", name, "starts", startsOn), "ends", endsOn)).path("createCohort");
        if (!payload.path("userErrors").isEmpty()) {
            throw new AssertionError("createCohort failed: " + payload.path("userErrors"));
        }
        return payload.path("cohort").path("id").asText();
    }

    public static void enroll(TestServer.Client client, String cohortId, List<String> personIds) {
        JsonNode payload = client.data("mutation($cohort: ID!, $people: [ID!]!) { enrollParticipants(input: {cohortId: $cohort, personIds: $people}) { enrolled userErrors { message } } }",
                Map.of("cohort", cohortId, "people", personIds)).path("enrollParticipants");
        if (!payload.path("userErrors").isEmpty()) {
            throw new AssertionError("enrollParticipants failed: " + payload.path("userErrors"));
        }
    }

    private static Map<String, Object> nullable(Map<String, Object> values, String key, Object value) {
        Map<String, Object> result = new HashMap<>(values);
        result.put(key, value);
        return result;
    }
}
