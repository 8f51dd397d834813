package org.shortagewatch.allocation.persistence;

import org.shortagewatch.common.sql.BatchArrays;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * How this service's set-based queries answer: a whole result as one JSON document ({@code jsonb_agg}), read here
 * into the query's named records. (Batches go the other way as typed arrays: {@link BatchArrays}.)
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

    /** Reads a query's JSON answer as {@code type}. */
    public <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + type.getType() + " from the database's answer", e);
        }
    }
}
