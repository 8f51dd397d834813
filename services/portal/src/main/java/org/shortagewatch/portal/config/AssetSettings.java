package org.shortagewatch.portal.config;

import io.smallrye.config.ConfigMapping;

/** Where the pages load their browser libraries from (webjars on this site; the versions are the pom's). */
@ConfigMapping(prefix = "shortagewatch.portal.assets")
public interface AssetSettings {

    /** htmx, e.g. {@code /webjars/htmx.org/2.0.10/dist/htmx.min.js}. */
    String htmx();

    /** Chart.js, e.g. {@code /webjars/chart.js/4.5.1/dist/chart.umd.min.js}. */
    String chartjs();
}
