package id.cakupan.render.pdf;

import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;

/**
 * The rows of a table or list in a template, as records: a JRXML field is read from the record
 * component of the same name, and must have that component's class. A field the record does not
 * have (a misspelt name in an edited template) or of another class stops the fill with a message
 * that names the field and the record, where a map of cells would give null and print a blank.
 */
final class StrictRows<R extends Record> implements JRRewindableDataSource {

    /** The components of each record class by name, read once per class. */
    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            Map<String, RecordComponent> components = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                components.put(component.getName(), component);
            }
            return Collections.unmodifiableMap(components);
        }
    };

    private final Class<R> type;
    private final List<R> rows;
    private int index = -1;

    private StrictRows(Class<R> type, List<R> rows) {
        this.type = type;
        this.rows = List.copyOf(rows);
    }

    static <R extends Record> StrictRows<R> of(Class<R> type, List<R> rows) {
        return new StrictRows<>(type, rows);
    }

    @Override
    public boolean next() {
        if (index < rows.size()) {
            index++;
        }
        return index < rows.size();
    }

    @Override
    public void moveFirst() {
        index = -1;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        RecordComponent component = COMPONENTS.get(type).get(field.getName());
        if (component == null) {
            throw new FieldException(Text.of("render.pdf.noSuchField", field.getName(), type.getSimpleName(),
                    String.join(", ", COMPONENTS.get(type).keySet())));
        }
        if (!field.getValueClass().isAssignableFrom(boxed(component.getType()))) {
            throw new FieldException(Text.of("render.pdf.fieldClass", field.getName(), field.getValueClassName(),
                    type.getSimpleName(), component.getType().getName()));
        }
        if (index < 0 || index >= rows.size()) {
            throw new JRException("no current row of " + type.getSimpleName() + " for the field " + field.getName());
        }
        Method accessor = component.getAccessor();
        try {
            return accessor.invoke(rows.get(index));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("cannot read " + type.getSimpleName() + "." + field.getName(), e);
        }
    }

    private static Class<?> boxed(Class<?> type) {
        return MethodType.methodType(type).wrap().returnType();
    }

    /** A field of a template that the rows cannot give: the text says which field and which rows. */
    static final class FieldException extends JRException {

        private static final long serialVersionUID = 1L;

        private final transient Text text;

        FieldException(Text text) {
            super(Catalogue.english().word(text));
            this.text = text;
        }

        Text text() {
            return text;
        }
    }
}
