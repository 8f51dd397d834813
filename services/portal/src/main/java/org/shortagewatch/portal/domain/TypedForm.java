package org.shortagewatch.portal.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A form's typed values read one by one ({@link FormInput}), keeping each that does not read with its field and what
 * was typed, so that the page refuses them all beside their fields and sends nothing to the service.
 */
public final class TypedForm {

    /** What a field asks for. */
    public enum Kind {
        DATE, TIME, COUNT
    }

    /** A field whose typed value did not read as its kind. */
    public record Unread(String field, String typed, Kind kind) {
    }

    private final List<Unread> unread = new ArrayList<>();

    public LocalDate date(String field, String value) {
        return read(field, value, Kind.DATE, FormInput::date);
    }

    public LocalTime time(String field, String value) {
        return read(field, value, Kind.TIME, FormInput::time);
    }

    public Integer count(String field, String value) {
        return read(field, value, Kind.COUNT, FormInput::count);
    }

    /** The fields that did not read, in the order they were read. */
    public List<Unread> unread() {
        return List.copyOf(unread);
    }

    public boolean allRead() {
        return unread.isEmpty();
    }

    private <T> T read(String field, String value, Kind kind, Function<String, T> reader) {
        try {
            return reader.apply(value);
        } catch (FormInput.Unreadable u) {
            unread.add(new Unread(field, u.typed(), kind));
            return null;
        }
    }
}
