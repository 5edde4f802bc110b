package org.rebuildtrust.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdsTest {

    @Test
    void digitsAreAnId() {
        assertEquals(1234L, Ids.parse("Couple", "1234"));
    }

    @Test
    void anythingElseIsARecordThatDoesNotExist() {
        for (String raw : new String[]{null, "", " ", "12a", "-1", "1.0", "' OR 1=1", "9999999999999999999999"}) {
            assertThrows(RecordNotFoundException.class, () -> Ids.parse("Couple", raw), String.valueOf(raw));
        }
    }
}
