package org.ragbook.config;

import org.ragbook.schema.Scalar;

/**
 * The keys a {@code ragbook.yaml} may hold, each value kept with its line. Jackson lists these
 * field names when it refuses an unknown key, so they are spelt exactly as the operator writes them.
 */
final class ConfigDocument {
    Scalar port;
    Scalar data;
    Scalar maxUploadMb;
    Scalar dbUrl;
    Scalar dbUser;
    Scalar dbPassword;
    Scalar dbPoolSize;
    Scalar workers;
    Scalar leaseSeconds;
    Scalar syncRowLimit;
    Scalar schemas;
    Scalar adminName;
    Scalar adminOrganisation;
    Scalar publicUrl;
}
