package dev.praxis.program;

import dev.praxis.db.tables.records.BudgetRecord;
import dev.praxis.db.tables.records.ModuleRecord;
import dev.praxis.db.tables.records.ProgramRecord;
import dev.praxis.db.tables.records.TrackRecord;
import dev.praxis.framework.Audience;
import dev.praxis.framework.FrameworkCatalog;
import dev.praxis.framework.ModuleFormat;
import dev.praxis.framework.Specialty;
import dev.praxis.framework.StandardModule;
import dev.praxis.framework.StandardPhase;
import dev.praxis.framework.StandardTrack;
import dev.praxis.graphql.relay.KeysetPaging;
import dev.praxis.graphql.relay.Page;
import dev.praxis.graphql.relay.PageRequest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.praxis.db.Tables.BUDGET;
import static dev.praxis.db.Tables.COHORT;
import static dev.praxis.db.Tables.ENROLLMENT;
import static dev.praxis.db.Tables.MODULE;
import static dev.praxis.db.Tables.PHASE;
import static dev.praxis.db.Tables.PROGRAM;
import static dev.praxis.db.Tables.TRACK;

/** Reads and writes programs, tracks, modules and budgets; every method is scoped to one organization. */
public final class ProgramRepository {

    public record ProgramFilter(ProgramStatus status, String nameContains) {
        Condition condition() {
            Condition condition = DSL.noCondition();
            if (status != null) {
                condition = condition.and(PROGRAM.STATUS.eq(status.name()));
            }
            if (nameContains != null && !nameContains.isBlank()) {
                condition = condition.and(PROGRAM.NAME.containsIgnoreCase(nameContains.strip()));
            }
            return condition;
        }
    }

    public record ModuleChanges(Optional<String> title, Optional<Optional<String>> summary,
                                Optional<Optional<String>> businessContext, Optional<Double> hours,
                                Optional<ModuleFormat> format) {
    }

    public Page<Program> page(DSLContext dsl, long organizationId, ProgramFilter filter, PageRequest page) {
        return KeysetPaging.page(dsl, PROGRAM, PROGRAM.ID,
                PROGRAM.ORGANIZATION_ID.eq(organizationId).and(filter.condition()), page, ProgramRepository::program);
    }

    public int count(DSLContext dsl, long organizationId, ProgramFilter filter) {
        return dsl.fetchCount(PROGRAM, PROGRAM.ORGANIZATION_ID.eq(organizationId).and(filter.condition()));
    }

    public Map<Long, Program> programsById(DSLContext dsl, long organizationId, Collection<Long> ids) {
        return dsl.selectFrom(PROGRAM)
                .where(PROGRAM.ORGANIZATION_ID.eq(organizationId).and(PROGRAM.ID.in(ids)))
                .fetchMap(PROGRAM.ID, ProgramRepository::program);
    }

    public Map<Long, List<Track>> tracksByProgram(DSLContext dsl, long organizationId, Collection<Long> programIds) {
        return dsl.selectFrom(TRACK)
                .where(TRACK.ORGANIZATION_ID.eq(organizationId).and(TRACK.PROGRAM_ID.in(programIds)))
                .orderBy(TRACK.SEQUENCE)
                .fetch(ProgramRepository::track).stream()
                .collect(Collectors.groupingBy(Track::programId));
    }

    public Map<Long, Track> tracksById(DSLContext dsl, long organizationId, Collection<Long> ids) {
        return dsl.selectFrom(TRACK)
                .where(TRACK.ORGANIZATION_ID.eq(organizationId).and(TRACK.ID.in(ids)))
                .fetchMap(TRACK.ID, ProgramRepository::track);
    }

    public Map<Long, List<Module>> modulesByTrack(DSLContext dsl, long organizationId, Collection<Long> trackIds) {
        return dsl.selectFrom(MODULE)
                .where(MODULE.ORGANIZATION_ID.eq(organizationId).and(MODULE.TRACK_ID.in(trackIds)))
                .orderBy(MODULE.SEQUENCE)
                .fetch(ProgramRepository::module).stream()
                .collect(Collectors.groupingBy(Module::trackId));
    }

