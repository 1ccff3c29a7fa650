package org.apogate.fcs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadOptionsTest {
    /** Same components as ReadOptions, with the generated toString. */
    private record Generated(Stringency stringency, int maxDataSets) {
    }

    @Test
    void textIsTheGeneratedRecordTextSoResumeKeysStayValid() {
        for (Stringency s : Stringency.values()) {
            for (int max : new int[] {1, 1000}) {
                String generated = new Generated(s, max).toString();
                assertEquals("ReadOptions" + generated.substring(generated.indexOf('[')), new ReadOptions(s, max).toString());
            }
        }
    }
}
