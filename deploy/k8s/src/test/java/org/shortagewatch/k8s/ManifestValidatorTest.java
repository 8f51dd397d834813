package org.shortagewatch.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The validator refuses what the API server's strict validation refuses, and passes what it takes. */
class ManifestValidatorTest {

    private final ManifestValidator validator = new ManifestValidator();

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: %s
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: example/web:1
                      %s
                      resources:
                        limits: {memory: 768Mi, cpu: "2"}
                      ports:
                        - containerPort: 8080
            """;

    @Test
    void aValidDeploymentPasses() throws Exception {
        assertEquals(List.of(), validator.validate(DEPLOYMENT.formatted("2", "imagePullPolicy: Always")));
    }

    @Test
    void anUnknownFieldFailsWithItsPath() throws Exception {
        List<String> problems = validator.validate(DEPLOYMENT.formatted("2", "imagePulPolicy: Always"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("spec.template.spec.containers[0]"), problems.get(0));
        assertTrue(problems.get(0).contains("imagePulPolicy"), problems.get(0));
    }

    @Test
    void aStringWhereANumberBelongsFails() throws Exception {
        List<String> problems = validator.validate(DEPLOYMENT.formatted("\"2\"", "imagePullPolicy: Always"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("spec.replicas"), problems.get(0));
    }

    @Test
    void aNumberInAConfigMapsDataFails() throws Exception {
        List<String> problems = validator.validate("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data:
                  QUARKUS_HTTP_PORT: 8081
                """);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("data.QUARKUS_HTTP_PORT"), problems.get(0));
    }

    @Test
    void strimziResourcesAreCheckedAgainstStrimzisTypes() throws Exception {
        String topic = """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: supply-status, labels: {strimzi.io/cluster: c}}
                spec:
                  partitions: %s
                  replicas: 3
                  config: {retention.ms: -1}
                """;
        assertEquals(List.of(), validator.validate(topic.formatted("12")));
        assertEquals(1, validator.validate(topic.formatted("twelve")).size());
        assertEquals(1, validator.validate(topic.formatted("12\n  partition: 3")).size());
    }

    @Test
    void cloudNativePgResourcesAreCheckedAgainstTheirCrd() throws Exception {
        String cluster = """
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: report-db}
                spec:
                  instances: %s
                  storage: {size: 1Gi}
                  bootstrap:
                    initdb: {database: report, owner: report}
                """;
        assertEquals(List.of(), validator.validate(cluster.formatted("3")));
        assertEquals(1, validator.validate(cluster.formatted("three")).size());
        List<String> unknown = validator.validate(cluster.formatted("3\n  instance: 3"));
        assertEquals(1, unknown.size(), unknown.toString());
        assertTrue(unknown.get(0).contains("instance"), unknown.get(0));
        assertEquals(1, validator.validate(cluster.formatted("3").replace("name: report-db", "name: report-db, nam: x"))
                .size());
    }

    @Test
    void aKindWithoutASchemaFails() throws Exception {
        List<String> problems = validator.validate("""
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                """);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("no schema"), problems.get(0));
    }
}
