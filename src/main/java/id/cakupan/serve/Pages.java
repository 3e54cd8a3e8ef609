package id.cakupan.serve;

import java.nio.file.Path;
import java.util.List;

import id.cakupan.render.Xml;
import id.cakupan.text.Catalogue;

/**
 * The pages the preview words itself, in the language of its messages: the error page that stands for
 * every page while the last build failed, and the page of an address the site does not have. Both are
 * whole in themselves (their style inline), and carry the reload script like every served page.
 */
final class Pages {

    private static final String STYLE = """
            body { margin: 0; font-family: "DejaVu Sans", "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
              color: #1f2933; background: #f4f6f8; line-height: 1.5; }
            main { max-width: 60rem; margin: 2rem auto; padding: 1.5rem 2rem; background: #fff;
              border-top: 6px solid #1f3a5f; }
            main.failed { border-top-color: #b3261e; }
            h1 { color: #1f3a5f; font-size: 1.6rem; margin: 0 0 .75rem; }
            main.failed h1 { color: #8c1d18; }
            ul { padding: 0; list-style: none; }
            li { margin: .5rem 0; padding: .6rem .8rem; background: #fff4e0; color: #6b3a00; border-left: 4px solid #e69f00;
              font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .9rem; white-space: pre-wrap;
              overflow-wrap: anywhere; }
            li.total { background: none; border-left-color: transparent; color: #1f2933; font-family: inherit; }
            .note { color: #4a5561; font-size: .95rem; }
            a { color: #005a8c; }
            @media (max-width: 600px) { main { margin: 0; padding: 1rem; } }
            """;

    private Pages() {
    }

    /** The page of a failed build: its messages, each on its own, the last (how many) apart. */
    static String failure(Catalogue words, List<String> problems, Path outDir, String script) {
        StringBuilder list = new StringBuilder("<ul>\n");
        for (int i = 0; i < problems.size(); i++) {
            boolean total = i == problems.size() - 1 && problems.size() > 1;
            list.append(total ? "<li class=\"total\">" : "<li>").append(Xml.escape(problems.get(i))).append("</li>\n");
        }
        list.append("</ul>\n");
        String body = "<main class=\"failed\">\n<h1>" + Xml.escape(words.get("serve.page.failed.title")) + "</h1>\n"
                + "<p>" + Xml.escape(words.get("serve.page.failed.lead")) + "</p>\n" + list
                + "<p class=\"note\">" + Xml.escape(words.get("serve.page.failed.kept", outDir)) + "</p>\n</main>\n";
        return page(words, words.get("serve.page.failed.title"), body, script);
    }

    /** The page of an address that names no file of the site. */
    static String notFound(Catalogue words, String path, String script) {
        String body = "<main>\n<h1>" + Xml.escape(words.get("serve.page.notFound.title")) + "</h1>\n"
                + "<p>" + Xml.escape(words.get("serve.page.notFound.text", path)) + "</p>\n"
                + "<p><a href=\"/\">" + Xml.escape(words.get("serve.page.notFound.home")) + "</a></p>\n</main>\n";
        return page(words, words.get("serve.page.notFound.title"), body, script);
    }

    private static String page(Catalogue words, String title, String body, String script) {
        return "<!DOCTYPE html>\n<html lang=\"" + words.locale().getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; "
                + "connect-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
                + "<title>" + Xml.escape(title) + " · Cakupan</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
                + body + script + "\n</body>\n</html>\n";
    }
}
