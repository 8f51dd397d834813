package org.shortagewatch.portal.config;

import io.smallrye.config.ConfigMapping;

/** Where the pages load their browser libraries from (webjars on this site; the versions are the pom's). */
@ConfigMapping(prefix = "shortagewatch.portal.assets")
public interface AssetSettings {

    /** htmx, e.g. {@code /webjars/htmx.org/2.0.10/dist/htmx.min.js}. */
    String htmx();

    /** Apache ECharts (every chart and the map), e.g. {@code /webjars/echarts/5.5.0/echarts.min.js}. */
    String charts();
}
