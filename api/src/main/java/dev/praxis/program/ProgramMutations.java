package dev.praxis.program;

import dev.praxis.framework.FrameworkCatalog;
import dev.praxis.framework.ModuleFormat;
import dev.praxis.graphql.Inputs;
import dev.praxis.graphql.RequestContext;
import dev.praxis.graphql.UserError;
import dev.praxis.graphql.UserErrors;
import graphql.schema.DataFetchingEnvironment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.praxis.graphql.UserErrors.path;
import static java.util.Objects.requireNonNull;

/** createProgram, updateModule and setBudget: validate everything first, then write in one transaction. */
public final class ProgramMutations {
    public record CreateProgramPayload(Program program, List<UserError> userErrors) {
    }

    public record UpdateProgramPayload(Program program, List<UserError> userErrors) {
    }

    public record UpdateModulePayload(Module module, List<UserError> userErrors) {
    }

    public record SetBudgetPayload(Budget budget, Program program, List<UserError> userErrors) {
    }

    private static final int MAX_NAME = 200;
    private static final int MAX_SUMMARY = 2_000;
    private static final int MAX_BUSINESS_CONTEXT = 4_000;

    private final ProgramRepository programs;
    private final FrameworkCatalog catalog;

    public ProgramMutations(ProgramRepository programs, FrameworkCatalog catalog) {
        this.programs = requireNonNull(programs, "programs is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
    }

    CreateProgramPayload createProgram(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        Inputs input = Inputs.of(env);
        UserErrors errors = new UserErrors();
        String name = errors.requiredText(path("input", "name"), input.get("name"), MAX_NAME);
        Boolean fromFramework = input.get("fromFramework");
        LocalDate startsOn = input.get("startsOn");
        if (!errors.isEmpty()) {
            return new CreateProgramPayload(null, errors.list());
        }
        Program program = context.dsl().transactionResult(tx -> programs.create(tx.dsl(), context.organizationId(), name,
                startsOn, fromFramework == null || fromFramework, catalog, context.now()));
        return new CreateProgramPayload(program, List.of());
    }

    UpdateProgramPayload updateProgram(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        Inputs input = Inputs.of(env);
        UserErrors errors = new UserErrors();
        Program current = errors.existing(path("input", "programId"), input.get("programId"), "Program",
                id -> programs.programsById(context.dsl(), context.organizationId(), List.of(id)).get(id));
        Optional<String> name = input.has("name")
                ? Optional.ofNullable(errors.requiredText(path("input", "name"), input.get("name"), MAX_NAME))
                : Optional.empty();
        Optional<ProgramStatus> status = Optional.empty();
        if (input.has("status")) {
            ProgramStatus value = input.enumValue("status", ProgramStatus.class);
            if (value == null) {
                errors.add(path("input", "status"), UserErrors.REQUIRED, "cannot be cleared");
            }
            status = Optional.ofNullable(value);
        }
        Optional<Optional<LocalDate>> startsOn = input.has("startsOn")
                ? Optional.of(Optional.ofNullable(input.get("startsOn")))
                : Optional.empty();
        if (!errors.isEmpty()) {
            return new UpdateProgramPayload(null, errors.list());
        }
        ProgramRepository.ProgramChanges changes = new ProgramRepository.ProgramChanges(name, status, startsOn);
        Program program = context.dsl().transactionResult(tx ->
                programs.updateProgram(tx.dsl(), context.organizationId(), current.id(), changes));
        return new UpdateProgramPayload(program, List.of());
    }

    UpdateModulePayload updateModule(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        Inputs input = Inputs.of(env);
        UserErrors errors = new UserErrors();
        Module current = errors.existing(path("input", "moduleId"), input.get("moduleId"), "Module",
                id -> programs.modulesById(context.dsl(), context.organizationId(), List.of(id)).get(id));
        Optional<String> title = Optional.empty();
        if (input.has("title")) {
            title = Optional.ofNullable(errors.requiredText(path("input", "title"), input.get("title"), MAX_NAME));
        }
        Optional<Optional<String>> summary = input.has("summary")
                ? Optional.of(Optional.ofNullable(errors.optionalText(path("input", "summary"), input.get("summary"), MAX_SUMMARY)))
                : Optional.empty();
        Optional<Optional<String>> businessContext = input.has("businessContext")
                ? Optional.of(Optional.ofNullable(errors.optionalText(path("input", "businessContext"),
                        input.get("businessContext"), MAX_BUSINESS_CONTEXT)))
                : Optional.empty();
        Optional<Double> hours = Optional.empty();
        if (input.has("hours")) {
            Double value = input.get("hours");
            if (value == null || value <= 0 || value > 1_000) {
                errors.add(path("input", "hours"), UserErrors.OUT_OF_RANGE, "must be more than 0 and at most 1000");
            } else {
                hours = Optional.of(value);
            }
        }
        Optional<ModuleFormat> format = Optional.empty();
        if (input.has("format")) {
            ModuleFormat value = input.enumValue("format", ModuleFormat.class);
            if (value == null) {
                errors.add(path("input", "format"), UserErrors.REQUIRED, "cannot be cleared");
            }
            format = Optional.ofNullable(value);
        }
        if (!errors.isEmpty()) {
            return new UpdateModulePayload(null, errors.list());
        }
        ProgramRepository.ModuleChanges changes = new ProgramRepository.ModuleChanges(title, summary, businessContext, hours, format);
        Module module = context.dsl().transactionResult(tx ->
                programs.updateModule(tx.dsl(), context.organizationId(), current.id(), changes));
        return new UpdateModulePayload(module, List.of());
    }

    SetBudgetPayload setBudget(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        Inputs input = Inputs.of(env);
        UserErrors errors = new UserErrors();
        Program program = errors.existing(path("input", "programId"), input.get("programId"), "Program",
                id -> programs.programsById(context.dsl(), context.organizationId(), List.of(id)).get(id));
        Map<String, Object> total = input.get("total");
        Map<String, Object> changeManagement = input.get("changeManagement");
        BigDecimal totalAmount = amount(errors, "total", total);
        BigDecimal changeAmount = amount(errors, "changeManagement", changeManagement);
        String currency = currency(errors, "total", total);
        String changeCurrency = currency(errors, "changeManagement", changeManagement);
        if (currency != null && changeCurrency != null && !currency.equals(changeCurrency)) {
            errors.add(path("input", "changeManagement", "currency"), UserErrors.INVALID, "must be the currency of the total, " + currency);
        }
        if (totalAmount != null && changeAmount != null && changeAmount.compareTo(totalAmount) > 0) {
            errors.add(path("input", "changeManagement", "amount"), UserErrors.OUT_OF_RANGE, "cannot be more than the total");
        }
        if (!errors.isEmpty()) {
            return new SetBudgetPayload(null, null, errors.list());
        }
        context.dsl().transaction(tx -> programs.setBudget(tx.dsl(), context.organizationId(), program.id(), currency,
                totalAmount, changeAmount, context.now()));
        Budget budget = programs.budgetsByProgram(context.dsl(), context.organizationId(), List.of(program.id())).get(program.id());
        return new SetBudgetPayload(budget, program, List.of());
    }

    private static BigDecimal amount(UserErrors errors, String field, Map<String, Object> money) {
        BigDecimal amount = (BigDecimal) money.get("amount");
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 13) {
            errors.add(path("input", field, "amount"), UserErrors.OUT_OF_RANGE,
                    "must be zero or more, with at most 13 digits before the point and 2 after");
            return null;
        }
        return amount;
    }

    private static String currency(UserErrors errors, String field, Map<String, Object> money) {
        String currency = String.valueOf(money.get("currency")).strip().toUpperCase(java.util.Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            errors.add(path("input", field, "currency"), UserErrors.INVALID, "must be a three-letter ISO-4217 code such as USD");
            return null;
        }
        return currency;
    }
}
