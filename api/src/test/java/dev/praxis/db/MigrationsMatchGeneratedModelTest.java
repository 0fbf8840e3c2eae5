package dev.praxis.db;

import dev.praxis.server.Database;
import dev.praxis.testing.TestDatabase;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrates an empty MariaDB from scratch and checks that what the migrations made is what jOOQ
 * generated its classes from (DDLDatabase parses the scripts, which a real server might read
 * differently).
 */
class MigrationsMatchGeneratedModelTest {

    @Test
    void realSchemaMatchesTheGeneratedClasses() {
        try (Database database = TestDatabase.empty()) {
            assertThat(database.migrate()).isPositive();
            assertThat(database.migrate()).as("migrating twice is a no-op").isZero();

            Map<String, Map<String, Boolean>> actual = new HashMap<>();
            database.dsl().resultQuery("""
                    select table_name, column_name, is_nullable from information_schema.columns
                    where table_schema = database() and table_name <> 'flyway_schema_history'""")
                    .fetch()
                    .forEach(row -> actual.computeIfAbsent(row.get(0, String.class).toLowerCase(), t -> new HashMap<>())
                            .put(row.get(1, String.class).toLowerCase(), "YES".equals(row.get(2, String.class))));

            Set<String> generatedTables = new HashSet<>();
            for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                generatedTables.add(table.getName());
                Map<String, Boolean> columns = actual.get(table.getName());
                assertThat(columns).as("table %s exists", table.getName()).isNotNull();
                for (Field<?> field : table.fields()) {
                    assertThat(columns).as("%s.%s exists", table.getName(), field.getName()).containsKey(field.getName());
                    assertThat(columns.get(field.getName())).as("%s.%s nullability", table.getName(), field.getName())
                            .isEqualTo(field.getDataType().nullable());
                }
                assertThat(columns.keySet()).as("no column of %s missing from the generated model", table.getName())
                        .hasSize(table.fields().length);
            }
            assertThat(actual.keySet()).isEqualTo(generatedTables);
            assertThat(database.dsl().fetchCount(Tables.FRAMEWORK_MODULE)).isEqualTo(16);
        }
    }
}
