package org.ragbook.schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.List;
import org.ragbook.schema.LineRecorder.Located;

/**
 * A schema file as written, before it is checked. Field names are the YAML keys; Jackson refuses
 * any other key, so a misspelt field cannot pass silently.
 */
final class SchemaDocument extends Located {

    Scalar id;
    Scalar version;
    Scalar title;
    Scalar description;
    AreaEntry area;
    IndicatorFields defaults;
    WideLayoutEntry wideLayout;
    AgeBandsEntry ageBands;
    List<IndicatorEntry> indicators;

    static final class AreaEntry extends Located {
        Scalar code;
        Scalar name;
    }

    /** {@code england}, or a mapping with the benchmark area's code and name; one of the two is null. */
    @JsonDeserialize(using = BenchmarkEntry.Reader.class)
    record BenchmarkEntry(Scalar keyword, AreaEntry area) {

        static final class Reader extends JsonDeserializer<BenchmarkEntry> {

            @Override
            public BenchmarkEntry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return p.currentToken().isScalarValue()
                        ? new BenchmarkEntry(ctxt.readValue(p, Scalar.class), null)
                        : new BenchmarkEntry(null, ctxt.readValue(p, AreaEntry.class));
            }
        }
    }

    /** The indicator fields a schema's {@code defaults} may set once for all its indicators. */
    static class IndicatorFields extends Located {
        Scalar valueType;
        Scalar multiplier;
        Scalar polarity;
        Scalar ciMethod;
        BenchmarkEntry benchmark;
        Scalar comparison;
        Scalar periodFormat;
        Scalar suppressBelow;
        Scalar spc;
        Scalar spcBaseline;
        List<Scalar> spcRecalculate;
        Scalar sex;
        Scalar age;
        Scalar amberTolerance;
    }

    static final class IndicatorEntry extends IndicatorFields {
        Scalar id;
        Scalar code;
        Scalar fingertipsId;
        Scalar name;
        Scalar target;
        Scalar partOf;
    }

    static final class WideLayoutEntry extends Located {
        Scalar sheet;
        Scalar indicatorColumn;
        Scalar periodColumn;
        Scalar areaColumn;
        Scalar sexColumn;
        List<ColumnEntry> columns;
    }

    static final class AgeBandsEntry extends Located {
        Scalar sheet;
    }

    static final class ColumnEntry extends Located {
        Scalar header;
        Scalar areaCode;
        Scalar areaName;
        Scalar period;
    }
}
