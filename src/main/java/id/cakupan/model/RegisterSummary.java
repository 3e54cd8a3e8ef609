package id.cakupan.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the register of vulnerable workers ({@code daftar_rentan*.csv}) showed, as counts only: no
 * NIK, name or birth date is ever part of it, so it may reach the reports.
 *
 * @param rows                 the register's rows read
 * @param workers              the different NIKs among them
 * @param duplicateRows        rows that repeat an enrolment of the same worker and funder in months
 *                             another row already gives (counted once)
 * @param doubleFundedWorkers  workers paid by two or more funders in the same months
 * @param secondPremiumRp      what the second (and any further) premiums of those months cost
 * @param otherRegionWorkers   workers enrolled in more than one region in the same months
 * @param ageWarnings          rows of a worker under 15 or over 80 when protection starts
 * @param byProvince           the double funding of each province (by the code of the province of the
 *                             worker's first row), for its briefing
 */
public record RegisterSummary(long rows, long workers, long duplicateRows, long doubleFundedWorkers,
                              long secondPremiumRp, long otherRegionWorkers, long ageWarnings,
                              Map<String, DoubleFunding> byProvince) {

    /** The double funding found in one province: workers, and what their second premiums cost. */
    public record DoubleFunding(long workers, long secondPremiumRp) {
    }

    public RegisterSummary {
        byProvince = Map.copyOf(new TreeMap<>(byProvince));
    }

    /** No register was given. */
    public static RegisterSummary none() {
        return new RegisterSummary(0, 0, 0, 0, 0, 0, 0, Map.of());
    }

    public boolean isGiven() {
        return rows > 0;
    }

    /** The double funding of a province; zero when it has none or no register was given. */
    public DoubleFunding of(String provinceCode) {
        return byProvince.getOrDefault(provinceCode, new DoubleFunding(0, 0));
    }
}
