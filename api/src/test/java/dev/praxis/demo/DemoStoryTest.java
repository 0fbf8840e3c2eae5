package dev.praxis.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo program tells its roadmap story through the API. */
class DemoStoryTest {
    private static TestServer server;
    private static JsonNode program;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        DemoOrganization.Result demo = DemoOrganization.ensure(server.database().dsl(), 300, server.clock());
        program = server.withKey(demo.apiKey()).data("""
                { programs(first: 1) { nodes {
                    phases { kind status gate { status allowsNewCohorts
                      conditions { kind mode satisfied reasons evidence { description url } } } }
                    diagnostics { failureMode status severity evidence affected fix }
                    budget { changeManagementShare changeManagementBelowMinimum spendWithoutBehaviorChange { amount }
                             costWithoutBehaviorChangeReference { amount currency } }
                    tools { name audiences deployedOn }
                    tracks { audience provider { name category } providerFitWarnings { code } } } } }
                """).path("programs").path("nodes").path(0);
        System.out.println(program.toPrettyString());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void foundationIsDonePractitionerUnderWayBroadWorkforceBlocked() {
        JsonNode phases = program.path("phases");
        assertThat(phases.path(0).path("status").asText()).isEqualTo("COMPLETED");
        assertThat(phases.path(1).path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(phases.path(1).path("gate").path("status").asText()).isEqualTo("OPEN");
        JsonNode gate = phases.path(2).path("gate");
        assertThat(gate.path("status").asText()).isEqualTo("BLOCKED");
        assertThat(gate.path("allowsNewCohorts").asBoolean()).isFalse();
        JsonNode conditions = gate.path("conditions");
        assertThat(conditions.path(0).path("kind").asText()).isEqualTo("TOOLS_DEPLOYED");
        assertThat(conditions.path(0).path("satisfied").asBoolean()).isTrue();
        JsonNode managers = conditions.path(1);
        assertThat(managers.path("satisfied").asBoolean()).isFalse();
        assertThat(managers.path("reasons")).hasSize(2);
        managers.path("reasons").forEach(reason -> assertThat(reason.asText()).contains("Manager").contains("has not finished a training"));
        assertThat(conditions.path(2).path("kind").asText()).isEqualTo("POLICY_COMMUNICATED");
        assertThat(conditions.path(2).path("satisfied").asBoolean()).isFalse();
        assertThat(conditions.path(3).path("satisfied").asBoolean()).isTrue();
    }

    @Test
    void atLeastTwoFailureModesAreDetectedWithEvidence() {
        List<String> detected = new ArrayList<>();
        program.path("diagnostics").forEach(d -> {
            if (d.path("status").asText().equals("DETECTED")) {
                detected.add(d.path("failureMode").asText());
                assertThat(d.path("evidence")).isNotEmpty();
                assertThat(d.path("affected").asInt()).isPositive();
            }
        });
        assertThat(detected).contains("GENERIC_CONTENT", "NO_MANAGER_REINFORCEMENT", "CHANGE_MANAGEMENT_UNDERFUNDED");
        assertThat(program.path("diagnostics")).hasSize(6);
        assertThat(program.path("budget").path("changeManagementBelowMinimum").asBoolean()).isTrue();
        assertThat(program.path("budget").path("costWithoutBehaviorChangeReference").path("amount").asText()).isEqualTo("1400.00");
    }

    @Test
    void aPlatformProviderOnATrackWithGenericModulesIsWarnedAbout() {
        JsonNode professional = program.path("tracks").path(2);
        assertThat(professional.path("audience").asText()).isEqualTo("PROFESSIONAL");
        assertThat(professional.path("provider").path("category").asText()).isEqualTo("PLATFORM");
        assertThat(professional.path("providerFitWarnings").path(0).path("code").asText()).isEqualTo("PLATFORM_GENERIC_CONTENT");
    }
}
