package dev.praxis.server;

import dev.praxis.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PraxisServerStartTest {

    @Test
    void aTakenPortIsAClearErrorNotAServerThatNeverListens() throws Exception {
        try (Database database = TestDatabase.fresh();
             ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("0.0.0.0"))) {
            PraxisConfig config = new PraxisConfig(taken.getLocalPort(), Optional.empty(), Path.of("target"), true,
                    Duration.ofSeconds(10), 1024 * 1024);
            assertThatThrownBy(() -> PraxisServer.start(config, database, Clock.systemUTC(), Map.of()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("could not listen on port " + taken.getLocalPort());
        }
    }
}
