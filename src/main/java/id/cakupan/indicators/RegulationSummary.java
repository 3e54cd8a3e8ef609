package id.cakupan.indicators;

import java.util.List;

import id.cakupan.model.Region;
import id.cakupan.model.RegulationRecord;
import id.cakupan.model.RegulationStatus;

/**
 * Where a region stands on the regional head regulation that lets its budget pay premiums: the
 * most advanced status among its regulations ({@code BELUM} when it has none).
 *
 * @param leading the most advanced regulation, null when there is none
 */
public record RegulationSummary(Region region, RegulationStatus status, RegulationRecord leading,
                                List<RegulationRecord> regulations) {

    public boolean isEnacted() {
        return status == RegulationStatus.DITETAPKAN;
    }
}
