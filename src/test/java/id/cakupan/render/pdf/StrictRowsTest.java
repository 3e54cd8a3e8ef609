package id.cakupan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import org.junit.jupiter.api.Test;

import id.cakupan.Fixtures;
import id.cakupan.render.Messages;
import id.cakupan.text.Catalogue;

/**
 * A table's rows are records, and a template's field is read from the component of its name: a
 * field the rows do not have (a misspelt name in an edited template) stops the fill with a message
 * naming the field and the rows, where a map of cells gave null and printed a blank.
 */
class StrictRowsTest {

    private record Row(String region, String coverage) {
    }

    @Test
    void servesEachRecordsComponentsByTheFieldsNames() throws JRException {
        StrictRows<Row> rows = StrictRows.of(Row.class, List.of(new Row("Kaur", "71,50 %"), new Row("Lebong", "16,50 %")));
        assertTrue(rows.next());
        assertEquals("Kaur", rows.getFieldValue(field("region", String.class)));
        assertTrue(rows.next());
        assertEquals("16,50 %", rows.getFieldValue(field("coverage", String.class)));
        assertFalse(rows.next());
        rows.moveFirst();
        assertTrue(rows.next());
        assertEquals("71,50 %", rows.getFieldValue(field("coverage", String.class)));
    }

    @Test
    void aFieldTheRecordDoesNotHaveFailsNamingTheFieldAndTheRecord() {
        StrictRows<Row> rows = StrictRows.of(Row.class, List.of(new Row("Kaur", "71,50 %")));
        rows.next();
        var e = assertThrows(StrictRows.FieldException.class, () -> rows.getFieldValue(field("coverge", String.class)));
        assertEquals("the template has a field coverge, which the Row rows do not have (their columns: region, coverage)",
                e.getMessage());
        assertEquals("templat memuat field coverge, yang tidak ada di baris Row (kolomnya: region, coverage)",
                Catalogue.of(Locale.forLanguageTag("id")).word(e.text()));
    }

    @Test
    void aFieldOfAnotherClassFailsToo() {
        StrictRows<Row> rows = StrictRows.of(Row.class, List.of(new Row("Kaur", "71,50 %")));
        rows.next();
        var e = assertThrows(StrictRows.FieldException.class, () -> rows.getFieldValue(field("coverage", Double.class)));
        assertEquals("the field coverage is declared as java.lang.Double, but the Row rows give it as java.lang.String",
                e.getMessage());
    }

    /** The ranking table with one field misspelt, filled as a briefing fills it. */
    @Test
    void aMisspeltFieldInATableTemplateStopsItsFill() throws Exception {
        String jrxml = Files.readString(Fixtures.projectDir().resolve("report-templates/pdf/table-ranking.jrxml"),
                StandardCharsets.UTF_8).replace("<template><![CDATA[\"styles.jrtx\"]]></template>", "")
                .replaceAll("\\bstyle=\"[a-zA-Z]+\" ", "")
                .replace("name=\"needed\"", "name=\"neded\"").replace("$F{needed}", "$F{neded}");
        var report = JasperCompileManager.compileReport(JRXmlLoader.load(
                new ByteArrayInputStream(jrxml.getBytes(StandardCharsets.UTF_8))));
        var parameters = new HashMap<String, Object>();
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, Messages.load(Fixtures.projectDir().resolve("report-templates"),
                Locale.forLanguageTag("id")).asResourceBundle());
        var rows = StrictRows.of(TableRows.RankingRow.class, List.of(new TableRows.RankingRow("1", "Kaur", "44.426",
                "31.765", "71,50 %", "+23,50", "0", "+1,00")));
        var e = assertThrows(JRException.class, () -> JasperFillManager.fillReport(report, parameters, rows));
        assertTrue(e.getMessage().contains("the template has a field neded, which the RankingRow rows do not have "
                + "(their columns: rank, region, potential, active, coverage, gap, needed, change)"), e.getMessage());
    }

    private static JRDesignField field(String name, Class<?> type) {
        JRDesignField field = new JRDesignField();
        field.setName(name);
        field.setValueClass(type);
        return field;
    }
}
