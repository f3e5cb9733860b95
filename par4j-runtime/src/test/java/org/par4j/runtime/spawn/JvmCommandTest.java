package org.par4j.runtime.spawn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.spi.SelectorProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmCommandTest {
    private static final String NAMED = "-D" + JvmCommand.SELECTOR_PROVIDER + "=";

    @Test
    void shouldNameThisJvmsSelectorProviderToWorkers() {
        String provider = SelectorProvider.provider().getClass().getName();
        assertThat(provider).startsWith("sun.nio.ch.");
        List<String> cmd = JvmCommand.worker(List.of("-Xmx64m"), List.of());
        assertThat(cmd).contains(NAMED + provider);
        // before the user's options, so that theirs come last
        assertThat(cmd.indexOf(NAMED + provider)).isLessThan(cmd.indexOf("-Xmx64m"));
    }

    @Test
    void shouldLeaveTheSelectorProviderToAUserWhoNamesOne() {
        List<String> theirs = List.of(NAMED + "com.example.Provider");
        assertThat(JvmCommand.selectorProviderFlag(theirs)).isEmpty();
        assertThat(JvmCommand.worker(theirs, List.of()).stream().filter(o -> o.startsWith(NAMED)))
                .containsExactly(NAMED + "com.example.Provider");
    }
}
