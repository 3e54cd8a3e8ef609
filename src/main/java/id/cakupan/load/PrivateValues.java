package id.cakupan.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import id.cakupan.text.Text;

/**
 * Keeps what the cells of a register row hold out of the messages about it: a register's cells may be
 * NIKs, names or birth dates, whichever column they were typed in. A message argument taken from a
 * cell becomes "the cell" ({@code load.register.value}), unless the cell is provably not personal: a
 * region code ({@code 17} or {@code 17.04}), a month ({@code 2025-13}), a code of the lists' shape
 * ({@code APBD_PROVINSI}, with an underscore, which no name has) or an Excel error value ({@code #N/A}).
 * Figures, column names, the lists' own codes and masked NIKs in a message are not cells, and stay.
 */
final class PrivateValues {

    /** A value shown as it is: it is a code or a month, whatever else is wrong with it. */
    private static final Pattern SHOWN = Pattern.compile(
            "\\d{2}(\\.\\d{2})?|\\d{4}-\\d{2}|[A-Z0-9]+(_[A-Z0-9]+)+|#[A-Z0-9/!?]{2,7}");
    /** Values this long or longer are looked for inside an argument, shorter ones only as the whole of it. */
    private static final int FOUND_INSIDE = 4;

    private PrivateValues() {
    }

    /** Whether a cell's text may be shown in a message about a register row. */
    static boolean isShown(String value) {
        return SHOWN.matcher(value).matches();
    }

    /** The message with each argument that shows a cell's text (of {@code texts}) replaced. */
    static Text redact(Text message, Collection<String> texts) {
        List<String> hidden = new ArrayList<>();
        for (String text : texts) {
            if (text != null && !text.isEmpty() && !isShown(text)) {
                hidden.add(text);
            }
        }
        return hidden.isEmpty() ? message : redact(message, hidden);
    }

    private static Text redact(Text message, List<String> hidden) {
        List<Object> args = new ArrayList<>(message.args().size());
        boolean changed = false;
        for (Object arg : message.args()) {
            Object shown = arg;
            if (arg instanceof Text inner) {
                shown = redact(inner, hidden);
            } else if (arg instanceof String text && showsAny(text, hidden)) {
                shown = Text.of("load.register.value");
            }
            changed |= shown != arg;
            args.add(shown);
        }
        return changed ? new Text(message.key(), args) : message;
    }

    /** Whether an argument shows one of the texts: whole, quoted, cut to an excerpt, or inside it. */
    private static boolean showsAny(String arg, List<String> hidden) {
        String bare = arg.length() >= 2 && arg.startsWith("\"") && arg.endsWith("\"")
                ? arg.substring(1, arg.length() - 1) : arg;
        if (bare.endsWith("…")) {
            bare = bare.substring(0, bare.length() - 1);
        }
        for (String text : hidden) {
            String oneLine = text.replace("\r", "").replace("\n", "\\n");
            if (bare.equals(text) || bare.equals(oneLine) || !bare.isEmpty() && oneLine.startsWith(bare)
                    && bare.length() >= Math.min(oneLine.length(), FOUND_INSIDE)
                    || oneLine.length() >= FOUND_INSIDE && arg.contains(oneLine)) {
                return true;
            }
        }
        return false;
    }
}
