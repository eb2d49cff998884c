package org.ragbook.schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;

/**
 * One value of a schema file as written, with the line it is on, so that a bad value can be
 * pointed at after the whole file has been read.
 */
@JsonDeserialize(using = Scalar.Reader.class)
public record Scalar(String text, int line) {

    static final class Reader extends JsonDeserializer<Scalar> {

        @Override
        public Scalar deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isScalarValue()) {
                return (Scalar) ctxt.handleUnexpectedToken(Scalar.class, p);
            }
            return new Scalar(p.getText().trim(), p.currentTokenLocation().getLineNr());
        }
    }
}
