package org.nineones.service.acceptance.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.nineones.excel.CellValues;
import org.nineones.excel.HeaderText;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.Evidence;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.VetoType;

/**
 * The words of a checklist sheet, both ways: the names of the nine items and of the kinds of finding (Chinese, and
 * the app's language), evidence codes, yes/no, veto types. Reading accepts the codes, the Chinese words and the
 * English keys; writing uses the Chinese words a county official fills in.
 */
final class ChecklistTexts {

    private final Messages messages;
    private final Map<String, String> kindByName = new TreeMap<>();

    ChecklistTexts(Messages messages) {
        this.messages = messages;
        List<Messages> both = new ArrayList<>(List.of(messages));
        if (!Locale.SIMPLIFIED_CHINESE.equals(messages.locale())) {
            both.add(new Messages(Locale.SIMPLIFIED_CHINESE));
        }
        for (String kind : FindingKinds.ALL) {
            kindByName.put(HeaderText.normalise(kind), kind);
            for (Messages m : both) {
                kindByName.put(HeaderText.normalise(m.get("checklist.kind." + kind)), kind);
            }
        }
    }

    String itemName(int item) {
        return messages.get("checklist.item." + item);
    }

    /** The item cell the export writes: "1 责任清单". */
    String itemCell(int item) {
        return item + " " + itemName(item);
    }

    /** The item a cell names by its leading number or its name; null when none. */
    Integer item(Object cell) {
        String text = CellValues.cleanText(cell);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)").matcher(text);
        if (m.find()) {
            return m.group(1).length() > 3 ? null : Integer.valueOf(m.group(1));
        }
        String name = HeaderText.normalise(text);
        for (int i = 1; i <= 9; i++) {
            if (HeaderText.normalise(itemName(i)).equals(name)
                    || HeaderText.normalise(new Messages(Locale.SIMPLIFIED_CHINESE).get("checklist.item." + i))
                    .equals(name)) {
                return i;
            }
        }
        return null;
    }

    /** The kind key a text names (the key itself or its name in Chinese or the app's language); else the text. */
    String kind(String text) {
        return kindByName.getOrDefault(HeaderText.normalise(text), text.strip());
    }

    boolean knownKind(String text) {
        return kindByName.containsKey(HeaderText.normalise(text));
    }

    String kindName(String kind) {
        return messages.get("checklist.kind." + kind);
    }

    static Evidence evidence(String text) {
        String t = text.replace(" ", "").replace("＋", "+").toUpperCase(Locale.ROOT);
        return switch (t) {
            case "", "A", "自动", "计算" -> Evidence.AUTOMATIC;
            case "M", "人工", "人工判定" -> Evidence.MANUAL;
            case "A+M", "AM", "A/M", "自动+人工", "计算+确认", "自动+确认" -> Evidence.CONFIRMED;
            default -> null;
        };
    }

    /** 是/否 and their usual spellings; null when neither. */
    Boolean yesNo(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || List.of("否", "no", "n", "false", "0", "×", "x", "不可", "不允许").contains(t)
                || t.equals(messages.get("checklist.no"))) {
            return false;
        }
        if (List.of("是", "yes", "y", "true", "1", "√", "✓", "可", "允许").contains(t)
                || t.equals(messages.get("checklist.yes"))) {
            return true;
        }
        return null;
    }

    String yesNo(boolean value) {
        return messages.get(value ? "checklist.yes" : "checklist.no");
    }

    /** The veto type a cell names: its word (无, 单项否决…) or key (none, line…); null when neither. */
    VetoType vetoType(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return VetoType.NONE;
        }
        for (VetoType type : VetoType.values()) {
            String key = type.name().toLowerCase(Locale.ROOT);
            if (t.equals(key) || t.equals(messages.get("checklist.veto." + key))) {
                return type;
            }
        }
        return switch (t) {
            case "否决", "一票否决", "单项", "否决项" -> VetoType.LINE;
            case "得分率", "得分率下限" -> VetoType.FLOOR;
            case "门槛", "前置否决" -> VetoType.GATE;
            case "不否决", "-", "/" -> VetoType.NONE;
            default -> null;
        };
    }

    String vetoWord(VetoType type) {
        return messages.get("checklist.veto." + type.name().toLowerCase(Locale.ROOT));
    }

    List<String> vetoWords() {
        return List.of(VetoType.values()).stream().map(this::vetoWord).toList();
    }
}
