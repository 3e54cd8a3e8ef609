package id.cakupan.model;

import java.time.LocalDate;

/** A row of {@code regulasi.csv}; {@code number} and {@code date} are null while not yet known. */
public record RegulationRecord(String regionCode, RegulationType type, String number, LocalDate date,
                               String title, RegulationStatus status, SourceRef source) {
}
