package org.shortagewatch.k8s;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * Checks rendered manifests against the schemas of the APIs they are written for, refusing unknown fields and wrong
 * types: Kubernetes' own kinds through the fabric8 kubernetes-model types (generated from the Kubernetes OpenAPI),
 * Strimzi's through its published API types ({@code io.strimzi:api}), CloudNativePG's through its CRDs
 * ({@link CrdSchemas}). A kind none of these knows is refused too, as a validator without its schema must.
 */
public final class ManifestValidator {

    /** The kinds the manifests use, by {@code apiVersion/kind}, with the type that holds their schema. */
    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class));

    private final ObjectMapper strict = StrictMapper.create();
    private final YAMLMapper yaml = new YAMLMapper();
    private final CrdSchemas crds = new CrdSchemas(new ObjectMapper());

    /** Every document of a YAML stream (empty documents skipped). */
    public List<JsonNode> documents(String yamlStream) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = yaml.createParser(yamlStream)) {
            var it = yaml.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    /** The problems of a YAML stream, each naming the object and the field; empty when every object is valid. */
    public List<String> validate(String yamlStream) throws IOException {
        List<String> problems = new ArrayList<>();
        for (JsonNode document : documents(yamlStream)) {
            problems.addAll(validate(document));
        }
        return problems;
    }

    /** The problems of one object. */
    public List<String> validate(JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asText("");
        String kind = resource.path("kind").asText("");
        String name = apiVersion + " " + kind + " " + resource.path("metadata").path("name").asText("(no name)");
        Class<?> type = TYPES.get(apiVersion + "/" + kind);
        if (type != null) {
            return read(name, resource, type);
        }
        Optional<JsonSchema> schema = crds.schema(apiVersion, kind);
        if (schema.isEmpty()) {
            return List.of(name + ": no schema for this apiVersion and kind");
        }
        List<String> problems = new ArrayList<>(read(name, resource.path("metadata"), ObjectMeta.class));
        problems.addAll(CrdSchemas.validate(schema.get(), resource).stream()
                .map(m -> name + ": " + m.getMessage()).sorted().collect(Collectors.toList()));
        return problems;
    }

    private List<String> read(String name, JsonNode node, Class<?> type) {
        try {
            strict.treeToValue(node, type);
            return List.of();
        } catch (JsonMappingException e) {
            return List.of(name + ": " + path(e) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            return List.of(name + ": " + e.getOriginalMessage());
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "(root)" : path.toString();
    }
}
