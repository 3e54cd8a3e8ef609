package id.cakupan.model;

/** A group of vulnerable-worker categories ({@code kelompok}) with its Indonesian and English label. */
public record CategoryGroup(String code, String name, String nameEn) {
}
