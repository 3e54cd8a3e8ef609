package id.cakupan.render.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.cakupan.render.BundledFonts;

/** A text on a card wraps or shrinks into its box and never runs out of it. */
class CardTextTest {

    private final FontRenderContext frc = new FontRenderContext(null, true, true);
    private final Font bold = BundledFonts.face(BundledFonts.BOLD);

    @Test
    void aShortNameStaysOnOneLineAtItsFullSize() {
        CardText text = CardText.fit("Kabupaten Kaur", bold, 64, 40, 936, 2, frc);
        assertEquals(List.of("Kabupaten Kaur"), text.lines());
        assertEquals(64f, text.font().getSize2D());
    }

    @Test
    void longNamesWrapOrShrinkAndFitTheirBox() {
        for (String name : List.of("Kabupaten Kepulauan Siau Tagulandang Biaro", "Kota Administrasi Jakarta Selatan",
                "Kabupaten Kepulauan Siau Tagulandang Biaro (jumlah 1 dari 38 provinsi dalam data)")) {
            for (double width : new double[] {936, 1088, 500}) {
                CardText text = CardText.fit(name, bold, 64, 40, width, 2, frc);
                assertTrue(text.lines().size() <= 2, name);
                for (String line : text.lines()) {
                    assertTrue(CardText.width(line, text.font(), frc) <= width, line + " fits " + width);
                }
                String joined = String.join(" ", text.lines());
                if (!joined.endsWith("\u2026")) {
                    assertEquals(name, joined, "wrapped, not cut");
                }
            }
        }
        CardText wide = CardText.fitOneLineFirst("Kabupaten Kepulauan Siau Tagulandang Biaro", bold, 52, 36, 32, 1088, 2, frc);
        assertEquals(1, wide.lines().size(), "a little smaller on one line rather than broken");
    }

    @Test
    void whatCannotFitEvenAtTheSmallestSizeEndsWithAnEllipsis() {
        String text = "Peringkat 1 dari 10 kabupaten/kota di Provinsi Bengkulu dan seterusnya sampai sangat panjang sekali";
        CardText fitted = CardText.fit(text, bold, 40, 30, 300, 2, frc);
        assertEquals(2, fitted.lines().size());
        assertTrue(fitted.lines().get(1).endsWith("\u2026"), fitted.lines().toString());
        for (String line : fitted.lines()) {
            assertTrue(CardText.width(line, fitted.font(), frc) <= 300, line);
        }
        CardText word = CardText.fit("Tagulandangbiaromerupakankabupatenkepulauan", bold, 40, 30, 200, 1, frc);
        assertTrue(CardText.width(word.lines().get(0), word.font(), frc) <= 200, "a word wider than the box is cut");
    }

    @Test
    void aFigureIsNeverBrokenAtItsNoBreakSpace() {
        CardText text = CardText.fit("23,50 poin di atas target 48\u00a0%", bold, 40, 40, 560, 3, frc);
        assertTrue(text.lines().stream().noneMatch(l -> l.equals("%")), text.lines().toString());
        assertTrue(text.lines().get(text.lines().size() - 1).endsWith("48\u00a0%"));
    }
}
