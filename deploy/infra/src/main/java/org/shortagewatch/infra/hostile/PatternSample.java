package org.shortagewatch.infra.hostile;

import java.util.regex.Pattern;

/**
 * The shortest string a simple regular expression of an OpenAPI document admits, for a base value where the document
 * gives no example: literals, {@code [...]} classes with ranges, {@code \d \w \S}, groups with alternation (the first
 * branch is taken) and the quantifiers {@code ? * + {n} {n,} {n,m}}. Returns null for anything it cannot vouch for
 * (the result is checked against the pattern).
 */
final class PatternSample {

    private final String regex;
    private int at;

    private PatternSample(String regex) {
        this.regex = regex;
    }

    static String of(String regex) {
        try {
            String sample = new PatternSample(regex).alternatives();
            return sample != null && Pattern.compile(regex).matcher(sample).find() ? sample : null;
        } catch (RuntimeException unsupported) {
            return null;
        }
    }

    /** Alternatives up to the end or a closing parenthesis; the first branch is the sample. */
    private String alternatives() {
        String first = sequence();
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            sequence();
        }
        return first;
    }

    private String sequence() {
        StringBuilder out = new StringBuilder();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            String atom = atom();
            int times = quantifier();
            out.append(atom.repeat(times));
        }
        return out.toString();
    }

    private String atom() {
        char c = regex.charAt(at++);
        switch (c) {
            case '^', '$':
                return "";
            case '(':
                if (regex.startsWith("?:", at)) {
                    at += 2;
                }
                String group = alternatives();
                expect(')');
                return group;
            case '[':
                return String.valueOf(characterClass());
            case '\\':
                return String.valueOf(escape(regex.charAt(at++)));
            case '.':
                return "a";
            default:
                return String.valueOf(c);
        }
    }

    private char characterClass() {
        if (regex.charAt(at) == '^') {
            throw new IllegalArgumentException("negated class");
        }
        Character first = null;
        while (regex.charAt(at) != ']') {
            char c = regex.charAt(at++);
            char chosen = c == '\\' ? escape(regex.charAt(at++)) : c;
            if (regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                at += 2; // a range: its first character will do
            }
            if (first == null) {
                first = chosen;
            }
        }
        at++;
        if (first == null) {
            throw new IllegalArgumentException("empty class");
        }
        return first;
    }

    private static char escape(char c) {
        return switch (c) {
            case 'd' -> '0';
            case 'w', 'S' -> 'a';
            case 's' -> ' ';
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw new IllegalArgumentException("escape \\" + c);
                }
                yield c;
            }
        };
    }

    private int quantifier() {
        if (at >= regex.length()) {
            return 1;
        }
        char c = regex.charAt(at);
        if (c == '?' || c == '*') {
            at++;
            return 0;
        }
        if (c == '+') {
            at++;
            return 1;
        }
        if (c == '{') {
            int close = regex.indexOf('}', at);
            String[] bounds = regex.substring(at + 1, close).split(",", -1);
            at = close + 1;
            return Integer.parseInt(bounds[0].trim());
        }
        return 1;
    }

    private void expect(char c) {
        if (at >= regex.length() || regex.charAt(at) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        at++;
    }
}