    public Map<Long, Module> modulesById(DSLContext dsl, long organizationId, Collection<Long> ids) {
        return dsl.selectFrom(MODULE)
                .where(MODULE.ORGANIZATION_ID.eq(organizationId).and(MODULE.ID.in(ids)))
                .fetchMap(MODULE.ID, ProgramRepository::module);
    }

    /** Budgets by program, with each program's participant count; programs without a budget get an unset one. */
    public Map<Long, Budget> budgetsByProgram(DSLContext dsl, long organizationId, Collection<Long> programIds) {
        Map<Long, Integer> participants = dsl.select(COHORT.PROGRAM_ID, DSL.countDistinct(ENROLLMENT.PERSON_ID))
                .from(ENROLLMENT).join(COHORT).on(COHORT.ID.eq(ENROLLMENT.COHORT_ID))
                .where(COHORT.ORGANIZATION_ID.eq(organizationId).and(COHORT.PROGRAM_ID.in(programIds)))
                .groupBy(COHORT.PROGRAM_ID)
                .fetchMap(row -> row.value1(), row -> row.value2());
        Map<Long, BudgetRecord> budgets = dsl.selectFrom(BUDGET)
                .where(BUDGET.ORGANIZATION_ID.eq(organizationId).and(BUDGET.PROGRAM_ID.in(programIds)))
                .fetchMap(BUDGET.PROGRAM_ID);
        Map<Long, Budget> result = new HashMap<>();
        for (Long programId : programIds) {
            long count = participants.getOrDefault(programId, 0);
            BudgetRecord row = budgets.get(programId);
            result.put(programId, row == null ? Budget.unset(count, programId) : new Budget(
                    new Budget.Money(row.getTotalAmount(), row.getCurrency()),
                    new Budget.Money(row.getChangeManagementAmount(), row.getCurrency()),
                    count, programId));
        }
        return result;
    }

    /** Creates a program; from the framework it gets the standard tracks, modules and phases too. */
    public Program create(DSLContext tx, long organizationId, String name, LocalDate startsOn, boolean fromFramework,
                          FrameworkCatalog catalog, LocalDateTime now) {
        ProgramRecord program = tx.newRecord(PROGRAM);
        program.setOrganizationId(organizationId);
        program.setName(name);
        program.setStatus(ProgramStatus.PLANNED.name());
        program.setStartsOn(startsOn);
        program.setCreatedAt(now);
        program.store();
        // Every program has the four phases; only the tracks and modules are optional.
        for (StandardPhase phase : catalog.phases()) {
            tx.insertInto(PHASE)
                    .set(PHASE.ORGANIZATION_ID, organizationId)
                    .set(PHASE.PROGRAM_ID, program.getId())
                    .set(PHASE.KIND, phase.kind().name())
                    .set(PHASE.SEQUENCE, phase.sequence())
                    .set(PHASE.PLANNED_START_MONTH, phase.plannedStartMonth())
                    .set(PHASE.PLANNED_END_MONTH, phase.plannedEndMonth())
                    .execute();
        }
        if (fromFramework) {
            int sequence = 1;
            for (StandardTrack standard : catalog.tracks()) {
                TrackRecord track = tx.newRecord(TRACK);
                track.setOrganizationId(organizationId);
                track.setProgramId(program.getId());
                track.setAudience(standard.audience().name());
                track.setSequence(sequence++);
                track.setName(standard.name());
                track.store();
                var insert = tx.insertInto(MODULE, MODULE.ORGANIZATION_ID, MODULE.TRACK_ID, MODULE.SEQUENCE, MODULE.CODE,
                        MODULE.TITLE, MODULE.SUMMARY, MODULE.HOURS, MODULE.FORMAT, MODULE.SPECIALTY);
                for (StandardModule module : standard.modules()) {
                    insert = insert.values(organizationId, track.getId(), module.sequence(), module.code(), module.title(),
                            module.summary(), BigDecimal.valueOf(module.hours()), module.format().name(),
                            module.specialty() == null ? null : module.specialty().name());
                }
                insert.execute();
            }
        }
        return program(program);
    }

