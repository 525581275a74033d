package org.nineones.sample;

import static org.nineones.model.OrgUnitKind.DEPARTMENT;
import static org.nineones.model.OrgUnitKind.WORKSHOP;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.nineones.model.CreditCode;

/**
 * Org structures of chemical plants: the hand-designed sample (滨州示例化工有限公司, 200 people, 24 post names) and
 * synthetic plants of any size, whose workshops, teams and headcounts scale with the number of employees.
 */
public final class Plans {

    private static final String[] SHIFTS = {"甲班", "乙班", "丙班", "丁班"};
    private static final String[] COMPANY_NAMES = {"滨州宏泰化工有限公司", "滨州鲁北精细化工有限公司",
            "滨州恒源石化有限公司", "滨州金海化学有限公司", "滨州华信新材料有限公司", "滨州永安化工有限公司"};

    private Plans() {
    }

    /** The sample enterprise: exactly as designed, 200 people. */
    public static CompanyPlan sample() {
        return new CompanyPlan(SampleEnterprise.NAME, SampleEnterprise.CREDIT_CODE, units(2));
    }

    /** A synthetic plant of exactly {@code employees} people; name, credit code and structure follow the seed. */
    public static CompanyPlan synthetic(int employees, long seed) {
        if (employees < 1) {
            throw new IllegalArgumentException("employees must be at least 1: " + employees);
        }
        Random random = new Random(seed ^ 0x5DEECE66DL);
        String name = COMPANY_NAMES[random.nextInt(COMPANY_NAMES.length)];
        int workshops = Math.max(2, Math.min(40, (int) Math.round(Math.sqrt(employees) / 5.0)));
        return new CompanyPlan(name, creditCode(random), scale(units(workshops), employees));
    }

    /** A valid unified social credit code of a Binzhou company (91 = enterprise, 371600 = 滨州市). */
    static String creditCode(Random random) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder b = new StringBuilder("91371600");
        for (int i = 0; i < 9; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.append(CreditCode.checkCharFor(b.toString())).toString();
    }

    private static List<UnitPlan> units(int productionWorkshops) {
        List<UnitPlan> units = new ArrayList<>();
        units.add(new UnitPlan("公司领导", DEPARTMENT, List.of(
                fixed("", Posts.GENERAL_MANAGER), fixed("", Posts.SAFETY_VICE), fixed("", Posts.PRODUCTION_VICE))));
        units.add(new UnitPlan("综合办公室", DEPARTMENT, List.of(
                fixed("", Posts.OFFICE_DIRECTOR), flex("", Posts.CLERK, 7), flex("", Posts.ACCOUNTANT, 4))));
        units.add(new UnitPlan("安全环保部", DEPARTMENT, List.of(fixed("", Posts.MINISTER),
                flex("", Posts.SAFETY_OFFICER, 5))));
        units.add(new UnitPlan("质检中心", DEPARTMENT, List.of(fixed("", Posts.OFFICE_DIRECTOR),
                flex("化验班", Posts.LAB_ANALYST, 12))));
        units.add(new UnitPlan("设备部", DEPARTMENT, List.of(fixed("", Posts.MINISTER),
                flex("电仪班", Posts.ELECTRICIAN, 9), flex("电仪班", Posts.INSTRUMENT, 5),
                flex("维修班", Posts.FITTER, 8), flex("维修班", Posts.WELDER, 4),
                flex("锅炉班", Posts.BOILER, 6))));
        units.add(new UnitPlan("储运部", DEPARTMENT, List.of(fixed("", Posts.MINISTER),
                flex("罐区班", Posts.TANK_FARM, 10),
                flex("装卸班", Posts.LOADER, 6), flex("装卸班", Posts.FORKLIFT, 4), flex("装卸班", Posts.CRANE, 2))));
        for (int k = 1; k <= productionWorkshops; k++) {
            units.add(productionWorkshop(k));
        }
        return units;
    }

    private static UnitPlan productionWorkshop(int number) {
        PostPlan process = Posts.processOperator(Posts.PROCESSES[(number - 1) % Posts.PROCESSES.length]);
        List<Slot> slots = new ArrayList<>();
        slots.add(fixed("", Posts.WORKSHOP_DIRECTOR));
        for (String shift : SHIFTS) {
            slots.add(fixed(shift, Posts.TEAM_LEADER_POST));
            slots.add(flex(shift, process, 4));
            slots.add(flex(shift, Posts.FIELD_OPERATOR, 7));
        }
        if (number % 2 == 0) {
            slots.add(flex("包装班", Posts.PACKER, 12));
        }
        return new UnitPlan("生产" + ChineseNumerals.of(number) + "车间", WORKSHOP, slots);
    }

    private static Slot fixed(String team, PostPlan post) {
        return new Slot(team, post, 1, true);
    }

    private static Slot flex(String team, PostPlan post, int weight) {
        return new Slot(team, post, weight, false);
    }

    /**
     * Scales the flexible slots so the plant has exactly {@code employees} people: heads and team leaders stay
     * one each, the rest share what is left in proportion to their weights (largest remainder, so deterministic).
     * A plant smaller than its heads keeps the first ones in roster order.
     */
    static List<UnitPlan> scale(List<UnitPlan> units, int employees) {
        int fixedCount = 0;
        int weights = 0;
        for (UnitPlan u : units) {
            for (Slot s : u.slots()) {
                if (s.fixed()) {
                    fixedCount += s.count();
                } else {
                    weights += s.count();
                }
            }
        }
        if (employees <= fixedCount) {
            return truncate(units, employees);
        }
        int flexible = employees - fixedCount;
        List<int[]> shares = new ArrayList<>(); // {unit, slot, floor, remainder numerator}
        int given = 0;
        for (int u = 0; u < units.size(); u++) {
            List<Slot> slots = units.get(u).slots();
            for (int s = 0; s < slots.size(); s++) {
                if (!slots.get(s).fixed()) {
                    long exact = (long) slots.get(s).count() * flexible;
                    int floor = (int) (exact / weights);
                    shares.add(new int[] {u, s, floor, (int) (exact % weights)});
                    given += floor;
                }
            }
        }
        List<int[]> byRemainder = new ArrayList<>(shares);
        byRemainder.sort(Comparator.comparingInt((int[] a) -> -a[3]));
        for (int i = 0; i < flexible - given; i++) {
            byRemainder.get(i % byRemainder.size())[2]++;
        }
        List<List<Slot>> slots = new ArrayList<>();
        units.forEach(u -> slots.add(new ArrayList<>(u.slots())));
        for (int[] share : shares) {
            List<Slot> list = slots.get(share[0]);
            list.set(share[1], list.get(share[1]).withCount(share[2]));
        }
        List<UnitPlan> result = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            result.add(new UnitPlan(units.get(u).name(), units.get(u).kind(), slots.get(u)));
        }
        return result;
    }

    private static List<UnitPlan> truncate(List<UnitPlan> units, int employees) {
        List<UnitPlan> result = new ArrayList<>();
        int left = employees;
        for (UnitPlan u : units) {
            List<Slot> kept = new ArrayList<>();
            for (Slot s : u.slots()) {
                if (s.fixed() && left > 0) {
                    kept.add(s);
                    left--;
                }
            }
            if (!kept.isEmpty()) {
                result.add(new UnitPlan(u.name(), u.kind(), kept));
            }
        }
        return result;
    }
}
