package org.rebuildtrust.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoBannerTest {

    @Test
    void theBannerNamesThePortTheServerWasStartedOn() {
        assertEquals(8123, DemoDataSeeder.httpPort(
                "/root/.m2/payara-micro-6.2025.10.jar --deploy target/rebuild.war --contextroot / --port 8123 --nocluster", null));
        assertEquals(9090, DemoDataSeeder.httpPort("payara-micro.jar --deploy x.war --port=9090", "7000"));
        assertEquals(7000, DemoDataSeeder.httpPort("payara-micro.jar --deploy x.war", "7000"));
        assertEquals(8080, DemoDataSeeder.httpPort("payara-micro.jar --deploy x.war", null), "Payara Micro's own default");
        assertEquals(8080, DemoDataSeeder.httpPort("", "not a port"));
        assertTrue(DemoPractice.loginBanner(8123).contains("http://localhost:8123/"));
    }
}
