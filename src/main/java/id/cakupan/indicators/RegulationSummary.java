package id.cakupan.indicators;

import java.util.List;

import id.cakupan.model.Region;
import id.cakupan.model.RegulationRecord;
import id.cakupan.model.RegulationStatus;

/**
 * Where a region stands on the regional head regulation (Pergub, Perbup, Perwal) that lets its
 * budget pay premiums: the most advanced status among its regulations of those types ({@code BELUM}
 * when it has none). A circular ({@code SE}), an instruction or another kind never makes a region
 * count as having enacted one.
 *
 * @param leading the most advanced regional head regulation; when there is none, the most advanced
 *                regulation of another kind (with its own status); null when there is no regulation
 */
public record RegulationSummary(Region region, RegulationStatus status, RegulationRecord leading,
                                List<RegulationRecord> regulations) {

    public boolean isEnacted() {
        return status == RegulationStatus.DITETAPKAN;
    }
}
