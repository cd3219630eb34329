package nl.weerbaar.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseEnvironmentTest {

    @Test
    void theEmbeddedDatabaseRunsOnLinuxOnX86Only() {
        assertThat(DatabaseEnvironment.embeddedRunsOn("Linux", "amd64")).isTrue();
        assertThat(DatabaseEnvironment.embeddedRunsOn("Linux", "x86_64")).isTrue();
        assertThat(DatabaseEnvironment.embeddedRunsOn("Linux", "aarch64")).isFalse();
        assertThat(DatabaseEnvironment.embeddedRunsOn("Mac OS X", "x86_64")).isFalse();
        assertThat(DatabaseEnvironment.embeddedRunsOn("Windows 11", "amd64")).isFalse();
        assertThat(DatabaseEnvironment.embeddedRunsOn(null, null)).isFalse();
    }
}
