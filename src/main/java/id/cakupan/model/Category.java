package id.cakupan.model;

/** A vulnerable-worker category ({@code kategori}) with its labels and the group it belongs to. */
public record Category(String code, String name, String nameEn, String groupCode) {
}
