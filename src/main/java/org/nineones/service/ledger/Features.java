package org.nineones.service.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.nineones.service.backup.BackupHook;

/**
 * The one registry of the features of people's records (app.Services fills it): the ledgers, the printouts, the
 * package's files and the GUI's tabs are all built from it, so a new feature is added in one place.
 */
public final class Features {

    private final List<Feature> all;
    private final Ledgers ledgers;
    private final RecordPrints prints;

    public Features(List<Feature> all) {
        this(all, BackupHook.NONE);
    }

    /** The features, every ledger's import backing the workspace up right before it writes (decision 0017). */
    public Features(List<Feature> all, BackupHook beforeImport) {
        this.all = List.copyOf(all);
        List<Ledger> ledgerList = new ArrayList<>();
        List<RecordPrint> printList = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Feature f : this.all) {
            unique(keys, "feature", f.key());
            ledgerList.addAll(f.ledgers());
            printList.addAll(f.prints());
        }
        Set<String> ledgerKeys = new HashSet<>();
        ledgerList.forEach(l -> unique(ledgerKeys, "ledger", l.key()));
        Set<String> printKeys = new HashSet<>();
        printList.forEach(p -> unique(printKeys, "printout", p.key()));
        this.ledgers = new Ledgers(ledgerList, beforeImport);
        this.prints = new RecordPrints(printList);
    }

    private static void unique(Set<String> seen, String what, String key) {
        if (!seen.add(key)) {
            throw new IllegalArgumentException("two " + what + "s with the key " + key);
        }
    }

    /** The features, in the order the GUI shows their tabs. */
    public List<Feature> all() {
        return all;
    }

    public Optional<Feature> byKey(String key) {
        return all.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Every feature's ledgers, feature by feature. */
    public Ledgers ledgers() {
        return ledgers;
    }

    /** Every feature's printouts, feature by feature. */
    public RecordPrints recordPrints() {
        return prints;
    }

    /** The printouts the acceptance package holds, by printout key, with their file names (sorted by key). */
    public Map<String, String> packagedPrints() {
        Map<String, String> packaged = new TreeMap<>();
        all.forEach(f -> packaged.putAll(f.packagedPrints()));
        return packaged;
    }
}
