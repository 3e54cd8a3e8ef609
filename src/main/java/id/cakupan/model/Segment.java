package id.cakupan.model;

/** Participant segment ({@code segmen}): wage earners, non-wage earners, construction, migrant workers. */
public enum Segment {
    PU, BPU, JAKON, PMI
}
