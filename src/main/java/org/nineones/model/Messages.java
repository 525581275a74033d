package org.nineones.model;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every visible text, from the resource bundles under {@code i18n/}: one bundle per area so features do not
 * collide, all searched in order. Simplified Chinese is the default (the base files); English is second.
 */
public final class Messages {

    /** Bundle base names, one per area; a key is looked up in each in turn. */
    public static final List<String> BUNDLES = List.of(
            "i18n/common", "i18n/roster", "i18n/report", "i18n/pack", "i18n/ui", "i18n/cli", "i18n/content",
            "i18n/templates", "i18n/exchange", "i18n/preview", "i18n/print", "i18n/ledger",
            "i18n/letters", "i18n/training", "i18n/exams", "i18n/rewards", "i18n/assessments", "i18n/backup",
            "i18n/files",
            "i18n/checks",
            "i18n/checklist",
            "i18n/readiness",
            "i18n/prepare",
            "i18n/records",
            "i18n/judgement",
            "i18n/inspection",
            "i18n/inspectorspot",
            "i18n/inspectionprint",
            "i18n/inspectorreview",
            "i18n/findings",
            "i18n/inspectorui",
            "i18n/county",
            "i18n/citycheck",
            "i18n/help",
            "i18n/problems",
            "i18n/closing",
            "i18n/grids",
            "i18n/gridui",
            "i18n/gridprints",
            "i18n/dispatch");

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    public Messages(Locale locale) {
        this.locale = locale;
        List<ResourceBundle> loaded = new ArrayList<>();
        for (String base : BUNDLES) {
            try {
                loaded.add(ResourceBundle.getBundle(base, locale, Messages.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException e) {
                // an area without texts yet: nothing to look up there
            }
        }
        this.bundles = List.copyOf(loaded);
    }

    /** The default texts: Simplified Chinese unless the user chose English. */
    public static Messages defaults() {
        String lang = System.getProperty("nineones.lang", "zh");
        return new Messages("en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** The text for a key, with {0}, {1}… filled in; a missing key shows as {@code !key!} so it is noticed. */
    public String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        return "!" + key + "!";
    }

    /** The text for an enum constant: key {@code SimpleName.CONSTANT}, or {@code Outer.Inner.CONSTANT} for a nested enum. */
    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        Class<?> type = value.getDeclaringClass();
        String prefix = type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
        return get(prefix + "." + value.name());
    }

    /** All bundles, for the test that every key exists in both languages. */
    public List<ResourceBundle> bundles() {
        return bundles;
    }
}
