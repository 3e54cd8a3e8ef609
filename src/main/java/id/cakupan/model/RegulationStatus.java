package id.cakupan.model;

/** How far a regulation has come; declared in order of progress. */
public enum RegulationStatus {
    BELUM, DRAFT, DITETAPKAN
}
