package org.nineones.store;

import java.util.ArrayList;
import java.util.List;

/** A JSON array of strings (a question's options), written and read without a JSON library. */
final class JsonStrings {

    private JsonStrings() {
    }

    static String write(List<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"');
            for (char c : values.get(i).toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            b.append('"');
        }
        return b.append(']').toString();
    }

    static List<String> read(String json) {
        List<String> values = new ArrayList<>();
        if (json == null) {
            return values;
        }
        int i = json.indexOf('[') + 1;
        while (i > 0 && i < json.length()) {
            char c = json.charAt(i);
            if (c == '"') {
                StringBuilder b = new StringBuilder();
                i++;
                while (i < json.length() && json.charAt(i) != '"') {
                    char d = json.charAt(i);
                    if (d == '\\' && i + 1 < json.length()) {
                        char e = json.charAt(++i);
                        switch (e) {
                            case 'n' -> b.append('\n');
                            case 'r' -> b.append('\r');
                            case 't' -> b.append('\t');
                            case 'b' -> b.append('\b');
                            case 'f' -> b.append('\f');
                            case 'u' -> {
                                b.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                                i += 4;
                            }
                            default -> b.append(e);
                        }
                    } else {
                        b.append(d);
                    }
                    i++;
                }
                values.add(b.toString());
            } else if (c == ']') {
                break;
            }
            i++;
        }
        return values;
    }
}
