package org.nineones.service.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One feature of people's records (letters, training, exams, rewards, assessments) as the rest of the application
 * sees it: its ledgers (the 人员记录 menu, {@code import}/{@code export --kind}, {@code ledger-<key>.xlsx} in the
 * package), its printouts (the 打印预览 menu, {@code print --kind}) and which of them the package holds. The GUI adds
 * the feature's tab by its {@code key} (ui.main.FeatureTabs).
 *
 * @param key             the feature's key; the GUI's tab is {@code <key>Tab}
 * @param titleKey        the bundle key of its title (the tab)
 * @param ledgers         its ledgers, in the order the menu and the package list them
 * @param prints          its printouts
 * @param packagedPrints  the printouts the acceptance package holds: printout key → file name in the package
 */
public record Feature(String key, String titleKey, List<Ledger> ledgers, List<RecordPrint> prints,
                      Map<String, String> packagedPrints) {

    public Feature {
        ledgers = List.copyOf(ledgers);
        prints = List.copyOf(prints);
        packagedPrints = new LinkedHashMap<>(packagedPrints);
        for (String printKey : packagedPrints.keySet()) {
            if (prints.stream().noneMatch(p -> p.key().equals(printKey))) {
                throw new IllegalArgumentException("feature " + key + " packages the printout " + printKey
                        + " that it does not have");
            }
        }
        packagedPrints = Map.copyOf(packagedPrints);
    }

    /** A feature with its ledgers and printouts, none of them in the package but the ledgers. */
    public static Feature of(String key, String titleKey, List<Ledger> ledgers, List<RecordPrint> prints) {
        return new Feature(key, titleKey, ledgers, prints, Map.of());
    }
}
