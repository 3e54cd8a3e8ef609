package id.cakupan.render;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The date documents carry. Outputs must be reproducible byte for byte, so it is never the clock:
 * {@code SOURCE_DATE_EPOCH} (seconds) when set, with its time; otherwise the data's as-of date, the
 * last day of the reporting month, without a time.
 */
public record DocumentDate(ZonedDateTime moment, boolean withTime) {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** @param sourceDateEpoch the {@code SOURCE_DATE_EPOCH} variable, or null */
    public static DocumentDate of(YearMonth reportingMonth, String sourceDateEpoch) {
        if (sourceDateEpoch != null && sourceDateEpoch.matches("\\d{1,12}")) {
            return new DocumentDate(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch)).atZone(JAKARTA), true);
        }
        return new DocumentDate(reportingMonth.atEndOfMonth().atStartOfDay(JAKARTA), false);
    }

    /** {@code 30 November 2025}, or {@code 11 Desember 2025 pukul 14.05 WIB} when the time is known. */
    public String describe(Formats formats) {
        return withTime ? formats.dateTime(moment) : formats.date(moment.toLocalDate());
    }
}
