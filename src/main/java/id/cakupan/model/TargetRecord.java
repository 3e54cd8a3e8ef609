package id.cakupan.model;

import java.math.BigDecimal;

/** A row of {@code target.csv}: a region's coverage target in percent for a year, and who set it. */
public record TargetRecord(String regionCode, int year, BigDecimal percent, String source, SourceRef ref) {
}
