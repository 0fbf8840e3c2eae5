package dev.praxis.graphql;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts the SQL statements one request runs: for the request log and the N+1 tests. */
public final class SqlStatementCounter implements ExecuteListener {
    private final AtomicInteger count = new AtomicInteger();

    /** A context that runs on the same pool and counts into this counter. */
    public DSLContext counting(DSLContext dsl) {
        return dsl.configuration().derive(new DefaultExecuteListenerProvider(this)).dsl();
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        count.incrementAndGet();
    }

    public int count() {
        return count.get();
    }
}
