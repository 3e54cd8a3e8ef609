package id.cakupan.render.xlsx;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.cakupan.load.DatasetLoader;
import id.cakupan.model.Categories;
import id.cakupan.model.Category;
import id.cakupan.model.Dataset;
import id.cakupan.model.Region;
import id.cakupan.model.RegionCatalog;
import id.cakupan.model.Segment;

/**
 * What a template is filled with: the rows of an existing data folder ({@code --from}), and for a
 * province ({@code --province}) a row for each of its regencies/cities for the month to fill next,
 * with the codes written and the figures left empty.
 */
public final class TemplateRows {

    private final Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
    private final List<String> guidance = new ArrayList<>();

    private TemplateRows() {
        DataTemplate.tableSheets().forEach(name -> rows.put(name, new ArrayList<>()));
    }

    /**
     * @param catalog  every region code
     * @param data     the data folder's contents, or null for an empty template
     * @param province a province code, or null
     * @param month    the month to prepare rows for (with {@code province} only)
     */
    public static DataTemplate of(RegionCatalog catalog, Categories builtIn, Dataset data, Region province,
                                  YearMonth month) {
        TemplateRows template = new TemplateRows();
        Categories categories = data == null ? builtIn : data.categories();
        if (data != null) {
            template.copy(data, builtIn);
        }
        if (province != null) {
            template.prepare(catalog, province, month);
        }
        return new DataTemplate(choices(catalog, data, province), categories, template.rows, template.guidance);
    }

    /** The codes offered: the province's own; else those of the provinces in the data; else every code. */
    private static List<Region> choices(RegionCatalog catalog, Dataset data, Region province) {
        List<Region> provinces = catalog.children(catalog.country().code());
        if (province != null) {
            provinces = List.of(province);
        } else if (data != null) {
            Set<String> inData = new HashSet<>();
            data.workforce().forEach(w -> inData.add(w.regionCode().substring(0, 2)));
            List<Region> some = provinces.stream().filter(p -> inData.contains(p.code())).toList();
            provinces = some.isEmpty() ? provinces : some;
        }
        List<Region> regions = new ArrayList<>();
        regions.add(catalog.country());
        for (Region p : provinces) {
            regions.add(p);
            regions.addAll(catalog.children(p.code()));
        }
        return regions;
    }

    private void copy(Dataset data, Categories builtIn) {
        data.workforce().forEach(w -> add("tenaga_kerja", w.regionCode(), w.period(), w.potential(), w.employed(),
                w.vulnerable()));
        data.participants().forEach(p -> add("kepesertaan", p.regionCode(), p.period(), p.segment(), p.active()));
        data.vulnerable().forEach(v -> add("pekerja_rentan", v.regionCode(), v.period(), v.categoryCode(), v.funder(),
                v.protectedWorkers(), v.monthsFunded()));
        // the categories are the data's own when they are not the built-in list
        if (!data.categories().categories().equals(builtIn.categories())) {
            Categories categories = data.categories();
            for (Category c : categories.categories()) {
                var group = categories.group(c.groupCode());
                add("kategori", c.code(), c.name(), c.nameEn(), c.groupCode(), group.name(), group.nameEn());
            }
        }
        data.targets().forEach(t -> add("target", t.regionCode(), t.year(), t.percent(), t.source()));
        data.budgets().forEach(b -> add("anggaran", b.payerCode(), b.year(), b.funder(), b.needRp(), b.allocatedRp(),
                b.spentRp()));
        data.regulations().forEach(r -> add("regulasi", r.regionCode(), r.type(), r.number(), r.date(), r.title(),
                r.status()));
        for (String name : DatasetLoader.KNOWN_PARAMETERS) {
            String value = data.parameters().values().get(name);
            if (value != null) {
                add("parameter", name, value);
            }
        }
        guidance.add("Baris yang sudah ada adalah data yang dipakai sekarang. Untuk bulan berikutnya, tambahkan "
                + "baris baru di bawahnya; jangan hapus bulan-bulan sebelumnya, karena tren dan perubahan tahunan "
                + "dihitung darinya.");
    }

    /** One workforce row per regency/city and one participants row per segment, for the month to fill. */
    private void prepare(RegionCatalog catalog, Region province, YearMonth month) {
        Set<String> present = new HashSet<>();
        rows.get("tenaga_kerja").forEach(row -> present.add(row.get(0) + " " + row.get(1)));
        List<Region> regencies = catalog.children(province.code());
        int added = 0;
        for (Region regency : regencies) {
            if (present.contains(regency.code() + " " + month)) {
                continue;
            }
            add("tenaga_kerja", regency.code(), month, null, null, null);
            for (Segment segment : Segment.values()) {
                add("kepesertaan", regency.code(), month, segment, null);
            }
            added++;
        }
        if (added > 0) {
            guidance.add("Untuk " + province.name() + " sudah disiapkan baris bulan " + month + " bagi setiap "
                    + "kabupaten/kota (" + regencies.size() + " wilayah): di tenaga_kerja satu baris per wilayah, di "
                    + "kepesertaan satu baris per wilayah dan segmen. Kode sudah terisi; isi angkanya. Angka provinsi "
                    + "dijumlahkan sendiri dari kabupaten/kota, jadi baris provinsi tidak perlu. Hapus baris yang "
                    + "tidak Anda isi: baris dengan angka wajib yang kosong ditolak saat pemeriksaan. Bila datanya "
                    + "untuk bulan lain, ubah kolom periode.");
        }
    }

    private void add(String sheet, Object... values) {
        List<Object> row = new ArrayList<>(values.length);
        for (Object value : values) {
            row.add(value == null || value instanceof Number || value instanceof String ? value : value.toString());
        }
        rows.get(sheet).add(Collections.unmodifiableList(row));
    }
}
