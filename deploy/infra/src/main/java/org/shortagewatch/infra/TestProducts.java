package org.shortagewatch.infra;

/** Product master records for tests: the fewest fields manufacturer-report requires. */
public final class TestProducts {

    private TestProducts() {
    }

    /** A JSON body for {@code PUT /api/v1/products/{yj}}: a generic internal product held by {@code manufacturerCode}. */
    public static String body(String manufacturerCode) {
        return """
                {"manufacturerCode":"%s","productName":"テスト錠10mg","ingredient":"テスト成分",
                 "strengthUnit":"10mg1錠","drugCategory":"INTERNAL","productCategory":"GENERIC"}"""
                .formatted(manufacturerCode);
    }
}
