package vn.dxawards.platform.web;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import vn.dxawards.platform.i18n.SafeText;

/**
 * Strict reading of API input: a score of 7.5 is refused, never silently stored as 7; a key given
 * twice is refused rather than the last one winning; no string may hold a character
 * {@link SafeText} refuses (NUL, controls, bidi controls, half a surrogate pair); a date must lie
 * between the years 1000 and 9999 (what the database stores and the calendar computes with).
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    /** The earliest and the latest date the API accepts. */
    static final int FIRST_YEAR = 1000;
    static final int LAST_YEAR = 9999;

    /** Last, after Quarkus has registered the Java time module, so that this date reader wins. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        SimpleModule strict = new SimpleModule("dx-strict-input");
        strict.addDeserializer(String.class, new SafeStrings());
        strict.addDeserializer(LocalDate.class, new BoundedDates());
        mapper.registerModule(strict);
    }

    /** A string with a refused character: the field is named in the answer (422). */
    public static class UnsafeTextException extends MismatchedInputException {
        UnsafeTextException(JsonParser parser) {
            super(parser, "A string holds a control, bidi or unpaired surrogate character", String.class);
        }
    }

    /** A date the calendar of the application cannot hold (422, the field named). */
    public static class DateOutOfRangeException extends MismatchedInputException {
        DateOutOfRangeException(JsonParser parser) {
            super(parser, "A date outside the years " + FIRST_YEAR + "–" + LAST_YEAR, LocalDate.class);
        }
    }

    static final class SafeStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (!SafeText.isSafe(value)) {
                throw new UnsafeTextException(parser);
            }
            return value;
        }
    }

    /** The standard reading of a date (ISO 8601), then the range; no per-field format is used in the API. */
    static final class BoundedDates extends com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<LocalDate> {
        BoundedDates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate value = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (value != null && (value.getYear() < FIRST_YEAR || value.getYear() > LAST_YEAR)) {
                throw new DateOutOfRangeException(parser);
            }
            return value;
        }
    }
}
