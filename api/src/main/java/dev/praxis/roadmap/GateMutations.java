package dev.praxis.roadmap;

import dev.praxis.events.DomainEvent.GateFactsChanged;
import dev.praxis.events.DomainEvents;
import dev.praxis.framework.Audience;
import dev.praxis.graphql.Inputs;
import dev.praxis.graphql.RequestContext;
import dev.praxis.graphql.UserError;
import dev.praxis.graphql.UserErrors;
import dev.praxis.program.Program;
import dev.praxis.program.ProgramRepository;
import graphql.schema.DataFetchingEnvironment;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import static dev.praxis.graphql.UserErrors.path;
import static java.util.Objects.requireNonNull;

/**
 * deployTool, attestGateCondition, overrideGate, recordSuccessStory and recordCapabilityActivity:
 * validate everything first, then write in one transaction. Attestations and overrides are
 * written together with their audit event.
 */
public final class GateMutations {
    public record DeployToolPayload(AiTool tool, Program program, List<UserError> userErrors) {
    }

    public record AttestGateConditionPayload(Phase phase, AuditEvent auditEvent, List<UserError> userErrors) {
    }

    public record OverrideGatePayload(Phase phase, AuditEvent auditEvent, List<UserError> userErrors) {
    }

    public record RecordSuccessStoryPayload(SuccessStory successStory, List<UserError> userErrors) {
    }

    public record RecordCapabilityActivityPayload(CapabilityActivity activity, List<UserError> userErrors) {
    }

    static final int MIN_JUSTIFICATION = 20;
    private static final int MAX_TEXT = 4_000;

    private final ProgramRepository programs;
    private final PhaseRepository phases;
    private final GateRepository gates;
    private final GateEvidenceRepository evidence;
    private final DomainEvents events;

    public GateMutations(ProgramRepository programs, PhaseRepository phases, GateRepository gates, GateEvidenceRepository evidence,
                         DomainEvents events) {
        this.events = requireNonNull(events, "events is null");
        this.programs = requireNonNull(programs, "programs is null");
        this.phases = requireNonNull(phases, "phases is null");
        this.gates = requireNonNull(gates, "gates is null");
        this.evidence = requireNonNull(evidence, "evidence is null");
    }

    DeployToolPayload deployTool(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        long org = context.organizationId();
        Inputs input = Inputs.of(env);
        UserErrors errors = new UserErrors();
        Program program = program(context, errors, input.get("programId"));
        String name = errors.requiredText(path("input", "name"), input.get("name"), 200);
        List<String> audienceNames = input.get("audiences");
        List<Audience> audiences = new ArrayList<>(new LinkedHashSet<>(audienceNames.stream().map(Audience::valueOf).toList()));
        if (audiences.isEmpty()) {
            errors.add(path("input", "audiences"), UserErrors.REQUIRED, "name at least one audience that can reach the tool");
        }
        LocalDate deployedOn = input.get("deployedOn");
        if (program != null && name != null && evidence.toolNameTaken(context.dsl(), org, program.id(), name)) {
            errors.add(path("input", "name"), UserErrors.DUPLICATE, "the program already has a tool named '" + name + "'");
        }
        if (!errors.isEmpty()) {
            return new DeployToolPayload(null, null, errors.list());
        }
        AiTool tool = context.dsl().transactionResult(tx -> evidence.deployTool(tx.dsl(), org, program.id(), name, audiences,
                deployedOn, context.now()));
        events.publish(GateFactsChanged.ofProgram(org, program.id()));
        return new DeployToolPayload(tool, program, List.of());
    }

    AttestGateConditionPayload attestGateCondition(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        long org = context.organizationId();
        Inputs input = Inputs.of(env);
        UserErrors errors = new UserErrors();
        Phase phase = phase(context, errors, input.get("phaseId"));
        GateConditionKind kind = input.enumValue("kind", GateConditionKind.class);
        if (kind.mode() != EvaluationMode.ATTESTED) {
            errors.add(path("input", "kind"), UserErrors.INVALID, kind + " is computed from data and cannot be attested");
        } else if (phase != null && !GateConditionKind.of(phase.kind()).contains(kind)) {
            errors.add(path("input", "kind"), UserErrors.INVALID, "the " + phase.kind() + " gate has no " + kind + " condition");
        }
        String url = errors.requiredText(path("input", "evidenceUrl"), input.get("evidenceUrl"), 2_000);
        if (url != null && !isWebLink(url)) {
            errors.add(path("input", "evidenceUrl"), UserErrors.INVALID, "must be an http or https link");
        }
        LocalDate attestedOn = input.get("attestedOn");
        if (attestedOn.isAfter(context.today())) {
            errors.add(path("input", "attestedOn"), UserErrors.OUT_OF_RANGE, "cannot be in the future");
        }
        String audience = kind == GateConditionKind.POLICY_COMMUNICATED
                ? errors.requiredText(path("input", "audience"), input.get("audience"), 500)
                : errors.optionalText(path("input", "audience"), input.get("audience"), 500);
        String note = errors.optionalText(path("input", "note"), input.get("note"), MAX_TEXT);
        if (!errors.isEmpty()) {
            return new AttestGateConditionPayload(null, null, errors.list());
        }
        String actor = actor(context);
        String details = kind + " attested for the " + phase.kind() + " gate: " + url + ", on " + attestedOn
                + (audience == null ? "" : ", to " + audience) + (note == null ? "" : " (" + note + ")");
        AuditEvent event = context.dsl().transactionResult(tx -> {
            evidence.attest(tx.dsl(), org, phase.id(), kind, url, attestedOn, audience, note, actor, context.now());
            return evidence.audit(tx.dsl(), org, phase.programId(), phase.id(), AuditAction.GATE_CONDITION_ATTESTED, actor, details,
                    context.now());
        });
        events.publish(GateFactsChanged.ofProgram(org, phase.programId()));
        return new AttestGateConditionPayload(phase, event, List.of());
    }

