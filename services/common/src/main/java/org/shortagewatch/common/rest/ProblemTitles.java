package org.shortagewatch.common.rest;

import java.util.Map;

/**
 * The Japanese title of each kind of refusal. A problem's {@code type} and English {@code title} are fixed (clients
 * match on them); the title a Japanese caller reads comes from here.
 */
public final class ProblemTitles {

    private static final Map<String, String> JAPANESE = Map.ofEntries(
            Map.entry("Invalid request", "入力内容に誤りがあります"),
            Map.entry("Malformed JSON", "JSON の形式が正しくありません"),
            Map.entry("Bad Request", "リクエストが正しくありません"),
            Map.entry("Unauthorized", "認証が必要です"),
            Map.entry("Forbidden", "この操作は許可されていません"),
            Map.entry("Not Found", "見つかりません"),
            Map.entry("Method Not Allowed", "このメソッドは使えません"),
            Map.entry("Not Acceptable", "この形式では応答できません"),
            Map.entry("Conflict", "現在の状態と競合します"),
            Map.entry("Gone", "提供を終了しました"),
            Map.entry("Payload Too Large", "リクエストが大きすぎます"),
            Map.entry("Content Too Large", "リクエストが大きすぎます"),
            Map.entry("Request Header Fields Too Large", "リクエストヘッダーが大きすぎます"),
            Map.entry("Unsupported Media Type", "対応していない形式です"),
            Map.entry("Unprocessable Content", "処理できない内容です"),
            Map.entry("Too Many Requests", "リクエストが多すぎます"),
            Map.entry("Internal Server Error", "サーバー内部でエラーが発生しました"),
            Map.entry("Service Unavailable", "一時的に利用できません"));

    private ProblemTitles() {
    }

    /** The title in the caller's language; an English title without a Japanese one is kept as it is. */
    public static String in(Language language, String englishTitle) {
        return language == Language.EN ? englishTitle : JAPANESE.getOrDefault(englishTitle, englishTitle);
    }

    static boolean hasJapanese(String englishTitle) {
        return JAPANESE.containsKey(englishTitle);
    }
}
