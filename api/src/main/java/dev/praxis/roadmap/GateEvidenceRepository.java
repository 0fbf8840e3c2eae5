package dev.praxis.roadmap;

import dev.praxis.db.tables.records.AuditEventRecord;
import dev.praxis.db.tables.records.CapabilityActivityRecord;
import dev.praxis.db.tables.records.SuccessStoryRecord;
import dev.praxis.framework.Audience;
import dev.praxis.graphql.relay.KeysetPaging;
import dev.praxis.graphql.relay.Page;
import dev.praxis.graphql.relay.PageRequest;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.praxis.db.Tables.AI_TOOL;
import static dev.praxis.db.Tables.AI_TOOL_AUDIENCE;
import static dev.praxis.db.Tables.AUDIT_EVENT;
import static dev.praxis.db.Tables.CAPABILITY_ACTIVITY;
import static dev.praxis.db.Tables.GATE_ATTESTATION;
import static dev.praxis.db.Tables.GATE_OVERRIDE;
import static dev.praxis.db.Tables.SUCCESS_STORY;

/**
 * Writes and reads what gates and the continuous phase are judged on: tools, attestations,
 * overrides, success stories, capability activity, and the audit trail of attestations and overrides.
 */
public final class GateEvidenceRepository {

    public AiTool deployTool(DSLContext tx, long org, long programId, String name, List<Audience> audiences, LocalDate deployedOn,
                             LocalDateTime now) {
        long id = tx.insertInto(AI_TOOL)
                .set(AI_TOOL.ORGANIZATION_ID, org)
                .set(AI_TOOL.PROGRAM_ID, programId)
                .set(AI_TOOL.NAME, name)
                .set(AI_TOOL.DEPLOYED_ON, deployedOn)
                .set(AI_TOOL.CREATED_AT, now)
                .returning(AI_TOOL.ID).fetchSingle().getId();
        var insert = tx.insertInto(AI_TOOL_AUDIENCE, AI_TOOL_AUDIENCE.TOOL_ID, AI_TOOL_AUDIENCE.ORGANIZATION_ID, AI_TOOL_AUDIENCE.AUDIENCE);
        for (Audience audience : audiences) {
            insert = insert.values(id, org, audience.name());
        }
        insert.execute();
        return new AiTool(id, programId, name, audiences.stream().sorted(Comparator.comparing(Enum::name)).toList(), deployedOn);
    }

    public boolean toolNameTaken(DSLContext dsl, long org, long programId, String name) {
        return dsl.fetchExists(AI_TOOL, AI_TOOL.ORGANIZATION_ID.eq(org).and(AI_TOOL.PROGRAM_ID.eq(programId)).and(AI_TOOL.NAME.eq(name)));
    }

    public void attest(DSLContext tx, long org, long phaseId, GateConditionKind kind, String url, LocalDate attestedOn,
                       String audience, String note, String actor, LocalDateTime now) {
        tx.insertInto(GATE_ATTESTATION)
                .set(GATE_ATTESTATION.ORGANIZATION_ID, org)
                .set(GATE_ATTESTATION.PHASE_ID, phaseId)
                .set(GATE_ATTESTATION.KIND, kind.name())
                .set(GATE_ATTESTATION.EVIDENCE_URL, url)
                .set(GATE_ATTESTATION.ATTESTED_ON, attestedOn)
                .set(GATE_ATTESTATION.AUDIENCE, audience)
                .set(GATE_ATTESTATION.NOTE, note)
                .set(GATE_ATTESTATION.ATTESTED_BY, actor)
                .set(GATE_ATTESTATION.CREATED_AT, now)
                .execute();
    }

    public void override(DSLContext tx, long org, long phaseId, String justification, String actor, LocalDateTime now) {
        tx.insertInto(GATE_OVERRIDE)
                .set(GATE_OVERRIDE.ORGANIZATION_ID, org)
                .set(GATE_OVERRIDE.PHASE_ID, phaseId)
                .set(GATE_OVERRIDE.JUSTIFICATION, justification)
                .set(GATE_OVERRIDE.OVERRIDDEN_BY, actor)
                .set(GATE_OVERRIDE.CREATED_AT, now)
                .execute();
    }

    public AuditEvent audit(DSLContext tx, long org, long programId, Long phaseId, AuditAction action, String actor, String details,
                            LocalDateTime now) {
        AuditEventRecord row = tx.newRecord(AUDIT_EVENT);
        row.setOrganizationId(org);
        row.setProgramId(programId);
        row.setPhaseId(phaseId);
        row.setAction(action.name());
        row.setActor(actor);
        row.setOccurredAt(now);
        row.setDetails(details);
        row.store();
        return auditEvent(row);
    }

    public SuccessStory recordSuccessStory(DSLContext tx, long org, long programId, String title, String summary, LocalDate recordedOn,
                                           LocalDateTime now) {
        SuccessStoryRecord row = tx.newRecord(SUCCESS_STORY);
        row.setOrganizationId(org);
        row.setProgramId(programId);
        row.setTitle(title);
        row.setSummary(summary);
        row.setRecordedOn(recordedOn);
        row.setCreatedAt(now);
        row.store();
        return successStory(row);
    }