    OverrideGatePayload overrideGate(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        long org = context.organizationId();
        Inputs input = Inputs.of(env);
        UserErrors errors = new UserErrors();
        Phase phase = phase(context, errors, input.get("phaseId"));
        String justification = errors.requiredText(path("input", "justification"), input.get("justification"), MAX_TEXT);
        if (justification != null && justification.length() < MIN_JUSTIFICATION) {
            errors.add(path("input", "justification"), UserErrors.INVALID,
                    "say why the gate may be passed, in at least " + MIN_JUSTIFICATION + " characters");
        }
        Gate gate = phase == null ? null : gates.gates(context.dsl(), org, List.of(phase), context.today()).get(phase.id());
        if (gate != null && gate.status() == GateStatus.OPEN) {
            errors.add(path("input", "phaseId"), UserErrors.CONFLICT, "the " + phase.kind() + " gate is open; there is nothing to override");
        }
        if (!errors.isEmpty()) {
            return new OverrideGatePayload(null, null, errors.list());
        }
        String actor = actor(context);
        String details = "The " + phase.kind() + " gate was overridden while blocked by: " + String.join("; ", gate.blockingReasons())
                + ". Justification: " + justification;
        AuditEvent event = context.dsl().transactionResult(tx -> {
            evidence.override(tx.dsl(), org, phase.id(), justification, actor, context.now());
            return evidence.audit(tx.dsl(), org, phase.programId(), phase.id(), AuditAction.GATE_OVERRIDDEN, actor,
                    details.length() > 60_000 ? details.substring(0, 60_000) + "…" : details, context.now());
        });
        events.publish(GateFactsChanged.ofProgram(org, phase.programId()));
        return new OverrideGatePayload(phase, event, List.of());
    }

    RecordSuccessStoryPayload recordSuccessStory(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        Inputs input = Inputs.of(env);
        UserErrors errors = new UserErrors();
        Program program = program(context, errors, input.get("programId"));
        String title = errors.requiredText(path("input", "title"), input.get("title"), 200);
        String summary = errors.requiredText(path("input", "summary"), input.get("summary"), MAX_TEXT);
        LocalDate recordedOn = input.get("recordedOn");
        if (recordedOn.isAfter(context.today())) {
            errors.add(path("input", "recordedOn"), UserErrors.OUT_OF_RANGE, "cannot be in the future");
        }
        if (!errors.isEmpty()) {
            return new RecordSuccessStoryPayload(null, errors.list());
        }
        SuccessStory story = context.dsl().transactionResult(tx -> evidence.recordSuccessStory(tx.dsl(), context.organizationId(),
                program.id(), title, summary, recordedOn, context.now()));
        events.publish(GateFactsChanged.ofProgram(context.organizationId(), program.id()));
        return new RecordSuccessStoryPayload(story, List.of());
    }

    RecordCapabilityActivityPayload recordCapabilityActivity(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        Inputs input = Inputs.of(env);
        UserErrors errors = new UserErrors();
        Program program = program(context, errors, input.get("programId"));
        CapabilityActivityKind kind = input.enumValue("kind", CapabilityActivityKind.class);
        LocalDate happenedOn = input.get("happenedOn");
        if (happenedOn.isAfter(context.today())) {
            errors.add(path("input", "happenedOn"), UserErrors.OUT_OF_RANGE, "cannot be in the future");
        }
        String note = errors.optionalText(path("input", "note"), input.get("note"), MAX_TEXT);
        if (!errors.isEmpty()) {
            return new RecordCapabilityActivityPayload(null, errors.list());
        }
        CapabilityActivity activity = context.dsl().transactionResult(tx -> evidence.recordActivity(tx.dsl(), context.organizationId(),
                program.id(), kind, happenedOn, note, context.now()));
        return new RecordCapabilityActivityPayload(activity, List.of());
    }

    /** Who made a change: the API key's label and public prefix, never its secret. */
    static String actor(RequestContext context) {
        return context.viewer().keyLabel() + " (" + context.viewer().keyPrefix() + ")";
    }

    private Program program(RequestContext context, UserErrors errors, String globalId) {
        return errors.existing(path("input", "programId"), globalId, "Program",
                id -> programs.programsById(context.dsl(), context.organizationId(), List.of(id)).get(id));
    }

    private Phase phase(RequestContext context, UserErrors errors, String globalId) {
        return errors.existing(path("input", "phaseId"), globalId, "Phase",
                id -> phases.phasesById(context.dsl(), context.organizationId(), List.of(id)).get(id));
    }

    private static boolean isWebLink(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
