package org.ragbook.schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;

/**
 * Notes the line each mapping of a schema file starts on, so that a field missing from it can be
 * reported where the mapping is.
 */
final class LineRecorder extends BeanDeserializerModifier {

    /** A mapping of a schema file that knows the line it starts on. */
    abstract static class Located {
        /** Transient so that Jackson does not take it for a YAML key. */
        transient int line;
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        return Located.class.isAssignableFrom(description.getBeanClass()) ? new Recording(deserializer) : deserializer;
    }

    private static final class Recording extends DelegatingDeserializer {

        Recording(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Recording(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            int line = p.currentTokenLocation().getLineNr();
            Located value = (Located) super.deserialize(p, ctxt);
            value.line = line;
            return value;
        }
    }
}
