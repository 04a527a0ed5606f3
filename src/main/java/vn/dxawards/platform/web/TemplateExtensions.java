package vn.dxawards.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateExtension;
import vn.dxawards.platform.i18n.Times;

/** Formatting the pages share: dates as dd/MM/yyyy in ICT, links. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(Times.ICT));
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(Times.ICT));
    }

    /** A due instant is the end of its day (24:00 ICT): shown as that day, not as the next midnight. */
    static String dueDay(Instant due) {
        return due == null ? "" : DATE.format(due.minusMillis(1).atZone(Times.ICT));
    }

    static String date(java.time.LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }
}
