package vn.dxawards.platform.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** Dates of the programme are calendar days in Vietnam (ICT); a day ends at 24:00 ICT. */
public final class Times {

    public static final ZoneId ICT = ZoneId.of("Asia/Ho_Chi_Minh");

    private Times() {
    }

    public static LocalDate today() {
        return LocalDate.now(ICT);
    }

    /** The instant a window or due date ending on {@code day} closes: the next midnight in ICT. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ICT).toInstant();
    }

    public static Date endOfAsDate(LocalDate day) {
        return Date.from(endOf(day));
    }

    /** A day as Vietnamese readers write it (dd/MM/yyyy); null stays null. */
    public static String date(LocalDate day) {
        return day == null ? null : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day);
    }

    /** An instant as the time and day in ICT ("20:00 ngày 15/09/2026"); null stays null. */
    public static String dateTime(Instant at) {
        return at == null ? null
                : java.time.format.DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").format(at.atZone(ICT));
    }
}
