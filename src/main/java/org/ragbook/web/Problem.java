package org.ragbook.web;

/**
 * An error answer in RFC 9457 form ({@code application/problem+json}). {@code type} is
 * {@code about:blank} for plain HTTP errors, whose title is then the status's reason phrase, and
 * {@code urn:ragbook:problem:<kind>} for a rejected return.
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
