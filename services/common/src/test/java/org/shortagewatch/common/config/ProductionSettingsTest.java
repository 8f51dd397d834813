package org.shortagewatch.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProductionSettingsTest {

    private static Map<String, String> everyCommonVariable() {
        Map<String, String> env = new HashMap<>();
        ProductionSettings.COMMON.keySet().forEach(name -> env.put(name, "set"));
        return env;
    }

    @Test
    void nothingIsMissingWhenEveryVariableIsSet() {
        assertEquals(List.of(), ProductionSettings.missing(everyCommonVariable()::get, name -> null, "prod", Map.of()));
    }

    @Test
    void eachMissingOrBlankVariableIsNamedWithWhatItIs() {
        Map<String, String> env = everyCommonVariable();
        env.remove("KAFKA_BOOTSTRAP_SERVERS");
        env.put("QUARKUS_DATASOURCE_PASSWORD", " ");
        assertEquals(List.of("QUARKUS_DATASOURCE_PASSWORD: that role's password",
                "KAFKA_BOOTSTRAP_SERVERS: the Kafka brokers, host:port[,host:port]",
                "QUARKUS_MAILER_HOST: the SMTP server"),
                ProductionSettings.missing(env::get, name -> null, "prod",
                        Map.of("QUARKUS_MAILER_HOST", "the SMTP server")));
    }

    @Test
    void aSystemPropertyCountsAsTheSetting() {
        Map<String, String> env = everyCommonVariable();
        env.remove("KAFKA_BOOTSTRAP_SERVERS");
        assertEquals(List.of(), ProductionSettings.missing(env::get,
                name -> name.equals("kafka.bootstrap.servers") ? "broker:9092" : null, "prod", Map.of()));
    }

    @Test
    void onlyTheProdProfileIsChecked() {
        assertEquals(List.of(), ProductionSettings.missing(name -> null, name -> null, "dev", Map.of()));
        assertEquals(7, ProductionSettings.missing(name -> null, name -> null, "prod,k8s", Map.of()).size());
    }
}
