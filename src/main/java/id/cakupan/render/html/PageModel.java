package id.cakupan.render.html;

import static id.cakupan.render.html.Models.link;
import static id.cakupan.render.html.Models.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.cakupan.indicators.Indicators;
import id.cakupan.model.Region;
import id.cakupan.render.Messages;
import id.cakupan.render.Names;
import id.cakupan.render.card.ShareCardRenderer;
import id.cakupan.render.csv.IndicatorTablesRenderer;
import id.cakupan.render.view.RankingView;
import id.cakupan.render.view.RegionView;
import id.cakupan.render.view.RegionViews;
import id.cakupan.render.view.SharingView;
import id.cakupan.render.view.Table;
import id.cakupan.render.xlsx.IndicatorWorkbookRenderer;

/** The model of one region's page in one language: the region's view laid out for the template, every link relative. */
final class PageModel {

    /** The tables offered for download on every page, by the key of their link's label. */
    private static final Map<String, String> TABLES = Map.of("regions", IndicatorTablesRenderer.REGIONS_FILE,
            "vulnerable", IndicatorTablesRenderer.VULNERABLE_FILE, "budgets", IndicatorTablesRenderer.BUDGETS_FILE,
            "regulations", IndicatorTablesRenderer.REGULATIONS_FILE, "sharing", IndicatorTablesRenderer.SHARING_FILE);

    private final Indicators indicators;
    private final RegionViews views;
    private final Messages messages;
    private final SitePlan plan;
    /** The files of the site, relative to it, that the other outputs wrote: what the downloads may link to. */
    private final Set<Path> offered;
    private final boolean english;
    /** The language the PDFs of this build were written in ({@code --lang}). */
    private final String pdfLanguage;
    private final PageCharts charts;
    private final String office;
    /** Where the site will be published, ending with a slash ({@code --site-url}), or null: addresses stay relative. */
    private final String siteUrl;

    PageModel(Indicators indicators, RegionViews views, SitePlan plan, Set<Path> offered, String pdfLanguage,
              String siteUrl) {
        this.indicators = indicators;
        this.views = views;
        this.messages = views.messages();
        this.plan = plan;
        this.offered = offered;
        this.english = !"id".equals(messages.locale().getLanguage());
        this.pdfLanguage = pdfLanguage;
        this.charts = new PageCharts(indicators, views);
        this.office = views.office(plan.overview());
        this.siteUrl = siteUrl;
    }

    Map<String, Object> build(Region region) {
        RegionView view = views.view(region);
        String root = english ? "../" : "";
        String file = plan.file(region);

        Map<String, Object> page = map(
                "lang", english ? "en" : "id",
                "title", messages.get("site.title", view.name(), view.month()),
                "description", messages.get("site.description", view.fullName(), view.month(), view.coverage()),
                "root", root,
                "office", office,
                "heading", view.name(),
                "lede", messages.get("site.lede", view.month(), view.documentDate(), view.fingerprint()));
        page.put("preview", preview(region, view, root, file));
        page.put("labels", labels(region));
        page.put("breadcrumbs", breadcrumbs(region));
        page.put("languageSwitch", map("href", (english ? "../" : "en/") + file, "lang", english ? "id" : "en",
                "label", messages.get("site.switch")));
        page.put("downloads", downloads(region, root));
        page.put("cards", view.cards().stream()
                .map(c -> map("label", c.label(), "value", c.value(), "note", c.note())).toList());
        if (view.partialNotice() != null) {
            page.put("partialNotice", view.partialNotice());
        }
        page.put("findings", view.findings());
        if (region.isCountry()) {
            page.put("map", charts.provinceMap(plan));
        }
        if (view.regencyMap() != null) {
            page.put("regencyMap", charts.regencyMap(view.regencyMap(), plan));
        }
        if (!view.ranking().table().rows().isEmpty()) {
            page.put("ranking", ranking(view.ranking()));
        }
        page.put("trend", charts.trend(view.trend()));
        page.put("vulnerable", map("summary", view.vulnerable().summary(), "chart", charts.vulnerable(view.vulnerable()),
                "table", Models.table(view.vulnerable().table(), true, null)));
        page.put("budgets", Models.table(view.budgets(), true, null));
        SharingView sharing = view.sharing();
        if (sharing.sharing() != null) {
            page.put("sharing", map("table", Models.table(sharing.sharing(), true, plan::file), "note", sharing.scheme()));
        }
        if (sharing.effort() != null) {
            page.put("effort", map("table", Models.table(sharing.effort(), true, plan::file), "note",
                    sharing.effortNote()));
        }
        page.put("regulations", Models.table(view.regulations(), true, null));
        page.put("warnings", view.warnings());
        page.put("children", view.children().stream().filter(c -> plan.file(c.region()) != null)
                .map(c -> link(c.text(), plan.file(c.region()))).toList());
        page.put("notes", view.notes());
        // the attribution is the same Indonesian line on the English pages, marked as Indonesian
        page.put("credit", view.credit());
        return page;
    }

