package org.ragbook.schema;

/** The area an indicator is compared with; England unless the schema names a region or another area. */
public record Benchmark(String areaCode, String areaName) {

    public static final Benchmark ENGLAND = new Benchmark("E92000001", "England");

    /** True when a row's area code or name identifies this benchmark. */
    public boolean matches(String code, String name) {
        return (code != null && code.trim().equalsIgnoreCase(areaCode))
                || (name != null && name.trim().equalsIgnoreCase(areaName));
    }
}
