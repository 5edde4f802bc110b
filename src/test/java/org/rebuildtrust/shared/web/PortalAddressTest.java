package org.rebuildtrust.shared.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where email links point: the configured address only (issue 12, item 2). */
class PortalAddressTest {

    @Test
    void aRealInstallationRefusesToStartWithoutItsBaseUrl() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PortalAddress.configured(null, false));
        assertTrue(refused.getMessage().contains("REBUILD_BASE_URL"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> PortalAddress.configured("  ", false));
    }

    @Test
    void theDemoMayGoWithoutAndThenLinksToThisMachineOnItsOwnPort() {
        assertEquals(Optional.empty(), PortalAddress.configured(null, true));
        assertEquals("http://localhost:8080", PortalAddress.demoAddress(8080, ""));
    }

    @Test
    void theConfiguredAddressIsUsedAsGivenWithoutTrailingSlashes() {
        assertEquals(Optional.of("https://rebuild.example.org"), PortalAddress.configured("https://rebuild.example.org/", false));
        assertEquals(Optional.of("https://example.org/rebuild"), PortalAddress.configured(" https://example.org/rebuild ", true));
    }

    @Test
    void anAddressThatIsNotAPlainHttpAddressIsRefused() {
        for (String wrong : new String[]{"rebuild.example.org", "ftp://rebuild.example.org", "https://",
                "https://rebuild.example.org/?next=evil", "https://user@rebuild.example.org", "https://a b"}) {
            assertThrows(IllegalStateException.class, () -> PortalAddress.configured(wrong, false), wrong);
        }
    }
}