    public record ProgramChanges(Optional<String> name, Optional<ProgramStatus> status, Optional<Optional<LocalDate>> startsOn) {
    }

    public Program updateProgram(DSLContext tx, long organizationId, long programId, ProgramChanges changes) {
        Map<Field<?>, Object> values = new HashMap<>();
        changes.name().ifPresent(name -> values.put(PROGRAM.NAME, name));
        changes.status().ifPresent(status -> values.put(PROGRAM.STATUS, status.name()));
        changes.startsOn().ifPresent(startsOn -> values.put(PROGRAM.STARTS_ON, startsOn.orElse(null)));
        if (!values.isEmpty()) {
            tx.update(PROGRAM).set(values)
                    .where(PROGRAM.ORGANIZATION_ID.eq(organizationId).and(PROGRAM.ID.eq(programId)))
                    .execute();
        }
        return program(tx.selectFrom(PROGRAM)
                .where(PROGRAM.ORGANIZATION_ID.eq(organizationId).and(PROGRAM.ID.eq(programId)))
                .fetchSingle());
    }

    public Module updateModule(DSLContext tx, long organizationId, long moduleId, ModuleChanges changes) {
        Map<Field<?>, Object> values = new HashMap<>();
        changes.title().ifPresent(title -> values.put(MODULE.TITLE, title));
        changes.summary().ifPresent(summary -> values.put(MODULE.SUMMARY, summary.orElse(null)));
        changes.businessContext().ifPresent(context -> values.put(MODULE.BUSINESS_CONTEXT, context.orElse(null)));
        changes.hours().ifPresent(hours -> values.put(MODULE.HOURS, BigDecimal.valueOf(hours)));
        changes.format().ifPresent(format -> values.put(MODULE.FORMAT, format.name()));
        if (!values.isEmpty()) {
            tx.update(MODULE).set(values)
                    .where(MODULE.ORGANIZATION_ID.eq(organizationId).and(MODULE.ID.eq(moduleId)))
                    .execute();
        }
        return module(tx.selectFrom(MODULE)
                .where(MODULE.ORGANIZATION_ID.eq(organizationId).and(MODULE.ID.eq(moduleId)))
                .fetchSingle());
    }

    public void setBudget(DSLContext tx, long organizationId, long programId, String currency, BigDecimal total,
                          BigDecimal changeManagement, LocalDateTime now) {
        tx.insertInto(BUDGET)
                .set(BUDGET.ORGANIZATION_ID, organizationId)
                .set(BUDGET.PROGRAM_ID, programId)
                .set(BUDGET.CURRENCY, currency)
                .set(BUDGET.TOTAL_AMOUNT, total)
                .set(BUDGET.CHANGE_MANAGEMENT_AMOUNT, changeManagement)
                .set(BUDGET.UPDATED_AT, now)
                .onDuplicateKeyUpdate()
                .set(BUDGET.CURRENCY, currency)
                .set(BUDGET.TOTAL_AMOUNT, total)
                .set(BUDGET.CHANGE_MANAGEMENT_AMOUNT, changeManagement)
                .set(BUDGET.UPDATED_AT, now)
                .execute();
    }

    static Program program(ProgramRecord row) {
        return new Program(row.getId(), row.getName(), ProgramStatus.valueOf(row.getStatus()), row.getStartsOn());
    }

    static Track track(TrackRecord row) {
        return new Track(row.getId(), row.getProgramId(), Audience.valueOf(row.getAudience()), row.getSequence(), row.getName());
    }

    public static Module module(ModuleRecord row) {
        return new Module(row.getId(), row.getTrackId(), row.getSequence(), row.getCode(), row.getTitle(), row.getSummary(),
                row.getHours().doubleValue(), ModuleFormat.valueOf(row.getFormat()),
                row.getSpecialty() == null ? null : Specialty.valueOf(row.getSpecialty()), row.getBusinessContext());
    }
}
