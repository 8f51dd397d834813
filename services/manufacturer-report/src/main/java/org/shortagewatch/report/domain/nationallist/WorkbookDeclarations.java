package org.shortagewatch.report.domain.nationallist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Completes what FastExcel's streaming writer leaves undeclared in a one-sheet workbook: the sheet's real dimension
 * ({@code <dimension ref="A1:V18521"/>}, where it writes {@code A1}), on which streaming readers size what they read,
 * and the default cell style ({@code <cellStyles>} naming style 0 Normal), which spreadsheet programs expect. The
 * workbook is copied entry by entry, in the order FastExcel wrote them; the sheet's rows are streamed through, never
 * held as text.
 */
final class WorkbookDeclarations {

    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String STYLES = "xl/styles.xml";
    private static final String DEFAULT_STYLE = "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\""
            + " builtinId=\"0\"/></cellStyles>";
    /** How far into the sheet its dimension is looked for: it comes before the rows, after a few short elements. */
    private static final int HEAD = 8 * 1024;

    private WorkbookDeclarations() {
    }

    /**
     * Writes {@code workbook} to {@code out} with its first sheet declaring {@code rows} rows and {@code columns}
     * columns (from A1), and its styles a default cell style.
     */
    static void complete(byte[] workbook, int rows, int columns, OutputStream out) throws IOException {
        String dimension = "<dimension ref=\"A1:" + columnName(columns) + rows + "\"/>";
        // Read through the central directory: FastExcel's entries end in Zip64 data descriptors, which
        // ZipInputStream misreads.
        Path file = Files.createTempFile("national-list", ".xlsx");
        try {
            Files.write(file, workbook);
            ZipOutputStream zip = new ZipOutputStream(out);
            try (ZipFile in = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    try (InputStream content = in.getInputStream(entry)) {
                        if (entry.getName().equals(SHEET)) {
                            withDimension(content, dimension, zip);
                        } else if (entry.getName().equals(STYLES)) {
                            zip.write(withDefaultStyle(new String(content.readAllBytes(), StandardCharsets.UTF_8))
                                    .getBytes(StandardCharsets.UTF_8));
                        } else {
                            content.transferTo(zip);
                        }
                    }
                    zip.closeEntry();
                }
            }
            zip.finish();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A1 for 1, V for 22, AA for 27. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    /** The sheet with its first {@code <dimension .../>} replaced (the head before it is ASCII markup). */
    private static void withDimension(InputStream sheet, String dimension, OutputStream out) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while (head.size() < HEAD && (b = sheet.read()) >= 0) {
            head.write(b);
            if (b == '>' && head.toString(StandardCharsets.ISO_8859_1).contains("<dimension")) {
                break;
            }
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        out.write(text.replaceFirst("<dimension [^>]*/>", dimension).getBytes(StandardCharsets.ISO_8859_1));
        sheet.transferTo(out);
    }

    private static String withDefaultStyle(String styles) {
        if (styles.contains("<cellStyles")) {
            return styles;
        }
        return styles.replace("</cellXfs>", "</cellXfs>" + DEFAULT_STYLE);
    }
}
