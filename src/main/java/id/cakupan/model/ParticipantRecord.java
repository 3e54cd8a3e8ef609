package id.cakupan.model;

import java.time.YearMonth;

/** A row of {@code kepesertaan.csv}: active participants of one segment in a region and month. */
public record ParticipantRecord(String regionCode, YearMonth period, Segment segment, long active,
                                SourceRef source) {
}
