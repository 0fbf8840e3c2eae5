package dev.praxis.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import javax.sql.DataSource;
import java.time.Duration;

import static java.util.Objects.requireNonNull;

/** The connection pool, the schema migrations and the jOOQ context every query goes through. */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    private Database(HikariDataSource dataSource, Duration statementTimeout) {
        this.dataSource = dataSource;
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withRenderGroupConcatMaxLenSessionVariable(false)
                .withQueryTimeout((int) Math.max(1, statementTimeout.toSeconds()));
        this.dsl = DSL.using(dataSource, SQLDialect.MARIADB, settings);
    }

    public static Database connect(String url, String user, String password, Duration statementTimeout) {
        requireNonNull(url, "url is null");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(withDefaults(url));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(Integer.getInteger("praxis.db.poolSize", 16));
        config.setPoolName("praxis");
        config.setConnectionTimeout(10_000);
        return new Database(new HikariDataSource(config), statementTimeout);
    }

    /** Brings the schema to the newest migration; returns how many were applied. */
    public int migrate() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /**
     * Adds the driver options Praxis relies on unless the URL sets them: bulk batches for
     * inserts, UTC session time so DATETIME columns hold UTC, and no TLS on loopback.
     */
    static String withDefaults(String url) {
        StringBuilder result = new StringBuilder(url);
        char separator = url.contains("?") ? '&' : '?';
        separator = append(result, separator, "useBulkStmts", "true");
        separator = append(result, separator, "rewriteBatchedStatements", "true");
        separator = append(result, separator, "connectionTimeZone", "UTC");
        if (url.contains("//127.0.0.1") || url.contains("//localhost")) {
            append(result, separator, "sslMode", "disable");
        }
        return result.toString();
    }

    private static char append(StringBuilder url, char separator, String option, String value) {
        if (url.indexOf(option + "=") >= 0) {
            return separator;
        }
        url.append(separator).append(option).append('=').append(value);
        return '&';
    }
}
