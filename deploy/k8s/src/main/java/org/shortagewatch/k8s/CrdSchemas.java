package org.shortagewatch.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The schemas of the custom resources whose operator publishes no Java types on a registry this project reaches:
 * CloudNativePG's {@code Cluster} and {@code ScheduledBackup}, from the CRDs of CloudNativePG v1.30.0
 * ({@code config/crd/bases/postgresql.cnpg.io_*.yaml}, kept here as JSON without their descriptions).
 *
 * <p>A CRD's OpenAPI v3 schema becomes a JSON Schema (draft 7) that refuses unknown fields as the API server's strict
 * field validation does: every object schema reached through {@code properties}, {@code items} or
 * {@code additionalProperties} that lists its properties and neither declares {@code additionalProperties} nor
 * {@code x-kubernetes-preserve-unknown-fields: true} gets {@code additionalProperties: false};
 * {@code nullable: true} admits {@code null}. The resource's {@code metadata} is checked by {@link ManifestValidator}
 * as Kubernetes' ObjectMeta.
 */
final class CrdSchemas {

    private static final List<String> CRDS = List.of("postgresql.cnpg.io_clusters.json",
            "postgresql.cnpg.io_scheduledbackups.json");

    private final Map<String, JsonSchema> byApiVersionAndKind = new HashMap<>();

    CrdSchemas(ObjectMapper mapper) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        for (String file : CRDS) {
            JsonNode crd = read(mapper, "crds/" + file);
            String group = crd.at("/spec/group").asText();
            String kind = crd.at("/spec/names/kind").asText();
            for (JsonNode version : crd.at("/spec/versions")) {
                ObjectNode schema = version.at("/schema/openAPIV3Schema").deepCopy();
                ((ObjectNode) schema.get("properties")).putObject("metadata").put("type", "object");
                strict(schema);
                byApiVersionAndKind.put(group + "/" + version.get("name").asText() + "/" + kind,
                        factory.getSchema(schema));
            }
        }
    }

    /** The schema of {@code apiVersion} and {@code kind}, when one of the CRDs defines it. */
    Optional<JsonSchema> schema(String apiVersion, String kind) {
        return Optional.ofNullable(byApiVersionAndKind.get(apiVersion + "/" + kind));
    }

    static Set<ValidationMessage> validate(JsonSchema schema, JsonNode resource) {
        return schema.validate(resource);
    }

    private static void strict(JsonNode node) {
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        if (schema.path("nullable").asBoolean(false) && schema.has("type")) {
            ArrayNode types = schema.arrayNode().add(schema.get("type").asText()).add("null");
            schema.set("type", types);
        }
        JsonNode properties = schema.get("properties");
        if (properties != null && !schema.has("additionalProperties")
                && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            schema.put("additionalProperties", false);
        }
        if (properties != null) {
            properties.forEach(CrdSchemas::strict);
        }
        strict(schema.get("items"));
        strict(schema.get("additionalProperties"));
    }

    private static JsonNode read(ObjectMapper mapper, String resource) {
        try (InputStream in = CrdSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
