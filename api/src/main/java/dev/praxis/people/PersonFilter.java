package dev.praxis.people;

import dev.praxis.framework.Audience;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import static dev.praxis.db.Tables.PERSON;

/** The filter of {@code Query.people}; every part is optional and they combine with AND. */
public record PersonFilter(Audience audience, String department, Long managerId, String search, String email) {
    public static final PersonFilter NONE = new PersonFilter(null, null, null, null, null);

    Condition condition() {
        Condition condition = DSL.noCondition();
        if (audience != null) {
            condition = condition.and(PERSON.AUDIENCE.eq(audience.name()));
        }
        if (department != null) {
            condition = condition.and(PERSON.DEPARTMENT.eq(department));
        }
        if (managerId != null) {
            condition = condition.and(PERSON.MANAGER_ID.eq(managerId));
        }
        if (search != null && !search.isBlank()) {
            condition = condition.and(PERSON.DISPLAY_NAME.containsIgnoreCase(search.strip())
                    .or(PERSON.EMAIL.containsIgnoreCase(search.strip())));
        }
        if (email != null) {
            condition = condition.and(PERSON.EMAIL.eq(email.strip().toLowerCase(java.util.Locale.ROOT)));
        }
        return condition;
    }
}
