package id.cakupan.render.pdf;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;

/**
 * A PDF exporter that dates the document with the document date, in its own zone: the PDF library
 * would stamp the clock in the JVM's default time zone ({@code +07'00'} on a machine set to Jakarta),
 * so two builds would differ in every PDF. The creation and modification dates are set in the
 * document information once the document is open, before the first page; nothing is read from the
 * clock, the default zone or the default locale.
 */
final class DatedPdfExporter extends JRPdfExporter {

    private final PdfDate date;
    private boolean dated;

    DatedPdfExporter(ZonedDateTime moment) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(moment.getZone()), Locale.ROOT);
        calendar.setGregorianChange(new Date(Long.MIN_VALUE));
        calendar.setTimeInMillis(moment.toInstant().toEpochMilli());
        this.date = new PdfDate(calendar);
    }

    @Override
    protected void exportPage(JRPrintPage page) throws JRException, IOException {
        if (!dated && pdfProducer instanceof ClassicPdfProducer producer) {
            PdfDictionary info = producer.getPdfWriter().getInfo();
            info.put(PdfName.CREATIONDATE, date);
            info.put(PdfName.MODDATE, date);
            dated = true;
        }
        super.exportPage(page);
    }
}