    /**
     * What a link to the page shows in a chat or a social network (Open Graph and Twitter tags): its
     * title, description, and the region's wide card with its size and text alternative when the build
     * drew it, in the page's language where there is one, else in the build's. Addresses are absolute
     * with {@code --site-url}; without it, relative (and the page's own address is left out).
     */
    private Map<String, Object> preview(Region region, RegionView view, String root, String file) {
        String language = english ? "en" : "id";
        Path image = ShareCardRenderer.wide(ShareCardRenderer.folder(language, pdfLanguage), region);
        if (!offered.contains(image)) {
            image = ShareCardRenderer.wide(ShareCardRenderer.folder(pdfLanguage, pdfLanguage), region);
        }
        String address = image.toString().replace('\\', '/');
        Map<String, Object> preview = map("title", messages.get("site.title", view.name(), view.month()),
                "description", messages.get("site.description", view.fullName(), view.month(), view.coverage()),
                "locale", english ? "en_GB" : "id_ID");
        if (offered.contains(image)) {
            preview.put("image", siteUrl != null ? siteUrl + address : root + address);
            preview.put("width", String.valueOf(ShareCardRenderer.WIDE_WIDTH));
            preview.put("height", String.valueOf(ShareCardRenderer.WIDE_HEIGHT));
            preview.put("alt", view.share().alt());
        }
        if (siteUrl != null) {
            preview.put("url", siteUrl + (english ? "en/" : "") + file);
        }
        return preview;
    }

    private Map<String, Object> labels(Region region) {
        return map("skip", messages.get("site.skip"), "navigation", messages.get("site.navigation"),
                "sortHint", messages.get("site.sortHint"),
                "keyFigures", messages.get("section.keyFigures"), "findings", messages.get("section.findings"),
                "trend", messages.get("section.trend"), "vulnerable", messages.get("section.vulnerable"),
                "budget", messages.get("section.budget"), "regulation", messages.get("section.regulation"),
                "sharing", messages.get("section.sharing"), "effort", messages.get("section.effort"),
                "dataQuality", messages.get("section.dataQuality"),
                "children", region.isCountry() ? messages.get("site.children.provinces")
                        : messages.get("site.children.regencies", Names.display(region, messages)));
    }

    private List<Map<String, Object>> breadcrumbs(Region region) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        for (Region r : plan.trail(region, indicators.catalog())) {
            crumbs.add(link(Names.display(r, messages), r.equals(region) ? null : plan.file(r)));
        }
        return crumbs;
    }

    private List<Map<String, Object>> downloads(Region region, String root) {
        List<Map<String, Object>> links = new ArrayList<>();
        String stem = Names.fileStem(region);
        String own = messages.locale().getLanguage();
        // the documents in the page's language first, then in the other: the build's first language
        // has them in pdf/ and slides/, another in pdf/en/ and slides/en/
        for (String language : own.equals("id") ? List.of("id", "en") : List.of("en", "id")) {
            String folder = language.equals(pdfLanguage) ? "" : language + "/";
            String name = messages.get("language." + language);
            for (String[] document : new String[][] {{"pdf/", ".pdf", "site.download.pdf"},
                {"slides/", ".pdf", "site.download.slides"}, {"slides/", ".pptx", "site.download.deck"}}) {
                String file = document[0] + folder + stem + document[1];
                if (offered.contains(Path.of(file))) {
                    links.add(map("label", messages.get(document[2], name), "href", root + file, "download",
                            document[1].equals(".pptx")));
                }
            }
        }
        // the card in the page's language when the build drew one, else in the build's
        String cardLanguage = english ? "en" : "id";
        Path card = ShareCardRenderer.square(ShareCardRenderer.folder(cardLanguage, pdfLanguage), region);
        if (!offered.contains(card)) {
            cardLanguage = pdfLanguage;
            card = ShareCardRenderer.square(ShareCardRenderer.folder(pdfLanguage, pdfLanguage), region);
        }
        if (offered.contains(card)) {
            links.add(map("label", messages.get("site.download.card", messages.get("language." + cardLanguage)),
                    "href", root + card.toString().replace('\\', '/'), "download", true));
        }
        for (String table : List.of("regions", "vulnerable", "budgets", "regulations", "sharing")) {
            String csv = "data/" + TABLES.get(table);
            if (offered.contains(Path.of(csv))) {
                links.add(map("label", messages.get("site.download." + table), "href", root + csv, "download", true));
            }
        }
        String workbook = "data/" + IndicatorWorkbookRenderer.FILE;
        if (offered.contains(Path.of(workbook))) {
            links.add(map("label", messages.get("site.download.workbook"), "href", root + workbook, "download", true));
        }
        return links;
    }

    /** The ranking's table with the columns that would be empty for every region (no targets, no year-earlier month) left out. */
    private Map<String, Object> ranking(RankingView ranking) {
        Table table = ranking.table();
        List<String> columns = new ArrayList<>(List.of("region", "rank", "potential", "active", "coverage"));
        for (String optional : List.of("gap", "needed", "change")) {
            if (table.filled(optional)) {
                columns.add(optional);
            }
        }
        return map("title", ranking.title(), "chart", charts.ranking(ranking),
                "table", Models.table(table.select(columns), true, plan::file));
    }
}
