package org.shortagewatch.common.bulk;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import org.shortagewatch.common.bulk.Sheet.UnreadableFile;
import org.shortagewatch.common.rest.Text;

/**
 * The text of an uploaded CSV file, in whichever charset Japanese spreadsheets saved it: UTF-8 with or without a
 * byte-order mark, or Windows' Shift_JIS under any of the names people give it; decoded as it is read, never held
 * whole.
 */
final class CsvText {

    /** Windows' Shift_JIS, what Japanese spreadsheets save CSV in. */
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private CsvText() {
    }

    /**
     * A reader of a CSV file's text: a byte-order mark, else the declared charset, else UTF-8 if the bytes are valid
     * UTF-8, else Shift_JIS. The text is decoded as it is read.
     */
    static Reader reader(byte[] content, String declared) throws UnreadableFile {
        boolean bom = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf;
        Charset charset;
        if (bom) {
            charset = StandardCharsets.UTF_8;
        } else if (declared != null) {
            try {
                charset = charsetNamed(declared);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new UnreadableFile(Text.of("文字コード「" + declared + "」は読めません",
                        "unknown charset '" + declared + "'"));
            }
        } else {
            charset = validUtf8(content) ? StandardCharsets.UTF_8 : SHIFT_JIS;
        }
        int offset = bom ? 3 : 0;
        return new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(content, offset, content.length - offset), charset), 64 * 1024);
    }

    /** Whether the bytes are valid UTF-8, decoded a chunk at a time. */
    private static boolean validUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8 * 1024);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                out.clear();
                return !decoder.flush(out).isError();
            }
            out.clear();
        }
    }

    /**
     * The charset a declared name means. Japanese spreadsheets save "Shift_JIS" that is really Windows' variant
     * (CP932: ①, ㈱, NEC and IBM extensions), and people name it Shift_JIS, SJIS, MS932, CP932 or Windows-31J;
     * all are read as CP932, a superset of JIS X 0208 Shift_JIS.
     */
    static Charset charsetNamed(String declared) {
        String name = declared.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
        return switch (name) {
            case "shift_jis", "shiftjis", "sjis", "x_sjis", "ms932", "cp932", "windows_31j", "csshiftjis",
                    "cswindows31j" -> SHIFT_JIS;
            default -> Charset.forName(declared.strip());
        };
    }

    /** Whether a declared charset name is one this toolkit can read. */
    static boolean knownCharset(String declared) {
        try {
            charsetNamed(declared);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