    public CapabilityActivity recordActivity(DSLContext tx, long org, long programId, CapabilityActivityKind kind, LocalDate happenedOn,
                                             String note, LocalDateTime now) {
        CapabilityActivityRecord row = tx.newRecord(CAPABILITY_ACTIVITY);
        row.setOrganizationId(org);
        row.setProgramId(programId);
        row.setKind(kind.name());
        row.setHappenedOn(happenedOn);
        row.setNote(note);
        row.setCreatedAt(now);
        row.store();
        return activity(row);
    }

    public Map<Long, Page<AuditEvent>> auditPages(DSLContext dsl, long org, Collection<Long> programIds, PageRequest page) {
        return KeysetPaging.pagePerParent(dsl, AUDIT_EVENT, AUDIT_EVENT.ID, AUDIT_EVENT.PROGRAM_ID, programIds,
                AUDIT_EVENT.ORGANIZATION_ID.eq(org), page, GateEvidenceRepository::auditEvent);
    }

    public Map<Long, Integer> auditCounts(DSLContext dsl, long org, Collection<Long> programIds) {
        return KeysetPaging.countPerParent(dsl, AUDIT_EVENT, AUDIT_EVENT.PROGRAM_ID, programIds, AUDIT_EVENT.ORGANIZATION_ID.eq(org));
    }

    public Map<Long, Page<SuccessStory>> storyPages(DSLContext dsl, long org, Collection<Long> programIds, PageRequest page) {
        return KeysetPaging.pagePerParent(dsl, SUCCESS_STORY, SUCCESS_STORY.ID, SUCCESS_STORY.PROGRAM_ID, programIds,
                SUCCESS_STORY.ORGANIZATION_ID.eq(org), page, GateEvidenceRepository::successStory);
    }

    public Map<Long, Integer> storyCounts(DSLContext dsl, long org, Collection<Long> programIds) {
        return KeysetPaging.countPerParent(dsl, SUCCESS_STORY, SUCCESS_STORY.PROGRAM_ID, programIds, SUCCESS_STORY.ORGANIZATION_ID.eq(org));
    }

    public Map<Long, Page<CapabilityActivity>> activityPages(DSLContext dsl, long org, Collection<Long> programIds, PageRequest page) {
        return KeysetPaging.pagePerParent(dsl, CAPABILITY_ACTIVITY, CAPABILITY_ACTIVITY.ID, CAPABILITY_ACTIVITY.PROGRAM_ID, programIds,
                CAPABILITY_ACTIVITY.ORGANIZATION_ID.eq(org), page, GateEvidenceRepository::activity);
    }

    public Map<Long, Integer> activityCounts(DSLContext dsl, long org, Collection<Long> programIds) {
        return KeysetPaging.countPerParent(dsl, CAPABILITY_ACTIVITY, CAPABILITY_ACTIVITY.PROGRAM_ID, programIds,
                CAPABILITY_ACTIVITY.ORGANIZATION_ID.eq(org));
    }

    public Map<Long, AuditEvent> auditEventsById(DSLContext dsl, long org, Collection<Long> ids) {
        return dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ORGANIZATION_ID.eq(org).and(AUDIT_EVENT.ID.in(ids)))
                .fetchMap(AUDIT_EVENT.ID, GateEvidenceRepository::auditEvent);
    }

    public Map<Long, SuccessStory> storiesById(DSLContext dsl, long org, Collection<Long> ids) {
        return dsl.selectFrom(SUCCESS_STORY).where(SUCCESS_STORY.ORGANIZATION_ID.eq(org).and(SUCCESS_STORY.ID.in(ids)))
                .fetchMap(SUCCESS_STORY.ID, GateEvidenceRepository::successStory);
    }

    public Map<Long, CapabilityActivity> activitiesById(DSLContext dsl, long org, Collection<Long> ids) {
        return dsl.selectFrom(CAPABILITY_ACTIVITY).where(CAPABILITY_ACTIVITY.ORGANIZATION_ID.eq(org).and(CAPABILITY_ACTIVITY.ID.in(ids)))
                .fetchMap(CAPABILITY_ACTIVITY.ID, GateEvidenceRepository::activity);
    }

    /** Activity kinds and dates per program, for the ONE_TIME_EVENT rule. */
    public Map<Long, List<CapabilityActivity>> activitiesByProgram(DSLContext dsl, long org, Collection<Long> programIds, LocalDate since) {
        return dsl.selectFrom(CAPABILITY_ACTIVITY)
                .where(CAPABILITY_ACTIVITY.ORGANIZATION_ID.eq(org).and(CAPABILITY_ACTIVITY.PROGRAM_ID.in(programIds))
                        .and(CAPABILITY_ACTIVITY.HAPPENED_ON.ge(since)))
                .fetch(GateEvidenceRepository::activity).stream()
                .collect(Collectors.groupingBy(CapabilityActivity::programId));
    }

    static AuditEvent auditEvent(AuditEventRecord row) {
        return new AuditEvent(row.getId(), row.getProgramId(), row.getPhaseId(), AuditAction.valueOf(row.getAction()), row.getActor(),
                row.getOccurredAt().atOffset(ZoneOffset.UTC), row.getDetails());
    }

    static SuccessStory successStory(SuccessStoryRecord row) {
        return new SuccessStory(row.getId(), row.getProgramId(), row.getTitle(), row.getSummary(), row.getRecordedOn());
    }

    static CapabilityActivity activity(CapabilityActivityRecord row) {
        return new CapabilityActivity(row.getId(), row.getProgramId(), CapabilityActivityKind.valueOf(row.getKind()), row.getHappenedOn(),
                row.getNote());
    }
}
