package org.shortagewatch.allocation.persistence;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * The set-based idiom of this service's SQL: batches travel to PostgreSQL as one JSON array (unpacked there with
 * {@code jsonb_to_recordset(cast(cast(:rows as text) as jsonb))}; the double cast keeps the driver from sending the
 * text as a JSON string), and a query answers a whole result as one JSON document ({@code jsonb_agg}).
 */
@ApplicationScoped
public class JsonSql {

    @Inject
    ObjectMapper json;

    /** Runs a query that answers one JSON text, and reads it as {@code type}. */
    public <T> Uni<T> query(Mutiny.Session session, String sql, Map<String, Object> parameters, TypeReference<T> type) {
        Mutiny.SelectionQuery<String> query = session.createNativeQuery(sql, String.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult().map(text -> read(text, type));
    }

    /** A batch (or any value) as JSON text, to bind as a parameter. */
    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + type.getType() + " from the database's answer", e);
        }
    }
}
