package io.claimstream.query.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WrkRunTest {

    @Test
    void theScriptCyclesThroughEveryPathWithQuotesEscaped() {
        String script = WrkRun.script(3, i -> i == 1 ? "/claims?q=\"open\\weights\"" : "/claims?page=" + i);
        assertThat(script).contains("\"/claims?page=0\"", "\"/claims?page=2\"",
                "\"/claims?q=\\\"open\\\\weights\\\"\"");
        assertThat(script).contains("i = i % #paths + 1", "latency:percentile(99)", "RESULT requests=");
    }
}
