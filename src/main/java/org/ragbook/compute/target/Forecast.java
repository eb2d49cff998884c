package org.ragbook.compute.target;

/**
 * A figure for the whole year worked out from part of it, with the basis it was worked out on in
 * words ({@code run rate: 10 of 12 months}), so that a board reading "forecast" knows how much to
 * trust it.
 */
public record Forecast(double value, String basis) {
}
