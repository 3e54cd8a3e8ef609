package id.cakupan.load;

import java.util.List;

import id.cakupan.model.Categories;
import id.cakupan.model.Category;
import id.cakupan.model.CategoryGroup;

/**
 * The vulnerable-worker categories used when the data folder has no {@code kategori.csv}: every
 * group named in Bengkulu's 2025 launch, plus the informal workers regions commonly budget for.
 */
public final class BuiltInCategories {

    public static final String SOCIAL = "SOSIAL_PENDIDIKAN_KEAGAMAAN";
    public static final String INFORMAL = "INFORMAL_BPU";

    private BuiltInCategories() {
    }

    public static List<CategoryGroup> groups() {
        return List.of(
                new CategoryGroup(SOCIAL, "Pekerja sosial, pendidikan dan keagamaan",
                        "Social, education and religious workers"),
                new CategoryGroup(INFORMAL, "Pekerja informal (BPU)", "Informal workers (BPU)"));
    }

    public static Categories categories() {
        return new Categories(groups(), List.of(
                new Category("GURU_HONORER", "Guru honorer SD/SMP",
                        "Non-permanent primary and junior-secondary teachers", SOCIAL),
                new Category("GURU_MADRASAH", "Guru madrasah dan pesantren",
                        "Madrasah and pesantren teachers", SOCIAL),
                new Category("KADER_POSYANDU", "Kader posyandu", "Health post (posyandu) cadres", SOCIAL),
                new Category("LINMAS", "Anggota Linmas", "Civil protection (Linmas) members", SOCIAL),
                new Category("PEKERJA_KEAGAMAAN", "Pekerja sosial keagamaan", "Religious social workers", SOCIAL),
                new Category("OJOL_GRAB", "Pengemudi ojek daring (Grab)", "Ride-hailing drivers (Grab)", INFORMAL),
                new Category("OJOL_GOJEK", "Pengemudi ojek daring (Gojek)", "Ride-hailing drivers (Gojek)", INFORMAL),
                new Category("PENJAHIT", "Penjahit", "Tailors", INFORMAL),
                new Category("SENIMAN", "Seniman", "Artists", INFORMAL),
                new Category("TAGANA", "Relawan Tagana", "Disaster volunteers (Tagana)", INFORMAL),
                new Category("SOPIR_AMBULANS", "Sopir ambulans program gubernur",
                        "Ambulance drivers of the governor's programme", INFORMAL),
                new Category("NELAYAN", "Nelayan", "Fishers", INFORMAL),
                new Category("PETANI", "Petani", "Farmers", INFORMAL),
                new Category("BURUH_TANI", "Buruh tani", "Farm labourers", INFORMAL),
                new Category("PEDAGANG_KECIL", "Pedagang kecil", "Small traders", INFORMAL),
                new Category("RENTAN_LAINNYA", "Pekerja rentan lainnya (penerimaan umum)",
                        "Other vulnerable workers (general intake)", INFORMAL)));
    }
}
